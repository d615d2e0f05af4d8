"""PullEngine against the fake server: paging, resume, garbage answers, 401 refresh, 410 start-over."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.domain.changes import Changes
from desktop.store import Store, open_store
from desktop.sync.api import ApiClient
from desktop.sync.auth import AuthSession, MemoryTokenStore, SignInRequired
from desktop.sync.engine import MAX_START_OVERS, PullEngine
from desktop.sync.errors import BadResponseError, OfflineError, ProblemError, ServerError

from .fakes import PASSWORD, FakeServer, html, json_reply, loc, problem, raises, raw, service_row

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)


@pytest.fixture
def server() -> FakeServer:
    s = FakeServer()
    s.put("department", {"id": "DSI", "abbr": "DSI", "name": loc("身份證明局"), "sort": 1})
    for i in range(25):
        s.put("service", service_row(f"ps-{i:02d}", popularity=i))
    s.put(
        "feed_item",
        {
            "id": "f-1",
            "category": "alert",
            "severity": 3,
            "pinned": True,
            "title": loc("颱風"),
            "published_at": "2026-11-27T10:00:00+08:00",
        },
    )
    s.put("fine", {"id": "F-1", "amount": 600})
    return s


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "cache.sqlite3")
    yield s
    s.close()


@pytest.fixture
def session(server: FakeServer, store: Store) -> AuthSession:
    def no_transaction_during_io(request: httpx.Request) -> None:
        assert not store.connection.in_transaction, f"transaction open during {request.url.path}"

    server.on_request = no_transaction_during_io
    s = AuthSession(ApiClient("http://127.0.0.1:1", transport=server.transport()), MemoryTokenStore())
    s.login("demo", PASSWORD)
    return s


@pytest.fixture
def engine(session: AuthSession, store: Store) -> PullEngine:
    return PullEngine(session, store, clock=lambda: NOW)


def _service_ids(store: Store) -> set[str]:
    return {r[0] for r in store.connection.execute("SELECT id FROM services")}


def _snapshot(store: Store) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for table in ("departments", "services", "feed_items", "cache_rows", "services_fts"):
        out.extend((table, *tuple(r)) for r in store.connection.execute(f"SELECT * FROM {table} ORDER BY 1"))
    return out


def test_full_pull_in_pages(engine: PullEngine, store: Store, server: FakeServer) -> None:
    seen: list[Changes] = []
    result = engine.pull(page_limit=7, on_page=seen.append)
    assert result.finished and result.pages == 4 and result.changes == 28 and not result.started_over
    assert result.touched == Changes.of({"department", "service", "feed_item", "fine"})
    assert len(seen) == 4
    assert _service_ids(store) == server.live("service")
    assert [f.id for f in store.feed.pinned()] == ["f-1"]
    assert store.sync_state.cursor == f"e1:{server.seq}"
    assert store.sync_state.last_pull_at == NOW and store.sync_state.last_error is None
    assert store.sync_state.epoch == "e1"
    again = engine.pull()
    assert again.finished and again.changes == 0 and not again.touched


def test_a_pull_through_a_bare_client(server: FakeServer, store: Store, session: AuthSession) -> None:
    api = ApiClient("http://127.0.0.1:1", transport=server.transport(), token_provider=session.access_token)
    assert PullEngine(api, store).pull().finished
    assert len(_service_ids(store)) == 25


def test_updates_and_deletes_arrive(engine: PullEngine, store: Store, server: FakeServer) -> None:
    engine.pull()
    server.put("service", service_row("ps-03", title=loc("新標題服務")))
    server.delete("service", "ps-04")
    server.delete("fine", "F-1")
    result = engine.pull()
    assert result.touched == Changes.of({"service", "fine"})
    assert "ps-04" not in _service_ids(store)
    svc = store.services.get("ps-03")
    assert svc is not None and svc.title.zh == "新標題服務"
    assert store.connection.execute("SELECT count(*) FROM cache_rows").fetchone()[0] == 0


def test_cancel_then_resume_misses_nothing_and_duplicates_nothing(
    engine: PullEngine, store: Store, server: FakeServer
) -> None:
    cancel = threading.Event()
    pages: list[Changes] = []

    def on_page(changes: Changes) -> None:
        pages.append(changes)
        if len(pages) == 2:
            cancel.set()

    result = engine.pull(cancel=cancel, page_limit=5, on_page=on_page)
    assert not result.finished and result.pages == 2
    assert store.sync_state.cursor == "e1:10" and store.sync_state.last_pull_at is None
    server.put("service", service_row("ps-new"))  # written while we were away
    result = engine.pull(page_limit=5)
    assert result.finished
    assert _service_ids(store) == server.live("service")
    assert store.services.count() == 26


def test_cancel_before_the_first_page(engine: PullEngine, store: Store, server: FakeServer) -> None:
    cancel = threading.Event()
    cancel.set()
    requests = len(server.requests)
    result = engine.pull(cancel=cancel)
    assert not result.finished and result.pages == 0
    assert len([r for r in server.requests[requests:] if r.url.path == "/v1/changes"]) == 0


GARBAGE = [
    (html(), BadResponseError),
    (html(502), ServerError),
    (
        raw(200, b'{"changes": [{"entity": "service", "id": "ps-1", "op": "put", "row": {"id"'),
        BadResponseError,
    ),
    (
        json_reply(
            {
                "changes": [{"entity": "service", "id": 5, "op": "put", "row": {}, "version": 1}],
                "cursor": "x",
                "has_more": False,
            }
        ),
        BadResponseError,
    ),
    (
        json_reply(
            {
                "changes": [
                    {
                        "entity": "service",
                        "id": "ps-1",
                        "op": "put",
                        "version": 1,
                        "row": service_row("ps-1", popularity="many"),
                    }
                ],
                "cursor": "x",
                "has_more": False,
            }
        ),
        BadResponseError,
    ),
    (raw(500, b"oops", "text/plain"), ServerError),
    (lambda r: problem(500, "internal"), ProblemError),
    (raises(httpx.ReadTimeout), OfflineError),
    (raises(httpx.ConnectError), OfflineError),
    (raises(httpx.ReadError, "Connection reset by peer"), OfflineError),
]


@pytest.mark.parametrize(("reply", "error"), GARBAGE)
def test_garbage_leaves_the_cache_and_cursor_alone(
    engine: PullEngine, store: Store, server: FakeServer, reply: Any, error: type[Exception]
) -> None:
    engine.pull(page_limit=10)
    server.put("service", service_row("ps-00", title=loc("改了")))
    before, cursor = _snapshot(store), store.sync_state.cursor
    server.fail("/v1/changes", reply)
    with pytest.raises(error):
        engine.pull()
    assert _snapshot(store) == before and store.sync_state.cursor == cursor
    assert store.sync_state.last_error and error.__name__ in store.sync_state.last_error
    assert store.sync_state.last_pull_at == NOW  # the "as of" time stays that of the last good pull
    assert engine.pull().finished  # the fault is gone: the next pull catches up
    svc = store.services.get("ps-00")
    assert svc is not None and svc.title.zh == "改了" and store.sync_state.last_error is None


def test_garbage_on_a_later_page_keeps_the_pages_before(
    engine: PullEngine, store: Store, server: FakeServer
) -> None:
    def break_the_next_page(changes: Changes) -> None:
        server.fail("/v1/changes", html())

    with pytest.raises(BadResponseError):
        engine.pull(page_limit=10, on_page=break_the_next_page)
    assert store.sync_state.cursor == "e1:10" and store.services.count() == 9


def test_a_stuck_cursor_is_refused(engine: PullEngine, server: FakeServer) -> None:
    server.fail("/v1/changes", json_reply({"changes": [], "cursor": "e1:0", "has_more": True}))
    engine.pull()  # from no cursor: "e1:0" is progress
    server.fail(
        "/v1/changes", *[json_reply({"changes": [], "cursor": f"e1:{server.seq}", "has_more": True})] * 3
    )
    with pytest.raises(BadResponseError, match="does not move"):
        engine.pull()


def test_a_stale_token_mid_pull_is_refreshed(engine: PullEngine, store: Store, server: FakeServer) -> None:
    server.expire_access_tokens()
    assert engine.pull(page_limit=10).finished
    assert server.refresh_calls == 1 and store.services.count() == 25


def test_sign_in_required_is_raised_and_recorded(
    engine: PullEngine, store: Store, server: FakeServer, session: AuthSession
) -> None:
    server.expire_access_tokens()
    server.fail("/v1/auth/refresh", lambda r: problem(401, "invalid-refresh-token"))
    with pytest.raises(SignInRequired):
        engine.pull()
    assert "SignInRequired" in (store.sync_state.last_error or "")


def test_cursor_expired_starts_over_without_blanking(
    engine: PullEngine, store: Store, server: FakeServer
) -> None:
    engine.pull()
    store.services.add_favourite("ps-07")
    store.services.add_favourite("ps-08")
    store.services.mark_used("ps-07")
    server.delete("service", "ps-07")  # deleted, then the log is reset: no tombstone will come
    server.delete("fine", "F-1")
    server.reset_epoch()
    server.put("service", service_row("ps-99"))
    during: list[int] = []

    def on_page(changes: Changes) -> None:
        if not changes.reset:
            during.append(store.services.count())

    result = engine.pull(page_limit=10, on_page=on_page)
    assert result.finished and result.started_over and result.touched.reset
    # While the re-pull ran the user still saw the old rows (ps-07 included).
    assert during and all(n >= 25 for n in during)
    assert _service_ids(store) == server.live("service") and "ps-07" not in _service_ids(store)
    assert store.connection.execute("SELECT count(*) FROM cache_rows").fetchone()[0] == 0
    assert store.services.favourite_ids() == ["ps-08", "ps-07"]
    assert [r[0] for r in store.connection.execute("SELECT service_id FROM recent_services")] == ["ps-07"]
    assert store.sync_state.epoch == "e2" and store.sync_state.cursor is not None
    assert store.sync_state.cursor.startswith("e2:") and not store.sync_state.sweep_pending
    assert store.services.search("ps-07", "en") == []


def test_a_start_over_interrupted_by_cancel_finishes_on_the_next_pull(
    engine: PullEngine, store: Store, server: FakeServer
) -> None:
    engine.pull()
    server.delete("service", "ps-00")
    server.reset_epoch()
    cancel = threading.Event()
    result = engine.pull(cancel=cancel, page_limit=5, on_page=lambda c: cancel.set())
    assert not result.finished and store.sync_state.sweep_pending
    assert "ps-00" in _service_ids(store)  # not swept before the re-pull completes
    assert engine.pull(page_limit=5).finished
    assert _service_ids(store) == server.live("service")


def test_a_server_that_always_expires_the_cursor(
    engine: PullEngine, store: Store, server: FakeServer
) -> None:
    engine.pull()
    server.fail("/v1/changes", *[lambda r: problem(410, "cursor-expired")] * (MAX_START_OVERS + 1))
    with pytest.raises(ProblemError) as info:
        engine.pull()
    assert info.value.slug == "cursor-expired"
    assert store.services.count() == 25  # nothing swept: the re-pull never completed


def test_the_last_page_already_carries_the_as_of_time(
    engine: PullEngine, store: Store, server: FakeServer
) -> None:
    seen: list[datetime | None] = []
    engine.pull(page_limit=10, on_page=lambda c: seen.append(store.sync_state.last_pull_at))
    assert seen == [None, None, NOW]
    server.reset_epoch()
    seen.clear()
    engine.pull(
        page_limit=10, on_page=lambda c: seen.append(store.sync_state.last_pull_at if c.reset else None)
    )
    assert seen[-1] == NOW  # after a start-over, the sweep's announcement carries it
