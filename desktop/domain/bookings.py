"""The resident's bookings as they stand: the server's word (the ``appointment`` row or a receipt) with
the resident's own operations about them (the outbox) — pure, no Qt, no store.

A booking goes SAVED → SENDING → BOOKED (or REFUSED); a confirmed one may be CANCELLING or MOVING while
a cancel or reschedule is on its way, and ends CANCELLED or DONE.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from desktop.domain.appointments import Appointment, AppointmentService, Memo, Slot, nearest_free
from desktop.domain.operation import Badge, Operation, OpState

BOOK, CANCEL, RESCHEDULE = "book_appointment", "cancel_appointment", "reschedule_appointment"


class Phase(StrEnum):
    SAVED = "saved"  # the booking is saved on this computer, not sent yet
    SENDING = "sending"  # sent; no answer yet
    REFUSED = "refused"  # the server refused the booking (slot-taken…)
    BOOKED = "booked"  # confirmed by the server
    CANCELLING = "cancelling"  # a cancel is saved or on its way
    MOVING = "moving"  # a reschedule is saved or on its way
    CANCELLED = "cancelled"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class MyAppointment:
    key: str
    phase: Phase
    service_id: str
    start: datetime
    end: datetime
    place_id: str
    service: AppointmentService | None = None
    #: Confirmed by the server (the cached row, or a receipt the pull has not brought yet).
    appointment: Appointment | None = None
    #: The booking operation while the cache does not show its appointment.
    booking_op: Operation | None = None
    #: The last cancel or reschedule that still shows a badge (refused ones too).
    change_op: Operation | None = None
    memo: Memo | None = None
    #: For a move on its way: the slot it moves to.
    moving_to: Slot | None = None

    def upcoming(self, now: datetime) -> bool:
        return self.phase not in (Phase.CANCELLED, Phase.DONE) and (
            self.end > now or self.phase is Phase.REFUSED
        )

    @property
    def slot_id(self) -> str:
        if self.appointment is not None:
            return self.appointment.slot_id
        return str((self.booking_op.payload if self.booking_op else {}).get("slot_id") or "")

    @property
    def op(self) -> Operation | None:
        return self.change_op or self.booking_op

    @property
    def confirming(self) -> bool:
        """Confirmed by the server, the cache not updated yet."""
        return any(
            op is not None and op.badge is Badge.CONFIRMING for op in (self.booking_op, self.change_op)
        )

    @property
    def nearest(self) -> list[tuple[str, datetime, str, int]]:
        op = self.booking_op
        if op is None or self.phase is not Phase.REFUSED or op.problem_slug != "slot-taken":
            return []
        return nearest_free(op.last_problem)

    def can_change(self, now: datetime) -> bool:
        """Cancel or reschedule: a confirmed booking not begun, with no change on its way."""
        busy = self.change_op is not None and not self.change_op.needs_attention
        return self.phase is Phase.BOOKED and self.appointment is not None and not busy and self.start > now

    @property
    def can_discard(self) -> bool:
        op = self.booking_op
        return op is not None and (op.needs_attention or (op.state is OpState.PENDING and not op.unanswered))


def apply_change(a: Appointment, ops: list[Operation]) -> tuple[Appointment, Phase, Operation | None]:
    """The appointment as the resident's last change about it leaves it, its phase, and that change."""
    phase = {"cancelled": Phase.CANCELLED, "done": Phase.DONE}.get(a.status, Phase.BOOKED)
    op = ops[-1] if ops else None
    if op is None or op.needs_attention or phase is not Phase.BOOKED:
        return a, phase, op
    if op.kind == CANCEL:
        return (
            (replace(a, status="cancelled"), Phase.CANCELLED, op)
            if op.state is OpState.ACKED
            else (a, Phase.CANCELLING, op)
        )
    if op.kind == RESCHEDULE and op.state is OpState.ACKED:
        moved = Appointment.from_row(op.receipt or {}, status="booked")
        return (moved or a), Phase.BOOKED, op
    return a, Phase.MOVING, op


def booking_phase(op: Operation) -> Phase:
    if op.needs_attention:
        return Phase.REFUSED
    if op.state is OpState.ACKED:
        return Phase.BOOKED
    return Phase.SAVED if op.badge is Badge.SAVED else Phase.SENDING
