"""Which parser reads a payload: kinds by name, auto-detected from the XML root or the JSON shape."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from server.feeds.civil import parse_civil
from server.feeds.items import Item, ParseContext, local
from server.feeds.news import parse_news
from server.feeds.psp_border import parse_border
from server.feeds.safe import MAX_BYTES, FeedError, looks_like_xml, parse_json, parse_xml
from server.feeds.school import parse_school
from server.feeds.smg_air import is_station_row, parse_air
from server.feeds.smg_brief import parse_brief
from server.feeds.smg_stations import parse_stations
from server.feeds.smg_warnings import ROOTS as WARNING_ROOTS
from server.feeds.smg_warnings import parse_warning


@dataclass(frozen=True)
class Kind:
    syntax: str  # "xml" | "json"
    parse: Callable[[Any, ParseContext], list[Item]]
    about: str


KINDS: dict[str, Kind] = {
    "smg_brief": Kind("xml", parse_brief, "SMG c_actual_brief.xml → weather/actual_brief"),
    "smg_stations": Kind("xml", parse_stations, "SMG c_actualweather.xml → weather/stations"),
    "smg_warning": Kind("xml", parse_warning, "SMG warning XML (typhoon, rainstorm, …) → alert"),
    "news": Kind("xml", parse_news, "gov.mo RSS 2.0 / Atom → news/government_news"),
    "smg_air": Kind("json", parse_air, "SMG latestAirConcentration.json → air_quality/station"),
    "psp_border": Kind("json", parse_border, "PSP checkpoint status ({'d': …}) → border/checkpoint"),
    "school": Kind("json", parse_school, "dsedj-class-suspension/1 → school/class_suspension"),
    "civil_protection": Kind("json", parse_civil, "cpc-notices/1 → civil_protection"),
}
_XML_ROOTS = {
    "actualweatherbrief": "smg_brief",
    "actualweather": "smg_stations",
    "rss": "news",
    "feed": "news",
}


def detect(doc: Any) -> str:
    """The kind of an already parsed document (an XML root element or a JSON value)."""
    if hasattr(doc, "tag"):
        root = local(doc.tag).lower()
        if root in WARNING_ROOTS:
            return "smg_warning"
        if root in _XML_ROOTS:
            return _XML_ROOTS[root]
        raise FeedError(f"unrecognised XML feed (root element {local(doc.tag)})")
    if isinstance(doc, dict):
        fmt = str(doc.get("format") or "")
        if fmt.startswith("dsedj-class-suspension/"):
            return "school"
        if fmt.startswith("cpc-notices/"):
            return "civil_protection"
        if "d" in doc or "Rt" in doc:
            return "psp_border"
        if any(is_station_row(v) for v in doc.values()):
            return "smg_air"
    raise FeedError("unrecognised JSON feed (no known shape; pass --kind)")


def lang_from_name(name: str) -> str:
    """Edition language from an SMG file name: ``c_`` Chinese, ``p_`` Portuguese, ``e_`` English."""
    base = Path(name.split("?")[0]).name.lower()
    return {"c_": "zh", "p_": "pt", "e_": "en"}.get(base[:2], "zh")


def parse_payload(
    raw: bytes, kind: str | None = None, ctx: ParseContext | None = None, *, max_bytes: int = MAX_BYTES
) -> tuple[str, list[Item]]:
    """(kind, items) of ``raw``; ``kind`` None means detect it. Raises :class:`FeedError`."""
    ctx = ctx or ParseContext()
    xml = looks_like_xml(raw)
    if kind is not None:
        if kind not in KINDS:
            raise FeedError(f"unknown kind {kind!r} (known: {', '.join(KINDS)})")
        want = KINDS[kind].syntax
        if (want == "xml") != xml:
            raise FeedError(f"kind {kind} expects {want.upper()} but the payload does not look like it")
    doc = parse_xml(raw, max_bytes) if xml else parse_json(raw, max_bytes)
    kind = kind or detect(doc)
    return kind, KINDS[kind].parse(doc, ctx)


def read_capped(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``, refusing (without reading it all) a file over ``max_bytes``."""
    try:
        with path.open("rb") as f:
            raw = f.read(max_bytes + 1)
    except OSError as e:
        raise FeedError(f"cannot read {path.name}: {e.strerror or e}") from None
    if len(raw) > max_bytes:
        raise FeedError(f"file is over the {max_bytes}-byte limit")
    return raw


def parse_file(
    path: Path, kind: str | None = None, ctx: ParseContext | None = None, *, max_bytes: int = MAX_BYTES
) -> tuple[str, list[Item]]:
    ctx = ctx or ParseContext(lang=lang_from_name(path.name))
    return parse_payload(read_capped(path, max_bytes), kind, ctx, max_bytes=max_bytes)
