"""PaymentsModel: what the resident owes and has paid — traffic fines, vehicle tax, water and electricity
bills — each with the resident's own unconfirmed payment about it (the outbox overlay).

Paying puts a ``pay_fine`` / ``pay_vehicle_tax`` / ``pay_bill`` operation in the outbox on the DB worker,
in one transaction that first checks nothing about that item is already on its way, so a double click or
a second window never pays twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.context import AppContext
from desktop.domain.changes import Changes
from desktop.domain.operation import Badge, Operation, fine_stream, vehicle_tax_stream


class AlreadyOnItsWay(RuntimeError):
    """A payment for this item is already saved, sending or being confirmed."""


@dataclass(frozen=True)
class Payable:
    """One thing to pay (or paid): a fine, one year's tax of one vehicle, a bill."""

    kind: str  # "fine" | "vehicle_tax" | "bill"
    key: str  # unique in the list: "fine:F-1", "vehicle_tax:V-1:2026", "bill:B-1"
    row: dict[str, Any]
    amount: str
    status: str  # unpaid | pending | paid (as the server last said)
    ops: tuple[Operation, ...] = ()
    #: For vehicle tax: the vehicle row and the year.
    vehicle: dict[str, Any] = field(default_factory=dict)
    year: int | None = None

    @property
    def badge(self) -> Badge | None:
        return self.ops[-1].badge if self.ops else None

    @property
    def in_doubt(self) -> bool:
        return any(op.in_doubt for op in self.ops)

    @property
    def busy(self) -> bool:
        return any(op.badge not in (None, Badge.ATTENTION) for op in self.ops)

    @property
    def payable(self) -> bool:
        """The Pay button: only for what is unpaid and has nothing on its way or in doubt."""
        return self.status == "unpaid" and not self.busy and not self.in_doubt

    @property
    def receipt(self) -> dict[str, Any]:
        for op in reversed(self.ops):
            if op.receipt:
                return op.receipt
        return {}

    def op_for(self, method: str) -> tuple[str, str, dict[str, Any]]:
        """(kind, stream, payload) of paying this with ``method``."""
        if self.kind == "fine":
            fine_id = str(self.row["id"])
            return (
                "pay_fine",
                fine_stream(fine_id),
                {"fine_id": fine_id, "amount": self.amount, "method": method},
            )
        if self.kind == "vehicle_tax":
            vehicle_id = str(self.vehicle["id"])
            assert self.year is not None
            payload = {"vehicle_id": vehicle_id, "year": self.year, "amount": self.amount, "method": method}
            return "pay_vehicle_tax", vehicle_tax_stream(vehicle_id, self.year), payload
        bill_id = str(self.row["id"])
        return "pay_bill", f"bill:{bill_id}", {"bill_id": bill_id, "amount": self.amount, "method": method}


def load_payables(store: Any) -> list[Payable]:
    """Runs on the DB worker."""
    found = _whole_rows(store, "fine")
    for item in store.overlay.rows("vehicle"):
        vehicle = item.row or {}
        for tax in vehicle.get("taxes") or []:
            if not isinstance(tax, dict) or not isinstance(tax.get("year"), int):
                continue
            year = tax["year"]
            ops = tuple(op for op in item.ops if op.payload.get("year") == year)
            found.append(
                Payable(
                    "vehicle_tax",
                    f"vehicle_tax:{item.id}:{year}",
                    tax,
                    str(tax.get("amount", "")),
                    str(tax.get("status", "unpaid")),
                    ops,
                    vehicle,
                    year,
                )
            )
    return found + _whole_rows(store, "bill")


def _whole_rows(store: Any, kind: str) -> list[Payable]:
    """One payable per row of ``kind`` (fines, bills: each row is paid whole, by one op)."""
    found = []
    for item in store.overlay.rows(kind):
        row = item.row or {}
        amount, status = str(row.get("amount", "")), str(row.get("status", "unpaid"))
        found.append(Payable(kind, f"{kind}:{item.id}", row, amount, status, item.ops))
    return found


def enqueue_payment(
    store: Any, payable_key: str, kind: str, stream: str, payload: dict[str, Any]
) -> Operation:
    """Runs on the DB worker: refuse if a payment for this item is already on its way, else enqueue."""
    current = {p.key: p for p in load_payables(store)}.get(payable_key)
    if current is not None and (current.busy or current.in_doubt):
        raise AlreadyOnItsWay(payable_key)
    pending = [op for op in store.outbox.for_stream(stream) if op.active]
    if pending:
        raise AlreadyOnItsWay(payable_key)
    op: Operation = store.outbox.enqueue(kind, stream, payload, money=True)
    return op


class PaymentsModel(QObject):
    loaded = Signal()
    payment_saved = Signal(object)  # Operation
    payment_refused = Signal(str)  # "already" | "error"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.items: list[Payable] = []

    def reload(self) -> None:
        self._ctx.tasks.query(load_payables, self._on_loaded, self._on_failed)

    def clear(self) -> None:
        self.items = []
        self.loaded.emit()

    def pay(self, item: Payable, method: str) -> None:
        kind, stream, payload = item.op_for(method)

        def write(store: Any) -> tuple[Operation, Changes]:
            return enqueue_payment(store, item.key, kind, stream, payload), Changes.of(["outbox"])

        self._ctx.tasks.write(write, self._on_paid, self._on_pay_failed)

    def _on_loaded(self, items: list[Payable]) -> None:
        self.items = items
        self.loaded.emit()

    def _on_failed(self, _error: BaseException) -> None:
        self.clear()

    def _on_paid(self, op: Operation) -> None:
        self.payment_saved.emit(op)
        self._ctx.sync.sync_now(manual=False)

    def _on_pay_failed(self, error: BaseException) -> None:
        self.payment_refused.emit("already" if isinstance(error, AlreadyOnItsWay) else "error")
