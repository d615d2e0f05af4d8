"""Operation kinds ``pay_fine`` and ``pay_vehicle_tax``, and the payments table behind them.

A payment is a row of ``payments`` (pending, succeeded or declined) whose partial unique index allows
one live payment per target ever (``fine:F-1``, ``vehicle:V-1:tax:2026``): even if two operations got
past the row-status check, the database refuses the second (``fine-already-paid``). The synced rows
(entity ``fine``, ``vehicle``) change in the same transaction, so the resident's next pull shows
``pending`` or ``paid`` together with the operation's answer.
"""

from __future__ import annotations

import re
import sqlite3
from abc import abstractmethod
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from server.ops.kinds import Accepted, Job, OpContext, OpKind, OpRefused, Outcome, Rejected, Succeeded
from server.ops.provider import METHODS, Decision, DemoPaymentProvider
from server.store import Writer
from server.timeutil import MACAO_TZ, iso_time

_AMOUNT = re.compile(r"\d{1,9}(\.\d{1,2})?")
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True, slots=True)
class Payment:
    """Common to both kinds: what is paid for, how much and how."""

    target: str
    amount: Decimal
    method: str


@dataclass(frozen=True, slots=True)
class RowPayment(Payment):
    """A payment of one synced row as a whole (a fine, a bill): the row's id."""

    row_id: str


@dataclass(frozen=True, slots=True)
class TaxPayment(Payment):
    vehicle_id: str
    year: int


def invalid_payload(detail: str) -> OpRefused:
    return OpRefused(422, "invalid-payload", detail)


def id_field(payload: dict[str, Any], name: str) -> str:
    value = payload.get(name)
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise invalid_payload(f"'{name}' must be an id of 1–64 letters, digits, '-' or '_'")
    return value


def amount_and_method(payload: dict[str, Any]) -> tuple[Decimal, str]:
    amount = payload.get("amount")
    if not isinstance(amount, str) or not _AMOUNT.fullmatch(amount):
        raise invalid_payload("'amount' must be a decimal string in MOP, e.g. \"600.00\"")
    method = payload.get("method")
    if method not in METHODS:
        raise invalid_payload(f"'method' must be one of {', '.join(METHODS)}")
    return Decimal(amount), str(method)


def money(value: Decimal | str) -> str:
    """Amounts as the API writes them: ``"600.00"``."""
    return f"{Decimal(value):.2f}"


def receipt_number(payment_id: int, now: float) -> str:
    day = datetime.fromtimestamp(now, MACAO_TZ).strftime("%Y%m%d")
    return f"OA{day}{payment_id:07d}"


def insert_payment(
    conn: sqlite3.Connection,
    *,
    target: str,
    user_id: str,
    op_id: str | None,
    method: str,
    amount: str,
    now: float,
    paid: bool,
    receipt_no: str | None = None,
) -> tuple[int, str | None]:
    """A new live payment: ``(id, receipt_no)``; receipt_no is made when ``paid`` and none is given.

    Raises ``sqlite3.IntegrityError`` when the target already has a live payment.
    """
    row = conn.execute(
        "INSERT INTO payments (target, user_id, op_id, method, amount, state, created_at, paid_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (
            target,
            user_id,
            op_id,
            method,
            amount,
            "succeeded" if paid else "pending",
            now,
            now if paid else None,
        ),
    ).fetchone()
    payment_id = int(row[0])
    if paid:
        receipt_no = receipt_no or receipt_number(payment_id, now)
        conn.execute("UPDATE payments SET receipt_no = ? WHERE id = ?", (receipt_no, payment_id))
    return payment_id, receipt_no


class PaymentKind(OpKind[Payment]):
    """The life of a payment, shared by the payment kinds; subclasses find and update the synced row."""

    def __init__(self, provider: DemoPaymentProvider) -> None:
        self._provider = provider

    def prepare(self, parsed: Payment) -> Decision:
        return self._provider.authorize(parsed.method)

    # -- the synced row, per kind ----------------------------------------------------------------

    @abstractmethod
    def _due(self, ctx: OpContext, parsed: Payment) -> Decimal:
        """The amount due; raises the not-found / already-paid refusals."""

    @abstractmethod
    def _mark(self, ctx: OpContext, payment: Payment, status: str, receipt_no: str | None) -> None:
        """Set the synced row's status (``unpaid``, ``pending``, ``paid``)."""

    @abstractmethod
    def _receipt(self, payment: Payment, receipt_no: str, now: float) -> dict[str, Any]: ...

    @abstractmethod
    def _already_paid(self) -> OpRefused: ...

    @abstractmethod
    def _restore(self, job: dict[str, Any]) -> Payment:
        """The payment a job describes (see :meth:`_job_fields`)."""

    # -- the steps -------------------------------------------------------------------------------

    def apply(self, ctx: OpContext, parsed: Payment, prepared: Any) -> Outcome:
        decision: Decision = prepared
        due = self._due(ctx, parsed)
        if parsed.amount != due:
            raise OpRefused(
                422, "amount-mismatch", f"{money(due)} MOP is due, not {money(parsed.amount)}", due=money(due)
            )
        if decision.mode == "declined":
            raise OpRefused(422, "payment-declined", f"The provider declined the {parsed.method} payment")
        paid = decision.mode == "now"
        try:
            payment_id, receipt_no = insert_payment(
                ctx.conn,
                target=parsed.target,
                user_id=ctx.user_id,
                op_id=ctx.op_id,
                method=parsed.method,
                amount=money(due),
                now=ctx.now,
                paid=paid,
            )
        except sqlite3.IntegrityError:
            # The second guard: another payment of this target is live (raced past the status check).
            raise self._already_paid() from None
        if not paid:
            self._mark(ctx, parsed, "pending", None)
            job = {"payment_id": payment_id, "decline": decision.decline, **self._job_fields(parsed)}
            return Accepted(Job(decision.after_s, job))
        assert receipt_no is not None
        self._mark(ctx, parsed, "paid", receipt_no)
        ctx.record_effect(parsed.target, money(due))
        return Succeeded(self._receipt(parsed, receipt_no, ctx.now))

    def _job_fields(self, parsed: Payment) -> dict[str, Any]:
        """What the completion job needs, stored with the operation (it may run after a restart)."""
        return {"target": parsed.target, "method": parsed.method, "amount": money(parsed.amount)}

    def advance(self, ctx: OpContext, job: dict[str, Any]) -> Outcome:
        """The provider's late answer: the payment succeeds or is declined."""
        payment = self._restore(job)
        payment_id = int(job["payment_id"])
        if job.get("decline"):
            ctx.conn.execute("UPDATE payments SET state = 'declined' WHERE id = ?", (payment_id,))
            self._mark(ctx, payment, "unpaid", None)
            return Rejected(422, "payment-declined", f"The provider declined the {payment.method} payment")
        receipt_no = receipt_number(payment_id, ctx.now)
        ctx.conn.execute(
            "UPDATE payments SET state = 'succeeded', receipt_no = ?, paid_at = ? WHERE id = ?",
            (receipt_no, ctx.now, payment_id),
        )
        self._mark(ctx, payment, "paid", receipt_no)
        ctx.record_effect(payment.target, money(payment.amount))
        return Succeeded(self._receipt(payment, receipt_no, ctx.now))


class RowPaymentKind(PaymentKind):
    """Pays one synced row of :attr:`entity` as a whole: ``{"<entity>_id", "amount", "method"}``.

    The row (owned by the resident) carries ``amount`` and ``status``; the target is ``<entity>:<id>``,
    and the refusals are ``<entity>-not-found`` and ``<entity>-already-paid``.
    """

    entity: str

    @property
    def _id_key(self) -> str:
        return f"{self.entity}_id"

    def parse(self, payload: dict[str, Any]) -> RowPayment:
        row_id = id_field(payload, self._id_key)
        amount, method = amount_and_method(payload)
        return RowPayment(f"{self.entity}:{row_id}", amount, method, row_id)

    def _row(self, ctx: OpContext, row_id: str) -> dict[str, Any]:
        stored = ctx.writer.get(self.entity, row_id)
        if stored is None or stored.row is None or stored.owner != ctx.user_id:
            raise OpRefused(422, f"{self.entity}-not-found", f"You have no {self.entity} {row_id}")
        return stored.row

    def _due(self, ctx: OpContext, parsed: Payment) -> Decimal:
        assert isinstance(parsed, RowPayment)
        row = self._row(ctx, parsed.row_id)
        if row.get("status") != "unpaid":
            raise self._already_paid()
        return Decimal(str(row["amount"]))

    def _already_paid(self) -> OpRefused:
        return OpRefused(
            409, f"{self.entity}-already-paid", f"This {self.entity} is paid or a payment of it is pending"
        )

    def _mark(self, ctx: OpContext, payment: Payment, status: str, receipt_no: str | None) -> None:
        assert isinstance(payment, RowPayment)
        row = self._row(ctx, payment.row_id)
        paid_at = iso_time(ctx.now) if status == "paid" else None
        ctx.writer.put(
            self.entity,
            payment.row_id,
            {**row, "status": status, "paid_at": paid_at, "receipt_no": receipt_no},
            ctx.user_id,
        )

    def _receipt(self, payment: Payment, receipt_no: str, now: float) -> dict[str, Any]:
        assert isinstance(payment, RowPayment)
        return {
            "receipt_no": receipt_no,
            self._id_key: payment.row_id,
            "amount": money(payment.amount),
            "method": payment.method,
            "paid_at": iso_time(now),
        }

    def _job_fields(self, parsed: Payment) -> dict[str, Any]:
        assert isinstance(parsed, RowPayment)
        return {**super()._job_fields(parsed), self._id_key: parsed.row_id}

    def _restore(self, job: dict[str, Any]) -> Payment:
        return RowPayment(job["target"], Decimal(job["amount"]), job["method"], job[self._id_key])


class FinePaymentKind(RowPaymentKind):
    """``pay_fine`` ``{"fine_id", "amount", "method"}``: a traffic fine."""

    name = "pay_fine"
    entity = "fine"


class VehicleTaxKind(PaymentKind):
    """``pay_vehicle_tax`` ``{"vehicle_id", "year", "amount", "method"}``."""

    name = "pay_vehicle_tax"

    def parse(self, payload: dict[str, Any]) -> TaxPayment:
        vehicle_id = id_field(payload, "vehicle_id")
        year = payload.get("year")
        if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2200:
            raise invalid_payload("'year' must be an integer year")
        amount, method = amount_and_method(payload)
        return TaxPayment(f"vehicle:{vehicle_id}:tax:{year}", amount, method, vehicle_id, year)

    def _tax(self, writer: Writer, user_id: str, p: TaxPayment) -> tuple[dict[str, Any], int]:
        stored = writer.get("vehicle", p.vehicle_id)
        row = stored.row if stored is not None and stored.owner == user_id else None
        taxes = row.get("taxes") if row is not None else None
        for index, tax in enumerate(taxes if isinstance(taxes, list) else []):
            if isinstance(tax, dict) and tax.get("year") == p.year:
                assert row is not None
                return row, index
        raise OpRefused(422, "tax-not-found", f"You have no vehicle {p.vehicle_id} with a {p.year} tax")

    def _due(self, ctx: OpContext, parsed: Payment) -> Decimal:
        assert isinstance(parsed, TaxPayment)
        row, index = self._tax(ctx.writer, ctx.user_id, parsed)
        tax = row["taxes"][index]
        if tax.get("status") != "unpaid":
            raise self._already_paid()
        return Decimal(str(tax["amount"]))

    def _already_paid(self) -> OpRefused:
        return OpRefused(409, "tax-already-paid", "This tax is paid or a payment of it is pending")

    def _mark(self, ctx: OpContext, payment: Payment, status: str, receipt_no: str | None) -> None:
        assert isinstance(payment, TaxPayment)
        row, index = self._tax(ctx.writer, ctx.user_id, payment)
        taxes = list(row["taxes"])
        taxes[index] = {**taxes[index], "status": status, "receipt_no": receipt_no}
        ctx.writer.put("vehicle", payment.vehicle_id, {**row, "taxes": taxes}, ctx.user_id)

    def _receipt(self, payment: Payment, receipt_no: str, now: float) -> dict[str, Any]:
        assert isinstance(payment, TaxPayment)
        return {
            "receipt_no": receipt_no,
            "vehicle_id": payment.vehicle_id,
            "year": payment.year,
            "amount": money(payment.amount),
            "method": payment.method,
            "paid_at": iso_time(now),
        }

    def _job_fields(self, parsed: Payment) -> dict[str, Any]:
        assert isinstance(parsed, TaxPayment)
        return {**super()._job_fields(parsed), "vehicle_id": parsed.vehicle_id, "year": parsed.year}

    def _restore(self, job: dict[str, Any]) -> Payment:
        return TaxPayment(
            job["target"], Decimal(job["amount"]), job["method"], job["vehicle_id"], int(job["year"])
        )


def mark_fine_paid_elsewhere(writer: Writer, fine_id: str, now: float) -> dict[str, Any] | None:
    """Pay a fine through "another channel" (no operation, no effect); None when there is no such fine.

    Raises :class:`OpRefused` ``fine-already-paid`` when it is paid or a payment of it is pending.
    """
    stored = writer.get("fine", fine_id)
    if stored is None or stored.row is None:
        return None
    if stored.row.get("status") != "unpaid":
        raise OpRefused(409, "fine-already-paid", "This fine is paid or a payment of it is pending")
    try:
        _, receipt_no = insert_payment(
            writer.conn,
            target=f"fine:{fine_id}",
            user_id=stored.owner or "",
            op_id=None,
            method="counter",
            amount=money(str(stored.row.get("amount", "0"))),
            now=now,
            paid=True,
        )
    except sqlite3.IntegrityError:
        raise OpRefused(409, "fine-already-paid", "A payment of this fine is pending") from None
    row = {**stored.row, "status": "paid", "paid_at": iso_time(now), "receipt_no": receipt_no}
    writer.put("fine", fine_id, row, stored.owner)
    return row
