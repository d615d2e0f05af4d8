"""GET /v1/events over real HTTP: alerts, op outcomes, changes, visibility, Last-Event-ID, keep-alive."""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from server_testkit import assert_problem, bearer, fine_row, live_server, login, new_op_id, pay_fine_body

from server.events import Event
from server.services import Services

TYPHOON_8 = {
    "id": "alert-typhoon",
    "category": "alert",
    "kind": "typhoon_signal",
    "severity": 4,
    "level": "8",
    "pinned": True,
    "title": {"zh": "八號風球", "pt": "Sinal n.º 8", "en": "Signal No. 8"},
}


@pytest.fixture
def live(services: Services) -> Iterator[str]:
    # Frequent keep-alives let a test's reader thread notice soon that it should stop.
    services.events.hub.keepalive_s = 0.2
    with live_server(services) as url:
        yield url


class Stream:
    """One open event stream, read by a thread into a queue of ``(kind, id, data)``."""

    def __init__(self, url: str, token: str, last_event_id: str | None = None) -> None:
        self.items: queue.Queue[tuple[str, str | None, Any]] = queue.Queue()
        self.headers: dict[str, str] = {}
        self._opened = threading.Event()
        self._stop = threading.Event()
        self._client = httpx.Client(base_url=url, timeout=httpx.Timeout(10, read=30))
        headers = bearer(token) | ({"Last-Event-ID": last_event_id} if last_event_id else {})
        self._thread = threading.Thread(target=self._read, args=(headers,), daemon=True)
        self._thread.start()
        assert self._opened.wait(10), "the stream did not open"

    def _read(self, headers: dict[str, str]) -> None:
        try:
            with self._client.stream("GET", "/v1/events", headers=headers) as response:
                self.headers = dict(response.headers)
                self._opened.set()
                fields: dict[str, str] = {}
                for line in response.iter_lines():
                    if self._stop.is_set():
                        break
                    if line.startswith(":"):
                        self.items.put(("comment", None, line[1:].strip()))
                    elif line:
                        name, _, value = line.partition(": ")
                        fields[name] = value
                    elif fields:
                        self.items.put((fields["event"], fields.get("id"), json.loads(fields["data"])))
                        fields = {}
        except httpx.HTTPError:
            pass  # closed by the test
        finally:
            self._opened.set()

    def next(self, *, skip_comments: bool = True, timeout: float = 10) -> tuple[str, str | None, Any]:
        deadline = time.monotonic() + timeout
        while True:
            item = self.items.get(timeout=max(0.01, deadline - time.monotonic()))
            if item[0] != "comment" or not skip_comments:
                return item

    def quiet(self, seconds: float = 0.3) -> bool:
        """No event (comments aside) arrives for ``seconds``."""
        try:
            self.next(timeout=seconds)
        except queue.Empty:
            return True
        return False

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._client.close()


@contextmanager
def stream(url: str, token: str, last_event_id: str | None = None) -> Iterator[Stream]:
    s = Stream(url, token, last_event_id)
    try:
        yield s
    finally:
        s.close()


def tokens(url: str) -> tuple[str, str]:
    with httpx.Client(base_url=url) as http:
        return tuple(  # type: ignore[return-value]
            http.post("/v1/auth/login", json={"username": u, "password": u}).json()["access_token"]
            for u in ("demo", "lee")
        )


def test_pinned_alert_reaches_every_resident(live: str) -> None:
    demo, lee = tokens(live)
    with stream(live, demo) as a, stream(live, lee) as b:
        assert a.headers["content-type"].startswith("text/event-stream")
        assert a.headers["cache-control"] == "no-store"
        assert a.next(skip_comments=False) == ("comment", None, "connected")
        httpx.post(
            f"{live}/v1/_test/entities", json={"entity": "feed_item", "id": "alert-typhoon", "row": TYPHOON_8}
        )
        for s in (a, b):
            kind, event_id, data = s.next()
            assert kind == "changes" and event_id is not None and data["seq"] > 0
            assert s.next()[1:] == (
                str(int(event_id) + 1),
                {
                    "feed_item_id": "alert-typhoon",
                    "category": "alert",
                    "severity": 4,
                    "title": TYPHOON_8["title"],
                },
            )
        # Not pinned: a change, no alert.
        row = {**TYPHOON_8, "pinned": False}
        httpx.post(
            f"{live}/v1/_test/entities", json={"entity": "feed_item", "id": "alert-typhoon", "row": row}
        )
        assert a.next()[0] == "changes" and a.quiet()


def test_own_ops_and_rows_are_seen_by_their_owner_only(services: Services, live: str) -> None:
    services.store.put("fine", "F-1", fine_row("F-1"), owner="usr-demo")
    demo, lee = tokens(live)
    with stream(live, demo) as mine, stream(live, lee) as theirs:
        op_id = new_op_id()
        answer = httpx.put(
            f"{live}/v1/ops/{op_id}",
            json=pay_fine_body("F-1"),
            headers=bearer(demo) | {"Idempotency-Key": op_id},
        )
        assert answer.status_code == 201
        assert mine.next()[::2] == ("changes", {"seq": services.store.get("fine", "F-1").seq})  # type: ignore[union-attr]
        assert mine.next()[::2] == ("op", {"op_id": op_id, "state": "succeeded"})
        assert theirs.quiet()


def test_last_event_id_resumes_after_that_event(live: str) -> None:
    demo, _ = tokens(live)

    def put_alert(n: int) -> None:
        row = {**TYPHOON_8, "level": str(n)}
        httpx.post(f"{live}/v1/_test/entities", json={"entity": "feed_item", "id": f"a-{n}", "row": row})

    with stream(live, demo) as first:
        put_alert(1)
        seen = [first.next(), first.next()]
    last_id = seen[-1][1]
    assert last_id is not None
    put_alert(2)  # while disconnected
    put_alert(3)
    with stream(live, demo, last_event_id=last_id) as resumed:
        missed = [resumed.next() for _ in range(4)]
        assert [m[0] for m in missed] == ["changes", "alert", "changes", "alert"]
        assert [int(m[1] or 0) for m in missed] == list(range(int(last_id) + 1, int(last_id) + 5))
        assert [m[2]["feed_item_id"] for m in missed[1::2]] == ["a-2", "a-3"]
        assert resumed.quiet()
    with stream(live, demo, last_event_id="0") as everything:
        assert [everything.next()[0] for _ in range(6)] == ["changes", "alert"] * 3


def test_keep_alive_comment_when_idle(live: str) -> None:
    demo, _ = tokens(live)
    assert (
        httpx.post(f"{live}/v1/_test/config", json={"sse_keepalive_s": 0.1}).json()["sse_keepalive_s"] == 0.1
    )
    with stream(live, demo) as s:
        assert s.next(skip_comments=False) == ("comment", None, "connected")
        started = time.monotonic()
        assert s.next(skip_comments=False) == ("comment", None, "keep-alive")
        assert s.next(skip_comments=False) == ("comment", None, "keep-alive")
        assert time.monotonic() - started < 5


def test_streams_do_not_block_the_server(live: str) -> None:
    demo, _ = tokens(live)
    with stream(live, demo), stream(live, demo), stream(live, demo):
        started = time.monotonic()
        for _ in range(20):
            assert httpx.get(f"{live}/v1/info").status_code == 200
        assert time.monotonic() - started < 5


def test_refusals(client: TestClient) -> None:
    assert_problem(client.get("/v1/events"), 401, "unauthorized")
    token = str(login(client)["access_token"])
    assert_problem(
        client.get("/v1/events", headers=bearer(token) | {"Last-Event-ID": "x"}), 400, "bad-request"
    )


def test_event_log_is_persisted_and_filtered(services: Services) -> None:
    log = services.events
    services.store.put("service", "ps-1", {})
    services.store.put("fine", "F-1", fine_row("F-1"), owner="usr-lee")
    with services.store.write() as w:
        w.emit("op", {"op_id": "x", "state": "succeeded"}, "usr-demo")
    assert [(e.type, e.data) for e in log.read(0, "usr-demo")] == [
        ("changes", {"seq": 1}), ("op", {"op_id": "x", "state": "succeeded"}),
    ]  # fmt: skip
    assert [e.type for e in log.read(0, "usr-lee")] == ["changes", "changes"]
    assert log.head() == 3
    assert Event(7, "op", {"a": "澳"}).to_sse() == 'id: 7\nevent: op\ndata: {"a":"澳"}\n\n'
    # A write rolled back leaves no event.
    with pytest.raises(RuntimeError), services.store.write() as w:
        w.put("service", "ps-2", {})
        raise RuntimeError
    assert log.head() == 3
