"""Cached rows → domain values: ``*_from_row`` build them from a ``sqlite3.Row``.

This is the read path (the first screen reads through it at start-up), so it imports little; the
pull's side, checking server rows and turning them into columns, is :mod:`desktop.store.columns`.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone

from desktop.domain.models import Department, FeedItem, Service
from desktop.domain.text import LocalizedText

#: Server times without an offset are read as Macao time.
MACAO = timezone(timedelta(hours=8))

#: Entities with a typed table: entity name → table. Others live in ``cache_rows``.
TABLES: dict[str, str] = {"department": "departments", "service": "services", "feed_item": "feed_items"}


def parse_time(value: str) -> datetime:
    """An ISO 8601 server time as an aware datetime (no offset means Macao time)."""
    when = datetime.fromisoformat(value)
    return when if when.tzinfo else when.replace(tzinfo=MACAO)


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
