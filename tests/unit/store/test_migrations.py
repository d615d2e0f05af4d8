"""Schema migrations: every earlier schema (kept as a fixture) migrates to the latest with its data."""

from __future__ import annotations

import inspect
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.store import migrations as mig
from desktop.store import open_store
from desktop.store.db import connect

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schema"
SCHEMA_FIXTURES = sorted(FIXTURES.glob("v*.sqlite3"))


def _copy_fixture(name: str, tmp_path: Path) -> Path:
    target = tmp_path / "cache.sqlite3"
    shutil.copyfile(FIXTURES / name, target)
    return target


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_steps_are_numbered_one_to_latest() -> None:
    assert sorted(mig.steps()) == list(range(1, mig.LATEST_VERSION + 1))


def test_every_earlier_version_has_a_fixture() -> None:
    versions = {_version(p) for p in SCHEMA_FIXTURES}
    assert versions == set(range(1, mig.LATEST_VERSION))


@pytest.mark.parametrize("fixture", [p.name for p in SCHEMA_FIXTURES])
def test_fixture_migrates_to_latest_with_backup(fixture: str, tmp_path: Path) -> None:
    path = _copy_fixture(fixture, tmp_path)
    old = _version(path)
    with open_store(path) as s:
        assert s.connection.execute("PRAGMA user_version").fetchone()[0] == mig.LATEST_VERSION
        assert s.services.count() == 3
        assert s.outbox.waiting().count == 0 and s.outbox.list_ops() == []
    backup = tmp_path / f"cache.sqlite3.bak-v{old}"
    assert backup.exists()
    assert _version(backup) == old


def test_v1_data_survives(tmp_path: Path) -> None:
    path = _copy_fixture("v1.sqlite3", tmp_path)
    with open_store(path) as s:
        assert [d.id for d in s.departments.all()] == ["DSI", "DSAT"]
        cert = s.services.get("ps-1001")
        assert cert is not None and cert.title.pt == "Certidão de nascimento"
        assert cert.procedure["fees"].en == "Free"
        assert [x.id for x in s.feed.page(0, 10)] == ["alert-1", "news-1"]
        assert s.sync_state.cursor == "e1:42"
        fine = s.connection.execute("SELECT row_json FROM cache_rows WHERE entity = 'fine'").fetchone()
        assert "600" in fine[0]
        # v2 built the search index from the v1 rows.
        assert [h.service.id for h in s.services.search("certidao", "pt")] == ["ps-1001"]
        assert [h.service.id for h in s.services.search("牌照稅", "zh-Hant")] == ["ps-2001"]
        assert [h.service.id for h in s.services.search("證", "zh-Hant")] == ["ps-1001", "ps-1002"]
        s.services.add_favourite("ps-1002")
        assert [x.id for x in s.services.favourites()] == ["ps-1002"]


def test_opening_twice_migrates_once(tmp_path: Path) -> None:
    path = _copy_fixture("v1.sqlite3", tmp_path)
    open_store(path).close()
    backup = tmp_path / "cache.sqlite3.bak-v1"
    stamp = backup.stat().st_mtime_ns
    open_store(path).close()
    assert backup.stat().st_mtime_ns == stamp
    assert not (tmp_path / "cache.sqlite3.bak-v2").exists()


def test_a_failing_step_leaves_the_previous_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy_fixture("v1.sqlite3", tmp_path)
    real = mig.steps()

    def broken_v2(conn: sqlite3.Connection) -> None:
        real[2](conn)  # the step does all its work, then fails before the transaction ends
        raise RuntimeError("power cut")

    monkeypatch.setattr(mig, "steps", lambda: {**real, 2: broken_v2})
    with pytest.raises(RuntimeError, match="power cut"):
        open_store(path)
    conn = connect(path)
    try:
        assert mig.user_version(conn) == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "favourites" not in tables and "services_fts" not in tables
        assert conn.execute("SELECT count(*) FROM services").fetchone()[0] == 3
    finally:
        conn.close()
    monkeypatch.undo()
    with open_store(path) as s:  # the next start finishes the job
        assert s.services.count() == 3


def test_two_threads_opening_at_once(tmp_path: Path) -> None:
    path = _copy_fixture("v1.sqlite3", tmp_path)
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def worker() -> None:
        try:
            barrier.wait()
            open_store(path).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _version(path) == mig.LATEST_VERSION


def test_empty_file_migrates(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.touch()
    with open_store(path) as s:
        assert s.services.count() == 0
    assert not list(tmp_path.glob("*.bak-*"))


_PROBE = """
import sys
from desktop.store import open_store
open_store(sys.argv[1]).close()
print("sqlite_utils" in sys.modules, "httpx" in sys.modules)
"""


def test_opening_an_up_to_date_cache_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    open_store(path).close()
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path)], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False"]


def test_migrating_does_import_sqlite_utils(tmp_path: Path) -> None:
    # The probe above is only meaningful if the migration path really uses sqlite-utils.
    path = _copy_fixture("v1.sqlite3", tmp_path)
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path)], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["True", "False"]


def test_v2_data_survives(tmp_path: Path) -> None:
    path = _copy_fixture("v2.sqlite3", tmp_path)
    with open_store(path) as s:
        assert [x.id for x in s.services.favourites()] == ["ps-2001"]
        assert s.sync_state.cursor == "e1:42"
        assert s.sync_state.last_pull_at is not None
        assert [h.service.id for h in s.services.search("certidao", "pt")] == ["ps-1001"]
        assert s.outbox.waiting().count == 0  # v3 added an empty outbox
        op = s.outbox.enqueue("pay_fine", "fine:F-123", {"fine_id": "F-123", "amount": "600.00"})
        assert s.overlay.row("fine", "F-123").ops == (op,)


def test_outbox_rows_survive_a_later_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The runner keeps outbox rows and events through a later step (here a made-up one after the last)."""
    path = tmp_path / "cache.sqlite3"
    with open_store(path) as s:
        s.outbox.enqueue("pay_fine", "fine:F-1", {"fine_id": "F-1", "amount": "600.00"})
        before = [tuple(r) for r in s.connection.execute("SELECT * FROM outbox")]
        events = [tuple(r) for r in s.connection.execute("SELECT * FROM outbox_events")]
    latest = mig.LATEST_VERSION
    later = latest + 1

    def step(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE outbox ADD COLUMN note TEXT")

    monkeypatch.setattr(mig, "steps", lambda: {**dict.fromkeys(range(1, later), lambda c: None), later: step})
    monkeypatch.setattr(mig, "LATEST_VERSION", later)
    conn = connect(path)
    try:
        assert mig.migrate(conn, path, target=later) == latest
        after = [tuple(r)[:-1] for r in conn.execute("SELECT * FROM outbox")]
        assert after == before
        assert [tuple(r) for r in conn.execute("SELECT * FROM outbox_events")] == events
    finally:
        conn.close()
    backup = sqlite3.connect(tmp_path / f"cache.sqlite3.bak-v{latest}")
    try:
        assert backup.execute("SELECT count(*) FROM outbox").fetchone()[0] == 1
    finally:
        backup.close()


_REWRITES_OUTBOX = re.compile(
    r"(DROP\s+TABLE|DELETE\s+FROM|UPDATE|REPLACE\s+INTO|ALTER\s+TABLE)\s+(IF\s+EXISTS\s+)?\"?outbox\w*\"?"
    r"(?!\s+ADD\s+COLUMN)|table\(\s*[\"']outbox\w*[\"']\s*\)\s*\.\s*(transform|drop|delete)",
    re.IGNORECASE,
)


def test_no_step_drops_or_rewrites_outbox_rows() -> None:
    """DESIGN §4: from v3 on, steps may add columns and indexes to the outbox, never rewrite it."""
    for version, module in ((m.VERSION, m) for m in mig._STEPS):
        source = inspect.getsource(module)
        if version >= 3:
            assert not _REWRITES_OUTBOX.search(source), f"step v{version} rewrites the outbox"
    assert _REWRITES_OUTBOX.search('conn.execute("DELETE FROM outbox WHERE 1")')
    assert _REWRITES_OUTBOX.search("db.table('outbox').transform(types={})")
    assert not _REWRITES_OUTBOX.search("ALTER TABLE outbox ADD COLUMN note TEXT")
