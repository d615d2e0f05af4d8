"""Opening the cache file: connection settings, damage detection, setting a damaged file aside.

Only the standard ``sqlite3`` module is used here so that opening an up-to-date cache stays fast;
schema work (which uses sqlite-utils) lives in the migration steps.
"""

from __future__ import annotations

import os
import sqlite3
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from desktop.store.errors import CacheCorruptError

#: The schema version this build writes (``PRAGMA user_version``). Opening a cache at this version
#: needs no migration code; :mod:`desktop.store.migrations` checks that its last step agrees.
SCHEMA_VERSION = 5
#: How long a writer waits for another connection's write transaction (the DB worker and the sync
#: worker each have their own connection) before giving up with "database is locked".
BUSY_TIMEOUT_MS = 10_000
#: Page cache of each connection (KiB) and WAL size (pages) that triggers a checkpoint; see connect().
CACHE_KIB = 16_384
WAL_CHECKPOINT_PAGES = 4_000

_MAGIC = b"SQLite format 3\x00"
_SIDECARS = ("-wal", "-shm", "-journal")
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
# SQLITE_CORRUPT, SQLITE_FORMAT, SQLITE_NOTADB
_CORRUPTION_CODES = frozenset({11, 24, 26})


def connect(path: Path | str, *, check_same_thread: bool = False) -> sqlite3.Connection:
    """Open (or create) the cache at ``path`` with the settings the store relies on.

    The connection is in autocommit mode: writers open ``BEGIN IMMEDIATE`` themselves (see
    :func:`transaction`). Raises :class:`CacheCorruptError` when the file is not a usable database.
    ``check_same_thread`` is off because the app may open the store on one thread and hand it to its
    DB worker; the rule stays one connection, one thread at a time.
    """
    path = Path(path)
    _check_header(path)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=check_same_thread)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the schema makes SQLite parse the header and page 1: garbage fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = FULL")  # money and submissions will live here
        conn.execute("PRAGMA foreign_keys = ON")
        # A pulled page writes ~1,000 rows into a table and its three indexes. With SQLite's default
        # 2 MiB page cache those dirty pages spill to the WAL mid-transaction and are read back, and
        # the default checkpoint (every 1,000 WAL pages) ran after nearly every page, copying the
        # same index pages again and again: together they halved the pull's write rate. The cache
        # is a ceiling, only filled by large work.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
    except sqlite3.Error as exc:
        conn.close()
        if is_corruption(exc):
            raise CacheCorruptError(path, str(exc)) from exc
        raise
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, which lets the GUI read while the sync worker writes.

    Changing the journal mode needs the file to itself and SQLite does not wait for that (no busy
    handler), so when two connections open a new file at the same moment one of them retries here.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
        except sqlite3.OperationalError as exc:
            if _code(exc) not in (_SQLITE_BUSY, _SQLITE_LOCKED) or time.monotonic() > deadline:
                raise
            mode = ""
        if mode == "wal":
            return
        if time.monotonic() > deadline:
            raise sqlite3.OperationalError(f"could not switch the cache to WAL (journal mode {mode or '?'})")
        time.sleep(0.02)


def _code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def is_corruption(exc: sqlite3.Error) -> bool:
    """Whether ``exc`` says the file is damaged (as opposed to locked, full, read-only…)."""
    if _code(exc) in _CORRUPTION_CODES:
        return True
    text = str(exc)
    return "malformed" in text or "not a database" in text


def quick_check(conn: sqlite3.Connection, path: Path | str) -> None:
    """Run ``PRAGMA quick_check``; raise :class:`CacheCorruptError` (after closing ``conn``) on damage."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.Error as exc:
        if not is_corruption(exc):
            raise
        rows = [str(exc)]
    if rows != ["ok"]:
        conn.close()
        raise CacheCorruptError(path, "; ".join(str(r) for r in rows))


def _check_header(path: Path) -> None:
    """Cheap checks SQLite itself would only notice when it reads the damaged page, much later."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise CacheCorruptError(path, "file is not a database")
    raw_page_size, = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for, = struct.unpack(">I", header[92:96])
    # The in-header page count is only meaningful when it was written with the current change
    # counter; then a file shorter than page_count pages has lost its tail. With a non-empty -wal
    # file an interrupted checkpoint may still be replayed, so leave the verdict to SQLite.
    wal = Path(f"{path}-wal")
    pending_wal = wal.exists() and wal.stat().st_size > 0
    if page_count and change_counter == valid_for and not pending_wal and size < page_count * page_size:
        raise CacheCorruptError(path, f"file is truncated ({size} of {page_count * page_size} bytes)")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: ``BEGIN IMMEDIATE`` (takes the write lock now, not half-way), then commit."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def set_aside(path: Path | str, reason: str = "corrupt", *, now: datetime | None = None) -> Path:
    """Rename the cache file (and its -wal/-shm) out of the way; never delete it.

    ``cache.sqlite3`` becomes ``cache.sqlite3.corrupt-20261127T103000`` (UTC); a second file set aside
    in the same second gets ``-2``, ``-3``…  Returns the new path of the main file.
    """
    path = Path(path)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    slug = "".join(c if c.isalnum() or c in "-_" else "-" for c in reason) or "set-aside"
    base = path.with_name(f"{path.name}.{slug}-{stamp}")
    target = base
    n = 1
    while any(Path(f"{target}{s}").exists() for s in ("", *_SIDECARS)):
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    if path.exists():
        os.replace(path, target)
    for suffix in _SIDECARS:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    return target


def backup_to(conn: sqlite3.Connection, target: Path, *, expect_version: int | None = None) -> bool:
    """Copy the database behind ``conn`` to ``target`` with SQLite's online backup API.

    With ``expect_version``, the copy is only kept if it has that ``user_version``: when another
    connection migrates the file meanwhile, the copy would hold the newer schema under the old name.
    Returns whether ``target`` was written.
    """
    # A private temporary name: a crash never leaves a half copy that looks whole, and two
    # connections backing up at the same moment never write the same file.
    tmp = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    dst = sqlite3.connect(tmp)
    try:
        conn.backup(dst)
        version = int(dst.execute("PRAGMA user_version").fetchone()[0])
    finally:
        dst.close()
    if expect_version is not None and version != expect_version:
        tmp.unlink()
        return False
    os.replace(tmp, target)
    return True
