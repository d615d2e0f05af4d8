"""The normalised ``feed_item`` row (docs/API.md) and small helpers every parser shares.

Helpers look elements up by local tag name (namespace ignored) and by ``Type``, never by position,
keep codes as strings and turn numbers that are missing or garbled into ``None``.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from server.timeutil import MACAO_TZ

Item = dict[str, Any]
Text = dict[str, str]
CATEGORIES = ("alert", "civil_protection", "weather", "air_quality", "border", "school", "news")


@dataclass(frozen=True)
class ParseContext:
    """What a parser may know beyond the payload: the time now and the edition's language.

    ``now`` stands in for timestamps a payload lacks, so parsing stays a pure function of its input.
    """

    now: datetime = field(default_factory=lambda: datetime.now(MACAO_TZ))
    lang: str = "zh"


def tri(zh: str, pt: str, en: str) -> Text:
    return {"zh": zh, "pt": pt, "en": en}


def iso(moment: datetime) -> str:
    """``moment`` as the API writes times: ISO 8601 in Macao time, whole seconds."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=MACAO_TZ)
    return moment.astimezone(MACAO_TZ).isoformat(timespec="seconds")


def make_item(
    id: str,
    category: str,
    kind: str,
    title: Text,
    body: Text,
    *,
    published: datetime,
    severity: int = 0,
    level: str = "",
    pinned: bool = False,
    expires: datetime | None = None,
    source: str = "",
    data: dict[str, Any] | None = None,
) -> Item:
    if category not in CATEGORIES:
        raise ValueError(f"unknown feed category {category!r}")
    return {
        "id": id,
        "category": category,
        "kind": kind,
        "severity": max(0, min(5, severity)),
        "level": level,
        "pinned": pinned,
        "title": title,
        "body": body,
        "published_at": iso(published),
        "expires_at": None if expires is None else iso(expires),
        "source": source,
        "data": data or {},
    }


_LOCAL = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$")


def parse_time(text: str | None) -> datetime | None:
    """SMG ``2026-08-23 00:56``, PSP ``2026/08/23 01:45`` (both Macao time), ISO 8601 or RFC 822."""
    if not text or not text.strip():
        return None
    text = text.strip()
    m = _LOCAL.match(text)
    try:
        if m:
            y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
            return datetime(y, mo, d, h, mi, s, tzinfo=MACAO_TZ)
        if text[:4].isdigit():
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        else:
            moment = parsedate_to_datetime(text)
    except (ValueError, TypeError, IndexError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=MACAO_TZ)


def number(text: object) -> int | float | None:
    """``"28"`` → 28, ``"28.7"`` → 28.7; blanks, ``"-"``, ``"N/A"``, NaN and other garbage → None."""
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        value = float(text)
    else:
        try:
            value = float(str(text).strip())
        except ValueError:
            return None
    if not math.isfinite(value):
        return None
    return int(value) if value.is_integer() and "." not in str(text) else round(value, 3)


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def children(parent: ET.Element | None, name: str) -> list[ET.Element]:
    """Direct children called ``name`` (any namespace, any letter case)."""
    if parent is None:
        return []
    want = name.lower()
    return [c for c in parent if local(c.tag).lower() == want]


def child(parent: ET.Element | None, name: str) -> ET.Element | None:
    found = children(parent, name)
    return found[0] if found else None


def text_of(parent: ET.Element | None, name: str) -> str:
    """Stripped text of the first child ``name``; ``""`` when missing."""
    node = child(parent, name)
    return (node.text or "").strip() if node is not None else ""


def texts_of(parent: ET.Element | None, name: str) -> list[str]:
    return [t for t in ((c.text or "").strip() for c in children(parent, name)) if t]


def of_type(parent: ET.Element | None, name: str, type_code: str) -> ET.Element | None:
    """The child ``name`` whose ``<Type>`` is ``type_code`` (e.g. Temperature Type 8 = daily max)."""
    for node in children(parent, name):
        if text_of(node, "Type") == type_code:
            return node
    return None


def value(node: ET.Element | None, *, precise: bool = True) -> int | float | None:
    """The number of a measurement: ``dValue`` (1 decimal) when present and ``precise``, else ``Value``."""
    if node is None:
        return None
    if precise:
        fine = number(text_of(node, "dValue"))
        if fine is not None:
            return fine
    return number(text_of(node, "Value"))


def later(moment: datetime, minutes: float) -> datetime:
    return moment + timedelta(minutes=minutes)


def fmt(x: int | float | None, lang: str = "en") -> str:
    """A figure for running text: ``28``, ``28.7`` (``28,7`` in Portuguese); ``?`` when unknown."""
    if x is None:
        return "?"
    text = f"{x:g}"
    return text.replace(".", ",") if lang == "pt" else text
