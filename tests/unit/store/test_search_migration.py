"""Schema v5 (the search index of search_index.py) on caches made by every earlier schema."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.store import open_store, search_index
from desktop.store.db import transaction

from .factories import gram_postings

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schema"
SCHEMA_FIXTURES = sorted(p.name for p in FIXTURES.glob("v*.sqlite3"))


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / "cache.sqlite3"
    shutil.copyfile(FIXTURES / name, target)
    return target


def _state(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    conn.execute("INSERT INTO services_fts(services_fts, rank) VALUES ('integrity-check', 1)")
    docs = [tuple(r) for r in conn.execute("SELECT * FROM search_docs ORDER BY key")]
    departments = [tuple(r) for r in conn.execute("SELECT * FROM search_departments ORDER BY 1")]
    return docs + departments + gram_postings(conn)


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES)
def test_every_earlier_cache_gets_the_index_built(fixture: str, tmp_path: Path) -> None:
    with open_store(_copy(fixture, tmp_path)) as s:
        conn = s.connection
        assert not search_index.is_stale(conn)
        assert conn.execute("SELECT count(*) FROM search_docs").fetchone()[0] == 3
        # v2's index is gone: its column is emptied and services_fts now reads search_docs.
        assert conn.execute("SELECT count(*) FROM services WHERE search_text <> ''").fetchone()[0] == 0
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'services_fts'").fetchone()[0]
        assert "search_docs" in sql
        built = _state(conn)
        with transaction(conn):
            search_index.rebuild(conn)
        assert _state(conn) == built
        assert [h.service.id for h in s.services.search("certidao", "pt")] == ["ps-1001"]
        assert [h.service.id for h in s.services.search("牌照稅", "zh-Hant")] == ["ps-2001"]
        assert [h.service.id for h in s.services.search("證", "zh-Hant")] == ["ps-1001", "ps-1002"]
        assert "ps-1001" in [h.service.id for h in s.services.search("ce", "pt")]


def test_v4_data_survives(tmp_path: Path) -> None:
    with open_store(_copy("v4.sqlite3", tmp_path)) as s:
        fired = s.connection.execute("SELECT key, missed, shown FROM reminders_fired").fetchall()
        memo_id = "3f6f0f8e-0000-4000-8000-000000000001"
        assert [tuple(r) for r in fired] == [(f"{memo_id}@2026-11-30T02:30:00Z", 0, 1)]
        assert [x.id for x in s.services.favourites()] == ["ps-2001"]
        s.services.add_favourite("ps-1002")
        hits = s.services.search("證", "zh-Hant")
        assert [(h.service.id, h.favourite) for h in hits] == [("ps-1002", True), ("ps-1001", False)]
        memo = s.connection.execute("SELECT row_json FROM cache_rows WHERE entity = 'memo'").fetchone()
        assert memo is not None and "身份證續期" in memo[0]


def test_a_crash_before_the_rebuild_rebuilds_on_the_next_open(tmp_path: Path) -> None:
    """The step marks the index stale in its own transaction; the store fills it on open."""
    from desktop.store import migrations

    path = _copy("v4.sqlite3", tmp_path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    migrations.migrate(conn, None)
    assert search_index.is_stale(conn)
    assert conn.execute("SELECT count(*) FROM search_docs").fetchone()[0] == 0
    conn.close()
    with open_store(path) as s:
        assert not search_index.is_stale(s.connection)
        assert [h.service.id for h in s.services.search("certidao", "pt")] == ["ps-1001"]
