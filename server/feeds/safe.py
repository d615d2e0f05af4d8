"""Safe loading of feed payloads: size cap, strict decoding, XML without DTDs, JSON with clear errors.

Every rejection is a :class:`FeedError` whose message is one line a log or a person can read; the
caller keeps its last good copy of the feed.
"""

from __future__ import annotations

import codecs
import json
import re
import xml.etree.ElementTree as ET
from typing import Any
from xml.parsers import expat

#: Real feeds are a few kB (the largest SMG sample is 20 kB); 2 MiB leaves room and stops abuse.
MAX_BYTES = 2 * 1024 * 1024
#: SMG documents nest 5 levels deep, RSS/Atom about 4; anything far deeper is an attack or garbage.
MAX_DEPTH = 64

_DECLARED = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class FeedError(ValueError):
    """A feed payload was refused; ``str(error)`` is a one-line reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(" ".join(reason.split()))


def check_size(raw: bytes, max_bytes: int = MAX_BYTES) -> None:
    if len(raw) > max_bytes:
        raise FeedError(f"payload is {len(raw)} bytes, over the {max_bytes}-byte limit")
    if not raw.strip():
        raise FeedError("payload is empty")


def _canonical(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise FeedError(f"declares the unknown encoding {name!r}") from None


def decode(raw: bytes, *, xml: bool) -> str:
    """Text of ``raw``: a BOM wins, then (for XML) the declared encoding, else UTF-8; never guessed.

    A wrong byte is reported with its offset instead of being replaced, so a Latin-1 file that claims
    to be UTF-8 is refused rather than shown with broken characters.
    """
    encoding = "utf-8"
    body = raw
    for bom, name in _BOMS:
        if raw.startswith(bom):
            encoding, body = name, raw[len(bom) :]
            break
    else:
        declared = _DECLARED.match(raw.lstrip()[:200]) if xml else None
        if declared:
            encoding = _canonical(declared.group(1).decode("ascii"))
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as e:
        bad = body[e.start : e.start + 1].hex()
        raise FeedError(
            f"not valid {encoding}: byte 0x{bad} at offset {e.start} (is the file really {encoding}?)"
        ) from None


_TRUNCATED_CODES = {
    expat.errors.codes[expat.errors.XML_ERROR_NO_ELEMENTS],
    expat.errors.codes[expat.errors.XML_ERROR_UNCLOSED_TOKEN],
    expat.errors.codes[expat.errors.XML_ERROR_PARTIAL_CHAR],
    expat.errors.codes[expat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION],
}


class _Refused(Exception):
    """Raised inside expat callbacks; turned into a FeedError outside the parser."""


def _refuse_dtd(*_: object) -> None:
    raise _Refused("DTDs and entity declarations are not accepted (entity expansion / external entities)")


def parse_xml(raw: bytes, max_bytes: int = MAX_BYTES) -> ET.Element:
    """The root element of ``raw``; refuses DOCTYPE, ENTITY, external entities and deep nesting.

    Built directly on expat (not ``ET.fromstring``) so the DOCTYPE callback fires before any entity
    is declared or expanded: billion-laughs and XXE payloads stop at their first line. Namespaced
    names come out as ``{uri}local`` like ElementTree's own.
    """
    check_size(raw, max_bytes)
    text = decode(raw, xml=True)
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    depth = 0

    def name(raw_name: str) -> str:
        return "{" + raw_name if "}" in raw_name else raw_name

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise _Refused(f"elements nested deeper than {MAX_DEPTH} levels")
        builder.start(name(tag), {name(k): v for k, v in attrs.items()})

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        builder.end(name(tag))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.ExternalEntityRefHandler = _refuse_dtd  # type: ignore[assignment]
    try:
        parser.Parse(text, True)
    except _Refused as e:
        raise FeedError(str(e)) from None
    except expat.ExpatError as e:
        hint = " (truncated?)" if e.code in _TRUNCATED_CODES else ""
        raise FeedError(
            f"malformed XML at line {e.lineno}, column {e.offset}: {expat.errors.messages[e.code]}{hint}"
        ) from None
    return builder.close()


def parse_json(raw: bytes, max_bytes: int = MAX_BYTES) -> Any:
    """The value of ``raw`` (UTF-8, BOM allowed); NaN/Infinity refused as they are not JSON."""
    check_size(raw, max_bytes)
    text = decode(raw, xml=False)

    def no_constants(word: str) -> Any:
        raise FeedError(f"malformed JSON: {word} is not a JSON value")

    try:
        return json.loads(text, parse_constant=no_constants)
    except json.JSONDecodeError as e:
        cut = e.pos >= len(text.rstrip()) or e.msg.startswith("Unterminated")
        hint = " (truncated?)" if cut else ""
        msg = e.msg.removesuffix(" starting at")
        raise FeedError(f"malformed JSON at line {e.lineno}, column {e.colno}: {msg}{hint}") from None
    except RecursionError:
        raise FeedError("malformed JSON: nested too deeply") from None
    except FeedError:
        raise
    except ValueError as e:  # e.g. an integer literal longer than Python's 4300-digit limit
        raise FeedError(f"malformed JSON: {e}") from None


def looks_like_xml(raw: bytes) -> bool:
    head = raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return head == b"<" or raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
