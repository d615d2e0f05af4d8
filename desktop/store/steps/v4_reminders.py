"""Schema v4: the memo reminders that have fired, so each fires once — across restarts and sleep.

A local table, never written or swept by the pull: its rows are this computer's record of what it has
shown. The key is the memo id and the due time (see :mod:`desktop.domain.reminders`), so a memo moved
to another time reminds again. Rows of deleted memos are harmless and stay (they are a few bytes).
"""

from __future__ import annotations

import sqlite3

VERSION = 4

_SCHEMA = (
    """
    CREATE TABLE reminders_fired (
        key TEXT PRIMARY KEY NOT NULL,
        memo_id TEXT NOT NULL,
        due_at TEXT NOT NULL,
        fired_at TEXT NOT NULL,
        missed INTEGER NOT NULL DEFAULT 0,
        shown INTEGER NOT NULL DEFAULT 1
    )
    """,
    "CREATE INDEX reminders_fired_memo ON reminders_fired(memo_id)",
)


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA:
        conn.execute(statement)
