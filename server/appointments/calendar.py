"""The slot calendar: slots made from weekly patterns for the next :data:`BOOKING_DAYS` days, rolled on.

A slot is a time window of one service at one location with a number of places (``capacity``) and a
count of places taken (``booked``). Slots exist only for the booking window, so the ``slot`` rows in
the change log stay a few thousand however long the server runs: :func:`roll` (at start, every hour,
and when test mode moves the clock) adds the days that came into the window, deletes the slots of days
gone by, and marks booked appointments whose time has passed as ``done``. Days on which counters are
closed (weekends, public holidays, days off in lieu) get no slots; afternoons off get morning slots only.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from server.appointments.holidays import AFTERNOON_FROM, closures, holidays
from server.store import Writer
from server.timeutil import MACAO_TZ, iso_time

#: Days that can be booked: today and the 13 after it.
BOOKING_DAYS = 14
#: Meta keys: the last day that has slots; "1" when slots start partly taken (the demo's other people).
THROUGH_KEY = "appointments_through"
PREFILL_KEY = "appointments_prefill"


@dataclass(frozen=True, slots=True)
class Pattern:
    """When a service is bookable at a location: these ISO weekdays, these start times."""

    service_id: str
    location_id: str
    weekdays: tuple[int, ...]
    times: tuple[str, ...]
    minutes: int
    capacity: int


def slot_id(service_id: str, location_id: str, day: date, time: str) -> str:
    return f"sl-{service_id}-{location_id}-{day:%Y%m%d}-{time.replace(':', '')}"


def local_day(seconds: float) -> date:
    return datetime.fromtimestamp(seconds, MACAO_TZ).date()


def at(day: date, time: str) -> float:
    hour, minute = (int(x) for x in time.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=MACAO_TZ).timestamp()


def slot_row(r: sqlite3.Row | tuple[Any, ...]) -> dict[str, Any]:
    """The ``slot`` entity of a ``slots`` row (the columns of :data:`SLOT_COLUMNS`)."""
    return {
        "id": r[0],
        "service_id": r[1],
        "location_id": r[2],
        "start": iso_time(r[3]),
        "end": iso_time(r[4]),
        "capacity": int(r[5]),
        "booked": int(r[6]),
    }


SLOT_COLUMNS = "id, service_id, location_id, start_at, end_at, capacity, booked"


def put_slot(w: Writer, slot: str) -> dict[str, Any] | None:
    """Write the ``slot`` entity from the table (after its ``booked`` changed); None if there is none."""
    r = w.conn.execute(f"SELECT {SLOT_COLUMNS} FROM slots WHERE id = ?", (slot,)).fetchone()
    if r is None:
        return None
    row = slot_row(r)
    w.put("slot", slot, row)
    return row


def add_patterns(conn: sqlite3.Connection, patterns: Iterable[Pattern]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO slot_patterns (service_id, location_id, weekdays, times, minutes, capacity)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                p.service_id,
                p.location_id,
                ",".join(map(str, p.weekdays)),
                ",".join(p.times),
                p.minutes,
                p.capacity,
            )
            for p in patterns
        ],
    )


def _patterns(conn: sqlite3.Connection) -> list[Pattern]:
    rows = conn.execute(
        "SELECT service_id, location_id, weekdays, times, minutes, capacity FROM slot_patterns"
        " ORDER BY service_id, location_id"
    ).fetchall()
    return [
        Pattern(
            r[0], r[1], tuple(int(d) for d in r[2].split(",")), tuple(r[3].split(",")), int(r[4]), int(r[5])
        )
        for r in rows
    ]


def _taken_by_others(slot: str, days_ahead: int, capacity: int) -> int:
    """The demo's other people: the sooner a slot, the fuller (deterministic, from the slot id)."""
    draw = int.from_bytes(hashlib.sha256(slot.encode()).digest()[:4], "big") / 2**32
    fullness = max(0.0, 1.0 - days_ahead / 8)
    return min(capacity, int(capacity * fullness * draw * 1.6))


def make_slots(w: Writer, days: Iterable[date], *, today: date, prefill: bool) -> int:
    """Slots of ``days`` from the patterns (days already made are left as they are); returns how many."""
    days = list(days)
    if not days:
        return 0
    closed = closures({d.year for d in days})
    patterns = _patterns(w.conn)
    made = 0
    for day in days:
        if day.isoweekday() > 5 or closed.get(day) == "all_day":
            continue
        for p in patterns:
            if day.isoweekday() not in p.weekdays:
                continue
            for time in p.times:
                if closed.get(day) == "afternoon" and time >= AFTERNOON_FROM:
                    continue
                ident = slot_id(p.service_id, p.location_id, day, time)
                start = at(day, time)
                booked = _taken_by_others(ident, (day - today).days, p.capacity) if prefill else 0
                values = (
                    ident,
                    p.service_id,
                    p.location_id,
                    start,
                    start + p.minutes * 60,
                    p.capacity,
                    booked,
                )
                cursor = w.conn.execute(
                    f"INSERT OR IGNORE INTO slots ({SLOT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", values
                )
                if cursor.rowcount:
                    w.put("slot", ident, slot_row(values))
                    made += 1
    return made


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


@dataclass(frozen=True, slots=True)
class Rolled:
    done: int
    dropped: int
    made: int


def start_calendar(w: Writer, now: float, *, prefill: bool) -> Rolled:
    """Turn the calendar on (the demo does, with its patterns in place) and make the first days."""
    _set_meta(w.conn, PREFILL_KEY, "1" if prefill else "0")
    return roll(w, now)


def extend_calendar(w: Writer, patterns: Iterable[Pattern], now: float) -> int:
    """Patterns added to a running calendar: stored, and their slots made over the days already made
    (:func:`roll` makes only days it has not made yet); returns how many slots were made."""
    add_patterns(w.conn, patterns)
    through = _meta(w.conn, THROUGH_KEY)
    if through is None:
        return 0
    today, last = local_day(now), date.fromisoformat(through)
    days = [d for d in (today + timedelta(days=n) for n in range(BOOKING_DAYS)) if d <= last]
    return make_slots(w, days, today=today, prefill=_meta(w.conn, PREFILL_KEY) == "1")


def is_on(conn: sqlite3.Connection) -> bool:
    return _meta(conn, PREFILL_KEY) is not None


def roll(w: Writer, now: float) -> Rolled:
    """Bring the calendar to ``now``: past appointments done, old slots gone, new days made."""
    today = local_day(now)
    done = _finish_past_appointments(w, now)
    midnight = at(today, "00:00")
    old = [r[0] for r in w.conn.execute("SELECT id FROM slots WHERE end_at <= ?", (midnight,))]
    for ident in old:
        w.delete("slot", ident)
    w.conn.execute("DELETE FROM slots WHERE end_at <= ?", (midnight,))
    through_text = _meta(w.conn, THROUGH_KEY)
    first = (
        today if through_text is None else max(today, date.fromisoformat(through_text) + timedelta(days=1))
    )
    last = today + timedelta(days=BOOKING_DAYS - 1)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    made = make_slots(w, days, today=today, prefill=_meta(w.conn, PREFILL_KEY) == "1")
    if through_text is None or last.isoformat() > through_text:
        _set_meta(w.conn, THROUGH_KEY, last.isoformat())
    for year in (today.year, today.year + 1):
        if w.get("public_holiday", f"{year}-01-01") is None:
            for row in holidays(year):
                w.put("public_holiday", row["id"], row)
    return Rolled(done, len(old), made)


def _finish_past_appointments(w: Writer, now: float) -> int:
    """Booked appointments whose time is over become ``done`` (the demo assumes the resident came)."""
    due = w.conn.execute(
        "SELECT id FROM appointments WHERE state = 'booked' AND end_at <= ?", (now,)
    ).fetchall()
    for (ident,) in due:
        w.conn.execute("UPDATE appointments SET state = 'done', updated_at = ? WHERE id = ?", (now, ident))
        stored = w.get("appointment", ident)
        if stored is not None and stored.row is not None:
            w.put(
                "appointment",
                ident,
                {**stored.row, "status": "done", "updated_at": iso_time(now)},
                stored.owner,
            )
    return len(due)
