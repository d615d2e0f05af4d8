"""Reading cached services, plus the user's own favourites and recently used services.

Favourites and recent services are local-only: the user writes them, the pull never does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop.domain.models import Service
from desktop.domain.text import LocalizedText
from desktop.store.db import transaction
from desktop.store.rows import service_from_row

if TYPE_CHECKING:
    from desktop.store.search import ServiceHit

_ORDER = "high_frequency DESC, popularity DESC, id"
#: How many recently used services are remembered.
RECENT_LIMIT = 30


def _where(category: str | None, department_id: str | None) -> tuple[str, list[str]]:
    clauses, params = [], []
    if category is not None:
        clauses.append("category = ?")
        params.append(category)
    if department_id is not None:
        clauses.append("department_id = ?")
        params.append(department_id)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


class ServiceRepo:
    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], datetime]) -> None:
        self._conn = conn
        self._clock = clock
        # Services built by earlier searches, reused while their rows are unchanged (see search.py).
        self._built: dict[int, tuple[str, str, Service]] = {}

    def count(self, category: str | None = None, department_id: str | None = None) -> int:
        where, params = _where(category, department_id)
        return int(self._conn.execute(f"SELECT count(*) FROM services {where}", params).fetchone()[0])

    def page(
        self, offset: int, limit: int, category: str | None = None, department_id: str | None = None
    ) -> list[Service]:
        """Services ``offset`` … ``offset + limit - 1``: high-frequency first, then by popularity, then id."""
        where, params = _where(category, department_id)
        rows = self._conn.execute(
            f"SELECT * FROM services {where} ORDER BY {_ORDER} LIMIT ? OFFSET ?",
            (*params, max(0, int(limit)), max(0, int(offset))),
        ).fetchall()
        return [service_from_row(r) for r in rows]

    def get(self, service_id: str) -> Service | None:
        r = self._conn.execute("SELECT * FROM services WHERE id = ?", (service_id,)).fetchone()
        return None if r is None else service_from_row(r)

    def categories(self) -> list[tuple[str, LocalizedText, int]]:
        """``(category id, its name, number of services)`` for every category, by category id."""
        rows = self._conn.execute(
            "SELECT category, max(category_name_zh) AS zh, max(category_name_pt) AS pt,"
            " max(category_name_en) AS en, count(*) AS n FROM services GROUP BY category ORDER BY category"
        ).fetchall()
        return [
            (r["category"], LocalizedText(r["zh"] or "", r["pt"] or "", r["en"] or ""), r["n"]) for r in rows
        ]

    def search(self, query: str, lang: str, limit: int = 50) -> list[ServiceHit]:
        """Services matching ``query``; any text is accepted. See :mod:`desktop.store.search`."""
        from desktop.store.search import search_services  # folding tables load on the first search

        return search_services(self._conn, query, lang, limit, built=self._built)

    # -- favourites and recent services (local only) ------------------------------------------------

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="microseconds")

    def add_favourite(self, service_id: str) -> None:
        self._conn.execute(
            "INSERT INTO favourites(service_id, added_at) VALUES (?, ?) ON CONFLICT(service_id) DO NOTHING",
            (service_id, self._now()),
        )

    def remove_favourite(self, service_id: str) -> None:
        self._conn.execute("DELETE FROM favourites WHERE service_id = ?", (service_id,))

    def is_favourite(self, service_id: str) -> bool:
        r = self._conn.execute("SELECT 1 FROM favourites WHERE service_id = ?", (service_id,)).fetchone()
        return r is not None

    def favourite_ids(self) -> list[str]:
        """Favourite service ids, newest first, including services not in the cache (any more)."""
        return [r[0] for r in self._conn.execute("SELECT service_id FROM favourites ORDER BY added_at DESC")]

    def favourites(self) -> list[Service]:
        """Favourite services that are in the cache, most recently added first."""
        rows = self._conn.execute(
            "SELECT s.* FROM favourites AS f JOIN services AS s ON s.id = f.service_id"
            " ORDER BY f.added_at DESC, s.id"
        ).fetchall()
        return [service_from_row(r) for r in rows]

    def mark_used(self, service_id: str) -> None:
        """Remember that the user opened ``service_id`` now (keeps the latest :data:`RECENT_LIMIT`)."""
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO recent_services(service_id, used_at) VALUES (?, ?)"
                " ON CONFLICT(service_id) DO UPDATE SET used_at = excluded.used_at",
                (service_id, self._now()),
            )
            self._conn.execute(
                "DELETE FROM recent_services WHERE service_id NOT IN"
                " (SELECT service_id FROM recent_services ORDER BY used_at DESC LIMIT ?)",
                (RECENT_LIMIT,),
            )

    def recent(self, limit: int = 10) -> list[Service]:
        """Recently used services that are in the cache, most recent first."""
        rows = self._conn.execute(
            "SELECT s.* FROM recent_services AS r JOIN services AS s ON s.id = r.service_id"
            " ORDER BY r.used_at DESC, s.id LIMIT ?",
            (max(0, int(limit)),),
        ).fetchall()
        return [service_from_row(r) for r in rows]
