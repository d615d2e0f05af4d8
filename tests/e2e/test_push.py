"""The push against the real reference server process: fines paid offline then online, lost answers
reconciled without paying twice, replays, a payment the provider confirms later, refusals, rate limits,
a server that dies after its commit, and the headless ``sync --once`` in a second process."""

from __future__ import annotations

import itertools
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.domain.operation import Badge, Operation, OpState
from desktop.profile import Profile, ProfileKind, account_key
from desktop.store import Store, open_store
from desktop.sync.api import ApiClient
from desktop.sync.auth import AuthSession, MemoryTokenStore
from desktop.sync.engine import PullEngine
from desktop.sync.push import PushEngine
from tests.support.server import ServerProcess, running_server, start_server

ROOT = Path(__file__).resolve().parents[2]
DEMO_USER = "usr-demo"

pytestmark = pytest.mark.skipif(
    not (ROOT / "server" / "routes" / "ops.py").exists(), reason="the server does not take operations yet"
)
_ids = itertools.count(1)


class Switch(httpx.BaseTransport):
    """The real network, or none at all (the connection is refused) while ``offline``."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.offline = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.offline:
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with running_server(tmp_path_factory.mktemp("server"), "--demo", "--test-mode") as s:
        yield s


@pytest.fixture(autouse=True)
def clean_server(server: ServerProcess) -> Iterator[None]:
    yield
    server.test_call("DELETE", "/v1/_test/faults")
    server.test_call("POST", "/v1/_test/provider", json={"async_methods": [], "decline_methods": []})


@pytest.fixture
def switch() -> Switch:
    return Switch()


@pytest.fixture
def session(server: ServerProcess, switch: Switch) -> Iterator[AuthSession]:
    api = ApiClient(server.url, transport=switch)
    s = AuthSession(api, MemoryTokenStore())
    s.login("demo", "demo")
    yield s
    api.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "cache.sqlite3")
    yield s
    s.close()


def new_fine(server: ServerProcess, amount: str = "600.00") -> str:
    fine_id = f"F-E2E-{next(_ids)}-{random.randrange(10**6)}"
    row = {
        "id": fine_id, "plate": "MX-12-34", "licence_no": "L-1",
        "offence": {"zh": "違例泊車", "pt": "Estacionamento", "en": "Parking"},
        "place": {"zh": "新馬路", "pt": "Avenida", "en": "Avenue"},
        "occurred_at": "2026-11-01T10:00:00+08:00", "due_date": "2026-12-31", "amount": amount,
        "status": "unpaid", "paid_at": None, "receipt_no": None,
    }
    server.test_call("POST", "/v1/_test/entities", json={"entity": "fine", "id": fine_id, "row": row,
                                                          "owner": DEMO_USER})
    return fine_id


def pay(store: Store, fine_id: str, amount: str = "600.00", method: str = "card") -> Operation:
    payload = {"fine_id": fine_id, "amount": amount, "method": method}
    return store.outbox.enqueue("pay_fine", f"fine:{fine_id}", payload)


def effects(server: ServerProcess, target: str) -> list[dict[str, Any]]:
    applied = server.test_call("GET", "/v1/_test/effects").json()["effects"]
    return [e for e in applied if e["target"] == target]


def fault(server: ServerProcess, kind: str, **fields: Any) -> None:
    server.test_call("POST", "/v1/_test/faults", json={"kind": kind, "path": "/v1/ops/", **fields})


def state(store: Store, op: Operation) -> Operation:
    got = store.outbox.get(op.op_id)
    assert got is not None
    return got


def test_fines_paid_offline_go_once_online(
    server: ServerProcess, session: AuthSession, store: Store, switch: Switch
) -> None:
    fines = [new_fine(server), new_fine(server, "300.00")]
    PullEngine(session, store).pull()
    switch.offline = True
    ops = [pay(store, fines[0]), pay(store, fines[1], "300.00")]
    engine = PushEngine(session, store)
    first = engine.push()
    assert first.offline and first.acked == 0
    for op in ops:
        saved = state(store, op)
        assert saved.state is OpState.PENDING and not saved.in_doubt and saved.badge is Badge.SAVED
    switch.offline = False
    second = engine.push(force=True)
    assert second.acked == 2 and second.failed == 0
    PullEngine(session, store).pull()
    for op, fine_id in zip(ops, fines, strict=True):
        view = store.overlay.row("fine", fine_id)
        assert view.row is not None and view.row["status"] == "paid" and view.badge is None
        assert state(store, op).acked_at is not None and state(store, op).receipt is not None
        assert len(effects(server, f"fine:{fine_id}")) == 1


@pytest.mark.parametrize("kind", ["drop_after_commit", "error_after_commit"])
def test_a_lost_answer_is_reconciled_not_paid_twice(
    server: ServerProcess, session: AuthSession, store: Store, kind: str
) -> None:
    fine_id = new_fine(server)
    op = pay(store, fine_id)
    fault(server, kind, method="PUT", times=1)
    engine = PushEngine(session, store)
    engine.push()
    doubt = state(store, op)
    assert doubt.state is OpState.PENDING and doubt.unanswered and store.outbox.in_doubt(f"fine:{fine_id}")
    done = engine.push(force=True)
    assert (done.sent, done.checked, done.acked) == (0, 1, 1)  # checked, not sent again
    assert state(store, op).receipt is not None
    assert len(effects(server, f"fine:{fine_id}")) == 1


def test_a_restored_cache_replays_with_the_same_key(
    server: ServerProcess, session: AuthSession, store: Store
) -> None:
    fine_id = new_fine(server)
    op = pay(store, fine_id)
    engine = PushEngine(session, store)
    assert engine.push().acked == 1
    receipt = state(store, op).receipt
    # As if the cache came back from a backup taken before the answer: the op is pending again.
    with store.connection:
        store.connection.execute("UPDATE outbox SET state = 'pending' WHERE op_id = ?", (op.op_id,))
    assert engine.push().acked == 1
    again = state(store, op)
    assert again.last_status == 200 and again.receipt == receipt
    assert "replayed" in store.outbox.events(op.op_id)[-1].detail
    assert len(effects(server, f"fine:{fine_id}")) == 1


def test_a_payment_confirmed_later_stays_in_doubt_until_final(
    server: ServerProcess, session: AuthSession, store: Store
) -> None:
    # Long enough that the pull below surely runs before the provider confirms, even on a busy machine.
    server.test_call("POST", "/v1/_test/provider", json={"async_methods": ["mpay"], "confirm_after_s": 6.0})
    fine_id = new_fine(server)
    op = pay(store, fine_id, method="mpay")
    engine = PushEngine(session, store)
    assert engine.push().accepted == 1
    assert store.outbox.in_doubt(f"fine:{fine_id}")
    PullEngine(session, store).pull()
    view = store.overlay.row("fine", fine_id)
    assert view.row is not None and view.row["status"] == "pending" and view.in_doubt
    assert view.badge is Badge.PROCESSING
    deadline = time.monotonic() + 30
    while state(store, op).state is not OpState.ACKED and time.monotonic() < deadline:
        time.sleep(0.3)
        engine.push(force=True)
    assert state(store, op).state is OpState.ACKED and not store.outbox.in_doubt(f"fine:{fine_id}")
    PullEngine(session, store).pull()
    assert store.overlay.row("fine", fine_id).row["status"] == "paid"  # type: ignore[index]
    assert state(store, op).acked_at is not None
    assert len(effects(server, f"fine:{fine_id}")) == 1


def test_a_declined_payment_needs_attention_and_can_be_resubmitted(
    server: ServerProcess, session: AuthSession, store: Store
) -> None:
    server.test_call("POST", "/v1/_test/provider", json={"decline_methods": ["unionpay"]})
    fine_id = new_fine(server)
    op = pay(store, fine_id, method="unionpay")
    engine = PushEngine(session, store)
    assert engine.push().failed == 1
    assert state(store, op).problem_slug == "payment-declined"
    assert [o.op_id for o in store.outbox.attention()] == [op.op_id]
    new = store.outbox.resubmit(op.op_id, {"fine_id": fine_id, "amount": "600.00", "method": "card"})
    assert engine.push().acked == 1
    assert state(store, new).receipt is not None and state(store, op).state is OpState.SUPERSEDED
    assert len(effects(server, f"fine:{fine_id}")) == 1


def test_business_refusals_and_invalid_ops(server: ServerProcess, session: AuthSession, store: Store) -> None:
    paid = new_fine(server)
    server.test_call("POST", "/v1/_test/mark-paid-elsewhere", json={"fine_id": paid})
    wrong = new_fine(server)
    ops = [pay(store, paid), pay(store, wrong, "1.00"), pay(store, "F-NOBODY"),
           store.outbox.enqueue("mystery", "m", {})]
    result = PushEngine(session, store).push()
    assert result.failed == 4
    slugs = [state(store, op).problem_slug for op in ops]
    assert slugs == ["fine-already-paid", "amount-mismatch", "fine-not-found", "unknown-kind"]
    assert [state(store, op).state for op in ops] == [OpState.REJECTED] * 3 + [OpState.NEEDS_ATTENTION]
    assert effects(server, f"fine:{paid}") == [] and effects(server, f"fine:{wrong}") == []


def test_rate_limited_waits_for_retry_after(
    server: ServerProcess, session: AuthSession, store: Store
) -> None:
    op = pay(store, new_fine(server))
    fault(server, "rate_limit", method="PUT", seconds=30, times=1)
    before = store.clock()
    result = PushEngine(session, store).push()
    assert result.retrying == 1
    waiting = state(store, op)
    assert waiting.attempts == 1 and waiting.next_attempt_at is not None
    assert (waiting.next_attempt_at - before).total_seconds() >= 29
    assert not waiting.in_doubt  # 429 ran nothing


def test_the_server_dying_after_its_commit(tmp_path: Path, store: Store) -> None:
    data = tmp_path / "server"
    data.mkdir()
    first = start_server(data, "--demo", "--test-mode")
    try:
        fine_id = new_fine(first)
        pay(store, fine_id)
        tokens = MemoryTokenStore()
        api = ApiClient(first.url)
        AuthSession(api, tokens).login("demo", "demo")
        fault(first, "exit_after_commit", method="PUT", times=1)
        PushEngine(AuthSession(api, tokens), store).push()
        api.close()
        assert first.process.wait(10) is not None
        assert store.outbox.in_doubt(f"fine:{fine_id}")
    finally:
        first.stop()
    again = start_server(data, "--demo", "--test-mode")  # same data, new port
    try:
        with ApiClient(again.url) as api:
            session = AuthSession(api, tokens)  # the refresh token still works
            done = PushEngine(session, store).push(force=True)
            assert (done.sent, done.acked) == (0, 1)
        assert len(effects(again, f"fine:{fine_id}")) == 1
    finally:
        again.stop()


_HOLDER = """
import sys
from desktop.sync.push import OutboxLock
lock = OutboxLock(sys.argv[1])
print("held" if lock.try_acquire() else "busy", flush=True)
sys.stdin.readline()
"""


def _cli(data: Path, server: ServerProcess, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli_sync", "sync", "--once", "--data-dir", str(data),
         "--server", server.url, "--username", "demo", "--password", "demo", *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )


def test_headless_sync_once_and_a_second_window(server: ServerProcess, tmp_path: Path) -> None:
    data = tmp_path / "profile"
    fine_id = new_fine(server)
    cache = Profile.open(ProfileKind.RESIDENT, data).cache_path(account_key(server.url, "demo"))
    with open_store(cache) as s:
        op = pay(s, fine_id)
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(cache)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        busy = _cli(data, server)
        assert busy.returncode == 0, busy.stderr
        assert "another window is sending" in busy.stdout and "pull:" in busy.stdout
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(10)
    with open_store(cache) as s:
        assert state(s, op).state is OpState.PENDING
    done = _cli(data, server)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("sync ok; push: sent 1, acked 1")
    with open_store(cache) as s:
        assert state(s, op).acked_at is not None
        assert s.overlay.row("fine", fine_id).row["status"] == "paid"  # type: ignore[index]
    listed = subprocess.run(
        [sys.executable, "-m", "desktop.cli_sync", "outbox", "list", "--data-dir", str(data),
         "--server", server.url, "--username", "demo"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
    )
    assert op.op_id in listed.stdout and "acked" in listed.stdout
    assert len(effects(server, f"fine:{fine_id}")) == 1
