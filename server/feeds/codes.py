"""Code tables shared by the weather parsers: SMG weather-status codes and compass points.

The SMG publishes its weather-status codes only as icons (``ww-c<code>.gif``); the meanings below
follow how the icons read and how public programs that consume the feed render them. A code that is
not listed is never guessed: it is shown as the code itself, e.g. "天氣狀況代碼 c9".
"""

from __future__ import annotations

from server.feeds.items import Text, tri

# code -> (slug, zh, pt, en). Codes are strings: "01" and "1" are different codes.
WEATHER_STATUS: dict[str, tuple[str, str, str, str]] = {
    "01": ("sunny", "天晴", "céu limpo", "sunny"),
    "02": ("sunny_periods", "天晴間有雲", "sol entre nuvens", "sunny periods"),
    "03": ("cloudy", "多雲", "nublado", "cloudy"),
    "04": ("overcast", "密雲", "muito nublado", "overcast"),
    "10": ("light_rain", "微雨", "chuva fraca", "light rain"),
    "12": ("rain", "有雨", "chuva", "rain"),
    "13": ("heavy_rain", "大雨", "chuva forte", "heavy rain"),
    "16": ("showers", "間中有驟雨", "aguaceiros ocasionais", "occasional showers"),
    "17": ("heavy_showers", "大驟雨", "aguaceiros fortes", "heavy showers"),
    "18": ("thunderstorm", "雷暴", "trovoada", "thunderstorms"),
    "27": ("windy", "大風", "vento forte", "windy"),
    # Night-time icons ("a" series) of the fair-weather codes.
    "a1": ("fine_night", "天色良好", "céu limpo (noite)", "fine (night)"),
    "a2": ("partly_cloudy_night", "天色良好間有雲", "pouco nublado (noite)", "partly cloudy (night)"),
}


def weather_status(code: str) -> tuple[str, Text]:
    """(slug, text) of a status code; unknown codes give slug ``"unknown"`` and the code spelled out."""
    known = WEATHER_STATUS.get(code.strip())
    if known:
        slug, zh, pt, en = known
        return slug, tri(zh, pt, en)
    shown = code.strip() or "—"
    return "unknown", tri(
        f"天氣狀況代碼 {shown}", f"código de estado do tempo {shown}", f"weather code {shown}"
    )


_COMPASS = {
    "N": ("北", "norte", "north"),
    "NNE": ("北偏東北", "nor-nordeste", "north-northeast"),
    "NE": ("東北", "nordeste", "northeast"),
    "ENE": ("東北偏東", "lés-nordeste", "east-northeast"),
    "E": ("東", "leste", "east"),
    "ESE": ("東南偏東", "lés-sueste", "east-southeast"),
    "SE": ("東南", "sueste", "southeast"),
    "SSE": ("南偏東南", "su-sueste", "south-southeast"),
    "S": ("南", "sul", "south"),
    "SSW": ("南偏西南", "su-sudoeste", "south-southwest"),
    "SW": ("西南", "sudoeste", "southwest"),
    "WSW": ("西南偏西", "oés-sudoeste", "west-southwest"),
    "W": ("西", "oeste", "west"),
    "WNW": ("西北偏西", "oés-noroeste", "west-northwest"),
    "NW": ("西北", "noroeste", "northwest"),
    "NNW": ("北偏西北", "nor-noroeste", "north-northwest"),
}
_CALM = ("VRB", "CALM", "C")


def wind_from(code: str) -> Text:
    """Words for a compass code ("SW" → 西南 / sudoeste / southwest); other codes stay as they are."""
    key = code.strip().upper()
    if key in _COMPASS:
        zh, pt, en = _COMPASS[key]
        return tri(zh, pt, en)
    if key in _CALM:
        return tri("風向不定", "direcção variável", "variable")
    return tri(code, code, code)


#: SMG station code -> (pt, en); the Chinese name comes with the feed itself.
STATIONS: dict[str, tuple[str, str]] = {
    "DP": ("Parque Municipal Dr. Sun Yat Sen", "Dr. Sun Yat Sen Municipal Park"),
    "EM": ("Areia Preta", "Areia Preta"),
    "FM": ("Fortaleza do Monte", "Monte Fort"),
    "PE": ("Porto Exterior", "Outer Harbour"),
    "MM": ("Barra", "Barra"),
    "TG": ("Taipa Grande", "Taipa Grande"),
    "JA": ("Avenida dos Jogos da Ásia Oriental", "East Asian Games Avenue"),
    "KV": ("Ka-Hó", "Ka-Hó"),
    "UM": ("Universidade de Macau", "University of Macau"),
    "DC": ("Vila de Coloane", "Coloane Village"),
    "MN": ("Ponte Macau (norte)", "Macao Bridge (north)"),
    "MS": ("Ponte Macau (sul)", "Macao Bridge (south)"),
    "PN": ("Ponte da Amizade (norte)", "Friendship Bridge (north)"),
    "PS": ("Ponte da Amizade (sul)", "Friendship Bridge (south)"),
    "PG": ("Ponte Governador Nobre de Carvalho", "Governor Nobre de Carvalho Bridge"),
    "PV": ("Ponte de Sai Van", "Sai Van Bridge"),
    "PL": ("Ponte Flor de Lótus", "Lotus Bridge"),
}


def station_name(code: str, zh: str) -> Text:
    """A station's name in three languages; an unknown code keeps the feed's name in all three."""
    pt, en = STATIONS.get(code.strip().upper(), (zh or code, zh or code))
    return tri(zh or code, pt, en)
