"""Opening the cache: connection settings, damaged and too-new files, setting a file aside."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.store import CacheCorruptError, CacheTooNewError, open_or_replace, open_store
from desktop.store.db import CACHE_KIB, WAL_CHECKPOINT_PAGES, connect, set_aside
from desktop.store.migrations import LATEST_VERSION

from .factories import put, service


def _filled_cache(path: Path, services: int = 300) -> None:
    with open_store(path) as s:
        s.apply_changes(
            [put("service", service(f"ps-{i}", summary={"zh": "摘要" * 50})) for i in range(services)], "c1"
        )


def test_connection_settings(cache_path: Path) -> None:
    conn = connect(cache_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert isinstance(conn.execute("SELECT 1 AS one").fetchone(), sqlite3.Row)
        assert conn.isolation_level is None  # writers open their own BEGIN IMMEDIATE
        # Sized for the pull's pages (see connect()): no spilling mid-page, few checkpoints.
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_CHECKPOINT_PAGES
    finally:
        conn.close()


def test_new_store_is_at_latest_version(cache_path: Path) -> None:
    with open_store(cache_path) as s:
        assert s.connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert not list(cache_path.parent.glob("*.bak-*"))  # nothing to back up in a new file


def test_random_bytes_are_corrupt(cache_path: Path) -> None:
    cache_path.write_bytes(os.urandom(8192))
    with pytest.raises(CacheCorruptError, match="not a database") as info:
        open_store(cache_path)
    assert info.value.path == cache_path
    assert cache_path.name in str(info.value)


def test_a_few_bytes_are_corrupt(cache_path: Path) -> None:
    cache_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 10)
    with pytest.raises(CacheCorruptError):
        open_store(cache_path)


def test_random_bytes_after_a_valid_magic_are_corrupt(cache_path: Path) -> None:
    cache_path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096 * 4))
    with pytest.raises(CacheCorruptError):
        open_store(cache_path)


def test_truncated_database_is_corrupt(cache_path: Path) -> None:
    _filled_cache(cache_path)
    data = cache_path.read_bytes()
    assert len(data) > 8 * 4096
    cache_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CacheCorruptError, match="truncated"):
        open_store(cache_path)


def test_damaged_page_is_found_by_quick_check(cache_path: Path) -> None:
    _filled_cache(cache_path)
    data = bytearray(cache_path.read_bytes())
    page = 4096
    # Overwrite the middle of the file (b-tree pages of the services table) with garbage.
    middle = (len(data) // page // 2) * page
    data[middle : middle + 2 * page] = os.urandom(2 * page)
    cache_path.write_bytes(bytes(data))
    with pytest.raises(CacheCorruptError):
        s = open_store(cache_path, check=True)
        # Should quick_check miss it, reading every row must not pass silently either.
        s.connection.execute("SELECT * FROM services").fetchall()
        s.close()


def test_future_version_is_too_new(cache_path: Path) -> None:
    with open_store(cache_path) as s:
        s.connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    with pytest.raises(CacheTooNewError) as info:
        open_store(cache_path)
    assert info.value.found == LATEST_VERSION + 5
    assert info.value.supported == LATEST_VERSION
    assert "newer version" in str(info.value)
    assert cache_path.exists()  # open_store itself never moves the file


def test_tables_without_version_are_not_a_cache(cache_path: Path) -> None:
    conn = sqlite3.connect(cache_path)
    conn.execute("CREATE TABLE other(x)")
    conn.commit()
    conn.close()
    with pytest.raises(CacheCorruptError, match="no schema version"):
        open_store(cache_path)


@pytest.mark.parametrize("damage", ["random", "truncated", "future"])
def test_open_or_replace_sets_the_file_aside_and_starts_fresh(cache_path: Path, damage: str) -> None:
    if damage == "random":
        cache_path.write_bytes(os.urandom(10_000))
    else:
        _filled_cache(cache_path)
        if damage == "truncated":
            cache_path.write_bytes(cache_path.read_bytes()[:20_000])
        else:
            conn = sqlite3.connect(cache_path)
            conn.execute("PRAGMA user_version = 99")
            conn.close()
    before = cache_path.read_bytes()
    store, moved = open_or_replace(cache_path)
    try:
        assert moved is not None and moved.exists()
        assert moved.read_bytes() == before  # kept, never deleted or altered
        assert moved.name.startswith(
            "cache.sqlite3." + ("too-new" if damage == "future" else "corrupt") + "-"
        )
        assert store.services.count() == 0
        store.services.add_favourite("ps-1")
        assert store.services.favourite_ids() == ["ps-1"]
    finally:
        store.close()


def test_open_or_replace_leaves_a_good_cache_alone(cache_path: Path) -> None:
    _filled_cache(cache_path, services=3)
    store, moved = open_or_replace(cache_path)
    with store:
        assert moved is None
        assert store.services.count() == 3


def test_set_aside_moves_wal_and_shm_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    when = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)
    names = []
    for n in range(3):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").write_text(f"{n}{suffix}")
        moved = set_aside(path, "corrupt", now=when)
        names.append(moved.name)
        assert not path.exists() and not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
        assert moved.read_text() == str(n)
        assert Path(f"{moved}-wal").read_text() == f"{n}-wal"
        assert Path(f"{moved}-shm").read_text() == f"{n}-shm"
    assert names == [
        "cache.sqlite3.corrupt-20261127T103000",
        "cache.sqlite3.corrupt-20261127T103000-2",
        "cache.sqlite3.corrupt-20261127T103000-3",
    ]


def test_two_connections_read_while_one_writes(cache_path: Path) -> None:
    with open_store(cache_path) as writer, open_store(cache_path) as reader:
        writer.connection.execute("BEGIN IMMEDIATE")
        writer.connection.execute("INSERT INTO meta(key, value) VALUES ('x', '1')")
        # WAL: the reader is not blocked by the open write transaction and sees the last commit.
        assert reader.meta.get("x") is None
        writer.connection.execute("COMMIT")
        assert reader.meta.get("x") == "1"


def test_truncated_file_with_a_wal_is_left_to_sqlite(cache_path: Path) -> None:
    # A -wal file may hold a checkpoint to replay; the cheap size check stays out of the way and
    # SQLite's own check (or recovery) decides.
    _filled_cache(cache_path)
    data = cache_path.read_bytes()
    cache_path.write_bytes(data[: len(data) // 2])
    Path(f"{cache_path}-wal").write_bytes(os.urandom(1000))
    with pytest.raises(CacheCorruptError) as info:
        s = open_store(cache_path, check=True)
        s.connection.execute("SELECT * FROM services").fetchall()
        s.close()
    assert "truncated" not in info.value.reason


def test_missing_folders_are_created(tmp_path: Path) -> None:
    with open_store(tmp_path / "a" / "b" / "cache.sqlite3") as s:
        assert s.services.count() == 0
