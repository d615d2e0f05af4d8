"""Server-Sent Events: the parser (fields, line ends, pieces split anywhere) and the listener
(reconnect with Last-Event-ID, dedupe, backoff with jitter, retry:, 401, cancel, dead connections)."""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from desktop.sync.api import ApiClient
from desktop.sync.auth import AuthSession, MemoryTokenStore
from desktop.sync.events import (
    Event,
    EventListener,
    ListenerState,
    SseParser,
    StopReason,
    backoff_delay,
)

from .fakes import PASSWORD, FakeServer, problem

# -- the parser -----------------------------------------------------------------------------------------


def parse(*chunks: str | bytes) -> list[Event]:
    parser = SseParser()
    return [event for chunk in chunks for event in parser.feed(chunk)]


def test_one_event_with_all_fields() -> None:
    [event] = parse('id: 7\nevent: alert\ndata: {"severity": 3}\n\n')
    assert event == Event(type="alert", data='{"severity": 3}', id="7")
    assert event.json() == {"severity": 3}


def test_multi_line_data_is_joined_with_newlines() -> None:
    [event] = parse("data: first\ndata:second\ndata\ndata:  two spaces\n\n")
    assert event.data == "first\nsecond\n\n two spaces"
    assert event.type == "message" and event.id is None


def test_comments_unknown_fields_and_empty_events_dispatch_nothing() -> None:
    parser = SseParser()
    assert parser.feed(": keep-alive\n\n:\nevent: alert\n\nfoo: bar\n\n") == []
    assert parser.comments == 2
    [event] = parser.feed("data: x\n\n")
    assert event.type == "message"  # the event type of the empty event did not leak


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_line_ending(newline: str) -> None:
    text = newline.join(["id: 1", "event: op", "data: a", "data: b", "", "data: c", "", ""])
    assert parse(text) == [Event("op", "a\nb", "1"), Event("message", "c", None)]


def test_mixed_line_endings_and_a_cr_lf_pair_split_across_pieces() -> None:
    events = parse("data: a\r", "\ndata: b\r\n\r", "\n", "data: c\n\r\n")
    assert events == [Event("message", "a\nb"), Event("message", "c")]


def test_a_lone_cr_at_the_end_of_a_piece_still_ends_the_line() -> None:
    parser = SseParser()
    assert parser.feed("data: a\r\r") == [Event("message", "a")]
    assert parser.feed("data: b\r") == []
    assert parser.feed("\r") == [Event("message", "b")]


STREAM = (
    "\ufeff: hello\r\n"
    "retry: 2500\n"
    "id: 41\nevent: alert\n"
    'data: {"title": {"zh": "八號風球", "pt": "Sinal n.º 8", "en": "Signal No. 8"}}\r\n\r\n'
    'id: 42\revent: changes\rdata: {"seq": 9}\r\r'
    "data: line one\ndata: line two\n\n"
)


def expected_stream() -> list[Event]:
    return [
        Event("alert", '{"title": {"zh": "八號風球", "pt": "Sinal n.º 8", "en": "Signal No. 8"}}', "41"),
        Event("changes", '{"seq": 9}', "42"),
        Event("message", "line one\nline two", None),
    ]


def test_a_whole_stream_with_a_bom_retry_and_persistent_last_id() -> None:
    parser = SseParser()
    assert parser.feed(STREAM) == expected_stream()
    assert parser.retry_ms == 2500 and parser.comments == 1
    assert parser.last_event_id == "42"  # the last id stays although the last event had none


def test_split_anywhere_in_text_gives_the_same_events() -> None:
    for cut in range(len(STREAM) + 1):
        assert parse(STREAM[:cut], STREAM[cut:]) == expected_stream(), cut


def test_split_anywhere_in_bytes_even_inside_a_utf8_character() -> None:
    raw = STREAM.encode()
    for cut in range(len(raw) + 1):
        assert parse(raw[:cut], raw[cut:]) == expected_stream(), cut
    assert parse(*[raw[i : i + 1] for i in range(len(raw))]) == expected_stream()


def test_random_pieces_with_a_seeded_rng() -> None:
    rng = random.Random(2026)
    raw = (STREAM * 5).encode()
    for _ in range(50):
        cuts = sorted(rng.sample(range(1, len(raw)), 12))
        pieces = [raw[a:b] for a, b in zip([0, *cuts], [*cuts, len(raw)], strict=True)]
        assert parse(*pieces) == expected_stream() * 5


def test_a_bom_is_only_stripped_at_the_very_start() -> None:
    assert parse("data: \ufeffx\n\n") == [Event("message", "\ufeffx")]
    assert parse(b"\xef\xbb", b"\xbfdata: y\n\n") == [Event("message", "y")]


@pytest.mark.parametrize("value", ["3s", "-1", " 5", "", "１２"])
def test_retry_needs_plain_digits(value: str) -> None:
    parser = SseParser()
    parser.feed(f"retry: {value}\n\n")
    assert parser.retry_ms is None


def test_an_id_with_nul_is_ignored_and_an_empty_id_resets() -> None:
    parser = SseParser("5")
    assert parser.feed("id: 6\0\ndata: a\n\n") == [Event("message", "a", None)]
    assert parser.last_event_id == "5"
    assert parser.feed("id\ndata: b\n\n") == [Event("message", "b", None)]
    assert parser.last_event_id == ""


def test_an_unfinished_event_is_held_until_its_blank_line() -> None:
    parser = SseParser()
    assert parser.feed("id: 1\ndata: half") == []
    assert parser.feed(" and half\n") == []
    assert parser.feed("\n") == [Event("message", "half and half", "1")]


def test_broken_utf8_is_replaced_not_raised() -> None:
    assert parse(b"data: \xff\xfe ok\n\n") == [Event("message", "\ufffd\ufffd ok")]


# -- backoff ------------------------------------------------------------------------------------------


def test_backoff_is_full_jitter_under_an_exponential_cap() -> None:
    rng = random.Random(7)
    for failures in range(12):
        for _ in range(50):
            delay = backoff_delay(failures, rng, initial=1.0, maximum=30.0)
            assert 0.0 <= delay <= min(30.0, 2.0**failures)
    delays = [backoff_delay(9, random.Random(1), initial=1.0, maximum=30.0) for _ in range(3)]
    assert len(set(delays)) == 1  # the same seed gives the same delay
    spread = [backoff_delay(9, rng, initial=1.0, maximum=30.0) for _ in range(200)]
    assert min(spread) < 5.0 and max(spread) > 25.0  # jitter really spreads


def test_backoff_floor_is_added_under_the_jitter() -> None:
    rng = random.Random(3)
    for _ in range(100):
        assert 5.0 <= backoff_delay(0, rng, initial=1.0, maximum=30.0, floor=5.0) <= 6.0


# -- the listener on a scripted fake server ---------------------------------------------------------------


class ScriptStream(httpx.SyncByteStream):
    """A response body: the given pieces, then an end (clean, a reset, or a wait until closed)."""

    def __init__(self, pieces: list[bytes], end: str) -> None:
        self.pieces = pieces
        self.end = end
        self.closed = threading.Event()

    def __iter__(self) -> Iterator[bytes]:
        yield from self.pieces
        if self.end == "reset":
            raise httpx.ReadError("connection reset by peer")
        if self.end == "timeout":
            raise httpx.ReadTimeout("no keep-alive for too long")
        if self.end == "block":
            self.closed.wait(10)
            raise httpx.ReadError("closed")

    def close(self) -> None:
        self.closed.set()


@dataclass
class Connection:
    """What one GET /v1/events answers: events then an end, or a whole other response."""

    pieces: list[str] = field(default_factory=list)
    end: str = "reset"  # "clean" | "reset" | "timeout" | "block"
    response: httpx.Response | None = None


def sse(event_id: int | None, kind: str, data: object) -> str:
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {kind}\ndata: {json.dumps(data)}\n\n"


@dataclass
class EventServer(FakeServer):
    script: list[Connection] = field(default_factory=list)
    event_requests: list[httpx.Request] = field(default_factory=list)
    streams: list[ScriptStream] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != "/v1/events":
            return super().handle(request)
        self.event_requests.append(request)
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self._access:
            return problem(401, "unauthorized")
        if not self.script:
            raise httpx.ConnectError("nobody listens")
        connection = self.script.pop(0)
        if connection.response is not None:
            return connection.response
        stream = ScriptStream([p.encode() for p in connection.pieces], connection.end)
        self.streams.append(stream)
        return httpx.Response(
            200, headers={"content-type": "text/event-stream; charset=utf-8"}, stream=stream
        )

    def last_event_ids(self) -> list[str | None]:
        return [r.headers.get("last-event-id") for r in self.event_requests]


class FakeTime:
    """Clock and sleep for the listener: sleeping only moves the clock; a test can stop after N sleeps."""

    def __init__(self, cancel: threading.Event, stop_after: int = 50) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []
        self.cancel = cancel
        self.stop_after = stop_after

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        if len(self.sleeps) >= self.stop_after:
            self.cancel.set()


@pytest.fixture
def server() -> EventServer:
    return EventServer()


@pytest.fixture
def session(server: EventServer) -> AuthSession:
    session = AuthSession(ApiClient("http://127.0.0.1:1", transport=server.transport()), MemoryTokenStore())
    session.login("demo", PASSWORD)
    return session


@dataclass
class Harness:
    listener: EventListener
    cancel: threading.Event
    time: FakeTime
    events: list[Event]
    states: list[ListenerState]


def harness(session: AuthSession, *, stop_after: int = 50, seed: int = 1, **kwargs: object) -> Harness:
    cancel = threading.Event()
    fake_time = FakeTime(cancel, stop_after)
    events: list[Event] = []
    states: list[ListenerState] = []
    listener = EventListener(
        session,
        on_event=events.append,
        cancel=cancel,
        on_state=states.append,
        clock=fake_time.clock,
        sleep=fake_time.sleep,
        rng=random.Random(seed),
        **kwargs,  # type: ignore[arg-type]
    )
    return Harness(listener, cancel, fake_time, events, states)


def test_events_arrive_and_a_reconnect_resumes_after_the_last_id(
    session: AuthSession, server: EventServer
) -> None:
    server.script = [
        Connection([": keep-alive\n\n", sse(1, "alert", {"a": 1}), sse(2, "changes", {"seq": 5})]),
        # The server replays 2 (it should not, but a proxy might): it is not delivered again.
        Connection([sse(2, "changes", {"seq": 5}), sse(3, "op", {"op_id": "x"})], end="clean"),
    ]
    h = harness(session, stop_after=2)
    assert h.listener.run() is StopReason.CANCELLED
    assert [(e.id, e.type) for e in h.events] == [("1", "alert"), ("2", "changes"), ("3", "op")]
    assert server.last_event_ids() == [None, "2"]
    assert all(r.headers["accept"] == "text/event-stream" for r in server.event_requests)
    assert h.listener.last_event_id == "3" and h.listener.connections == 2
    assert h.states[0] is ListenerState.CONNECTING and ListenerState.OPEN in h.states
    assert h.states[-1] is ListenerState.STOPPED


def test_a_given_last_event_id_is_sent_and_never_delivered(session: AuthSession, server: EventServer) -> None:
    server.script = [Connection([sse(10, "alert", {}), sse(11, "alert", {})], end="clean")]
    h = harness(session, stop_after=1, last_event_id="10")
    h.listener.run()
    assert server.last_event_ids()[0] == "10"
    assert [e.id for e in h.events] == ["11"]


def test_events_without_ids_are_all_delivered(session: AuthSession, server: EventServer) -> None:
    server.script = [Connection([sse(None, "changes", {"seq": 1}), sse(None, "changes", {"seq": 1})])]
    h = harness(session, stop_after=1)
    h.listener.run()
    assert len(h.events) == 2


def test_backoff_grows_while_nothing_connects_and_is_seeded(
    session: AuthSession, server: EventServer
) -> None:
    h = harness(session, stop_after=8, seed=42, initial_delay=1.0, max_delay=20.0)
    h.listener.run()  # every connect fails: "nobody listens"
    assert len(h.time.sleeps) == 8
    for n, delay in enumerate(h.time.sleeps):
        assert 0.0 <= delay <= min(20.0, 2.0**n)
    again = harness(session, stop_after=8, seed=42, initial_delay=1.0, max_delay=20.0)
    again.listener.run()
    assert again.time.sleeps == h.time.sleeps
    assert h.states.count(ListenerState.WAITING) == 8


def test_a_connection_that_delivered_resets_the_backoff(session: AuthSession, server: EventServer) -> None:
    server.script = [
        *[Connection(response=httpx.Response(503)) for _ in range(5)],
        Connection([sse(1, "alert", {})]),
    ]
    h = harness(session, stop_after=7, initial_delay=1.0, max_delay=60.0)
    h.listener.run()
    assert h.events and h.time.sleeps[5] <= 1.0  # after the good connection: back to the first step
    assert h.time.sleeps[6] <= 2.0


def test_a_quiet_but_long_connection_also_resets_the_backoff(
    session: AuthSession, server: EventServer
) -> None:
    class Slow(ScriptStream):
        def __iter__(self) -> Iterator[bytes]:
            fake.now += 60  # a minute of keep-alives
            yield b": keep-alive\n\n"
            raise httpx.ReadError("reset")

    server.script = [Connection(response=httpx.Response(503)) for _ in range(5)]
    h = harness(session, stop_after=6, initial_delay=1.0)
    fake = h.time
    server.script.append(
        Connection(
            response=httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=Slow([], ""))
        )
    )
    h.listener.run()
    assert h.time.sleeps[5] <= 1.0


def test_the_servers_retry_is_a_floor(session: AuthSession, server: EventServer) -> None:
    server.script = [Connection(["retry: 5000\n\n", sse(1, "alert", {})]), Connection(["retry: 1\n\n"])]
    h = harness(session, stop_after=3, initial_delay=1.0)
    h.listener.run()
    assert 5.0 <= h.time.sleeps[0] <= 6.0
    assert h.time.sleeps[1] <= 1.001 + 2.0


def test_retry_after_of_a_refusal_is_a_floor(session: AuthSession, server: EventServer) -> None:
    server.script = [
        Connection(response=problem(429, "rate-limited", headers={"Retry-After": "30"})),
        Connection(response=httpx.Response(503, headers={"Retry-After": "12"})),
    ]
    h = harness(session, stop_after=2, initial_delay=1.0)
    h.listener.run()
    assert 30.0 <= h.time.sleeps[0] <= 31.0
    assert 12.0 <= h.time.sleeps[1] <= 14.0


def test_a_stale_token_is_refreshed_once_and_the_stream_opens(
    session: AuthSession, server: EventServer
) -> None:
    server.expire_access_tokens()
    server.script = [Connection([sse(1, "alert", {})], end="clean")]
    h = harness(session, stop_after=1)
    h.listener.run()
    assert server.refresh_calls == 1 and [e.id for e in h.events] == ["1"]
    assert len(server.event_requests) == 2  # refused, then the same request with the new token


def test_a_sign_in_that_ended_stops_the_listener(session: AuthSession, server: EventServer) -> None:
    server.expire_access_tokens()
    server.fail("/v1/auth/refresh", lambda r: problem(401, "invalid-refresh-token"))
    h = harness(session)
    assert h.listener.run() is StopReason.SIGN_IN_REQUIRED
    assert h.time.sleeps == [] and h.states[-1] is ListenerState.STOPPED


def test_html_instead_of_a_stream_is_retried(session: AuthSession, server: EventServer) -> None:
    server.script = [
        Connection(response=httpx.Response(200, html="<html>portal login</html>")),
        Connection([sse(1, "alert", {})], end="clean"),
    ]
    h = harness(session, stop_after=2)
    h.listener.run()
    assert [e.id for e in h.events] == ["1"] and h.listener.connections == 1


def test_a_body_that_does_not_decode_is_one_broken_connection(
    session: AuthSession, server: EventServer
) -> None:
    headers = {"content-type": "text/event-stream", "content-encoding": "gzip"}
    server.script = [
        Connection(
            response=httpx.Response(200, headers=headers, stream=ScriptStream([b"not gzip"], "clean"))
        ),
        Connection([sse(1, "alert", {})], end="clean"),
    ]
    h = harness(session, stop_after=2)
    assert h.listener.run() is StopReason.CANCELLED
    assert [e.id for e in h.events] == ["1"]


def test_a_failing_handler_does_not_end_the_alerts(
    session: AuthSession, server: EventServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script = [Connection([sse(1, "alert", {}), sse(2, "alert", {})], end="clean")]
    seen: list[str | None] = []

    def handler(event: Event) -> None:
        seen.append(event.id)
        if event.id == "1":
            raise RuntimeError("the notification failed")

    cancel = threading.Event()
    fake = FakeTime(cancel, stop_after=1)
    EventListener(session, on_event=handler, cancel=cancel, clock=fake.clock, sleep=fake.sleep).run()
    assert seen == ["1", "2"]
    assert "the handler of event 1" in caplog.text


def test_a_dead_read_reconnects(session: AuthSession, server: EventServer) -> None:
    server.script = [Connection([sse(1, "alert", {})], end="timeout"), Connection([sse(2, "alert", {})])]
    h = harness(session, stop_after=2)
    h.listener.run()
    assert [e.id for e in h.events] == ["1", "2"] and server.last_event_ids()[1] == "1"


def test_stop_ends_a_blocked_read_on_a_transport_without_socket(
    session: AuthSession, server: EventServer
) -> None:
    server.script = [Connection([sse(1, "alert", {})], end="block")]
    cancel = threading.Event()
    opened = threading.Event()
    listener = EventListener(
        session,
        on_event=lambda e: opened.set(),
        cancel=cancel,
    )
    result: list[StopReason] = []
    thread = threading.Thread(target=lambda: result.append(listener.run()))
    thread.start()
    assert opened.wait(5)
    started = time.monotonic()
    listener.stop()
    thread.join(5)
    assert result == [StopReason.CANCELLED] and time.monotonic() - started < 1.0
    assert server.streams[0].closed.is_set()


# -- the listener on a real socket ------------------------------------------------------------------------


class SseHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SseHttpServer

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def do_POST(self) -> None:  # /v1/auth/login
        self.rfile.read(int(self.headers.get("content-length", "0")))
        body = json.dumps(
            {
                "access_token": "acc",
                "refresh_token": "ref",
                "token_type": "Bearer",
                "expires_in": 900,
                "user": {"id": "u-1", "username": "demo", "display_name": {"zh": "陳", "pt": "C", "en": "C"}},
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # /v1/events: events, then silence until the test ends
        self.server.last_ids.append(self.headers.get("Last-Event-ID"))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        n = len(self.server.last_ids)
        for piece in (f": hi\n\nid: {n}\nevent: alert\ndata: {{}}\n\n",):
            data = piece.encode()
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()
        self.server.done.wait(10)
        self.close_connection = True


class SseHttpServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), SseHandler)
        self.last_ids: list[str | None] = []
        self.done = threading.Event()


@pytest.fixture
def real() -> Iterator[tuple[SseHttpServer, AuthSession]]:
    http = SseHttpServer()
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    session = AuthSession(ApiClient(f"http://127.0.0.1:{http.server_port}"), MemoryTokenStore())
    session.login("demo", "x")
    try:
        yield http, session
    finally:
        http.done.set()
        http.shutdown()
        http.server_close()
        session.api.close()


def run_in_thread(listener: EventListener) -> tuple[threading.Thread, list[StopReason]]:
    result: list[StopReason] = []
    thread = threading.Thread(target=lambda: result.append(listener.run()), daemon=True)
    thread.start()
    return thread, result


@pytest.mark.parametrize("how", ["cancel", "stop"])
def test_cancel_ends_a_read_blocked_on_a_real_socket_promptly(
    real: tuple[SseHttpServer, AuthSession], how: str
) -> None:
    _, session = real
    cancel = threading.Event()
    delivered = threading.Event()
    listener = EventListener(session, on_event=lambda e: delivered.set(), cancel=cancel, read_timeout=30)
    thread, result = run_in_thread(listener)
    assert delivered.wait(5)
    started = time.monotonic()
    if how == "cancel":
        cancel.set()  # only the event: the watcher breaks the read
    else:
        listener.stop()
    thread.join(5)
    assert result == [StopReason.CANCELLED]
    assert time.monotonic() - started < 1.0


def test_a_silent_connection_is_noticed_by_the_read_timeout(real: tuple[SseHttpServer, AuthSession]) -> None:
    http, session = real
    cancel = threading.Event()
    events: list[Event] = []
    listener = EventListener(
        session, on_event=events.append, cancel=cancel, read_timeout=0.3, initial_delay=0.05
    )
    thread, _ = run_in_thread(listener)
    deadline = time.monotonic() + 5
    while len(events) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    listener.stop()
    thread.join(5)
    assert [e.id for e in events][:2] == ["1", "2"]
    assert http.last_ids[:2] == [None, "1"]
