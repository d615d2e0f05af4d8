"""MemoModel: the resident's memo (我的備忘) — own notes and appointment reminders — with the outbox overlay.

A memo is saved with a ``save_memo`` operation and deleted with ``delete_memo`` (docs/API.md), so it
follows the resident to every computer. Until the server has it, the resident's own operation is the
memo: a memo saved offline shows (and reminds) at once, a memo being deleted is gone at once.

The functions without a ``self`` run on the DB worker; the model calls them through ``ctx.tasks``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.context import AppContext
from desktop.domain.appointments import Appointment, Memo
from desktop.domain.changes import Changes
from desktop.domain.operation import Badge, Operation
from desktop.domain.reminders import Reminder, reminders_of


def memo_stream(memo_id: str) -> str:
    return f"memo:{memo_id}"


def new_memo_id() -> str:
    """Memo ids are minted here, once, like operation ids (the server keeps the client's id)."""
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class MemoItem:
    memo: Memo
    #: The resident's operations about it that still show a badge, oldest first.
    ops: tuple[Operation, ...] = ()
    #: The appointment it is about, as last known (None for own notes, or not known yet).
    appointment: Appointment | None = None

    @property
    def badge(self) -> Badge | None:
        return self.ops[-1].badge if self.ops else None

    @property
    def at(self) -> datetime:
        """An appointment's current start wins over the time saved in the memo (moved elsewhere)."""
        return self.appointment.start if self.appointment is not None else self.memo.at

    @property
    def appointment_cancelled(self) -> bool:
        return self.appointment is not None and self.appointment.status == "cancelled"


def memo_items(store: Any, appointments: dict[str, Appointment] | None = None) -> list[MemoItem]:
    """Runs on the DB worker: every memo the resident has, as they last left it, soonest first."""
    from desktop.store.appointments import AppointmentRepo

    repo = AppointmentRepo(store)
    cached = {str(r.get("id")): r for r in repo.memo_rows()}
    ops_by_id = store.outbox.overlay("memo")
    if appointments is None:
        from desktop.viewmodels.appointments import known_appointments

        appointments = known_appointments(store)
    found = []
    for memo_id in sorted(set(cached) | set(ops_by_id)):
        ops = tuple(ops_by_id.get(memo_id, ()))
        memo = Memo.from_row(cached.get(memo_id))
        live = [op for op in ops if not op.needs_attention]
        if live and live[-1].kind == "delete_memo":
            continue  # deleted by the resident; the server will agree
        if live and live[-1].kind == "save_memo":
            memo = Memo.from_row(live[-1].payload, saved_at=live[-1].created_at)
        if memo is None:
            continue
        linked = appointments.get(memo.appointment_id) if memo.appointment_id else None
        found.append(MemoItem(memo, ops, linked))
    return sorted(found, key=lambda m: (m.at, m.memo.title))


def pending_reminders(store: Any) -> list[Reminder]:
    """Runs on the DB worker: the reminders of every memo, except those of cancelled appointments."""
    found: list[Reminder] = []
    for item in memo_items(store):
        if not item.appointment_cancelled:
            found.extend(reminders_of(item.memo, at=item.at))
    return found


def enqueue_save(store: Any, memo: Memo) -> Operation:
    op: Operation = store.outbox.enqueue("save_memo", memo_stream(memo.id), memo.payload())
    return op


def enqueue_delete(store: Any, memo_id: str) -> Operation:
    # Same stream as its saves, so a save still waiting goes first and the delete wins.
    deleted: Operation = store.outbox.enqueue("delete_memo", memo_stream(memo_id), {"memo_id": memo_id})
    return deleted


class MemoModel(QObject):
    loaded = Signal()
    saved = Signal(object)  # Operation
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.items: list[MemoItem] = []

    def reload(self) -> None:
        self._ctx.tasks.query(memo_items, self._on_loaded, self._on_load_failed)

    def clear(self) -> None:
        self.items = []
        self.loaded.emit()

    def item(self, memo_id: str) -> MemoItem | None:
        return next((m for m in self.items if m.memo.id == memo_id), None)

    def save(self, memo: Memo) -> None:
        def write(store: Any) -> tuple[Operation, Changes]:
            return enqueue_save(store, memo), Changes.of(["outbox", "memo"])

        self._ctx.tasks.write(write, self._on_saved, self._on_failed)

    def delete(self, memo_id: str) -> None:
        def write(store: Any) -> tuple[Operation, Changes]:
            return enqueue_delete(store, memo_id), Changes.of(["outbox", "memo"])

        self._ctx.tasks.write(write, self._on_saved, self._on_failed)

    def _on_loaded(self, items: list[MemoItem]) -> None:
        self.items = items
        self.loaded.emit()

    def _on_load_failed(self, _error: BaseException) -> None:
        self.clear()

    def _on_saved(self, op: Operation) -> None:
        self.saved.emit(op)
        self._ctx.sync.sync_now(manual=False)

    def _on_failed(self, error: BaseException) -> None:
        self.failed.emit(str(error))
