"""Forward-only schema migrations keyed on ``PRAGMA user_version``.

Each step runs in its own ``BEGIN IMMEDIATE`` transaction together with the new ``user_version``, so a
crash leaves the file at the previous version, never half-way. Before a non-empty database is migrated
a backup copy ``<name>.bak-v<old>`` is written next to it. Two connections opening the same file at
start-up (the DB worker and the sync worker) are safe: each step re-reads the version under the lock.

Rule for every step from v3 on: a migration never drops or rewrites outbox rows (nor their
events); it may add columns and indexes. ``tests/unit/store/test_migrations.py`` checks the steps' SQL.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from desktop.store.db import SCHEMA_VERSION, backup_to, transaction
from desktop.store.errors import CacheCorruptError, CacheTooNewError
from desktop.store.steps import v1_cache, v2_search, v3_outbox, v4_reminders, v5_search_index

log = logging.getLogger(__name__)

Step = Callable[[sqlite3.Connection], None]

_STEPS: tuple[ModuleType, ...] = (v1_cache, v2_search, v3_outbox, v4_reminders, v5_search_index)
#: The schema version this build writes.
LATEST_VERSION: int = _STEPS[-1].VERSION
# Opening an up-to-date cache compares with db.SCHEMA_VERSION without importing this module.
if LATEST_VERSION != SCHEMA_VERSION:
    raise RuntimeError(f"db.SCHEMA_VERSION is {SCHEMA_VERSION}, the last migration step {LATEST_VERSION}")


def steps() -> dict[int, Step]:
    """Each step's ``upgrade``, keyed by the version it brings the database to."""
    return {m.VERSION: m.upgrade for m in _STEPS}


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_version(conn: sqlite3.Connection, path: Path | str) -> int:
    """The database's schema version; :class:`CacheTooNewError` if this build cannot read it."""
    version = user_version(conn)
    if version > LATEST_VERSION:
        raise CacheTooNewError(path, version, LATEST_VERSION)
    if version == 0 and _has_tables(conn):
        raise CacheCorruptError(path, "the file holds tables but no schema version; it is not an app cache")
    return version


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None


def backup_path(path: Path | str, version: int) -> Path:
    path = Path(path)
    return path.with_name(f"{path.name}.bak-v{version}")


def migrate(conn: sqlite3.Connection, path: Path | str | None, *, target: int = LATEST_VERSION) -> int:
    """Bring the database to ``target``; returns the version it had before.

    ``path`` is where the backup goes (``None`` for an in-memory database: no backup).
    """
    old = check_version(conn, path or ":memory:")
    if old >= target:
        return old
    if path is not None and str(path) != ":memory:" and _has_tables(conn):
        backup = backup_path(path, old)
        log.info("backing up the cache (schema v%d) to %s before migrating", old, backup.name)
        backup_to(conn, backup, expect_version=old)
    all_steps = steps()
    for version in range(old + 1, target + 1):
        with transaction(conn):
            # Another connection may have migrated meanwhile; the write lock is ours now, so re-read.
            if user_version(conn) >= version:
                continue
            all_steps[version](conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
        log.info("cache schema migrated to v%d", version)
    return old
