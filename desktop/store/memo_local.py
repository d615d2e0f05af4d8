"""This computer's record of the memo reminders it has fired (table ``reminders_fired``, schema v4).

Recording is the "fire once" guard: a reminder is shown only when its row was inserted now, in the
same transaction that checked it was not there, so neither a restart nor a second check fires it twice.
The table lives in the account's cache, so a kiosk or assisted session's record goes with the session.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.store.db import transaction
from desktop.store.outbox import stamp


@dataclass(frozen=True, slots=True)
class FiredRow:
    key: str
    memo_id: str
    due_at: datetime
    missed: bool
    shown: bool


class FiredReminders:
    def __init__(self, store: Any) -> None:
        self._conn = store.connection

    def keys(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT key FROM reminders_fired")}

    def record(self, rows: Iterable[FiredRow], now: datetime) -> set[str]:
        """Insert the rows not recorded yet, in one transaction; returns the keys inserted now."""
        inserted: set[str] = set()
        with transaction(self._conn):
            for row in rows:
                cursor = self._conn.execute(
                    "INSERT OR IGNORE INTO reminders_fired(key, memo_id, due_at, fired_at, missed, shown)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (row.key, row.memo_id, stamp(row.due_at), stamp(now), int(row.missed), int(row.shown)),
                )
                if cursor.rowcount:
                    inserted.add(row.key)
        return inserted
