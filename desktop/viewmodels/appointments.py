"""AppointmentsModel: counter appointments (預約取籌) — the bookable services, their slot calendars (read
offline from the cache, "as of" the last pull), and the resident's own bookings with the outbox overlay.

Booking, cancelling and rescheduling are operations in the outbox (``book_appointment``,
``cancel_appointment``, ``reschedule_appointment``): saved on this computer first, shown as "not
confirmed yet" until the server answers. Each is written on the DB worker after checking that nothing
about the same slot or appointment is already on its way, so a double click books once.

A booking refused with ``slot-taken`` offers the refusal's ``nearest_free`` slots. Booking one of them
*resubmits* the refused operation with the new slot: a new operation (new key) that supersedes the
refused one, so the refusal leaves the "needs attention" list and the history shows what replaced it.

A cancel also deletes the memo reminders of that appointment (``delete_memo``) and a reschedule moves
them (``save_memo`` with the new time), enqueued right after the operation on the same DB worker. Were
that second write lost (a crash between the two), nothing goes wrong: reminders of an appointment being
cancelled never fire, and an appointment's reminders follow its current start time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.context import AppContext
from desktop.domain.appointments import Appointment, AppointmentService, Holiday, Memo, Slot
from desktop.domain.bookings import (
    BOOK,
    CANCEL,
    RESCHEDULE,
    MyAppointment,
    Phase,
    apply_change,
    booking_phase,
)
from desktop.domain.changes import Changes
from desktop.domain.models import Department
from desktop.domain.operation import Badge, Operation
from desktop.viewmodels.memo import enqueue_delete, enqueue_save, memo_items, new_memo_id


def booking_stream(service_id: str) -> str:
    # Per service: a refused booking resubmitted for another slot of the same service keeps its stream.
    return f"booking:{service_id}"


def appointment_stream(appointment_id: str) -> str:
    return f"appointment:{appointment_id}"


class AlreadyOnItsWay(RuntimeError):
    """A booking of this slot, or a change of this appointment, is already saved or confirmed."""


@dataclass(frozen=True, slots=True)
class Catalogue:
    departments: tuple[Department, ...]
    services: tuple[AppointmentService, ...]


@dataclass(frozen=True, slots=True)
class Calendar:
    service: AppointmentService
    slots: tuple[Slot, ...]
    holidays: tuple[Holiday, ...]
    #: When the cache last caught up with the server: the slots are "as of" then.
    as_of: datetime | None
    #: Slots the resident holds or is booking: slot id → phase.
    mine: dict[str, Phase]


# --- reading (DB worker) -----------------------------------------------------------------------------


def _repo(store: Any) -> Any:
    from desktop.store.appointments import AppointmentRepo

    return AppointmentRepo(store)


def load_catalogue(store: Any) -> Catalogue:
    services = tuple(sorted(_repo(store).services(), key=lambda s: s.id))
    used = {s.department_id for s in services}
    departments = tuple(d for d in store.departments.all() if d.id in used)
    return Catalogue(departments, services)


def load_calendar(store: Any, service_id: str) -> Calendar | None:
    repo = _repo(store)
    service = repo.service(service_id)
    if service is None:
        return None
    mine: dict[str, Phase] = {
        a.slot_id: a.phase
        for a in my_appointments(store, with_memos=False)
        if a.phase not in (Phase.CANCELLED, Phase.DONE)
    }
    return Calendar(
        service, tuple(repo.slots(service_id)), tuple(repo.holidays()), store.sync_state.last_pull_at, mine
    )


def my_appointments(store: Any, *, with_memos: bool = True) -> list[MyAppointment]:
    """Runs on the DB worker: confirmed bookings (cache) and bookings on their way (outbox), by time."""
    repo = _repo(store)
    services: dict[str, AppointmentService | None] = {}

    def service(service_id: str) -> AppointmentService | None:
        if service_id not in services:
            services[service_id] = repo.service(service_id)
        return services[service_id]

    found: list[MyAppointment] = []
    cached = {a.id: a for a in repo.appointments()}
    changes = store.outbox.overlay("appointment")
    for a in cached.values():
        shown, phase, op = apply_change(a, changes.get(a.id, []))
        moving_to = repo.slot(str(op.payload.get("slot_id"))) if phase is Phase.MOVING and op else None
        found.append(
            MyAppointment(
                a.id,
                phase,
                a.service_id,
                shown.start,
                shown.end,
                shown.place.id,
                service(a.service_id),
                shown,
                None,
                op,
                None,
                moving_to,
            )
        )
    for slot_id, ops in store.outbox.overlay("slot").items():
        for op in ops:
            receipt = op.receipt or {}
            if op.kind != BOOK or receipt.get("appointment_id") in cached:
                continue
            phase = booking_phase(op)
            confirmed = Appointment.from_row(receipt) if phase is Phase.BOOKED else None
            slot = repo.slot(slot_id)
            start = confirmed.start if confirmed else slot.start if slot else op.created_at
            end = confirmed.end if confirmed else slot.end if slot else start
            place_id = confirmed.place.id if confirmed else slot.place_id if slot else ""
            service_id = str(op.payload.get("service_id") or "")
            found.append(
                MyAppointment(
                    op.op_id, phase, service_id, start, end, place_id, service(service_id), confirmed, op
                )
            )
    if with_memos:
        known = {a.appointment.id: a.appointment for a in found if a.appointment is not None}
        memos = {m.memo.appointment_id: m.memo for m in memo_items(store, known) if m.memo.appointment_id}
        found = [replace(a, memo=memos.get(a.appointment.id)) if a.appointment else a for a in found]
    return sorted(found, key=lambda a: (a.start, a.key))


def resolve_key(store: Any, key: str, keys: set[str]) -> str:
    """Runs on the DB worker: ``key`` if listed, else what its booking operation became (a resubmit
    that superseded it, or the appointment the server made of it)."""
    op = None if key in keys else store.outbox.get(key)
    seen = set()
    while op is not None and op.op_id not in seen:
        seen.add(op.op_id)
        made = (op.receipt or {}).get("appointment_id")
        if op.op_id in keys or made in keys:
            return op.op_id if op.op_id in keys else str(made)
        op = store.outbox.get(op.superseded_by) if op.superseded_by else None
    return key


def known_appointments(store: Any) -> dict[str, Appointment]:
    """Runs on the DB worker: every appointment as the resident's own changes leave it (memo links)."""
    known = {}
    for a in my_appointments(store, with_memos=False):
        if a.appointment is not None:
            status = "cancelled" if a.phase in (Phase.CANCELLED, Phase.CANCELLING) else a.appointment.status
            known[a.appointment.id] = replace(a.appointment, status=status)
    return known


# --- writing (DB worker) -----------------------------------------------------------------------------


def _check_slot_free_of_mine(store: Any, slot_id: str) -> None:
    for op in store.outbox.referring("slot_id", slot_id):
        if op.kind == BOOK and (op.active or op.badge is Badge.CONFIRMING):
            raise AlreadyOnItsWay(slot_id)
    if any(a.slot_id == slot_id and a.status == "booked" for a in _repo(store).appointments()):
        raise AlreadyOnItsWay(slot_id)


def enqueue_booking(store: Any, slot_id: str, service_id: str) -> Operation:
    _check_slot_free_of_mine(store, slot_id)
    payload = {"slot_id": slot_id, "service_id": service_id}
    op: Operation = store.outbox.enqueue(BOOK, booking_stream(service_id), payload)
    return op


def enqueue_rebook(store: Any, refused_op_id: str, slot_id: str) -> Operation:
    """Book another slot in place of a refused booking (a resubmit: new key, supersedes the old)."""
    old = store.outbox.get(refused_op_id)
    if old is None or old.kind != BOOK or not old.needs_attention:
        raise AlreadyOnItsWay(refused_op_id)
    _check_slot_free_of_mine(store, slot_id)
    op: Operation = store.outbox.resubmit(
        refused_op_id, {"slot_id": slot_id, "service_id": old.payload["service_id"]}
    )
    return op


def _change(store: Any, appointment_id: str) -> MyAppointment:
    mine = next((a for a in my_appointments(store) if a.key == appointment_id), None)
    if mine is None or mine.appointment is None or mine.phase is not Phase.BOOKED:
        raise AlreadyOnItsWay(appointment_id)
    if mine.change_op is not None and not mine.change_op.needs_attention:
        raise AlreadyOnItsWay(appointment_id)
    return mine


def enqueue_cancel(store: Any, appointment_id: str) -> Operation:
    mine = _change(store, appointment_id)
    op: Operation = store.outbox.enqueue(
        CANCEL, appointment_stream(appointment_id), {"appointment_id": appointment_id}
    )
    if mine.memo is not None:
        enqueue_delete(store, mine.memo.id)  # no reminder for a booking that is no more
    return op


def enqueue_reschedule(store: Any, appointment_id: str, slot: Slot) -> Operation:
    mine = _change(store, appointment_id)
    payload = {"appointment_id": appointment_id, "slot_id": slot.id}
    op: Operation = store.outbox.enqueue(RESCHEDULE, appointment_stream(appointment_id), payload)
    if mine.memo is not None:
        enqueue_save(store, replace(mine.memo, at=slot.start))  # the reminders move with it
    return op


# --- the model (GUI thread) --------------------------------------------------------------------------


class AppointmentsModel(QObject):
    catalogue_loaded = Signal()
    mine_loaded = Signal()
    #: What was saved: "book" | "cancel" | "reschedule" | "discard" | "memo".
    saved = Signal(str, object)
    #: Why not: "already" | "error".
    refused = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.catalogue = Catalogue((), ())
        self.mine: list[MyAppointment] = []
        #: A booking write is on the DB worker: further clicks are ignored until it is back.
        self.booking_in_progress = False
        #: The booking the screen shows (its key), followed from a booking operation to the
        #: operation that replaced it or the appointment it became.
        self.follow: str | None = None

    def reload(self) -> None:
        self._ctx.tasks.query(load_catalogue, self._on_catalogue, self._on_catalogue_failed)
        self.reload_mine()

    def reload_mine(self) -> None:
        follow = self.follow

        def read(store: Any) -> tuple[list[MyAppointment], str | None]:
            mine = my_appointments(store)
            return mine, resolve_key(store, follow, {a.key for a in mine}) if follow else None

        self._ctx.tasks.query(read, self._on_mine, self._on_mine_failed)

    def fetch_calendar(self, service_id: str, on_loaded: Callable[[Calendar | None], None]) -> None:
        """Read one service's calendar; ``on_loaded`` gets it (None when it is not in the cache)."""
        self._ctx.tasks.query(
            lambda store: load_calendar(store, service_id), on_loaded, lambda _error: on_loaded(None)
        )

    def clear(self) -> None:
        self.catalogue = Catalogue((), ())
        self.mine = []
        self.follow = None
        self.catalogue_loaded.emit()
        self.mine_loaded.emit()

    def find(self, key: str) -> MyAppointment | None:
        return next((a for a in self.mine if a.key == key), None)

    # --- actions -------------------------------------------------------------------------------------
    def book(self, slot_id: str, service_id: str) -> bool:
        """Save a booking; False (and nothing saved) while the previous click is still being saved."""
        if self.booking_in_progress:
            return False
        self.booking_in_progress = True
        self._write("book", lambda store: enqueue_booking(store, slot_id, service_id))
        return True

    def rebook(self, refused_op_id: str, slot_id: str) -> bool:
        if self.booking_in_progress:
            return False
        self.booking_in_progress = True
        self._write("book", lambda store: enqueue_rebook(store, refused_op_id, slot_id))
        return True

    def cancel(self, appointment_id: str) -> None:
        self._write("cancel", lambda store: enqueue_cancel(store, appointment_id))

    def reschedule(self, appointment_id: str, slot: Slot) -> None:
        self._write("reschedule", lambda store: enqueue_reschedule(store, appointment_id, slot))

    def discard(self, op_id: str) -> None:
        self._write("discard", lambda store: store.outbox.discard(op_id))

    def save_reminder(
        self, mine: MyAppointment, title: str, minutes: tuple[int, ...], body: str = ""
    ) -> None:
        """Put this booking in the memo (or change its reminders); no minutes takes it out again."""
        appointment = mine.appointment
        if appointment is None:
            return
        if not minutes:
            if mine.memo is not None:
                memo_id = mine.memo.id
                self._write("memo", lambda store: enqueue_delete(store, memo_id))
            return
        memo = Memo(
            mine.memo.id if mine.memo else new_memo_id(),
            title,
            mine.memo.body if mine.memo else body,
            appointment.start,
            minutes,
            appointment.id,
        )
        self._write("memo", lambda store: enqueue_save(store, memo))

    def _write(self, action: str, fn: Callable[[Any], Operation]) -> None:
        def write(store: Any) -> tuple[Operation, Changes]:
            return fn(store), Changes.of(["outbox", "appointment", "memo"])

        def done(op: Operation) -> None:
            self.booking_in_progress = False
            self.saved.emit(action, op)
            self._ctx.sync.sync_now(manual=False)

        def failed(error: BaseException) -> None:
            self.booking_in_progress = False
            self.refused.emit("already" if isinstance(error, AlreadyOnItsWay) else "error")

        self._ctx.tasks.write(write, done, failed)

    # --- results -------------------------------------------------------------------------------------
    def _on_catalogue(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.catalogue_loaded.emit()

    def _on_catalogue_failed(self, _error: BaseException) -> None:
        self.catalogue = Catalogue((), ())
        self.catalogue_loaded.emit()

    def _on_mine(self, result: tuple[list[MyAppointment], str | None]) -> None:
        self.mine, resolved = result
        if resolved is not None and self.follow is not None:
            self.follow = resolved
        self.mine_loaded.emit()

    def _on_mine_failed(self, _error: BaseException) -> None:
        self.mine = []
        self.mine_loaded.emit()
