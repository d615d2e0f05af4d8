"""200 payments whose every first answer is lost after the server committed them: each is charged once.

The reference server runs with ``drop_after_commit`` on ``PUT /v1/ops/`` for 200 requests: each
payment is applied and committed, then the connection is aborted before a status line goes back. The
real PushEngine, through the real ApiClient, cannot know whether the payment happened. It must not
pay again blindly: each op stays pending "unanswered", is reconciled with ``GET /v1/ops/{id}`` (which
the fault does not touch) and recorded from the server's own answer. So exactly 200 PUTs go out —
the 200 dropped ones — and the fault is used up by them alone.

Then: every fine charged exactly once (the server's effects ledger), all 200 ops acked with a
receipt, and after a pull the cache shows all 200 fines paid, with no "sending…" overlay left.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.domain.operation import OpState
from desktop.store import open_store
from desktop.sync.api import ApiClient
from desktop.sync.auth import AuthSession, MemoryTokenStore
from desktop.sync.engine import PullEngine
from desktop.sync.push import PushEngine
from tests.support import client_driver as cd
from tests.support.server import ServerProcess, running_server

PAYMENTS = 200


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with running_server(tmp_path_factory.mktemp("server"), "--demo", "--test-mode") as s:
        yield s


def test_every_first_answer_dropped_after_commit(server: ServerProcess, tmp_path: Path) -> None:
    tag = uuid.uuid4().hex[:8]
    fines = [(f"F-D{tag}-{i:03d}", f"{100 + i}.00") for i in range(PAYMENTS)]
    rows = [{"entity": "fine", "id": f, "row": cd.fine_row(f, amount), "owner": cd.DEMO_OWNER}
            for f, amount in fines]
    server.test_call("POST", "/v1/_test/entities", json=rows)
    with ApiClient(server.url) as api, open_store(tmp_path / "cache.sqlite3") as store:
        session = AuthSession(api, MemoryTokenStore())
        session.login("demo", "demo")
        PullEngine(session, store).pull()
        ops = {store.outbox.enqueue("pay_fine", f"fine:{f}", cd.pay_fine(f, amount)["payload"]).op_id: f
               for f, amount in fines}
        server.test_call("POST", "/v1/_test/faults", json={
            "kind": "drop_after_commit", "path": "/v1/ops/", "method": "PUT", "times": PAYMENTS})

        engine = PushEngine(session, store)
        sent = checked = 0
        deadline = time.monotonic() + 45
        while store.outbox.waiting().count and time.monotonic() < deadline:
            result = engine.push()
            sent, checked = sent + result.sent, checked + result.checked
            if result.next_due is not None:  # as the sync service: come back when the next op is due
                time.sleep(max(0.0, (result.next_due - datetime.now(UTC)).total_seconds()))
        assert store.outbox.waiting().count == 0
        # Each op went out once (answer dropped) and was then asked about, never sent again.
        assert (sent, checked) == (PAYMENTS, PAYMENTS)
        assert server.test_call("GET", "/v1/_test/faults").json()["faults"] == []

        final = store.outbox.list_ops()
        assert len(final) == PAYMENTS and {op.op_id for op in final} == set(ops)
        for op in final:
            assert op.state is OpState.ACKED and op.receipt is not None, (op.op_id, op.state, op.last_status)
            assert op.attempts == 1  # the dropped answer was the one failed try

        ledger = [e for e in server.test_call("GET", "/v1/_test/effects").json()["effects"]
                  if e["op_id"] in ops]
        charged = Counter(e["target"] for e in ledger)
        assert charged == Counter(f"fine:{f}" for f, _ in fines)  # every fine exactly once
        assert {e["op_id"]: e["amount"] for e in ledger} == {
            op_id: amount for op_id, (f, amount) in zip(ops, fines, strict=True)}

        PullEngine(session, store).pull()
        cached = {view.id: view for view in store.overlay.rows("fine")}
        for (fine_id, _), op in zip(fines, final, strict=True):
            view = cached[fine_id]
            assert view.row is not None and view.row["status"] == "paid", fine_id
            assert view.row["receipt_no"] == op.receipt["receipt_no"]  # type: ignore[index]
            assert view.badge is None and not view.in_doubt
        assert all(op.acked_at is not None for op in store.outbox.list_ops())
