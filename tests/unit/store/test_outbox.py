"""The outbox repository: minting keys, states and their events, overlays, the write checkpoint."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.operation import Badge, Operation, OpState
from desktop.store import Store, open_store
from desktop.store import outbox as outbox_mod
from desktop.store.outbox import OutboxError, Outcome

from .factories import put, service

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def _pay(store: Store, fine: str = "F-1", amount: str = "600.00") -> Operation:
    return store.outbox.enqueue(
        "pay_fine", f"fine:{fine}", {"fine_id": fine, "amount": amount, "method": "mpay"}
    )


def _count(store: Store, table: str) -> int:
    return int(store.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_enqueue_mints_a_uuid4_key_once_with_its_event(store: Store) -> None:
    op = _pay(store)
    assert uuid.UUID(op.op_id).version == 4
    assert op.state is OpState.PENDING and op.seq == 1 and op.attempts == 0
    assert op.money and (op.entity, op.entity_id) == ("fine", "F-1")
    assert op.payload == {"fine_id": "F-1", "amount": "600.00", "method": "mpay"}
    [event] = store.outbox.events(op.op_id)
    assert (event.from_state, event.to_state, event.detail) == (None, OpState.PENDING, "enqueued")
    second = store.outbox.enqueue("address_change", "address", {"departments": ["DSI"]})
    assert second.seq == 2 and not second.money and second.entity is None
    assert store.outbox.get(op.op_id) == op  # read back unchanged: the key is stored, not re-minted


def test_enqueue_is_one_transaction(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(outbox_mod, "_event", broken)
    with pytest.raises(sqlite3.OperationalError):
        _pay(store)
    assert _count(store, "outbox") == 0 and _count(store, "outbox_events") == 0
    assert not store.connection.in_transaction


def test_enqueue_needs_kind_and_stream(store: Store) -> None:
    with pytest.raises(ValueError):
        store.outbox.enqueue("", "fine:F-1", {})
    assert _count(store, "outbox") == 0


def test_list_filter_waiting_and_attention(store: Store) -> None:
    a, b = _pay(store, "F-1"), _pay(store, "F-2")
    c = store.outbox.enqueue("note", "memo", {"text": "x"})
    store.outbox.mark_sending([b.op_id], NOW)
    store.outbox.record(c.op_id, Outcome(OpState.REJECTED, "409 slot-taken", status=409), NOW)
    assert [o.op_id for o in store.outbox.list_ops()] == [a.op_id, b.op_id, c.op_id]
    assert [o.op_id for o in store.outbox.list_ops(OpState.PENDING, OpState.IN_FLIGHT)] == [a.op_id, b.op_id]
    assert [o.op_id for o in store.outbox.list_ops(stream="fine:F-2")] == [b.op_id]
    assert [o.op_id for o in store.outbox.list_ops(limit=1)] == [a.op_id]
    waiting = store.outbox.waiting()
    assert waiting.count == 2 and waiting.oldest == a.created_at
    assert [o.op_id for o in store.outbox.attention()] == [c.op_id]
    assert [o.op_id for o in store.outbox.for_stream("fine:F-1")] == [a.op_id]


def test_waiting_of_an_empty_outbox(store: Store) -> None:
    assert store.outbox.waiting() == outbox_mod.Waiting(0, None)


def test_in_doubt_is_a_money_op_with_unknown_outcome(store: Store) -> None:
    op = _pay(store)
    assert not store.outbox.in_doubt("fine:F-1")  # saved, never sent: the outcome is known (nothing)
    store.outbox.mark_sending([op.op_id], NOW)
    assert store.outbox.in_doubt("fine:F-1")
    store.outbox.record(op.op_id, Outcome(OpState.PENDING, "timed out", attempt=True, unanswered=True), NOW)
    assert store.outbox.in_doubt("fine:F-1")
    store.outbox.mark_sending([op.op_id], NOW)
    store.outbox.record(op.op_id, Outcome(OpState.ACCEPTED_ASYNC, "202", status=202, unanswered=False), NOW)
    assert store.outbox.in_doubt("fine:F-1")
    store.outbox.record(op.op_id, Outcome(OpState.ACKED, "succeeded", receipt={"receipt_no": "R1"}), NOW)
    assert not store.outbox.in_doubt("fine:F-1")
    note = store.outbox.enqueue("note", "memo", {})
    store.outbox.mark_sending([note.op_id], NOW)
    assert not store.outbox.in_doubt("memo")  # not money


def test_record_writes_an_event_per_state_change_only(store: Store) -> None:
    op = _pay(store)
    store.outbox.mark_sending([op.op_id], NOW)
    later = NOW + timedelta(seconds=30)
    after = store.outbox.record(
        op.op_id, Outcome(OpState.PENDING, "503; retry", status=503, next_attempt_at=later, attempt=True), NOW
    )
    assert after.attempts == 1 and after.next_attempt_at == later and after.last_status == 503
    store.outbox.mark_sending([op.op_id], NOW)
    store.outbox.record(op.op_id, Outcome(OpState.ACCEPTED_ASYNC, "202", status=202, commit_seq=7), NOW)
    store.outbox.record(op.op_id, Outcome(OpState.ACCEPTED_ASYNC, "still processing", check=True), NOW)
    states = [(e.from_state, e.to_state) for e in store.outbox.events(op.op_id)]
    assert states == [
        (None, OpState.PENDING),
        (OpState.PENDING, OpState.IN_FLIGHT),
        (OpState.IN_FLIGHT, OpState.PENDING),
        (OpState.PENDING, OpState.IN_FLIGHT),
        (OpState.IN_FLIGHT, OpState.ACCEPTED_ASYNC),
    ]
    row = store.connection.execute("SELECT checks, commit_seq FROM outbox").fetchone()
    assert tuple(row) == (1, 7)


def test_mark_sending_takes_only_pending_ops(store: Store) -> None:
    a, b = _pay(store, "F-1"), _pay(store, "F-2")
    store.outbox.discard(b.op_id)
    assert store.outbox.mark_sending([a.op_id, b.op_id], NOW) == [a.op_id]
    assert store.outbox.mark_sending([a.op_id], NOW) == []


def test_heads_keep_stream_order_and_due_respects_backoff(store: Store) -> None:
    a1 = _pay(store, "F-1")
    b1 = _pay(store, "F-2")
    a2 = store.outbox.enqueue("pay_fine", "fine:F-1", {"fine_id": "F-1", "amount": "1.00"})
    assert [o.op_id for o in store.outbox.heads()] == [a1.op_id, b1.op_id]
    store.outbox.mark_sending([b1.op_id], NOW)
    backoff = Outcome(OpState.PENDING, "offline", next_attempt_at=NOW + timedelta(seconds=60))
    store.outbox.record(b1.op_id, backoff, NOW)
    assert [o.op_id for o in store.outbox.due(NOW)] == [a1.op_id]
    assert [o.op_id for o in store.outbox.due(NOW, force=True)] == [a1.op_id, b1.op_id]
    store.outbox.mark_sending([a1.op_id], NOW)
    assert store.outbox.due(NOW) == []  # in flight: its stream waits, F-2 backs off
    store.outbox.record(a1.op_id, Outcome(OpState.REJECTED, "fine-already-paid"), NOW)
    assert [o.op_id for o in store.outbox.due(NOW)] == [a2.op_id]  # a final answer frees the stream
    assert store.outbox.next_due(NOW) == NOW  # a2 is due now
    store.outbox.discard(a2.op_id)
    assert store.outbox.next_due(NOW) == NOW + timedelta(seconds=60)
    store.outbox.mark_sending([b1.op_id], NOW)
    store.outbox.record(b1.op_id, Outcome(OpState.ACKED, "201"), NOW)
    assert store.outbox.next_due(NOW) is None


def test_retry_keeps_the_key(store: Store) -> None:
    op = _pay(store)
    with pytest.raises(OutboxError):
        store.outbox.retry(op.op_id)  # pending: nothing to retry
    store.outbox.mark_sending([op.op_id], NOW)
    store.outbox.record(op.op_id, Outcome(OpState.NEEDS_ATTENTION, "413", status=413, attempt=True), NOW)
    again = store.outbox.retry(op.op_id)
    assert again.op_id == op.op_id and again.state is OpState.PENDING and again.attempts == 0
    assert store.outbox.events(op.op_id)[-1].detail == "retry requested"


def test_resubmit_makes_a_new_key_that_supersedes_the_old(store: Store) -> None:
    op = _pay(store, amount="500.00")
    store.outbox.mark_sending([op.op_id], NOW)
    problem = {"type": "/problems/amount-mismatch", "status": 422}
    store.outbox.record(op.op_id, Outcome(OpState.REJECTED, "422", status=422, problem=problem), NOW)
    assert store.outbox.get(op.op_id).problem_slug == "amount-mismatch"  # type: ignore[union-attr]
    new = store.outbox.resubmit(op.op_id, {"fine_id": "F-1", "amount": "600.00", "method": "mpay"})
    assert new.op_id != op.op_id and new.supersedes == op.op_id and new.seq > op.seq
    assert new.state is OpState.PENDING and new.money and new.stream == op.stream
    old = store.outbox.get(op.op_id)
    assert old is not None and old.state is OpState.SUPERSEDED and old.superseded_by == new.op_id
    assert store.outbox.attention() == []
    assert _count(store, "outbox") == 2  # kept, never deleted
    with pytest.raises(OutboxError):
        store.outbox.resubmit(op.op_id, {})


def test_discard_is_refused_for_a_payment_in_doubt(store: Store) -> None:
    op = _pay(store)
    store.outbox.mark_sending([op.op_id], NOW)
    with pytest.raises(OutboxError):
        store.outbox.discard(op.op_id)  # in flight
    store.outbox.record(op.op_id, Outcome(OpState.PENDING, "timeout", unanswered=True), NOW)
    with pytest.raises(OutboxError, match="not known"):
        store.outbox.discard(op.op_id)
    assert store.outbox.get(op.op_id).state is OpState.PENDING  # type: ignore[union-attr]
    assert store.outbox.events(op.op_id)[-1].detail.startswith("discard refused")
    assert not store.connection.in_transaction
    plain = _pay(store, "F-2")
    gone = store.outbox.discard(plain.op_id)
    assert gone.state is OpState.DISCARDED and _count(store, "outbox") == 2


def test_unknown_op(store: Store) -> None:
    for action in (store.outbox.retry, store.outbox.discard):
        with pytest.raises(OutboxError):
            action("nope")
    with pytest.raises(OutboxError):
        store.outbox.record("nope", Outcome(OpState.ACKED, "x"), NOW)
    assert store.outbox.get("nope") is None and store.outbox.events("nope") == []


def test_recover_in_flight_keeps_the_key_and_marks_unanswered(store: Store) -> None:
    a, b = _pay(store, "F-1"), _pay(store, "F-2")
    store.outbox.mark_sending([a.op_id], NOW)
    assert store.outbox.recover_in_flight() == 1
    got = store.outbox.get(a.op_id)
    assert got is not None and got.state is OpState.PENDING and got.unanswered and got.op_id == a.op_id
    assert got.in_doubt  # a payment that may have gone out: reconciled before any resend
    assert store.outbox.events(a.op_id)[-1].from_state is OpState.IN_FLIGHT
    assert store.outbox.get(b.op_id) == b
    assert store.outbox.recover_in_flight() == 0


def test_overlay_badges_until_the_write_checkpoint(store: Store) -> None:
    store.apply_changes([put("fine", {"id": "F-1", "status": "unpaid"}), put("fine", {"id": "F-2"})], "c1")
    op = _pay(store, "F-1")
    view = store.overlay.row("fine", "F-1")
    assert view.row == {"id": "F-1", "status": "unpaid"} and view.badge is Badge.SAVED and view.busy
    assert not view.in_doubt
    store.outbox.mark_sending([op.op_id], NOW)
    assert store.overlay.row("fine", "F-1").badge is Badge.SENDING
    store.outbox.record(op.op_id, Outcome(OpState.ACKED, "201", status=201), NOW)
    # A page pulled before the payment committed still says unpaid: the overlay keeps showing it.
    store.apply_changes([put("fine", {"id": "F-1", "status": "unpaid"}, version=2)], "c2")
    assert store.overlay.row("fine", "F-1").badge is Badge.CONFIRMING
    rows = store.overlay.rows("fine")
    assert [(r.id, r.badge) for r in rows] == [("F-1", Badge.CONFIRMING), ("F-2", None)]
    touched = store.apply_changes(
        [put("fine", {"id": "F-1", "status": "paid"}, version=3)], "c3", acked_ops=[op.op_id, "other-device"]
    )
    assert touched.touches("outbox") and touched.touches("fine")
    view = store.overlay.row("fine", "F-1")
    assert view.row == {"id": "F-1", "status": "paid"} and view.badge is None and view.ops == ()
    assert store.outbox.get(op.op_id).acked_at == store.clock.now  # type: ignore[attr-defined,union-attr]
    assert store.overlay.row("fine", "F-9").row is None


def test_ops_referring_to_a_payload_value(store: Store) -> None:
    paid = _pay(store, "F-1")
    note = store.outbox.enqueue("appeal", "appeal:F-1", {"fine_id": "F-1", "text": "我沒有停車"})
    _pay(store, "F-2")
    assert [o.op_id for o in store.outbox.referring("fine_id", "F-1")] == [paid.op_id, note.op_id]
    assert store.outbox.referring("fine_id", "F-9") == []
    with pytest.raises(ValueError):
        store.outbox.referring("x') OR 1=1 --", "F-1")


def test_attention_ops_keep_their_badge(store: Store) -> None:
    op = _pay(store, "F-1")
    store.outbox.mark_sending([op.op_id], NOW)
    store.outbox.record(op.op_id, Outcome(OpState.REJECTED, "fine-already-paid"), NOW)
    store.apply_changes([], "c1", acked_ops=[op.op_id])
    assert store.overlay.row("fine", "F-1").badge is Badge.ATTENTION
    assert not store.overlay.row("fine", "F-1").busy
    assert list(store.outbox.overlay("fine")) == ["F-1"]


def test_acked_ops_make_waiting_ops_due_at_once(store: Store) -> None:
    op = _pay(store)
    store.outbox.mark_sending([op.op_id], NOW)
    later = NOW + timedelta(minutes=5)
    store.outbox.record(op.op_id, Outcome(OpState.ACCEPTED_ASYNC, "202", next_attempt_at=later), NOW)
    assert store.outbox.due(NOW) == []
    store.apply_changes([], "c1", acked_ops=[op.op_id])
    assert [o.op_id for o in store.outbox.due(NOW)] == [op.op_id]
    assert store.apply_changes([], "c2", acked_ops=[op.op_id]) == store.apply_changes([], "c3")  # once


def test_acked_ops_share_the_page_transaction(store: Store) -> None:
    op = _pay(store)
    with pytest.raises(Exception, match="bad"):
        store.apply_changes([put("service", service("ps-1")), {"entity": "x"}], "c1", acked_ops=[op.op_id])
    assert store.outbox.get(op.op_id).acked_at is None  # type: ignore[union-attr]
    assert store.sync_state.cursor is None
    with pytest.raises(Exception, match="acked_ops"):
        store.apply_changes([], "c1", acked_ops="nope")  # type: ignore[arg-type]


def test_start_over_keeps_the_outbox(store: Store) -> None:
    store.apply_changes([put("fine", {"id": "F-1"}), put("service", service("ps-1"))], "c1")
    ops = [_pay(store, "F-1"), store.outbox.enqueue("note", "memo", {"t": 1})]
    store.outbox.mark_sending([ops[0].op_id], NOW)
    store.outbox.record(ops[0].op_id, Outcome(OpState.REJECTED, "fine-already-paid"), NOW)
    before = (
        store.connection.execute("SELECT * FROM outbox ORDER BY seq").fetchall(),
        store.connection.execute("SELECT * FROM outbox_events ORDER BY id").fetchall(),
    )
    store.begin_start_over()
    store.apply_changes([put("service", service("ps-2"))], "c9")  # the re-pull brings only ps-2
    store.finish_start_over()
    assert store.connection.execute("SELECT count(*) FROM cache_rows").fetchone()[0] == 0  # swept
    after = (
        store.connection.execute("SELECT * FROM outbox ORDER BY seq").fetchall(),
        store.connection.execute("SELECT * FROM outbox_events ORDER BY id").fetchall(),
    )
    assert [tuple(r) for r in after[0]] == [tuple(r) for r in before[0]]
    assert [tuple(r) for r in after[1]] == [tuple(r) for r in before[1]]


def test_the_outbox_survives_reopening(cache_path: Path, store: Store) -> None:
    op = _pay(store)
    store.close()
    with open_store(cache_path) as again:
        assert again.outbox.get(op.op_id) == op
        assert len(again.outbox.events(op.op_id)) == 1
