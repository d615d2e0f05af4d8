"""Schema v2: service search (FTS5, trigram) and the user's own favourites and recent services.

``services_fts`` holds folded copies (lower case, no accents) of each service's text, keyed by
``services.sid``; ``services.search_text`` holds the same text in one column for the ``LIKE``
fallback of 1–2 character queries (SQLite 3.40's trigram ``LIKE`` mishandles short CJK patterns).
Both are filled by the store, not here: the step only marks the index stale, so this frozen step never
depends on how the current build lays out the index.
"""

from __future__ import annotations

import sqlite3

VERSION = 2

#: meta key telling the store to rebuild the search index on open.
STALE_KEY = "search.stale"


def upgrade(conn: sqlite3.Connection) -> None:
    from sqlite_utils import Database

    db = Database(conn, recursive_triggers=False, execute_plugins=False)
    db.table("services").add_column("search_text", str, not_null_default="")
    db.execute(
        "CREATE VIRTUAL TABLE services_fts USING fts5("
        "title_zh, title_pt, title_en, summary_zh, summary_pt, summary_en, keywords, department, "
        "tokenize = 'trigram')"
    )
    # Local-only tables: the user's own choices, never written or swept by the pull.
    db.create_table("favourites", {"service_id": str, "added_at": str}, pk="service_id",
                    not_null=["service_id", "added_at"])
    db.create_table("recent_services", {"service_id": str, "used_at": str}, pk="service_id",
                    not_null=["service_id", "used_at"])
    db.table("recent_services").create_index(["used_at"], index_name="recent_services_used_at")
    db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, '1')", [STALE_KEY])
