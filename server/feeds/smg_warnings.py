"""SMG warning XML (typhoon, rainstorm, monsoon, thunderstorm, storm surge, tsunami) → ``alert`` items.

Layout (from public consumer code; no real payload has been seen): root ``TyphoonWarning`` |
``RainstormWarning`` | ``MonsoonWarning`` | ``ThunderstormWarning`` | ``StormsurgeWarning`` |
``TsunamiWarning`` → ``Custom`` → one or more ``TropicalCyclone`` | ``Rainstorm`` | ``Monsoon`` |
``Thunderstorm`` | ``Stormsurge`` | ``Tsunami`` with ``Warncode``, ``Action``, ``IssuedAt``,
``Description`` and ``Misc`` (each may repeat) and maybe ``Status``, ``Inforce``,
``SignalChangedAt``, ``Major``.

Interpretation, kept deliberately defensive because those semantics are unverified:
- an entry with no ``Warncode`` is "no warning" and yields nothing;
- ``Action`` CANCEL (or ``Inforce`` 0) means cancelled; everything else with a code is in force;
- the level is read from ``Warncode`` by words, Chinese characters or numbers ("8SE", "TC8",
  "八號", "RED", "紅", "3"); a code that reads as no known level is shown as its code, pinned;
- of several entries the latest in force wins (by issue time, then document order).

One item per warning type with a stable id (``alert-typhoon`` …), so each new file replaces the last.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from typing import Any

from server.feeds.items import (
    Item,
    ParseContext,
    Text,
    child,
    local,
    make_item,
    parse_time,
    text_of,
    texts_of,
    tri,
)
from server.feeds.safe import FeedError
from server.feeds.warning_levels import (
    CANCELLED_GUIDANCE,
    HOTLINE,
    WARNINGS,
    Level,
    WarningType,
    unknown_level,
)

#: root element (lower case) -> (warning key, entry element)
ROOTS = {
    "typhoonwarning": ("typhoon", "tropicalcyclone"),
    "rainstormwarning": ("rainstorm", "rainstorm"),
    "monsoonwarning": ("monsoon", "monsoon"),
    "thunderstormwarning": ("thunderstorm", "thunderstorm"),
    "stormsurgewarning": ("storm_surge", "stormsurge"),
    "tsunamiwarning": ("tsunami", "tsunami"),
}
#: A cancelled warning stays on the feed, unpinned, for this long so people see it was lifted.
CANCELLED_SHOWN_HOURS = 3

_DIRECTIONS = {
    "NE": "NE",
    "SE": "SE",
    "SW": "SW",
    "NW": "NW",
    "東北": "NE",
    "東南": "SE",
    "西南": "SW",
    "西北": "NW",
}
_DIRECTION_TEXT = {
    "NE": tri("東北", "nordeste", "northeast"),
    "SE": tri("東南", "sueste", "southeast"),
    "SW": tri("西南", "sudoeste", "southwest"),
    "NW": tri("西北", "noroeste", "northwest"),
}
_CN_SIGNAL = {"十號": "10", "九號": "9", "八號": "8", "三號": "3", "一號": "1"}
_COLOURS = (
    ("black", ("BLACK", "黑")),
    ("red", ("RED", "紅")),
    ("orange", ("ORANGE", "橙")),
    ("yellow", ("YELLOW", "黃", "AMBER")),
    ("blue", ("BLUE", "藍")),
)


def _typhoon_level(code: str) -> tuple[str | None, str | None]:
    """("8", "SE") from "8SE", "TC8SE", "T8", "八號東南" …; (None, None) when no signal number reads."""
    upper = code.upper()
    direction = next((d for word, d in _DIRECTIONS.items() if word in upper), None)
    for word, signal in _CN_SIGNAL.items():
        if word in code:
            return signal, direction if signal == "8" else None
    m = re.search(r"(?<!\d)(10|9|8|3|1)(?!\d)", upper)
    if not m:
        return None, None
    # Only No. 8 signals carry a quadrant (8 NE / SE / SW / NW).
    return m.group(1), direction if m.group(1) == "8" else None


def _colour_level(code: str) -> str | None:
    upper = code.upper()
    for level, words in _COLOURS:
        if any(w in upper for w in words):
            return level
    return None


def read_level(key: str, code: str) -> tuple[str | None, str | None]:
    """(level key in :data:`WARNINGS`, typhoon direction) for a raw ``Warncode``; level None if unknown."""
    code = code.strip()
    if key == "typhoon":
        return _typhoon_level(code)
    upper = code.upper()
    if key == "rainstorm":
        level = _colour_level(code)
        return (level if level in ("yellow", "red", "black") else None), None
    if key == "storm_surge":
        level = _colour_level(code)
        if level:
            return level, None
        m = re.search(r"(?<!\d)([1-5])(?!\d)", upper)
        if m:
            return ("blue", "yellow", "orange", "red", "black")[int(m.group(1)) - 1], None
        return ("alert" if "ALERT" in upper or "戒備" in code else None), None
    if key == "tsunami":
        if "INFO" in upper or "資訊" in code:
            return "info", None
        if any(w in upper for w in ("WATCH", "ALERT")) or "預警" in code or "戒備" in code:
            return "watch", None
        return "warning", None
    # Monsoon and thunderstorm have a single level: any code means it is up.
    return ("signal" if key == "monsoon" else "warning"), None


def warning_item(
    key: str,
    code: str,
    *,
    in_force: bool,
    issued: datetime,
    description: list[str] | None = None,
    lang: str = "zh",
    extra: dict[str, Any] | None = None,
) -> Item:
    """The ``alert`` item for warning ``key`` with raw code ``code`` (also used by the typhoon replay)."""
    warning: WarningType = WARNINGS[key]
    level_key, direction = read_level(key, code)
    level: Level = warning.levels[level_key] if level_key in warning.levels else unknown_level(warning, code)
    title: Text = dict(level.title)
    if direction:
        words = _DIRECTION_TEXT[direction]
        title = tri(
            f"{title['zh']}（{words['zh']}）",
            f"{title['pt']} ({words['pt']})",
            f"{title['en']} ({words['en']})",
        )
    guidance = level.guidance if in_force else CANCELLED_GUIDANCE
    if not in_force:
        title = tri(f"{title['zh']}已取消", f"Cancelamento: {title['pt']}", f"{title['en']} cancelled")
    body = dict(guidance)
    official = "\n".join(description or [])
    if official and lang in body:
        # The SMG's own wording comes first in the language of its edition.
        body[lang] = f"{official}\n\n{body[lang]}"
    data: dict[str, Any] = {
        "warning": key,
        "level": level.level,
        "level_number": level.number,
        "code": code,
        "in_force": in_force,
        "colour": None if level.colour is None else {"name": level.colour, "hex": level.hex},
        "symbol": level.symbol,
        "guidance": dict(guidance),
        "hotline": HOTLINE,
        "issued_at": issued.isoformat(timespec="minutes"),
        "description": {lang: official} if official else {},
    }
    if key == "typhoon":
        data["signal"] = level.level
        data["direction"] = direction
    data.update(extra or {})
    return make_item(
        f"alert-{key.replace('_', '-')}",
        "alert",
        warning.kind,
        title,
        body,
        published=issued,
        severity=level.severity if in_force else 0,
        level=level.level if in_force else "cancelled",
        pinned=in_force,
        expires=None if in_force else issued + timedelta(hours=CANCELLED_SHOWN_HOURS),
        source="SMG",
        data=data,
    )


def _entry(
    node: ET.Element, root_time: datetime | None, ctx: ParseContext, order: int
) -> dict[str, Any] | None:
    code = text_of(node, "Warncode")
    action = text_of(node, "Action").upper()
    if not code:
        return None
    inforce = text_of(node, "Inforce")
    issued = (
        parse_time(text_of(node, "IssuedAt"))
        or parse_time(text_of(node, "SignalChangedAt"))
        or root_time
        or ctx.now
    )
    return {
        "code": code,
        "in_force": action not in ("CANCEL", "CANCELLED", "CANCELED") and inforce != "0",
        "issued": issued,
        "order": order,
        "description": texts_of(node, "Description"),
        "raw": {
            "action": action or None,
            "status": text_of(node, "Status") or None,
            "inforce": inforce or None,
            "major": text_of(node, "Major") or None,
            "misc": texts_of(node, "Misc"),
        },
    }


def parse_warning(root: ET.Element, ctx: ParseContext) -> list[Item]:
    known = ROOTS.get(local(root.tag).lower())
    if known is None:
        raise FeedError(f"expected an SMG warning root ({', '.join(ROOTS)}), found {local(root.tag)}")
    key, entry_tag = known
    root_time = parse_time(text_of(child(root, "System"), "SysPubdate"))
    nodes = [n for n in root.iter() if local(n.tag).lower() == entry_tag and n is not root]
    entries = [e for e in (_entry(n, root_time, ctx, i) for i, n in enumerate(nodes)) if e is not None]
    if not entries:
        return []  # no warning of this type: the caller drops any earlier one
    in_force = [e for e in entries if e["in_force"]]
    current = max(in_force or entries, key=lambda e: (e["issued"], e["order"]))
    return [
        warning_item(
            key,
            current["code"],
            in_force=current["in_force"],
            issued=current["issued"],
            description=current["description"],
            lang=ctx.lang,
            extra={"smg": current["raw"]},
        )
    ]
