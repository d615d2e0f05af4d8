"""A random mix of enqueues, faults, crashes, expired tokens and pushes against the fake server.

Invariants (DESIGN §10): nothing lost (every op ends final once the network heals), nothing applied
twice (one effect per op, one payment per fine), per-stream order kept on the server.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.operation import OpState
from desktop.store import open_store
from desktop.sync.api import ApiClient
from desktop.sync.auth import AuthSession, MemoryTokenStore
from desktop.sync.push import PushEngine

from .fakes import PASSWORD, FakeServer, html, problem, raises

STREAMS = ("memo:a", "memo:b", "memo:c")
FINES = ("F-1", "F-2")


def _fault(server: FakeServer, name: str) -> None:
    replies = {
        "refused": raises(httpx.ConnectError),
        "reset": raises(httpx.ReadError),
        "drop_after_commit": server.apply_then(raises(httpx.ReadTimeout)),
        "bare_500_after_commit": server.apply_then(lambda r: httpx.Response(500)),
        "html_after_commit": server.apply_then(html(200)),
        "503": lambda r: problem(503, "unavailable"),
        "429": lambda r: problem(429, "rate-limited", headers={"retry-after": "1"}),
    }
    server.fail("/v1/ops/", replies[name])


step = st.one_of(
    st.tuples(st.just("note"), st.sampled_from(STREAMS)),
    st.tuples(st.just("pay"), st.sampled_from(FINES)),
    st.tuples(st.just("fault"), st.sampled_from(
        ["refused", "reset", "drop_after_commit", "bare_500_after_commit", "html_after_commit", "503", "429"]
    )),
    st.tuples(st.just("push"), st.none()),
    st.tuples(st.just("crash"), st.none()),
    st.tuples(st.just("expire"), st.none()),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(step, max_size=30), seed=st.integers(0, 2**16))
def test_nothing_lost_nothing_twice_order_kept(steps: list[tuple[str, str | None]], seed: int) -> None:
    server = FakeServer()
    for fine in FINES:
        server.fine(fine)
    session = AuthSession(ApiClient("http://127.0.0.1:1", transport=server.transport()), MemoryTokenStore())
    session.login("demo", PASSWORD)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "cache.sqlite3") as store:
        engine = PushEngine(session, store, rng=random.Random(seed), workers=2)
        enqueued: dict[str, list[str]] = {}
        for action, arg in steps:
            if action == "note":
                assert arg is not None
                note = store.outbox.enqueue("note", arg, {"n": len(enqueued.get(arg, []))})
                enqueued.setdefault(arg, []).append(note.op_id)
            elif action == "pay":
                payload = {"fine_id": arg, "amount": "600.00", "method": "card"}
                enqueued.setdefault(f"fine:{arg}", []).append(
                    store.outbox.enqueue("pay_fine", f"fine:{arg}", payload).op_id
                )
            elif action == "fault":
                assert arg is not None
                _fault(server, arg)
            elif action == "push":
                engine.push(force=True)
            elif action == "crash":  # a sender died after marking its ops in flight
                store.outbox.mark_sending([op.op_id for op in store.outbox.due(store.clock())], store.clock())
            elif action == "expire":
                server.expire_access_tokens()
        server.faults.clear()  # the network heals
        for _ in range(10):
            if store.outbox.waiting().count == 0:
                break
            engine.push(force=True)
        ops = store.outbox.list_ops()
        # Nothing lost: every op has a final answer.
        assert store.outbox.waiting().count == 0, [(o.kind, o.state, o.last_status) for o in ops]
        assert len(ops) == sum(len(v) for v in enqueued.values())
        # Nothing applied twice: one effect per op, at most one payment per fine.
        applied = [op_id for op_id, _ in server.effects]
        assert len(applied) == len(set(applied))
        for fine in FINES:
            assert sum(1 for _, target in server.effects if target == fine) <= 1
        by_id = {op.op_id: op for op in ops}
        for op_id in applied:
            assert by_id[op_id].state is OpState.ACKED
        for op in ops:
            if op.kind == "note":
                assert op.state is OpState.ACKED and op.op_id in applied
        # Order kept: each memo stream was applied in the order it was enqueued.
        for stream in STREAMS:
            mine = enqueued.get(stream, [])
            assert [op_id for op_id in applied if op_id in set(mine)] == mine
