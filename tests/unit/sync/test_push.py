"""PushEngine against the fake server: keys and replays, order per stream, parallel streams, auth,
backoff, reconciling payments, the outbox lock, cancel, and the write checkpoint of the pull."""

from __future__ import annotations

import logging
import random
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from desktop.domain.operation import Badge, Operation, OpState
from desktop.store import Store, open_store
from desktop.sync.api import ApiClient
from desktop.sync.auth import AuthSession, MemoryTokenStore
from desktop.sync.engine import PullEngine
from desktop.sync.push import (
    PAUSED_ANOTHER_WINDOW,
    PAUSED_SIGN_IN,
    OutboxLock,
    PushEngine,
)

from .fakes import PASSWORD, FakeServer, html, problem, raises

T0 = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[3]


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server() -> FakeServer:
    s = FakeServer()
    for n in range(1, 5):
        s.fine(f"F-{n}")
    return s


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    s = open_store(tmp_path / "cache.sqlite3", clock=clock)
    yield s
    s.close()


@pytest.fixture
def session(server: FakeServer) -> AuthSession:
    s = AuthSession(ApiClient("http://127.0.0.1:1", transport=server.transport()), MemoryTokenStore())
    s.login("demo", PASSWORD)
    return s


@pytest.fixture
def engine(session: AuthSession, store: Store, clock: Clock) -> PushEngine:
    return PushEngine(session, store, clock, random.Random(42))


def pay(store: Store, fine: str = "F-1", amount: str = "600.00", method: str = "card") -> Operation:
    payload = {"fine_id": fine, "amount": amount, "method": method}
    return store.outbox.enqueue("pay_fine", f"fine:{fine}", payload)


def state(store: Store, op: Operation) -> Operation:
    got = store.outbox.get(op.op_id)
    assert got is not None
    return got


def puts(server: FakeServer) -> list[str]:
    return [r.url.path.rsplit("/", 1)[-1] for r in server.requests if r.method == "PUT"]


def gets(server: FakeServer) -> list[str]:
    return [r.url.path.rsplit("/", 1)[-1] for r in server.requests
            if r.method == "GET" and r.url.path.startswith("/v1/ops/")]


def test_a_payment_is_sent_with_its_key_and_acked(
    engine: PushEngine, store: Store, server: FakeServer
) -> None:
    op = pay(store)

    def no_transaction_during_io(request: httpx.Request) -> None:
        assert not store.connection.in_transaction

    server.on_op = no_transaction_during_io
    result = engine.push()
    assert (result.sent, result.acked, result.failed, result.paused) == (1, 1, 0, None)
    assert result.touched.touches("outbox") and result.next_due is None
    [request] = [r for r in server.requests if r.method == "PUT"]
    assert request.headers["idempotency-key"] == op.op_id and request.url.path == f"/v1/ops/{op.op_id}"
    done = state(store, op)
    assert done.state is OpState.ACKED and done.receipt is not None and done.receipt["fine_id"] == "F-1"
    assert done.last_status == 201 and done.attempts == 0 and not done.unanswered
    assert [e.to_state for e in store.outbox.events(op.op_id)] == [
        OpState.PENDING, OpState.IN_FLIGHT, OpState.ACKED
    ]
    assert store.overlay.row("fine", "F-1").badge is Badge.CONFIRMING
    assert server.effects == [(op.op_id, "F-1")]
    assert engine.push().sent == 0  # nothing left


def test_pull_after_push_ends_the_overlay(
    engine: PushEngine, store: Store, server: FakeServer, session: AuthSession
) -> None:
    op = pay(store)
    engine.push()
    pulled = PullEngine(session, store).pull()
    assert pulled.touched.touches("outbox")
    assert state(store, op).acked_at is not None
    view = store.overlay.row("fine", "F-1")
    assert view.row is not None and view.row["status"] == "paid" and view.badge is None


def test_a_start_over_pull_keeps_the_outbox(
    engine: PushEngine, store: Store, server: FakeServer, session: AuthSession
) -> None:
    done = pay(store, "F-1")
    engine.push()
    waiting = pay(store, "F-2")
    PullEngine(session, store).pull()
    outbox = [tuple(r) for r in store.connection.execute("SELECT * FROM outbox ORDER BY seq")]
    events = [tuple(r) for r in store.connection.execute("SELECT * FROM outbox_events ORDER BY id")]
    server.reset_epoch()
    server.fines["F-3"]["status"] = "paid"
    server.put("fine", dict(server.fines["F-3"]))
    result = PullEngine(session, store).pull()
    assert result.started_over
    assert [tuple(r) for r in store.connection.execute("SELECT * FROM outbox ORDER BY seq")] == outbox
    assert [tuple(r) for r in store.connection.execute("SELECT * FROM outbox_events ORDER BY id")] == events
    assert state(store, done).acked_at is not None and state(store, waiting).badge is Badge.SAVED
    assert engine.push().acked == 1


def test_a_lost_answer_is_resent_with_the_same_key_and_replayed(
    engine: PushEngine, store: Store, server: FakeServer, clock: Clock
) -> None:
    op = store.outbox.enqueue("note", "memo", {"text": "hello"})
    server.fail(f"/v1/ops/{op.op_id}", server.apply_then(raises(httpx.ReadTimeout)))
    first = engine.push()
    assert first.acked == 0 and first.retrying == 1 and not first.offline
    waiting = state(store, op)
    assert waiting.state is OpState.PENDING and waiting.unanswered and waiting.attempts == 1
    assert waiting.badge is Badge.SENDING and not waiting.in_doubt  # not money: no reconcile needed
    assert engine.push().sent == 0  # backing off
    clock.advance(3600)
    second = engine.push()
    assert second.acked == 1 and state(store, op).last_status == 200
    assert puts(server) == [op.op_id, op.op_id]
    assert server.effects == [(op.op_id, "note")]  # applied once
    assert "replayed" in store.outbox.events(op.op_id)[-1].detail


def test_a_payment_without_answer_is_reconciled_before_any_resend(
    engine: PushEngine, store: Store, server: FakeServer, clock: Clock
) -> None:
    op = pay(store)
    server.fail(f"/v1/ops/{op.op_id}", server.apply_then(lambda r: httpx.Response(500)))
    engine.push()
    assert state(store, op).in_doubt and store.outbox.in_doubt("fine:F-1")
    assert store.overlay.row("fine", "F-1").in_doubt  # the Pay button stays disabled
    clock.advance(3600)
    result = engine.push()
    assert (result.sent, result.checked, result.acked) == (0, 1, 1)
    assert puts(server) == [op.op_id] and gets(server) == [op.op_id]
    assert state(store, op).receipt is not None and not store.outbox.in_doubt("fine:F-1")
    assert len(server.effects) == 1


def test_a_payment_the_server_never_got_is_sent_again_after_the_check(
    engine: PushEngine, store: Store, server: FakeServer, clock: Clock
) -> None:
    op = pay(store)
    server.fail(f"/v1/ops/{op.op_id}", raises(httpx.ReadError))  # lost before the server saw it
    engine.push()
    assert state(store, op).in_doubt
    clock.advance(3600)
    result = engine.push()
    assert (result.sent, result.checked, result.acked) == (1, 1, 1)
    assert gets(server) == [op.op_id] and puts(server) == [op.op_id, op.op_id]
    assert len(server.effects) == 1
    assert "not found on the server" in store.outbox.events(op.op_id)[-1].detail


def test_accepted_async_is_checked_until_final(
    engine: PushEngine, store: Store, server: FakeServer, clock: Clock
) -> None:
    server.async_methods.add("mpay")
    op = pay(store, method="mpay")
    first = engine.push()
    assert first.accepted == 1 and state(store, op).state is OpState.ACCEPTED_ASYNC
    assert store.outbox.in_doubt("fine:F-1") and store.overlay.row("fine", "F-1").badge is Badge.PROCESSING
    assert first.next_due == T0 + timedelta(seconds=3)
    assert engine.push().checked == 0  # not due yet
    clock.advance(3)
    assert engine.push().checked == 1
    again = state(store, op)
    assert again.state is OpState.ACCEPTED_ASYNC and again.checks == 1
    assert again.next_attempt_at == clock.now + timedelta(seconds=6)  # spaced out
    server.finish(op.op_id)
    clock.advance(6)
    done = engine.push()
    assert done.acked == 1 and state(store, op).receipt is not None and puts(server) == [op.op_id]
    assert not store.outbox.in_doubt("fine:F-1")


def test_accepted_then_declined_is_rejected(
    engine: PushEngine, store: Store, server: FakeServer, clock: Clock
) -> None:
    server.async_methods.add("mpay")
    op = pay(store, method="mpay")
    engine.push()
    server.finish(op.op_id, declined=True)
    clock.advance(60)
    assert engine.push().failed == 1
    assert state(store, op).state is OpState.REJECTED
    assert state(store, op).problem_slug == "payment-declined"


def test_acked_ops_in_a_pull_make_an_accepted_op_due_at_once(
    engine: PushEngine, store: Store, server: FakeServer, session: AuthSession
) -> None:
    server.async_methods.add("mpay")
    op = pay(store, method="mpay")
    engine.push()
    server.finish(op.op_id)
    PullEngine(session, store).pull()
    assert state(store, op).acked_at is not None
    assert engine.push().acked == 1  # no need to wait out the poll interval


def test_one_stream_goes_in_order(engine: PushEngine, store: Store, server: FakeServer) -> None:
    first = pay(store, amount="1.00")  # refused: amount-mismatch
    second = pay(store)
    other = pay(store, "F-2")
    result = engine.push()
    assert result.failed == 1 and result.acked == 2
    order = puts(server)
    assert order.index(first.op_id) < order.index(second.op_id)
    assert state(store, first).state is OpState.REJECTED
    assert state(store, first).problem_slug == "amount-mismatch"
    assert state(store, second).state is OpState.ACKED and state(store, other).state is OpState.ACKED


def test_a_stream_waits_while_its_head_waits(
    engine: PushEngine, store: Store, server: FakeServer
) -> None:
    head = pay(store)
    behind = pay(store)
    server.fail(f"/v1/ops/{head.op_id}", lambda r: problem(503, "unavailable"))
    result = engine.push()
    assert result.sent == 1 and puts(server) == [head.op_id]
    assert state(store, behind).state is OpState.PENDING and state(store, behind).attempts == 0


def test_streams_go_in_parallel_and_a_slow_one_blocks_no_other(
    session: AuthSession, store: Store, server: FakeServer, clock: Clock, tmp_path: Path
) -> None:
    slow = pay(store, "F-1")
    fast = [pay(store, "F-2"), pay(store, "F-3"), pay(store, "F-4")]
    path = str(store.path)
    seen: list[bool] = []

    def slow_reply(request: httpx.Request) -> httpx.Response:
        # Hold this answer back until the other streams are recorded as acked (by another connection).
        deadline = time.monotonic() + 10
        conn = sqlite3.connect(path)
        try:
            while time.monotonic() < deadline:
                n = conn.execute("SELECT count(*) FROM outbox WHERE state = 'acked'").fetchone()[0]
                if n == len(fast):
                    seen.append(True)
                    break
                time.sleep(0.01)
        finally:
            conn.close()
        return problem(503, "unavailable")

    server.fail(f"/v1/ops/{slow.op_id}", slow_reply)
    result = PushEngine(session, store, clock, random.Random(1), workers=2).push()
    assert seen == [True]
    assert result.acked == 3 and result.retrying == 1
    assert state(store, slow).state is OpState.PENDING and state(store, slow).attempts == 1


def test_an_expired_access_token_is_refreshed_and_is_no_attempt(
    engine: PushEngine, store: Store, server: FakeServer
) -> None:
    op = pay(store)
    server.expire_access_tokens()
    result = engine.push()
    assert result.acked == 1 and server.refresh_calls == 1
    assert state(store, op).attempts == 0


def test_sign_in_required_pauses_the_whole_queue(
    engine: PushEngine, session: AuthSession, store: Store, server: FakeServer
) -> None:
    ops = [pay(store, "F-1"), pay(store, "F-2")]
    session.token_store.clear()
    server.expire_access_tokens()
    result = engine.push()
    assert result.paused == PAUSED_SIGN_IN and result.acked == 0
    assert server.effects == []  # a 401 is not recorded against the key: nothing applied
    for op in ops:
        got = state(store, op)
        assert got.state is OpState.PENDING and got.attempts == 0 and not got.in_doubt


def test_in_flight_elsewhere_waits_for_retry_after_and_is_no_attempt(
    engine: PushEngine, store: Store, server: FakeServer, clock: Clock
) -> None:
    op = pay(store)
    server.busy[op.op_id] = "7"
    result = engine.push()
    got = state(store, op)
    assert result.retrying == 1 and got.attempts == 0 and got.next_attempt_at == T0 + timedelta(seconds=7)
    del server.busy[op.op_id]
    clock.advance(7)
    assert engine.push().acked == 1


@pytest.mark.parametrize("retry_after", ["30", "Fri, 27 Nov 2026 12:00:30 GMT"])
def test_rate_limited_backs_off_no_sooner_than_retry_after(
    engine: PushEngine, store: Store, server: FakeServer, retry_after: str
) -> None:
    op = pay(store)
    limited = problem(429, "rate-limited", headers={"retry-after": retry_after})
    server.fail(f"/v1/ops/{op.op_id}", lambda r: limited)
    engine.push()
    got = state(store, op)
    assert got.attempts == 1 and not got.unanswered
    assert got.next_attempt_at is not None and got.next_attempt_at >= T0 + timedelta(seconds=30)
    assert got.next_attempt_at <= T0 + timedelta(seconds=30.001)  # jitter below it is raised to it


def test_backoff_grows_with_full_jitter(
    engine: PushEngine, store: Store, server: FakeServer, clock: Clock
) -> None:
    op = store.outbox.enqueue("note", "memo", {})
    delays = []
    for attempt in range(6):
        server.fail(f"/v1/ops/{op.op_id}", lambda r: problem(503, "unavailable"))
        engine.push()
        got = state(store, op)
        assert got.attempts == attempt + 1
        assert got.next_attempt_at is not None
        delay = (got.next_attempt_at - clock.now).total_seconds()
        assert 0 <= delay <= min(600, 2 * 2**attempt)
        delays.append(delay)
        clock.advance(delay)
    assert len(set(delays)) == len(delays)


def test_one_bad_op_fails_alone(engine: PushEngine, store: Store, server: FakeServer) -> None:
    big = store.outbox.enqueue("note", "memo", {"text": "x" * 70_000})
    unknown = store.outbox.enqueue("mystery", "m", {})
    fine = pay(store)
    result = engine.push()
    assert result.failed == 2 and result.acked == 1
    assert state(store, big).state is OpState.NEEDS_ATTENTION and state(store, big).last_status == 413
    assert state(store, unknown).state is OpState.NEEDS_ATTENTION
    assert state(store, fine).state is OpState.ACKED
    assert {o.op_id for o in store.outbox.attention()} == {big.op_id, unknown.op_id}


def test_a_reused_key_is_dead_and_logged_loudly(
    engine: PushEngine, store: Store, server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    op = pay(store)
    server.fail(f"/v1/ops/{op.op_id}", lambda r: problem(422, "idempotency-key-reused"))
    with caplog.at_level(logging.ERROR, logger="desktop.sync.push"):
        result = engine.push()
    assert result.failed == 1 and state(store, op).state is OpState.DEAD
    assert any(r.levelno == logging.ERROR and op.op_id in r.getMessage() for r in caplog.records)
    assert engine.push().sent == 0  # never sent again by itself


def test_a_business_refusal_is_rejected_with_its_problem(
    engine: PushEngine, store: Store, server: FakeServer
) -> None:
    server.fines["F-1"]["status"] = "paid"
    op = pay(store)
    assert engine.push().failed == 1
    got = state(store, op)
    assert got.state is OpState.REJECTED and got.problem_slug == "fine-already-paid"
    assert got.last_status == 409
    assert got.last_problem is not None and got.last_problem["op_id"] == op.op_id
    assert store.overlay.row("fine", "F-1").badge is Badge.ATTENTION


def test_offline_backs_off_without_doubt_and_stops_sending(
    session: AuthSession, store: Store, server: FakeServer, clock: Clock
) -> None:
    ops = [pay(store, f"F-{n}") for n in range(1, 5)]
    for op in ops:
        server.fail(f"/v1/ops/{op.op_id}", raises(httpx.ConnectError))
    result = PushEngine(session, store, clock, random.Random(3), workers=2).push()
    assert result.offline and result.acked == 0 and result.next_due is not None
    tried = [op for op in ops if state(store, op).attempts == 1]
    assert len(tried) == 2  # those already out; once offline is clear, nothing more is sent
    assert not any(state(store, op).in_doubt for op in ops)  # never left: not in doubt
    assert all(state(store, op).badge is Badge.SAVED for op in ops)


def test_a_garbled_answer_counts_as_no_answer(engine: PushEngine, store: Store, server: FakeServer) -> None:
    op = pay(store)
    server.fail(f"/v1/ops/{op.op_id}", server.apply_then(html(200)))
    engine.push()
    assert state(store, op).in_doubt and state(store, op).state is OpState.PENDING


def test_force_ignores_backoff(engine: PushEngine, store: Store, server: FakeServer) -> None:
    op = pay(store)
    server.fail(f"/v1/ops/{op.op_id}", lambda r: problem(503, "unavailable"))
    engine.push()
    assert engine.push().sent == 0
    assert engine.push(force=True).acked == 1


def test_cancel_sends_nothing_more(engine: PushEngine, store: Store, server: FakeServer) -> None:
    cancel = threading.Event()
    cancel.set()
    pay(store)
    result = engine.push(cancel)
    assert result.cancelled and result.sent == 0
    store.outbox.discard(store.outbox.list_ops()[0].op_id)
    first = pay(store, "F-2")
    behind = pay(store, "F-2")
    cancel.clear()
    server.on_op = lambda request: cancel.set()  # cancelled while the first op is out
    result = engine.push(cancel)
    assert result.cancelled and result.sent == 1
    assert state(store, first).state is OpState.ACKED  # what was out is recorded
    assert state(store, behind).state is OpState.PENDING


def test_in_flight_ops_are_recovered_when_pushing_starts(
    engine: PushEngine, store: Store, server: FakeServer
) -> None:
    op = pay(store)
    store.outbox.mark_sending([op.op_id], T0)  # a sender that died mid-way
    result = engine.push()
    assert result.acked == 1 and gets(server) == [op.op_id]  # a payment: checked first
    details = [e.detail for e in store.outbox.events(op.op_id)]
    assert "recovered after an interrupted send" in details


def test_recover_at_start_takes_the_lock(engine: PushEngine, store: Store) -> None:
    op = pay(store)
    store.outbox.mark_sending([op.op_id], T0)
    other = OutboxLock(store.path)
    assert other.try_acquire()
    try:
        assert engine.recover() is None  # another window is sending: its op is live, leave it
        assert state(store, op).state is OpState.IN_FLIGHT
    finally:
        other.release()
    assert engine.recover() == 1 and state(store, op).state is OpState.PENDING
    assert not engine.lock.held


def test_a_held_lock_means_another_window_is_sending(
    engine: PushEngine, store: Store, server: FakeServer
) -> None:
    pay(store)
    other = OutboxLock(store.path)
    assert other.try_acquire()
    try:
        result = engine.push()
        assert result.paused == PAUSED_ANOTHER_WINDOW and result.sent == 0
    finally:
        other.release()
    assert engine.push().acked == 1
    assert not engine.lock.held  # released after the push


def test_an_engine_may_hold_the_lock_for_its_lifetime(session: AuthSession, store: Store) -> None:
    lock = OutboxLock(store.path)
    assert lock.try_acquire()
    pay(store)
    assert PushEngine(session, store, lock=lock).push().acked == 1
    assert lock.held  # not released: it was taken by its owner
    lock.release()


_HOLDER = """
import sys, time
from desktop.sync.push import OutboxLock
lock = OutboxLock(sys.argv[1])
print("held" if lock.try_acquire() else "busy", flush=True)
sys.stdin.readline()
"""


def test_a_second_process_does_not_push(engine: PushEngine, store: Store, server: FakeServer) -> None:
    op = pay(store)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(store.path)], cwd=ROOT, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert engine.push().paused == PAUSED_ANOTHER_WINDOW
        assert state(store, op).state is OpState.PENDING and puts(server) == []
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(10)
    assert engine.push().acked == 1
