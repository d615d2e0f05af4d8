"""The sync protocol as a Hypothesis state machine against the real server, through a faulty network.

Parts: the reference server process (restarted on the same data when a fault makes it exit), the
fault proxy between it and the client, and the client's real Store, PushEngine, PullEngine,
AuthSession and ApiClient, all in this process, on a fake clock (the backoff clock). Rules, in any
order Hypothesis picks:

- enqueue payments: three fines (a stream each) and three years of one vehicle's tax on one stream
  (each year is sent only once the one before it is final);
- push (with or without "Sync now"), pull;
- the network: offline (connection refused) and back, resets, a black hole (short timeouts), answers
  cut short or swallowed, latency, at a rate or always; heal it;
- server faults on the next ``PUT /v1/ops``: drop / 500 / exit after commit (the exit is followed by a
  restart of the server on the same data dir, as an operator would);
- restart the client: drop every object and reopen from disk (in-flight ops go back to pending with
  the same key) — also right after requests went out whose answers nobody read ("crash after send");
- expire the access token (a 1-second token; the fake clock keeps the client from refreshing early,
  so the server refuses it and the client must refresh and send again), sign in again when the
  refresh token was lost;
- advance the fake clock past backoff delays.

Invariants after every step: nothing lost (every op enqueued is still in the outbox, in order),
nothing applied twice (the server's effects ledger: at most one charge per payment and per op, only
by our ops), per-stream order (the charged years of the vehicle are always a prefix of the order they
were enqueued in). At the end of each example the network and the server heal and the outbox drains:
every op acked, every payment charged exactly once, and the cache's fines and vehicles equal what
the server gives a fresh full pull.

The suite runs a few examples. To run it long:

    ONEACCOUNT_SYNC_MACHINE_EXAMPLES=500 ONEACCOUNT_SYNC_MACHINE_STEPS=60 \\
        .venv/bin/python -m pytest -q tests/e2e/test_sync_state_machine.py

The unit-level chaos test (tests/unit/sync/test_push_chaos.py, a fake server in process) stays as it
is: it covers answers this server never gives (HTML pages, 503 with a problem) in many more
examples per second.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from desktop.clock import FakeClock
from desktop.domain.operation import OpState
from desktop.store import Store, open_store
from desktop.sync.api import ApiClient
from desktop.sync.auth import AuthSession, MemoryTokenStore
from desktop.sync.engine import PullEngine
from desktop.sync.errors import SignInRequired, SyncError
from desktop.sync.push import PAUSED_SIGN_IN, PAUSED_UNAUTHORIZED, PushEngine
from tests.support import client_driver as cd
from tests.support.faultproxy import Fault, FaultProxy
from tests.support.server import ServerProcess, start_server

EXAMPLES = int(os.environ.get("ONEACCOUNT_SYNC_MACHINE_EXAMPLES", "15"))
STEPS = int(os.environ.get("ONEACCOUNT_SYNC_MACHINE_STEPS", "25"))
#: Short, so that a black hole costs a second, not thirty.
HTTP_TIMEOUT = httpx.Timeout(1.0)
FINES = 3
YEARS = (2024, 2025, 2026)
#: Server restarts cost a second or two each: at most this many exits per example.
MAX_EXITS = 1


class Env:
    """The server process (restartable on its data dir) and the proxy the client talks through."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.server = start_server(data, "--demo", "--test-mode")
        self.proxy = FaultProxy(_port(self.server)).start()
        self.restarts = 0

    def alive(self) -> ServerProcess:
        """The server, started again on the same data if it died (exit_after_commit)."""
        if self.server.process.poll() is not None:
            self.server = start_server(self.data, "--demo", "--test-mode")
            self.proxy.target = ("127.0.0.1", _port(self.server))
            self.restarts += 1
        return self.server

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.alive().test_call(method, path, **kwargs)
        return response.json() if response.content else None

    def effects(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.call("GET", "/v1/_test/effects")["effects"]
        return found

    def heal(self) -> None:
        self.proxy.heal()
        self.proxy.accept()
        self.call("DELETE", "/v1/_test/faults")
        self.call("POST", "/v1/_test/config", json={"access_ttl": 900})

    def close(self) -> None:
        self.proxy.stop()
        self.server.stop()


def _port(server: ServerProcess) -> int:
    return int(httpx.URL(server.url).port or 0)


class SyncMachine(RuleBasedStateMachine):
    env: Env  # set by the test before the machine runs

    def __init__(self) -> None:
        super().__init__()
        env = self.env
        env.heal()
        tag = uuid.uuid4().hex[:8]
        self.fines = [(f"F-M{tag}-{i}", f"{300 + 100 * i}.00") for i in range(FINES)]
        self.vehicle = f"V-M{tag}"
        owner = cd.DEMO_OWNER
        rows = [{"entity": "fine", "id": f, "row": cd.fine_row(f, a), "owner": owner} for f, a in self.fines]
        rows.append({"entity": "vehicle", "id": self.vehicle, "row": cd.vehicle_row(self.vehicle, YEARS),
                     "owner": owner})
        env.call("POST", "/v1/_test/entities", json=rows)
        self.dir = Path(tempfile.mkdtemp(prefix="sync-machine-"))
        self.clock = FakeClock()
        self.tokens = MemoryTokenStore()
        #: op id → outbox entry, in enqueue order; the entries still to enqueue.
        self.enqueued: dict[str, dict[str, Any]] = {}
        self.todo_fines = list(range(FINES))
        self.todo_years = list(YEARS)
        self.exits = 0
        self.signed_out = False
        self.store: Store | None = None
        self.api: ApiClient | None = None
        self._open()
        self._sign_in()

    # -- the client's objects ------------------------------------------------------------------------

    def _open(self) -> None:
        """Open the client from disk, as the app does at start (recovering what was in flight)."""
        self.store = open_store(self.dir / "cache.sqlite3", clock=self.clock.now)
        self.api = ApiClient(self.env.proxy.url, timeout=HTTP_TIMEOUT)
        # The fake monotonic clock keeps the session from refreshing early: an expired token is
        # refused by the server, which is the path under test.
        self.session = AuthSession(self.api, self.tokens, clock=self.clock.monotonic)
        self.engine = PushEngine(self.session, self.store, self.clock.now, workers=2)
        self.engine.recover()

    def _close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.api is not None:
            self.api.close()
            self.api = None

    def _sign_in(self) -> None:
        try:
            self.session.login("demo", "demo")
            self.signed_out = False
        except SyncError:
            self.signed_out = True  # the network is down: the resident tries again later

    def _outbox(self) -> Store:
        assert self.store is not None
        return self.store

    # -- rules: the resident --------------------------------------------------------------------------

    @initialize(fines=st.integers(0, FINES), years=st.integers(0, len(YEARS)))
    def paid_while_offline(self, fines: int, years: int) -> None:
        """Start with some payments already saved, so that most steps have something to send."""
        for _ in range(fines):
            self.pay_a_fine(0)
        for _ in range(years):
            self.pay_the_next_tax_year()

    @precondition(lambda self: self.todo_fines)
    @rule(pick=st.integers(0, FINES - 1))
    def pay_a_fine(self, pick: int) -> None:
        index = self.todo_fines.pop(pick % len(self.todo_fines))
        fine, amount = self.fines[index]
        self._enqueue(cd.pay_fine(fine, amount))

    @precondition(lambda self: self.todo_years)
    @rule()
    def pay_the_next_tax_year(self) -> None:
        self._enqueue(cd.pay_tax(self.vehicle, self.todo_years.pop(0)))

    def _enqueue(self, entry: dict[str, Any]) -> None:
        op = self._outbox().outbox.enqueue(entry["kind"], entry["stream"], entry["payload"])
        self.enqueued[op.op_id] = entry

    @precondition(lambda self: self.signed_out)
    @rule()
    def sign_in_again(self) -> None:
        self._sign_in()

    # -- rules: the sync worker -----------------------------------------------------------------------

    @rule(force=st.booleans())
    def push(self, force: bool) -> None:
        result = self.engine.push(force=force)
        if result.paused in (PAUSED_SIGN_IN, PAUSED_UNAUTHORIZED):
            self.signed_out = True

    @rule()
    def pull(self) -> None:
        try:
            PullEngine(self.session, self._outbox(), clock=self.clock.now).pull()
        except SignInRequired:
            self.signed_out = True
        except SyncError:
            pass  # offline or a broken answer: the next pull goes on from the saved cursor

    @rule(seconds=st.sampled_from([0.5, 5.0, 60.0, 700.0]))
    def advance_clock(self, seconds: float) -> None:
        self.clock.advance(seconds)

    @rule()
    def restart_client(self) -> None:
        self._close()
        self._open()

    @rule()
    def crash_after_send(self) -> None:
        """The app died right after its requests went out: the server may apply them, nobody reads
        the answers, and the ops are left in flight for the next start."""
        store = self._outbox()
        due = store.outbox.due(self.clock.now(), force=True)
        sending = store.outbox.mark_sending([op.op_id for op in due], self.clock.now())
        token = self.session.access_token()
        if token:
            with httpx.Client(base_url=self.env.proxy.url, timeout=HTTP_TIMEOUT) as http:
                # As the engine would: a payment in doubt is only asked about, which changes nothing.
                for op in (op for op in due if op.op_id in sending and not (op.money and op.unanswered)):
                    body = {"kind": op.kind, "stream": op.stream, "payload": op.payload,
                            "payload_schema": op.payload_schema, "supersedes": op.supersedes}
                    try:
                        http.put(f"/v1/ops/{op.op_id}", json=body, headers={
                            "Authorization": f"Bearer {token}", "Idempotency-Key": op.op_id})
                    except httpx.HTTPError:
                        pass
        self._close()
        self._open()

    @rule()
    def expire_token(self) -> None:
        """The next access token lives one second; the server refuses it from then on."""
        self.env.call("POST", "/v1/_test/config", json={"access_ttl": 1})
        try:
            self.session.resume()
        except SyncError:
            pass
        finally:
            self.env.call("POST", "/v1/_test/config", json={"access_ttl": 900})
        if self.session.access_token() is None:
            self.signed_out = True

    # -- rules: the network and the server -----------------------------------------------------------

    @rule(fault=st.sampled_from([Fault.RESET, Fault.BLACKHOLE, Fault.CUT, Fault.DROP_RESPONSE]),
          rate=st.sampled_from([0.3, 1.0]), cut_after=st.integers(0, 300))
    def network_fault(self, fault: Fault, rate: float, cut_after: int) -> None:
        self.env.proxy.set(fault, rate=rate, cut_after=cut_after)

    @rule()
    def slow_network(self) -> None:
        self.env.proxy.set(Fault.PASS, latency_s=0.05)

    @rule()
    def go_offline(self) -> None:
        self.env.proxy.refuse()

    @rule()
    def back_online(self) -> None:
        self.env.proxy.accept()
        self.env.proxy.heal()

    @rule(kind=st.sampled_from(["drop_after_commit", "error_after_commit", "exit_after_commit"]))
    def server_fault(self, kind: str) -> None:
        if kind == "exit_after_commit":
            if self.exits >= MAX_EXITS:
                kind = "drop_after_commit"
            else:
                self.exits += 1
        self.env.call("POST", "/v1/_test/faults",
                      json={"kind": kind, "path": "/v1/ops/", "method": "PUT", "times": 1})

    # -- invariants -----------------------------------------------------------------------------------

    @invariant()
    def nothing_lost(self) -> None:
        ops = self._outbox().outbox.list_ops()
        assert [op.op_id for op in ops] == list(self.enqueued)  # all there, in enqueue order
        for op in ops:
            entry = self.enqueued[op.op_id]
            assert (op.kind, op.stream, op.payload) == (entry["kind"], entry["stream"], entry["payload"])

    @invariant()
    def nothing_twice_and_in_order(self) -> None:
        ours = self._ledger()
        assert len({e["op_id"] for e in ours}) == len(ours), ours
        targets = [e["target"] for e in ours]
        assert len(set(targets)) == len(targets), targets
        for effect in ours:
            assert effect["op_id"] in self.enqueued, effect  # only ops we sent
            assert cd.target_of(self.enqueued[effect["op_id"]]) == effect["target"]
        # The vehicle's years are charged in enqueue order: always a prefix of it.
        charged = [e["op_id"] for e in ours if e["target"].startswith(f"vehicle:{self.vehicle}:")]
        taxes = [op_id for op_id, entry in self.enqueued.items() if entry["kind"] == "pay_vehicle_tax"]
        assert charged == taxes[: len(charged)], (charged, taxes)

    def _ledger(self) -> list[dict[str, Any]]:
        mine = {cd.target_of(e) for e in map(_fine_entry, self.fines)} | {
            f"vehicle:{self.vehicle}:tax:{y}" for y in YEARS}
        return [e for e in self.env.effects() if e["target"] in mine]

    # -- the end: heal, drain, compare ----------------------------------------------------------------

    def teardown(self) -> None:
        try:
            if self.store is not None:
                self._heal_and_check()
        finally:
            self._close()
            shutil.rmtree(self.dir, ignore_errors=True)

    def _heal_and_check(self) -> None:
        self.env.heal()
        store = self._outbox()
        deadline = time.monotonic() + 30
        drained = False
        while not drained and time.monotonic() < deadline:
            if self.signed_out or self.session.access_token() is None:
                self._sign_in()
            result = self.engine.push(force=True)
            if result.paused:
                self.signed_out = True
                continue
            try:
                PullEngine(self.session, store, clock=self.clock.now).pull()
            except SyncError:
                continue
            drained = store.outbox.waiting().count == 0
            if not drained:
                self.clock.advance(5)
                time.sleep(0.05)
        ops = store.outbox.list_ops()
        assert drained, [(op.stream, op.state, op.last_status) for op in ops]
        for op in ops:
            assert op.state is OpState.ACKED and op.acked_at is not None, (op.stream, op.state)
        # Exactly once each: the fault-free expectation for what was enqueued.
        ledger = self._ledger()
        assert sorted((e["op_id"], e["target"]) for e in ledger) == sorted(
            (op_id, cd.target_of(entry)) for op_id, entry in self.enqueued.items())
        assert self._cache() == _server_rows(self.env.alive())

    def _cache(self) -> dict[tuple[str, str], Any]:
        store = self._outbox()
        return {(entity, view.id): view.row
                for entity in ("fine", "vehicle") for view in store.overlay.rows(entity)}


def _fine_entry(fine: tuple[str, str]) -> dict[str, Any]:
    return cd.pay_fine(*fine)


def _server_rows(server: ServerProcess) -> dict[tuple[str, str], Any]:
    """Every fine and vehicle of the demo resident, as a fresh full pull brings them."""
    rows: dict[tuple[str, str], Any] = {}
    with httpx.Client(base_url=server.url, timeout=30) as http:
        login = http.post("/v1/auth/login", json={"username": "demo", "password": "demo"})
        token = login.json()["access_token"]
        cursor = ""
        while True:
            page = http.get("/v1/changes", params={"cursor": cursor, "limit": 1000},
                            headers={"Authorization": f"Bearer {token}"}).json()
            for change in page["changes"]:
                if change["entity"] in ("fine", "vehicle"):
                    key = (change["entity"], change["id"])
                    if change["op"] == "put":
                        rows[key] = change["row"]
                    else:
                        rows.pop(key, None)
            cursor = page["cursor"]
            if not page["has_more"]:
                return rows


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    e = Env(tmp_path_factory.mktemp("server"))
    yield e
    e.close()


@pytest.mark.skipif(sys.platform == "win32", reason="the fault proxy's resets need SO_LINGER")
def test_sync_state_machine(env: Env) -> None:
    SyncMachine.env = env
    run_state_machine_as_test(SyncMachine, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    ))
