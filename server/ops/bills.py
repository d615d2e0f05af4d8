"""Operation kind ``pay_bill``: a water (澳門自來水) or electricity (澳門電力 CEM) bill of the resident.

The same life as ``pay_fine`` (:class:`~server.ops.payments.PaymentKind`): the provider may confirm
at once, later (``202``) or decline; the ``payments`` table's unique index over live payments allows one
successful or pending payment per bill ever (target ``bill:<id>``); the synced ``bill`` row changes in
the same transaction as the operation's record.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from server.ops.kinds import OpContext, OpRefused
from server.ops.payments import Payment, PaymentKind, amount_and_method, id_field, money
from server.timeutil import iso_time


@dataclass(frozen=True, slots=True)
class BillPayment(Payment):
    bill_id: str


class BillPaymentKind(PaymentKind):
    """``pay_bill`` ``{"bill_id", "amount", "method"}``."""

    name = "pay_bill"

    def parse(self, payload: dict[str, Any]) -> BillPayment:
        bill_id = id_field(payload, "bill_id")
        amount, method = amount_and_method(payload)
        return BillPayment(f"bill:{bill_id}", amount, method, bill_id)

    def _row(self, ctx: OpContext, bill_id: str) -> dict[str, Any]:
        stored = ctx.writer.get("bill", bill_id)
        if stored is None or stored.row is None or stored.owner != ctx.user_id:
            raise OpRefused(422, "bill-not-found", f"You have no bill {bill_id}")
        return stored.row

    def _due(self, ctx: OpContext, parsed: Payment) -> Decimal:
        assert isinstance(parsed, BillPayment)
        row = self._row(ctx, parsed.bill_id)
        if row.get("status") != "unpaid":
            raise self._already_paid()
        return Decimal(str(row["amount"]))

    def _already_paid(self) -> OpRefused:
        return OpRefused(409, "bill-already-paid", "This bill is paid or a payment of it is pending")

    def _mark(self, ctx: OpContext, payment: Payment, status: str, receipt_no: str | None) -> None:
        assert isinstance(payment, BillPayment)
        row = self._row(ctx, payment.bill_id)
        paid_at = iso_time(ctx.now) if status == "paid" else None
        ctx.writer.put(
            "bill",
            payment.bill_id,
            {**row, "status": status, "paid_at": paid_at, "receipt_no": receipt_no},
            ctx.user_id,
        )

    def _receipt(self, payment: Payment, receipt_no: str, now: float) -> dict[str, Any]:
        assert isinstance(payment, BillPayment)
        return {
            "receipt_no": receipt_no,
            "bill_id": payment.bill_id,
            "amount": money(payment.amount),
            "method": payment.method,
            "paid_at": iso_time(now),
        }

    def _job_fields(self, parsed: Payment) -> dict[str, Any]:
        assert isinstance(parsed, BillPayment)
        return {**super()._job_fields(parsed), "bill_id": parsed.bill_id}

    def _restore(self, job: dict[str, Any]) -> Payment:
        return BillPayment(job["target"], Decimal(job["amount"]), job["method"], job["bill_id"])
