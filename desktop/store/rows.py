"""Server rows ↔ typed table columns ↔ domain values.

``*_columns`` check a server row of a known entity and turn it into the column values of its typed
table, raising :class:`BadPayload` on a wrong type; ``*_from_row`` build domain values from a
``sqlite3.Row``. Unknown fields are ignored here and kept in ``row_json``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from desktop.domain.models import Department, FeedItem, Service
from desktop.domain.text import LocalizedText
from desktop.store.folding import clean_text

LANGS = ("zh", "pt", "en")
#: Server times without an offset are read as Macao time.
MACAO = timezone(timedelta(hours=8))

Columns = dict[str, Any]


class RowError(ValueError):
    """One field of one row is wrong; the caller names the entity and id."""


def _str(row: dict[str, Any], key: str, default: str = "") -> str:
    value = row.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise RowError(f"{key} must be a string, not {type(value).__name__}")
    return clean_text(value)


def _int(row: dict[str, Any], key: str, default: int = 0) -> int:
    value = row.get(key, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise RowError(f"{key} must be an integer, not {type(value).__name__}")
    if not -(2**63) <= value < 2**63:
        raise RowError(f"{key} is out of range")
    return value


def _bool(row: dict[str, Any], key: str) -> int:
    value = row.get(key, False)
    if value is None:
        return 0
    if not isinstance(value, bool):
        raise RowError(f"{key} must be true or false, not {type(value).__name__}")
    return int(value)


def _localized(row: dict[str, Any], key: str, prefix: str | None = None) -> Columns:
    value = row.get(key)
    prefix = prefix or key
    if value is None:
        value = {}
    if not isinstance(value, dict):
        raise RowError(f"{key} must be an object of zh/pt/en texts, not {type(value).__name__}")
    out: Columns = {}
    for lang in LANGS:
        text = value.get(lang)
        if text is not None and not isinstance(text, str):
            raise RowError(f"{key}.{lang} must be a string, not {type(text).__name__}")
        out[f"{prefix}_{lang}"] = clean_text(text or "")
    return out


def parse_time(value: str) -> datetime:
    """An ISO 8601 server time as an aware datetime (no offset means Macao time)."""
    when = datetime.fromisoformat(value)
    return when if when.tzinfo else when.replace(tzinfo=MACAO)


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


def _object(row: dict[str, Any], key: str) -> None:
    value = row.get(key)
    if value is not None and not isinstance(value, dict):
        raise RowError(f"{key} must be an object, not {type(value).__name__}")


def department_columns(row: dict[str, Any]) -> Columns:
    return {
        "abbr": _str(row, "abbr"),
        **_localized(row, "name"),
        "appointment": _bool(row, "appointment"),
        "address_change": _bool(row, "address_change"),
        "sort": _int(row, "sort"),
    }


def service_columns(row: dict[str, Any]) -> Columns:
    procedure = row.get("procedure")
    if procedure is not None:
        if not isinstance(procedure, dict):
            raise RowError(f"procedure must be an object, not {type(procedure).__name__}")
        for step in procedure:
            _localized(procedure, step, "p")
    return {
        "department_id": _str(row, "department_id"),
        "category": _str(row, "category"),
        **_localized(row, "category_name"),
        **_localized(row, "title"),
        **_localized(row, "summary"),
        **_localized(row, "keywords"),
        "high_frequency": _bool(row, "high_frequency"),
        "bookable": _bool(row, "bookable"),
        "online": _bool(row, "online"),
        "popularity": _int(row, "popularity"),
    }


def feed_item_columns(row: dict[str, Any]) -> Columns:
    category = _str(row, "category")
    if not category:
        raise RowError("category is missing")
    published_at, published_ts = _time(row, "published_at")
    expires_at, _ = _time(row, "expires_at")
    _object(row, "data")
    return {
        "category": category,
        "kind": _str(row, "kind"),
        "severity": _int(row, "severity"),
        "level": _str(row, "level"),
        "pinned": _bool(row, "pinned"),
        **_localized(row, "title"),
        **_localized(row, "body"),
        "published_at": published_at,
        "published_ts": published_ts,
        "expires_at": expires_at,
        "source": _str(row, "source"),
    }


#: Entities with a typed table: entity name → (table, converter).
TYPED: dict[str, tuple[str, Callable[[dict[str, Any]], Columns]]] = {
    "department": ("departments", department_columns),
    "service": ("services", service_columns),
    "feed_item": ("feed_items", feed_item_columns),
}


def dump_json(row: dict[str, Any]) -> str:
    """Compact JSON of a server row; falls back to ASCII escapes if the row holds lone surrogates."""
    try:
        text = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return json.dumps(row, ensure_ascii=True, separators=(",", ":"))


def _text(r: sqlite3.Row, prefix: str) -> LocalizedText:
    return LocalizedText(r[f"{prefix}_zh"] or "", r[f"{prefix}_pt"] or "", r[f"{prefix}_en"] or "")


def department_from_row(r: sqlite3.Row) -> Department:
    return Department(
        id=r["id"], abbr=r["abbr"], name=_text(r, "name"), appointment=bool(r["appointment"]),
        address_change=bool(r["address_change"]), sort=r["sort"],
    )


def service_from_row(r: sqlite3.Row) -> Service:
    raw = json.loads(r["row_json"])
    procedure = raw.get("procedure") if isinstance(raw, dict) else None
    return Service(
        id=r["id"], department_id=r["department_id"], category=r["category"],
        category_name=_text(r, "category_name"), title=_text(r, "title"), summary=_text(r, "summary"),
        keywords=_text(r, "keywords"), high_frequency=bool(r["high_frequency"]), bookable=bool(r["bookable"]),
        online=bool(r["online"]), popularity=r["popularity"],
        procedure={k: LocalizedText.from_row(v) for k, v in (procedure or {}).items()},
    )


def feed_item_from_row(r: sqlite3.Row) -> FeedItem:
    raw = json.loads(r["row_json"])
    data = raw.get("data") if isinstance(raw, dict) else None
    return FeedItem(
        id=r["id"], category=r["category"], kind=r["kind"], title=_text(r, "title"), body=_text(r, "body"),
        published_at=parse_time(r["published_at"]) if r["published_at"] else None,
        severity=r["severity"], level=r["level"], pinned=bool(r["pinned"]),
        expires_at=parse_time(r["expires_at"]) if r["expires_at"] else None,
        source=r["source"], data=data if isinstance(data, dict) else {},
    )
