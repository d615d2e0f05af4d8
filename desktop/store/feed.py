"""Reading cached feed items (the "My information" page).

The list order is pinned first, then severity (most severe first), then newest first; both the whole
list and each category have an index in exactly that order, so a page costs the same at row 10 or
row 99,000.
"""

from __future__ import annotations

import sqlite3

from desktop.domain.models import FEED_CATEGORIES, FeedItem
from desktop.store.rows import feed_item_from_row

_ORDER = "pinned DESC, severity DESC, published_ts DESC, id"


def _list_order(r: sqlite3.Row) -> tuple[int, int, bool, int, str]:
    ts = r["published_ts"]
    return (-r["pinned"], -r["severity"], ts is None, -(ts or 0), r["id"])


class FeedRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def count(self, category: str | None = None) -> int:
        if category is None:
            return int(self._conn.execute("SELECT count(*) FROM feed_items").fetchone()[0])
        r = self._conn.execute("SELECT count(*) FROM feed_items WHERE category = ?", (category,)).fetchone()
        return int(r[0])

    def page(self, offset: int, limit: int, category: str | None = None) -> list[FeedItem]:
        """Rows ``offset`` … ``offset + limit - 1`` of the feed (optionally of one category)."""
        offset, limit = max(0, int(offset)), max(0, int(limit))
        where, params = ("WHERE category = ?", [category]) if category is not None else ("", [])
        # The inner query skips the offset on the index alone (reading no table rows); the outer one
        # fetches only the page's rows, which are put back in list order here.
        rows = self._conn.execute(
            f"SELECT * FROM feed_items WHERE rowid IN (SELECT rowid FROM feed_items {where}"
            f" ORDER BY {_ORDER} LIMIT ? OFFSET ?)",
            (*params, limit, offset),
        ).fetchall()
        rows.sort(key=_list_order)
        return [feed_item_from_row(r) for r in rows]

    def get(self, item_id: str) -> FeedItem | None:
        r = self._conn.execute("SELECT * FROM feed_items WHERE id = ?", (item_id,)).fetchone()
        return None if r is None else feed_item_from_row(r)

    def pinned(self) -> list[FeedItem]:
        """Items in force that the server pins (official alerts), most severe first."""
        rows = self._conn.execute(f"SELECT * FROM feed_items WHERE pinned = 1 ORDER BY {_ORDER}").fetchall()
        return [feed_item_from_row(r) for r in rows]

    def categories_present(self) -> list[str]:
        """Categories that have items, in the page's order (known categories first, others by name)."""
        # A skip-scan over the category index: one probe per category instead of a pass over every row.
        present = {
            r[0]
            for r in self._conn.execute(
                "WITH RECURSIVE c(x) AS (SELECT min(category) FROM feed_items UNION ALL"
                " SELECT (SELECT min(category) FROM feed_items WHERE category > c.x) FROM c"
                " WHERE c.x IS NOT NULL)"
                " SELECT x FROM c WHERE x IS NOT NULL"
            )
        }
        known = [c for c in FEED_CATEGORIES if c in present]
        return known + sorted(present.difference(FEED_CATEGORIES))
