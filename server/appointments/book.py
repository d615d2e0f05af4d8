"""Bookings inside a transaction: take and give back places, find free slots, write appointment rows.

Capacity is guarded by the database: a place is taken with ``UPDATE … SET booked = booked + 1 WHERE
booked < capacity`` (and the table's CHECK refuses an overbooking whatever the code does); one live
booking per resident and slot is a unique index. Every request's transaction is serialised by the
database lock, so concurrent bookings of the last place give exactly one success.
"""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from typing import Any

from server.appointments import tickets
from server.appointments.calendar import SLOT_COLUMNS, put_slot
from server.store import Writer
from server.timeutil import iso_time

#: How many free slots a ``slot-taken`` refusal suggests.
NEAREST = 5
_KEY_META = "ticket_key"


@dataclass(frozen=True, slots=True)
class Slot:
    id: str
    service_id: str
    location_id: str
    start_at: float
    end_at: float
    capacity: int
    booked: int


@dataclass(frozen=True, slots=True)
class Booking:
    id: str
    user_id: str
    service_id: str
    slot_id: str
    location_id: str
    state: str
    ticket_code: str
    start_at: float
    end_at: float


def slot(conn: sqlite3.Connection, slot_id: str) -> Slot | None:
    r = conn.execute(f"SELECT {SLOT_COLUMNS} FROM slots WHERE id = ?", (slot_id,)).fetchone()
    return None if r is None else Slot(r[0], r[1], r[2], float(r[3]), float(r[4]), int(r[5]), int(r[6]))


def booking(conn: sqlite3.Connection, appointment_id: str) -> Booking | None:
    r = conn.execute(
        "SELECT id, user_id, service_id, slot_id, location_id, state, ticket_code, start_at, end_at"
        " FROM appointments WHERE id = ?",
        (appointment_id,),
    ).fetchone()
    return None if r is None else Booking(r[0], r[1], r[2], r[3], r[4], r[5], r[6], float(r[7]), float(r[8]))


def live_booking_of(conn: sqlite3.Connection, user_id: str, slot_id: str) -> str | None:
    """The id of the resident's live booking of this slot, if any."""
    r = conn.execute(
        "SELECT id FROM appointments WHERE user_id = ? AND slot_id = ? AND state = 'booked'",
        (user_id, slot_id),
    ).fetchone()
    return None if r is None else str(r[0])


def take_place(w: Writer, slot_id: str) -> bool:
    """One more place taken (and the ``slot`` row written); False when the slot is full."""
    taken = w.conn.execute(
        "UPDATE slots SET booked = booked + 1 WHERE id = ? AND booked < capacity", (slot_id,)
    ).rowcount
    if taken:
        put_slot(w, slot_id)
    return bool(taken)


def give_back_place(w: Writer, slot_id: str) -> None:
    """A place freed (cancel, reschedule); a slot already gone from the calendar is left alone."""
    if w.conn.execute(
        "UPDATE slots SET booked = booked - 1 WHERE id = ? AND booked > 0", (slot_id,)
    ).rowcount:
        put_slot(w, slot_id)


def nearest_free(
    conn: sqlite3.Connection, service_id: str, after: float, *, exclude: str
) -> list[dict[str, Any]]:
    """Up to :data:`NEAREST` slots of the service with a free place after ``after``, soonest first."""
    rows = conn.execute(
        "SELECT id, start_at, location_id, capacity - booked FROM slots"
        " WHERE service_id = ? AND start_at > ? AND booked < capacity AND id != ?"
        " ORDER BY start_at, id LIMIT ?",
        (service_id, after, exclude, NEAREST),
    ).fetchall()
    return [{"slot_id": r[0], "start": iso_time(r[1]), "location_id": r[2], "free": int(r[3])} for r in rows]


def ticket_key(conn: sqlite3.Connection) -> bytes:
    """The server's ticket-signing key, made once per database."""
    r = conn.execute("SELECT value FROM meta WHERE key = ?", (_KEY_META,)).fetchone()
    if r is not None:
        return bytes.fromhex(str(r[0]))
    key = secrets.token_bytes(32)
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (_KEY_META, key.hex()))
    return key


def new_ticket_code(conn: sqlite3.Connection) -> str:
    while True:
        code = tickets.new_code()
        if conn.execute("SELECT 1 FROM appointments WHERE ticket_code = ?", (code,)).fetchone() is None:
            return code


def location_of(w: Writer, service_id: str, location_id: str) -> dict[str, Any]:
    """``{id, name, address}`` of a service's location (names null when the service row has none)."""
    stored = w.get("appointment_service", service_id)
    locations = stored.row.get("locations", []) if stored is not None and stored.row else []
    for place in locations:
        if isinstance(place, dict) and place.get("id") == location_id:
            return {"id": location_id, "name": place.get("name"), "address": place.get("address")}
    return {"id": location_id, "name": None, "address": None}


def insert_booking(w: Writer, user_id: str, s: Slot, now: float) -> Booking:
    """A new live booking of ``s`` (the place is taken already). Raises ``sqlite3.IntegrityError`` when
    the resident holds a live booking of it (the unique index: the second guard)."""
    b = Booking(
        f"AP-{secrets.token_hex(6).upper()}", user_id, s.service_id, s.id, s.location_id, "booked",
        new_ticket_code(w.conn), s.start_at, s.end_at,
    )  # fmt: skip
    w.conn.execute(
        "INSERT INTO appointments (id, user_id, service_id, slot_id, location_id, state, ticket_code,"
        " start_at, end_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (b.id, user_id, b.service_id, b.slot_id, b.location_id, b.state, b.ticket_code, b.start_at, b.end_at,
         now, now),
    )  # fmt: skip
    return b


def move_booking(w: Writer, b: Booking, to: Slot, now: float) -> Booking:
    """The booking now holds ``to`` (same service; the new place is taken already)."""
    w.conn.execute(
        "UPDATE appointments SET slot_id = ?, location_id = ?, start_at = ?, end_at = ?, updated_at = ?"
        " WHERE id = ?",
        (to.id, to.location_id, to.start_at, to.end_at, now, b.id),
    )
    return Booking(b.id, b.user_id, b.service_id, to.id, to.location_id, b.state, b.ticket_code,
                   to.start_at, to.end_at)  # fmt: skip


def cancel_booking(w: Writer, b: Booking, now: float) -> None:
    w.conn.execute("UPDATE appointments SET state = 'cancelled', updated_at = ? WHERE id = ?", (now, b.id))


def put_appointment(w: Writer, b: Booking, now: float, *, status: str = "booked") -> dict[str, Any]:
    """Write the resident's ``appointment`` row (a new ticket token whenever the slot changes)."""
    stored = w.get("appointment", b.id)
    previous = stored.row if stored is not None and stored.row is not None else {}
    claims = {"a": b.id, "c": b.ticket_code, "s": b.service_id, "l": b.location_id,
              "t": int(b.start_at), "e": int(b.end_at)}  # fmt: skip
    row = {
        "id": b.id,
        "service_id": b.service_id,
        "slot_id": b.slot_id,
        "start": iso_time(b.start_at),
        "end": iso_time(b.end_at),
        "location": location_of(w, b.service_id, b.location_id),
        "status": status,
        "ticket_code": b.ticket_code,
        "ticket_token": tickets.make_token(ticket_key(w.conn), claims),
        "booked_at": previous.get("booked_at", iso_time(now)),
        "updated_at": iso_time(now),
    }
    w.put("appointment", b.id, row, b.user_id)
    return row
