"""Official SMG warning levels: severity, official colour or symbol, and what-to-do guidance.

Levels: tropical cyclone signals 1 / 3 / 8 / 9 / 10; rainstorm yellow / red / black; storm surge
alert message then blue / yellow / orange / red / black (levels 1–5, Executive Order 76/2018, with
the water depth above road level each one stands for); strong monsoon signal; thunderstorm warning;
tsunami information / watch / warning. Colour names are the official ones; the hex values are only
how this project paints them. The guidance texts are this project's own advice, not SMG wording.
"""

# Trilingual texts: long strings stay whole (Chinese counts double in line width).
# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass, field

from server.feeds.items import Text, tri

HOTLINE = "113"


@dataclass(frozen=True)
class Level:
    level: str
    severity: int
    title: Text
    guidance: Text
    colour: str | None = None
    hex: str | None = None
    symbol: str | None = None
    number: int | None = None


@dataclass(frozen=True)
class WarningType:
    key: str
    kind: str
    name: Text
    levels: dict[str, Level] = field(default_factory=dict)
    unknown_severity: int = 3


_YELLOW, _RED, _BLACK = "#F5C400", "#E53935", "#212121"

TYPHOON = WarningType(
    "typhoon",
    "typhoon_signal",
    tri("熱帶氣旋信號", "Sinal de tempestade tropical", "Tropical cyclone signal"),
    {
        "1": Level(
            "1",
            2,
            tri("一號熱帶氣旋信號", "Sinal n.º 1 de tempestade tropical", "Tropical Cyclone Signal No. 1"),
            tri(
                "熱帶氣旋正接近本澳，可能帶來影響。請留意地球物理氣象局的最新消息，檢查門窗是否穩固，清理排水渠。",
                "Um ciclone tropical aproxima-se de Macau e pode vir a afectar o território. Acompanhe as informações dos Serviços Meteorológicos e Geofísicos, verifique se portas e janelas estão seguras e desobstrua os escoadouros.",
                "A tropical cyclone is approaching and may affect Macao. Follow the latest information from the Meteorological and Geophysical Bureau, check that doors and windows are secure and clear the drains.",
            ),
            symbol="T",
            number=1,
        ),
        "3": Level(
            "3",
            3,
            tri("三號熱帶氣旋信號", "Sinal n.º 3 de tempestade tropical", "Tropical Cyclone Signal No. 3"),
            tri(
                "本澳吹強風。請把露台、窗台及天台上容易被吹走的物品移入室內或綁緊；避免前往海旁及低窪地區；低窪地區住戶應預先把財物及電器移往高處。",
                "Sopra vento forte em Macau. Recolha ou prenda os objectos soltos em varandas, parapeitos e terraços; evite as zonas ribeirinhas e baixas; quem mora em zonas baixas deve desde já colocar bens e electrodomésticos em locais elevados.",
                "Strong winds are blowing in Macao. Bring in or tie down loose objects on balconies, window ledges and rooftops; keep away from the waterfront and low-lying areas; residents of low-lying areas should move belongings and appliances to higher places now.",
            ),
            symbol="⊥",
            number=3,
        ),
        "8": Level(
            "8",
            4,
            tri("八號熱帶氣旋信號", "Sinal n.º 8 de tempestade tropical", "Tropical Cyclone Signal No. 8"),
            tri(
                "本澳吹烈風或暴風。請留在室內安全地方，遠離窗戶，非必要切勿外出。低窪地區住戶須留意民防當局的疏散安排，如接獲指示應立即前往避險中心。求助請致電民防熱線113。",
                "Sopra vento muito forte ou tempestuoso em Macau. Fique dentro de casa, num local seguro e afastado das janelas, e não saia sem necessidade. Nas zonas baixas, siga as instruções de evacuação da protecção civil e dirija-se de imediato a um centro de acolhimento quando lhe for indicado. Para pedir ajuda, ligue para a linha da protecção civil 113.",
                "Gale or storm force winds are blowing in Macao. Stay indoors in a safe place away from windows and go out only if you must. In low-lying areas, follow the civil protection evacuation instructions and go to a shelter at once when told to. For help, call the civil protection hotline 113.",
            ),
            symbol="▲",
            number=8,
        ),
        "9": Level(
            "9",
            5,
            tri("九號熱帶氣旋信號", "Sinal n.º 9 de tempestade tropical", "Tropical Cyclone Signal No. 9"),
            tri(
                "烈風或暴風正顯著增強。請留在室內，遠離門窗，準備好電筒、食水及必需藥物。低窪地區住戶如接獲疏散指示，須立即撤離。求助請致電113。",
                "O vento muito forte ou tempestuoso está a intensificar-se. Fique dentro de casa, longe de portas e janelas, com lanterna, água e os medicamentos necessários à mão. Nas zonas baixas, saia de imediato se receber ordem de evacuação. Para pedir ajuda, ligue para o 113.",
                "Gale or storm force winds are increasing significantly. Stay indoors away from doors and windows, with a torch, drinking water and essential medicines at hand. In low-lying areas, leave at once if you are told to evacuate. For help, call 113.",
            ),
            symbol="⧗",
            number=9,
        ),
        "10": Level(
            "10",
            5,
            tri("十號熱帶氣旋信號", "Sinal n.º 10 de tempestade tropical", "Tropical Cyclone Signal No. 10"),
            tri(
                "颶風正吹襲本澳。請留在室內最安全的位置，遠離門窗；即使風勢暫時減弱（風眼經過）亦切勿外出，風勢會從另一方向再度增強。求助請致電113。",
                "Macau está a ser atingido por ventos de força de furacão. Fique na parte mais segura de casa, longe de portas e janelas; não saia mesmo que o vento acalme por momentos (passagem do olho), porque voltará com força de outra direcção. Para pedir ajuda, ligue para o 113.",
                "Hurricane force winds are hitting Macao. Stay in the safest part of your home away from doors and windows; do not go out even if the wind drops for a while (the eye passing), as it will return from another direction. For help, call 113.",
            ),
            symbol="✚",
            number=10,
        ),
    },
)

RAINSTORM = WarningType(
    "rainstorm",
    "rainstorm_warning",
    tri("暴雨警告", "Aviso de tempestade de chuva", "Rainstorm warning"),
    {
        "yellow": Level(
            "yellow",
            2,
            tri("黃色暴雨警告", "Aviso amarelo de tempestade de chuva", "Yellow Rainstorm Warning"),
            tri(
                "本澳正下大雨，部分低窪地區可能水浸。請避免前往低窪地區及山坡，駕駛人士應減速並留意路面積水。",
                "Chove com intensidade em Macau e algumas zonas baixas podem ficar inundadas. Evite as zonas baixas e as encostas; os condutores devem reduzir a velocidade e ter cuidado com a água na estrada.",
                "Heavy rain is falling in Macao and some low-lying areas may flood. Avoid low-lying areas and slopes; drivers should slow down and watch for standing water.",
            ),
            "yellow",
            _YELLOW,
        ),
        "red": Level(
            "red",
            3,
            tri("紅色暴雨警告", "Aviso vermelho de tempestade de chuva", "Red Rainstorm Warning"),
            tri(
                "大雨持續，低窪地區可能出現嚴重水浸。請留在安全地方，低窪地區住戶應做好防水浸準備，切勿涉水。",
                "A chuva forte continua e as zonas baixas podem sofrer inundações graves. Fique num local seguro; quem mora em zonas baixas deve preparar-se para inundações. Não atravesse zonas alagadas.",
                "Heavy rain continues and low-lying areas may flood badly. Stay somewhere safe; residents of low-lying areas should prepare for flooding. Do not walk or drive through floodwater.",
            ),
            "red",
            _RED,
        ),
        "black": Level(
            "black",
            4,
            tri("黑色暴雨警告", "Aviso negro de tempestade de chuva", "Black Rainstorm Warning"),
            tri(
                "暴雨非常嚴重，多處可能水浸及山泥傾瀉。請留在室內或安全地方，直至雨勢減弱；切勿涉水。如需協助請致電民防熱線113。",
                "A chuva é muito intensa e pode causar inundações e deslizamentos de terras em vários locais. Fique dentro de casa ou num local seguro até a chuva abrandar e não atravesse zonas alagadas. Se precisar de ajuda, ligue para a linha da protecção civil 113.",
                "Very heavy rain may cause flooding and landslides in many places. Stay indoors or somewhere safe until the rain eases, and keep out of floodwater. If you need help, call the civil protection hotline 113.",
            ),
            "black",
            _BLACK,
        ),
    },
    unknown_severity=2,
)

STORM_SURGE = WarningType(
    "storm_surge",
    "storm_surge_warning",
    tri("風暴潮警告", "Aviso de storm surge", "Storm surge warning"),
    {
        "alert": Level(
            "alert",
            1,
            tri("風暴潮戒備訊息", "Mensagem de alerta de storm surge", "Storm Surge Alert Message"),
            tri(
                "未來可能出現風暴潮，低窪地區或會水浸。請留意最新消息，預先把財物移往高處。",
                "Pode ocorrer storm surge nas próximas horas e as zonas baixas poderão ficar inundadas. Acompanhe as informações e coloque desde já os seus bens em locais elevados.",
                "A storm surge may occur in the coming hours and low-lying areas may flood. Follow the latest information and move belongings to higher places now.",
            ),
        ),
        "blue": Level(
            "blue",
            1,
            tri("藍色風暴潮警告", "Aviso azul de storm surge", "Blue Storm Surge Warning"),
            tri(
                "預計低窪地區水浸，水深高出路面0.5米以下。請把貴重物品及電器移往高處，車輛駛離低窪地區。",
                "Prevê-se inundação das zonas baixas até 0,5 m acima do pavimento. Coloque bens de valor e electrodomésticos em locais elevados e retire os veículos das zonas baixas.",
                "Low-lying areas are expected to flood up to 0.5 m above road level. Move valuables and appliances higher and drive vehicles out of low-lying areas.",
            ),
            "blue",
            "#1E88E5",
            number=1,
        ),
        "yellow": Level(
            "yellow",
            2,
            tri("黃色風暴潮警告", "Aviso amarelo de storm surge", "Yellow Storm Surge Warning"),
            tri(
                "預計低窪地區水浸，水深高出路面0.5至1米。請放置擋水板及沙包，關掉地下及地庫的電源，車輛駛離低窪地區。",
                "Prevê-se inundação das zonas baixas entre 0,5 e 1 m acima do pavimento. Coloque comportas e sacos de areia, desligue a electricidade em pisos térreos e caves e retire os veículos das zonas baixas.",
                "Low-lying areas are expected to flood 0.5 to 1 m above road level. Put up flood barriers and sandbags, switch off power on ground floors and in basements and move vehicles out of low-lying areas.",
            ),
            "yellow",
            _YELLOW,
            number=2,
        ),
        "orange": Level(
            "orange",
            3,
            tri("橙色風暴潮警告", "Aviso laranja de storm surge", "Orange Storm Surge Warning"),
            tri(
                "預計低窪地區水浸，水深高出路面1至1.5米。低窪地區住戶，特別是長者及行動不便人士，應按民防當局指示疏散至避險中心或親友家中較高樓層；切勿留在地下或地庫。求助請致電113。",
                "Prevê-se inundação das zonas baixas entre 1 e 1,5 m acima do pavimento. Quem mora em zonas baixas, sobretudo idosos e pessoas com mobilidade reduzida, deve sair seguindo as instruções da protecção civil, para um centro de acolhimento ou para andares altos de familiares ou amigos; não fique em pisos térreos nem em caves. Para pedir ajuda, ligue para o 113.",
                "Low-lying areas are expected to flood 1 to 1.5 m above road level. Residents of low-lying areas, especially older people and those with limited mobility, should evacuate as the civil protection authorities instruct, to a shelter or to upper floors of family or friends; do not stay on ground floors or in basements. For help, call 113.",
            ),
            "orange",
            "#FB8C00",
            number=3,
        ),
        "red": Level(
            "red",
            4,
            tri("紅色風暴潮警告", "Aviso vermelho de storm surge", "Red Storm Surge Warning"),
            tri(
                "預計低窪地區嚴重水浸，水深高出路面1.5至2.5米。低窪地區居民須立即疏散至避險中心或較高樓層，切勿涉水或駕車進入水浸區。求助請致電113。",
                "Prevê-se inundação grave das zonas baixas entre 1,5 e 2,5 m acima do pavimento. Os moradores das zonas baixas devem sair de imediato para um centro de acolhimento ou para andares altos; não entre em zonas alagadas, nem a pé nem de carro. Para pedir ajuda, ligue para o 113.",
                "Severe flooding of 1.5 to 2.5 m above road level is expected in low-lying areas. Residents there must leave at once for a shelter or upper floors; do not walk or drive into flooded streets. For help, call 113.",
            ),
            "red",
            _RED,
            number=4,
        ),
        "black": Level(
            "black",
            5,
            tri("黑色風暴潮警告", "Aviso negro de storm surge", "Black Storm Surge Warning"),
            tri(
                "預計低窪地區極嚴重水浸，水深高出路面超過2.5米。仍在低窪地區的人士須立即前往較高樓層或避險中心，等待救援；切勿涉水。求助請致電113。",
                "Prevê-se inundação extremamente grave das zonas baixas, mais de 2,5 m acima do pavimento. Quem ainda estiver numa zona baixa deve subir de imediato para andares altos ou ir para um centro de acolhimento e aguardar socorro; não entre na água. Para pedir ajuda, ligue para o 113.",
                "Extreme flooding of more than 2.5 m above road level is expected in low-lying areas. Anyone still there must go up to higher floors or to a shelter at once and wait for rescue; keep out of the water. For help, call 113.",
            ),
            "black",
            _BLACK,
            number=5,
        ),
    },
)

MONSOON = WarningType(
    "monsoon",
    "monsoon_signal",
    tri("強烈季候風信號", "Sinal de monção forte", "Strong monsoon signal"),
    {
        "signal": Level(
            "signal",
            2,
            tri("強烈季候風信號", "Sinal de monção forte", "Strong Monsoon Signal"),
            tri(
                "強烈季候風吹襲本澳，海面風浪頗大。請固定室外物品，避免進行水上活動及前往海旁。",
                "Sopra uma monção forte em Macau e o mar está agitado. Prenda os objectos no exterior e evite actividades aquáticas e as zonas ribeirinhas.",
                "A strong monsoon is blowing in Macao and the sea is rough. Secure outdoor objects and avoid water sports and the waterfront.",
            ),
        ),
    },
    unknown_severity=2,
)

THUNDERSTORM = WarningType(
    "thunderstorm",
    "thunderstorm_warning",
    tri("雷暴警告", "Aviso de trovoada", "Thunderstorm warning"),
    {
        "warning": Level(
            "warning",
            2,
            tri("雷暴警告", "Aviso de trovoada", "Thunderstorm Warning"),
            tri(
                "本澳可能受雷暴影響，並有大雨及狂風。請留在室內，遠離空曠地方、水邊、大樹及高處的金屬物件。",
                "Macau pode ser afectado por trovoada, com chuva forte e rajadas de vento. Fique dentro de casa e afaste-se de espaços abertos, da água, de árvores grandes e de estruturas metálicas altas.",
                "Thunderstorms with heavy rain and squalls may affect Macao. Stay indoors and keep away from open spaces, water, large trees and tall metal structures.",
            ),
        ),
    },
    unknown_severity=2,
)

TSUNAMI = WarningType(
    "tsunami",
    "tsunami_warning",
    tri("海嘯警告", "Aviso de tsunami", "Tsunami warning"),
    {
        "info": Level(
            "info",
            2,
            tri("海嘯資訊", "Informação sobre tsunami", "Tsunami Information"),
            tri(
                "區內發生地震，地球物理氣象局正評估海嘯風險。請留意最新消息。",
                "Ocorreu um sismo na região e os Serviços Meteorológicos e Geofísicos estão a avaliar o risco de tsunami. Acompanhe as informações.",
                "An earthquake has occurred in the region and the Meteorological and Geophysical Bureau is assessing the tsunami risk. Follow the latest information.",
            ),
        ),
        "watch": Level(
            "watch",
            3,
            tri("海嘯預警", "Alerta de tsunami", "Tsunami Watch"),
            tri(
                "海嘯可能於數小時內影響本澳。請遠離海旁，準備隨時前往較高樓層或高地。",
                "Um tsunami pode atingir Macau nas próximas horas. Afaste-se das zonas ribeirinhas e esteja pronto para subir a andares altos ou a terrenos elevados.",
                "A tsunami may reach Macao within hours. Keep away from the waterfront and be ready to move to upper floors or high ground.",
            ),
        ),
        "warning": Level(
            "warning",
            5,
            tri("海嘯警告", "Aviso de tsunami", "Tsunami Warning"),
            tri(
                "海嘯即將影響本澳。請立即離開海旁及低窪地區，前往較高樓層或高地；在當局宣布解除前切勿返回。求助請致電113。",
                "Um tsunami está prestes a atingir Macau. Saia de imediato das zonas ribeirinhas e baixas e vá para andares altos ou terrenos elevados; não regresse antes de as autoridades darem o aviso por terminado. Para pedir ajuda, ligue para o 113.",
                "A tsunami is about to reach Macao. Leave the waterfront and low-lying areas at once for upper floors or high ground; do not return until the authorities give the all-clear. For help, call 113.",
            ),
        ),
    },
    unknown_severity=5,
)

WARNINGS = {w.key: w for w in (TYPHOON, RAINSTORM, STORM_SURGE, MONSOON, THUNDERSTORM, TSUNAMI)}

CANCELLED_GUIDANCE = tri(
    "警告已取消，但水浸、倒塌的樹木及鬆脫的物件可能仍然存在。出入請小心，並留意當局的最新消息。",
    "O aviso foi cancelado, mas podem persistir inundações, árvores caídas e objectos soltos. Tenha cuidado ao sair e acompanhe as informações das autoridades.",
    "The warning has been cancelled, but flooding, fallen trees and loose objects may remain. Take care when going out and follow updates from the authorities.",
)


def unknown_level(warning: WarningType, code: str) -> Level:
    """A level this project does not know: shown by its code, never dropped, moderately severe."""
    name = warning.name
    return Level(
        code,
        warning.unknown_severity,
        tri(f"{name['zh']}（代碼 {code}）", f"{name['pt']} (código {code})", f"{name['en']} (code {code})"),
        tri(
            "地球物理氣象局已發出此警告。請留意該局的最新消息及民防當局的指示；求助請致電113。",
            "Os Serviços Meteorológicos e Geofísicos emitiram este aviso. Acompanhe as informações destes serviços e as instruções da protecção civil; para pedir ajuda, ligue para o 113.",
            "The Meteorological and Geophysical Bureau has issued this warning. Follow its updates and the civil protection instructions; for help, call 113.",
        ),
    )
