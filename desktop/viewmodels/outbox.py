"""OutboxViewModel: the resident's submissions (the outbox), newest first, and what can be done to them.

Reads and actions run on the DB worker through the task runner; every action announces ``outbox`` on the
change bus and asks the sync worker to send at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.context import AppContext
from desktop.domain.changes import Changes
from desktop.domain.operation import Operation

#: Submissions listed at most (older ones stay in the outbox; nothing is deleted).
LIST_LIMIT = 500


class OutboxViewModel(QObject):
    loaded = Signal()
    action_failed = Signal(str)  # why, in words the page translates (an OutboxError's message)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.ops: list[Operation] = []

    def reload(self) -> None:
        def newest_first(store: Any) -> list[Operation]:
            ops: list[Operation] = store.outbox.list_ops()
            return list(reversed(ops))[:LIST_LIMIT]

        self._ctx.tasks.query(newest_first, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, ops: list[Operation]) -> None:
        self.ops = ops
        self.loaded.emit()

    def _on_load_failed(self, _error: BaseException) -> None:
        self.ops = []
        self.loaded.emit()

    def clear(self) -> None:
        self.ops = []
        self.loaded.emit()

    @property
    def attention_count(self) -> int:
        return sum(1 for op in self.ops if op.needs_attention)

    # --- actions ---------------------------------------------------------------------------------------
    def retry(self, op_id: str) -> None:
        self._act(lambda store: store.outbox.retry(op_id))

    def discard(self, op_id: str) -> None:
        self._act(lambda store: store.outbox.discard(op_id))

    def resubmit(self, op_id: str, payload: dict[str, Any]) -> None:
        self._act(lambda store: store.outbox.resubmit(op_id, payload))

    def _act(self, action: Callable[[Any], Operation]) -> None:
        def write(store: Any) -> tuple[Operation, Changes]:
            return action(store), Changes.of(["outbox"])

        self._ctx.tasks.write(write, self._on_acted, self._on_action_failed)

    def _on_acted(self, _op: Operation) -> None:
        self._ctx.sync.sync_now(manual=False)

    def _on_action_failed(self, error: BaseException) -> None:
        self.action_failed.emit(str(error))
