"""Server rows of the typed entities → the column values of their tables (the pull's write path).

Each converter checks a server row and returns its column values as a tuple in the order of
:data:`COLUMNS`, raising :class:`RowError` on a wrong type. Unknown fields are ignored here and kept
in ``row_json``. This runs for every pulled row, so it is written for speed: plain tuples, no
per-field dicts, and text is not re-checked field by field when the row as a whole encodes as UTF-8
(see :func:`dump_json` and :func:`clean_columns`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import encoder as json_encoder
from typing import Any

from desktop.store.folding import clean_text
from desktop.store.rows import parse_time

Columns = tuple[Any, ...]
Converter = Callable[[dict[str, Any]], Columns]

_I64_MIN, _I64_MAX = -(2**63), 2**63


class RowError(ValueError):
    """One field of one row is wrong; the caller names the entity and id."""


def _langs(*names: str) -> tuple[str, ...]:
    return tuple(f"{n}_{lang}" for n in names for lang in ("zh", "pt", "en"))


# Each helper takes the common case first (a value of exactly the expected type, as JSON decoding
# gives) and leaves None and errors to the slower general checks.


def _str(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    if value.__class__ is str:
        return value
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RowError(f"{key} must be a string, not {type(value).__name__}")
    return value


def _int(row: dict[str, Any], key: str) -> int:
    value = row.get(key)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int):
        raise RowError(f"{key} must be an integer, not {type(value).__name__}")
    if not _I64_MIN <= value < _I64_MAX:
        raise RowError(f"{key} is out of range")
    return value


def _bool(row: dict[str, Any], key: str) -> int:
    value = row.get(key)
    if value is None or value is False:
        return 0
    if value is True:
        return 1
    raise RowError(f"{key} must be true or false, not {type(value).__name__}")


def _text(value: Any, key: str, lang: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RowError(f"{key}.{lang} must be a string, not {type(value).__name__}")
    return value


def _localized(row: dict[str, Any], key: str) -> tuple[str, str, str]:
    value = row.get(key)
    if value.__class__ is dict:
        zh, pt, en = value.get("zh"), value.get("pt"), value.get("en")
        if zh.__class__ is str and pt.__class__ is str and en.__class__ is str:
            return zh, pt, en
    if value is None:
        return ("", "", "")
    if not isinstance(value, dict):
        raise RowError(f"{key} must be an object of zh/pt/en texts, not {type(value).__name__}")
    get = value.get
    return (_text(get("zh"), key, "zh"), _text(get("pt"), key, "pt"), _text(get("en"), key, "en"))


def _time(row: dict[str, Any], key: str) -> tuple[str | None, int | None]:
    value = row.get(key)
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        raise RowError(f"{key} must be a time string, not {type(value).__name__}")
    try:
        when = parse_time(value)
    except ValueError:
        raise RowError(f"{key} is not an ISO 8601 time: {value[:40]!r}") from None
    return value, int(when.timestamp())


def department_columns(row: dict[str, Any]) -> Columns:
    return (
        _str(row, "abbr"),
        *_localized(row, "name"),
        _bool(row, "appointment"),
        _bool(row, "address_change"),
        _int(row, "sort"),
    )


def service_columns(row: dict[str, Any]) -> Columns:
    procedure = row.get("procedure")
    if procedure is not None:
        if not isinstance(procedure, dict):
            raise RowError(f"procedure must be an object, not {type(procedure).__name__}")
        for step in procedure:
            _localized(procedure, step)
    return (
        _str(row, "department_id"),
        _str(row, "category"),
        *_localized(row, "category_name"),
        *_localized(row, "title"),
        *_localized(row, "summary"),
        *_localized(row, "keywords"),
        _bool(row, "high_frequency"),
        _bool(row, "bookable"),
        _bool(row, "online"),
        _int(row, "popularity"),
    )


def feed_item_columns(row: dict[str, Any]) -> Columns:
    category = _str(row, "category")
    if not category:
        raise RowError("category is missing")
    published_at, published_ts = _time(row, "published_at")
    expires_at, _ = _time(row, "expires_at")
    data = row.get("data")
    if data is not None and not isinstance(data, dict):
        raise RowError(f"data must be an object, not {type(data).__name__}")
    return (
        category,
        _str(row, "kind"),
        _int(row, "severity"),
        _str(row, "level"),
        _bool(row, "pinned"),
        *_localized(row, "title"),
        *_localized(row, "body"),
        published_at,
        published_ts,
        expires_at,
        _str(row, "source"),
    )


#: Typed columns of each entity's table (besides ``id``, ``version``, ``gen`` and ``row_json``), in
#: the order its converter returns them.
COLUMNS: dict[str, tuple[str, ...]] = {
    "department": ("abbr", *_langs("name"), "appointment", "address_change", "sort"),
    "service": (
        "department_id", "category", *_langs("category_name", "title", "summary", "keywords"),
        "high_frequency", "bookable", "online", "popularity",
    ),
    "feed_item": (
        "category", "kind", "severity", "level", "pinned", *_langs("title", "body"),
        "published_at", "published_ts", "expires_at", "source",
    ),
}

CONVERTERS: dict[str, Converter] = {
    "department": department_columns,
    "service": service_columns,
    "feed_item": feed_item_columns,
}


def clean_columns(columns: Columns) -> Columns:
    """``columns`` with lone surrogates in their texts replaced (SQLite stores UTF-8 only)."""
    return tuple(clean_text(v) if isinstance(v, str) else v for v in columns)


# One encoder made once: ``json.dumps`` with options builds a new one for every row. ``markers=None``
# skips the circular-reference check, which rows decoded from JSON never need.
_ENCODE_FAST = getattr(json_encoder, "c_make_encoder", None)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_encode: Callable[[Any], str]
if _ENCODE_FAST is not None:
    _iterencode = _ENCODE_FAST(
        None, _ENCODER.default, json_encoder.encode_basestring, None, ":", ",", False, False, True
    )

    def _encode(value: Any) -> str:
        return "".join(_iterencode(value, 0))

else:  # an interpreter without the C accelerator
    _encode = _ENCODER.encode


def dump_json(row: dict[str, Any]) -> tuple[str, bool]:
    """Compact JSON of a server row, and whether all of its text is valid UTF-8.

    When it is not (lone surrogates, which JSON's ``\\ud800`` escapes can carry), the JSON falls back
    to ASCII escapes and the caller must clean the row's column texts with :func:`clean_columns`.
    Checking the whole row once is much cheaper than checking each of its texts.
    """
    text = _encode(row)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(row, ensure_ascii=True, separators=(",", ":")), False
    return text, True
