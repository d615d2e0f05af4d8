"""The pull against the real reference server process: demo data, paging and resume, deletes,
unknown entities, answers broken on purpose, and the 410 start-over that keeps favourites."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.domain.changes import Changes
from desktop.store import Store, open_store
from desktop.sync.api import ApiClient
from desktop.sync.auth import AuthSession, MemoryTokenStore
from desktop.sync.engine import PullEngine
from desktop.sync.errors import BadResponseError, OfflineError

ROOT = Path(__file__).resolve().parents[2]
LISTENING = re.compile(r"listening on (http://\S+)")

pytestmark = pytest.mark.skipif(
    not (ROOT / "server" / "__main__.py").exists(), reason="the reference server is not in this tree"
)


@dataclass
class Server:
    url: str
    process: subprocess.Popen[str]

    def test_call(self, method: str, path: str, body: Any = None) -> Any:
        with httpx.Client(base_url=self.url, timeout=10) as client:
            response = client.request(method, path, json=body)
        response.raise_for_status()
        return response.json() if response.content else None

    def write(self, entity: str, row_id: str, row: dict[str, Any] | None, owner: str | None = None) -> None:
        self.test_call(
            "POST", "/v1/_test/entities", {"entity": entity, "id": row_id, "row": row, "owner": owner}
        )


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data = tmp_path_factory.mktemp("server")
    process = subprocess.Popen(
        [sys.executable, "-m", "server", "--port", "0", "--demo", "--data", str(data), "--test-mode"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    url = None
    deadline = time.monotonic() + 60
    for line in process.stdout:  # the server prints this line once it accepts connections
        match = LISTENING.search(line)
        if match:
            url = match.group(1)
            break
        if time.monotonic() > deadline:
            break
    if url is None:
        process.kill()
        pytest.fail(f"the reference server did not start (exit {process.poll()})")
    # Keep draining its output so the server never blocks on a full pipe.
    threading.Thread(target=lambda: [None for _ in process.stdout or ()], daemon=True).start()
    try:
        yield Server(url, process)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


@pytest.fixture
def session(server: Server) -> Iterator[AuthSession]:
    s = AuthSession(ApiClient(server.url), MemoryTokenStore())
    s.login("demo", "demo")
    yield s
    s.api.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "cache.sqlite3")
    yield s
    s.close()


@pytest.fixture(autouse=True)
def no_faults(server: Server) -> Iterator[None]:
    yield
    server.test_call("DELETE", "/v1/_test/faults")


def server_state(server: Server, session: AuthSession) -> dict[str, dict[str, Any]]:
    """What the server holds for the demo resident, read with plain httpx: {entity: {id: row}}."""
    rows: dict[tuple[str, str], Any] = {}
    cursor = ""
    with httpx.Client(base_url=server.url, timeout=30) as client:
        while True:
            response = client.get(
                "/v1/changes",
                params={"cursor": cursor, "limit": 1000},
                headers={"Authorization": f"Bearer {session.access_token()}"},
            )
            response.raise_for_status()
            page = response.json()
            for change in page["changes"]:
                rows[(change["entity"], change["id"])] = change["row"]
            cursor = page["cursor"]
            if not page["has_more"]:
                break
    out: dict[str, dict[str, Any]] = {}
    for (entity, row_id), row in rows.items():
        if row is not None:
            out.setdefault(entity, {})[row_id] = row
    return out


def cache_state(store: Store) -> dict[str, set[str]]:
    conn = store.connection
    out = {
        "department": {r[0] for r in conn.execute("SELECT id FROM departments")},
        "service": {r[0] for r in conn.execute("SELECT id FROM services")},
        "feed_item": {r[0] for r in conn.execute("SELECT id FROM feed_items")},
    }
    for entity, row_id in conn.execute("SELECT entity, id FROM cache_rows"):
        out.setdefault(entity, set()).add(row_id)
    return {k: v for k, v in out.items() if v}


def assert_cache_equals_server(store: Store, server: Server, session: AuthSession) -> None:
    expected = {entity: set(rows) for entity, rows in server_state(server, session).items()}
    assert cache_state(store) == expected


def test_full_pull_of_the_demo_data(server: Server, session: AuthSession, store: Store) -> None:
    result = PullEngine(session, store).pull()
    assert result.finished and result.pages >= 1
    assert_cache_equals_server(store, server, session)
    assert store.services.count() >= 600 and store.departments.count() == 28
    assert store.feed.count() > 0 and store.feed.categories_present()[0] == "alert"
    assert store.sync_state.last_pull_at is not None and store.sync_state.epoch
    # The catalogue is searchable in all three languages.
    assert store.services.search("certidao", "pt")
    assert store.services.search("出生", "zh-Hant")
    assert store.services.search("passport", "en")
    # Every service row of the server has its typed columns filled from the row.
    demo = server_state(server, session)["service"]
    some_id = sorted(demo)[0]
    svc = store.services.get(some_id)
    assert svc is not None and svc.title.zh == demo[some_id]["title"]["zh"]


def test_paging_and_resume_after_an_interrupted_pull(
    server: Server, session: AuthSession, tmp_path: Path
) -> None:
    with open_store(tmp_path / "reference.sqlite3") as reference:
        whole = PullEngine(session, reference).pull(page_limit=50)
    cancel = threading.Event()
    seen: list[Changes] = []

    def on_page(changes: Changes) -> None:
        seen.append(changes)
        if len(seen) == 3:
            cancel.set()

    path = tmp_path / "cache.sqlite3"
    with open_store(path) as store:
        first = PullEngine(session, store).pull(cancel=cancel, page_limit=50, on_page=on_page)
        assert not first.finished and first.pages == 3
        saved_cursor = store.sync_state.cursor
        assert saved_cursor
    # A new process would start here: reopen and go on from the saved cursor.
    with open_store(path) as store:
        assert store.sync_state.cursor == saved_cursor
        second = PullEngine(session, store).pull(page_limit=50)
        assert second.finished
        assert first.pages + second.pages == whole.pages  # nothing pulled twice
        assert first.changes + second.changes == whole.changes
        assert_cache_equals_server(store, server, session)  # nothing missed


def test_updates_deletes_and_unknown_entities(server: Server, session: AuthSession, store: Store) -> None:
    engine = PullEngine(session, store)
    engine.pull()
    victim = sorted(cache_state(store)["service"])[0]
    updated = dict(server_state(server, session)["service"][sorted(cache_state(store)["service"])[1]])
    updated["title"] = {"zh": "測試更新服務", "pt": "Serviço actualizado", "en": "Updated service"}
    server.write("service", victim, None)
    server.write("service", updated["id"], updated)
    server.write("fine", "F-e2e-1", {"id": "F-e2e-1", "amount": 600, "currency": "MOP"}, owner="usr-demo")
    result = engine.pull()
    assert result.touched.touches("service") and result.touched.touches("fine")
    assert store.services.get(victim) is None
    assert [h.service.id for h in store.services.search("測試更新", "zh-Hant")] == [updated["id"]]
    row = store.connection.execute(
        "SELECT row_json FROM cache_rows WHERE entity = 'fine' AND id = 'F-e2e-1'"
    ).fetchone()
    assert row is not None and '"amount":600' in row["row_json"]
    assert_cache_equals_server(store, server, session)


@pytest.mark.parametrize("kind", ["html", "truncated_json", "wrong_types"])
def test_broken_answers_leave_the_cache_alone(
    server: Server, session: AuthSession, store: Store, kind: str
) -> None:
    engine = PullEngine(session, store)
    engine.pull()
    some = sorted(cache_state(store)["service"])[2]
    row = dict(server_state(server, session)["service"][some])
    new_popularity = row["popularity"] + 1000  # the server lives for the module: always a new value
    row["popularity"] = new_popularity
    server.write("service", some, row)
    cursor = store.sync_state.cursor
    server.test_call("POST", "/v1/_test/faults", {"kind": kind, "path": "/v1/changes", "times": 1})
    with pytest.raises(BadResponseError):
        engine.pull()
    assert store.sync_state.cursor == cursor
    svc = store.services.get(some)
    assert svc is not None and svc.popularity != new_popularity
    assert store.sync_state.last_error
    assert engine.pull().finished  # the fault was for one request only
    svc = store.services.get(some)
    assert svc is not None and svc.popularity == new_popularity


def test_cursor_expired_starts_over_and_keeps_favourites(
    server: Server, session: AuthSession, store: Store
) -> None:
    engine = PullEngine(session, store)
    engine.pull()
    ids = sorted(cache_state(store)["service"])
    gone, kept = ids[5], ids[6]
    store.services.add_favourite(gone)
    store.services.add_favourite(kept)
    store.services.mark_used(gone)
    old_epoch = store.sync_state.epoch
    server.write("service", gone, None)
    server.test_call("POST", "/v1/_test/reset-epoch", {"compact": True})  # no tombstone survives
    result = engine.pull(page_limit=200)
    assert result.finished and result.started_over and result.touched.reset
    assert store.sync_state.epoch != old_epoch and not store.sync_state.sweep_pending
    assert store.services.get(gone) is None and store.services.get(kept) is not None
    assert store.services.favourite_ids() == [kept, gone]
    assert [s.id for s in store.services.favourites()] == [kept]
    assert store.connection.execute("SELECT count(*) FROM recent_services").fetchone()[0] == 1
    assert_cache_equals_server(store, server, session)


def test_a_slow_server_is_a_timeout_and_changes_nothing(server: Server, store: Store) -> None:
    session = AuthSession(ApiClient(server.url, timeout=httpx.Timeout(0.5, connect=5.0)), MemoryTokenStore())
    session.login("demo", "demo")
    server.test_call(
        "POST", "/v1/_test/faults", {"kind": "delay", "path": "/v1/changes", "seconds": 3, "times": 1}
    )
    with pytest.raises(OfflineError) as info:
        PullEngine(session, store).pull()
    assert info.value.timeout
    assert store.sync_state.cursor is None and store.services.count() == 0
    assert "OfflineError" in (store.sync_state.last_error or "")
    session.api.close()
