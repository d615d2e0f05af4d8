"""Civil-protection notices → ``civil_protection`` items (pinned while in force).

The Civil Protection Operations Centre publishes press notices, not a feed, so this project defines
a small JSON source (``format`` ``cpc-notices/1``)::

    {"format": "cpc-notices/1",
     "notices": [{
        "id": "ipc-2026-09-23",            # stable id: a later notice with the same id replaces it
        "type": "immediate_prevention",    # immediate_prevention | evacuation | shelter | guidance |
                                           # clarification | lifted
        "issued_at": "2026-09-23 13:00",   # Macao time or ISO 8601 (default: now)
        "in_force": true,                  # default true ("lifted" is never in force)
        "areas": [{"zh": "內港", "pt": "Porto Interior", "en": "Inner Harbour"}],
        "shelters": [{"zh": "…", "pt": "…", "en": "…"}],
        "title": {"zh": "…", "pt": "…", "en": "…"},   # optional: standard wording of the type
        "body": {"zh": "…", "pt": "…", "en": "…"}     # optional, likewise, per language
     }]}

A single notice object is accepted too. The standard wordings below are this project's own.
"""

# Trilingual texts: long strings stay whole (Chinese counts double in line width).
# ruff: noqa: E501

from __future__ import annotations

import re
from typing import Any

from server.feeds.items import Item, ParseContext, Text, make_item, parse_time, tri
from server.feeds.safe import FeedError
from server.feeds.warning_levels import HOTLINE

FORMAT = "cpc-notices/1"

# type -> (severity while in force, standard title, standard body)
NOTICES: dict[str, tuple[int, Text, Text]] = {
    "immediate_prevention": (
        4,
        tri(
            "已宣布進入「即時預防」狀態",
            "Declarado o «estado de prevenção imediata»",
            '"Immediate prevention" state declared',
        ),
        tri(
            "已宣布進入「即時預防」狀態，民防架構全面運作。請留在安全地方，非必要切勿外出；低窪地區居民須聽從疏散指示。緊急求助請致電民防熱線113。",
            "Foi declarado o «estado de prevenção imediata» e a estrutura de protecção civil está em pleno funcionamento. Fique num local seguro e não saia sem necessidade; quem vive em zonas baixas deve seguir as instruções de evacuação. Em caso de emergência, ligue para a linha da protecção civil 113.",
            'The "immediate prevention" state has been declared and the civil protection structure is fully operational. Stay somewhere safe and do not go out unless you must; residents of low-lying areas must follow evacuation instructions. In an emergency, call the civil protection hotline 113.',
        ),
    ),
    "evacuation": (
        5,
        tri("低窪地區疏散指示", "Ordem de evacuação das zonas baixas", "Evacuation of low-lying areas"),
        tri(
            "請低窪地區居民立即帶同身份證明文件、必需藥物、電筒及手提電話，前往就近的避險中心或親友家中較高樓層。離開前關掉電源及煤氣總掣。長者及行動不便人士如需協助撤離，請致電113。",
            "Os moradores das zonas baixas devem sair já, levando documento de identificação, medicamentos essenciais, lanterna e telemóvel, e dirigir-se ao centro de acolhimento mais próximo ou a andares altos de familiares ou amigos. Antes de sair, desliguem a electricidade e o gás. Idosos e pessoas com mobilidade reduzida que precisem de ajuda para sair devem ligar para o 113.",
            "Residents of low-lying areas should leave now, taking ID, essential medicines, a torch and a mobile phone, and go to the nearest shelter or to upper floors of family or friends. Switch off the electricity and gas mains before leaving. Older people and anyone with limited mobility who needs help to leave should call 113.",
        ),
    ),
    "shelter": (
        2,
        tri("避險中心已開放", "Centros de acolhimento abertos", "Shelters open"),
        tri(
            "避險中心已開放，供有需要的市民暫住。請帶同身份證明文件、必需藥物及替換衣物前往。",
            "Os centros de acolhimento estão abertos a quem precise de abrigo temporário. Leve documento de identificação, medicamentos essenciais e roupa para mudar.",
            "Shelters are open to anyone who needs a temporary place to stay. Bring ID, essential medicines and a change of clothes.",
        ),
    ),
    "guidance": (
        1,
        tri("民防提示", "Conselhos da protecção civil", "Civil protection advice"),
        tri(
            "請留意民防及官方發佈的最新消息，做好防災準備。如需協助請致電民防熱線113。",
            "Acompanhe as informações oficiais e da protecção civil e prepare-se. Se precisar de ajuda, ligue para a linha da protecção civil 113.",
            "Follow official and civil protection updates and get prepared. If you need help, call the civil protection hotline 113.",
        ),
    ),
    "clarification": (
        1,
        tri("民防澄清", "Esclarecimento da protecção civil", "Civil protection clarification"),
        tri(
            "網上流傳的部分消息不實。請以官方發佈的消息為準，切勿轉發未經證實的內容。",
            "Circulam na internet informações falsas. Confie apenas nas informações oficiais e não partilhe conteúdos não confirmados.",
            "Some messages circulating online are false. Rely on official information only and do not forward unconfirmed content.",
        ),
    ),
    "lifted": (
        0,
        tri(
            "「即時預防」狀態已解除",
            "Levantado o «estado de prevenção imediata»",
            '"Immediate prevention" state lifted',
        ),
        tri(
            "民防架構已解除「即時預防」狀態。外出時請留意倒塌物件及水浸，並遵從現場人員指示。",
            "A estrutura de protecção civil levantou o «estado de prevenção imediata». Ao sair, tenha cuidado com objectos caídos e inundações e siga as indicações das equipas no local.",
            'The civil protection structure has lifted the "immediate prevention" state. When you go out, watch for fallen objects and flooding and follow the instructions of crews on site.',
        ),
    ),
}
_UNKNOWN = (
    2,
    tri("民防通告", "Comunicado da protecção civil", "Civil protection notice"),
    tri(
        "請留意民防當局的最新指示。如需協助請致電民防熱線113。",
        "Siga as instruções mais recentes da protecção civil. Se precisar de ajuda, ligue para a linha da protecção civil 113.",
        "Follow the latest civil protection instructions. If you need help, call the civil protection hotline 113.",
    ),
)
_ID = re.compile(r"[^a-z0-9-]+")


def _text(value: Any, standard: Text) -> Text:
    """A localized value from the source, each missing language filled from the standard wording."""
    given = value if isinstance(value, dict) else {}
    return {lang: str(given.get(lang) or standard[lang]) for lang in ("zh", "pt", "en")}


def _places(value: Any) -> list[Text]:
    if not isinstance(value, list):
        return []
    return [_text(v, tri("", "", "")) for v in value if isinstance(v, dict)]


def notice_item(raw: dict[str, Any], ctx: ParseContext) -> Item:
    """The item of one notice (also used by the typhoon replay)."""
    kind = str(raw.get("type") or "guidance")
    severity, std_title, std_body = NOTICES.get(kind, _UNKNOWN)
    in_force = kind != "lifted" and raw.get("in_force", True) is not False
    issued = parse_time(str(raw.get("issued_at") or "")) or ctx.now
    areas, shelters = _places(raw.get("areas")), _places(raw.get("shelters"))
    body = _text(raw.get("body"), std_body)
    for label, places in (
        (tri("受影響地區", "Zonas afectadas", "Areas affected"), areas),
        (tri("避險中心", "Centros de acolhimento", "Shelters"), shelters),
    ):
        if places:
            for lang, sep in (("zh", "、"), ("pt", ", "), ("en", ", ")):
                colon = "：" if lang == "zh" else ": "
                end = "。" if lang == "zh" else "."
                body[lang] += f"\n{label[lang]}{colon}{sep.join(p[lang] for p in places)}{end}"
    ident = _ID.sub("-", str(raw.get("id") or f"{kind}-{issued:%Y%m%d%H%M}").lower()).strip("-")
    return make_item(
        f"civil-protection-{ident}",
        "civil_protection",
        kind,
        _text(raw.get("title"), std_title),
        body,
        published=issued,
        severity=severity if in_force else 0,
        level=kind,
        pinned=in_force,
        source="SPU",
        data={
            "notice_type": kind,
            "in_force": in_force,
            "hotline": HOTLINE,
            "areas": areas,
            "shelters": shelters,
        },
    )


def parse_civil(payload: Any, ctx: ParseContext) -> list[Item]:
    if not isinstance(payload, dict):
        raise FeedError("civil-protection notices: expected a JSON object")
    fmt = str(payload.get("format") or FORMAT)
    if not fmt.startswith("cpc-notices/"):
        raise FeedError(f"civil-protection notices: unknown format {fmt!r}")
    notices = payload.get("notices", [payload] if "type" in payload else [])
    if not isinstance(notices, list) or not all(isinstance(n, dict) for n in notices):
        raise FeedError("civil-protection notices: 'notices' must be a list of objects")
    return [notice_item(n, ctx) for n in notices]
