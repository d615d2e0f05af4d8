"""Operation kinds ``book_appointment``, ``cancel_appointment`` and ``reschedule_appointment``.

Each runs in the transaction that also writes its idempotency record: the ``slots`` and
``appointments`` tables (the database's guards, :mod:`server.appointments.book`), the public ``slot``
rows whose ``booked`` changed and the resident's ``appointment`` row. A refusal raised here undoes all
of it. A full slot refuses with the nearest free slots of the same service, so the client can offer
them at once.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from server.appointments import book
from server.appointments.book import Booking, Slot
from server.ops.kinds import OpContext, OpKind, OpRefused, Outcome, Succeeded
from server.ops.payments import id_field
from server.timeutil import iso_time


@dataclass(frozen=True, slots=True)
class Wanted:
    slot_id: str
    service_id: str


@dataclass(frozen=True, slots=True)
class Move:
    appointment_id: str
    slot_id: str


def _bookable(ctx: OpContext, slot_id: str, service_id: str) -> Slot:
    found = book.slot(ctx.conn, slot_id)
    if found is None or found.service_id != service_id:
        raise OpRefused(422, "slot-not-found", f"There is no slot {slot_id} of service {service_id}")
    if found.start_at <= ctx.now:
        raise OpRefused(422, "slot-past", "This slot has begun or is over; choose a later one")
    return found


def _not_booked_yet(ctx: OpContext, s: Slot) -> None:
    held = book.live_booking_of(ctx.conn, ctx.user_id, s.id)
    if held is not None:
        raise OpRefused(409, "already-booked", "You have booked this slot already", appointment_id=held)


def _take(ctx: OpContext, s: Slot) -> None:
    if not book.take_place(ctx.writer, s.id):
        raise OpRefused(
            409, "slot-taken", "This slot has no free place left",
            nearest_free=book.nearest_free(ctx.conn, s.service_id, ctx.now, exclude=s.id),
        )  # fmt: skip


def _own(ctx: OpContext, appointment_id: str) -> Booking:
    found = book.booking(ctx.conn, appointment_id)
    if found is None or found.user_id != ctx.user_id:
        raise OpRefused(422, "appointment-not-found", f"You have no appointment {appointment_id}")
    if found.state == "cancelled":
        raise OpRefused(409, "appointment-cancelled", "This appointment is cancelled already")
    if found.state == "done" or found.start_at <= ctx.now:
        raise OpRefused(409, "appointment-past", "This appointment's time has come or gone")
    return found


def _receipt(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "appointment_id": row["id"],
        "ticket_code": row["ticket_code"],
        "ticket_token": row["ticket_token"],
        "service_id": row["service_id"],
        "slot_id": row["slot_id"],
        "start": row["start"],
        "end": row["end"],
        "location": row["location"],
    }


class BookAppointmentKind(OpKind[Wanted]):
    """``book_appointment`` ``{"slot_id", "service_id"}``."""

    name = "book_appointment"

    def parse(self, payload: dict[str, Any]) -> Wanted:
        return Wanted(id_field(payload, "slot_id"), id_field(payload, "service_id"))

    def apply(self, ctx: OpContext, parsed: Wanted, prepared: Any) -> Outcome:
        s = _bookable(ctx, parsed.slot_id, parsed.service_id)
        _not_booked_yet(ctx, s)
        _take(ctx, s)
        try:
            b = book.insert_booking(ctx.writer, ctx.user_id, s, ctx.now)
        except sqlite3.IntegrityError:
            # The unique index caught what the check above should have: refuse all the same.
            raise OpRefused(409, "already-booked", "You have booked this slot already") from None
        ctx.record_effect(f"slot:{s.id}", None)
        return Succeeded(_receipt(book.put_appointment(ctx.writer, b, ctx.now)))


class CancelAppointmentKind(OpKind[str]):
    """``cancel_appointment`` ``{"appointment_id"}``."""

    name = "cancel_appointment"

    def parse(self, payload: dict[str, Any]) -> str:
        return id_field(payload, "appointment_id")

    def apply(self, ctx: OpContext, parsed: str, prepared: Any) -> Outcome:
        b = _own(ctx, parsed)
        book.cancel_booking(ctx.writer, b, ctx.now)
        book.give_back_place(ctx.writer, b.slot_id)
        book.put_appointment(ctx.writer, b, ctx.now, status="cancelled")
        return Succeeded({"appointment_id": b.id, "status": "cancelled", "cancelled_at": iso_time(ctx.now)})


class RescheduleAppointmentKind(OpKind[Move]):
    """``reschedule_appointment`` ``{"appointment_id", "slot_id"}``: another slot of the same service."""

    name = "reschedule_appointment"

    def parse(self, payload: dict[str, Any]) -> Move:
        return Move(id_field(payload, "appointment_id"), id_field(payload, "slot_id"))

    def apply(self, ctx: OpContext, parsed: Move, prepared: Any) -> Outcome:
        b = _own(ctx, parsed.appointment_id)
        s = _bookable(ctx, parsed.slot_id, b.service_id)
        _not_booked_yet(ctx, s)  # also the slot it holds now
        _take(ctx, s)
        book.give_back_place(ctx.writer, b.slot_id)
        moved = book.move_booking(ctx.writer, b, s, ctx.now)
        row = book.put_appointment(ctx.writer, moved, ctx.now)
        return Succeeded({**_receipt(row), "previous_slot_id": b.slot_id})
