"""Key/value settings of the cache (``meta``) and the pull's state kept in them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from desktop.store.db import transaction

_CURSOR = "sync.cursor"
_EPOCH = "sync.epoch"
_GENERATION = "sync.generation"
_SWEEP_PENDING = "sync.sweep_pending"
_LAST_PULL_AT = "sync.last_pull_at"
_LAST_ERROR = "sync.last_error"


class MetaRepo:
    """Small text values by key. Writes outside a transaction commit at once."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def get(self, key: str, default: str | None = None) -> str | None:
        r = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if r is None or r[0] is None else str(r[0])

    def set(self, key: str, value: str | None) -> None:
        """Store ``value`` under ``key``; ``None`` removes the key."""
        if value is None:
            self._conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self._conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


class SyncState:
    """Where the pull stands: cursor, server epoch, start-over generation, last success and last error."""

    def __init__(self, conn: sqlite3.Connection, meta: MetaRepo) -> None:
        self._conn = conn
        self._meta = meta

    @property
    def cursor(self) -> str | None:
        """The cursor of the last applied page; ``None`` means "from the beginning"."""
        return self._meta.get(_CURSOR) or None

    @property
    def epoch(self) -> str | None:
        return self._meta.get(_EPOCH)

    def set_epoch(self, epoch: str | None) -> None:
        self._meta.set(_EPOCH, epoch)

    @property
    def generation(self) -> int:
        """The pull generation new and updated cache rows are tagged with."""
        return int(self._meta.get(_GENERATION) or 0)

    @property
    def sweep_pending(self) -> bool:
        """True while a start-over pull runs: rows of older generations wait to be swept."""
        return self._meta.get(_SWEEP_PENDING) == "1"

    @property
    def last_pull_at(self) -> datetime | None:
        """When the last complete pull finished (UTC): the "as of" time of the cache."""
        value = self._meta.get(_LAST_PULL_AT)
        return datetime.fromisoformat(value) if value else None

    @property
    def last_error(self) -> str | None:
        return self._meta.get(_LAST_ERROR)

    def record_success(self, when: datetime) -> None:
        """The pull caught up at ``when``: set the "as of" time and clear the last error."""
        with transaction(self._conn):
            self._caught_up(when)

    def record_error(self, text: str) -> None:
        self._meta.set(_LAST_ERROR, text[:500] or "error")

    # Used by the apply code inside its own transaction.
    def _set_cursor(self, cursor: str | None) -> None:
        self._meta.set(_CURSOR, cursor or None)

    def _start_over(self) -> int:
        gen = self.generation + 1
        self._meta.set(_GENERATION, str(gen))
        self._meta.set(_SWEEP_PENDING, "1")
        self._meta.set(_CURSOR, None)
        return gen

    def _caught_up(self, when: datetime) -> None:
        self._meta.set(_LAST_PULL_AT, when.astimezone(UTC).isoformat(timespec="seconds"))
        self._meta.set(_LAST_ERROR, None)

    def _sweep_done(self) -> None:
        self._meta.set(_SWEEP_PENDING, None)
