"""Counter appointments (預約取籌) as values: services, places, slots, public holidays, bookings, memos.

Rows come from the cache as the server sent them (see docs/API.md, entities ``appointment_service``,
``slot``, ``public_holiday``, ``appointment`` and ``memo``). Parsing is forgiving: a malformed row is
skipped rather than breaking the screen, because the cache may hold rows of a newer server.

Times are aware datetimes; days are Macao calendar days (UTC+8 all year, no daylight saving).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from desktop.domain.text import LocalizedText

#: Macao keeps UTC+8 all year; a fixed offset needs no time-zone database.
MACAO = timezone(timedelta(hours=8))
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 time as an aware datetime (no offset: Macao time); None when it is not one."""
    if not isinstance(value, str) or not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=MACAO)


def macao_day(when: datetime) -> date:
    return when.astimezone(MACAO).date()


@dataclass(frozen=True, slots=True)
class Place:
    """Where a service is given: a department's counter or a government services centre."""

    id: str
    name: LocalizedText
    address: LocalizedText
    #: Weekday (``mon``…``sun``) → opening windows ``(("09:00", "13:00"), …)``; empty: closed.
    opening_hours: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: Any) -> Place | None:
        if not isinstance(row, dict) or not isinstance(row.get("id"), str):
            return None
        hours: dict[str, tuple[tuple[str, str], ...]] = {}
        raw = row.get("opening_hours")
        for day in WEEKDAYS:
            windows = raw.get(day) if isinstance(raw, dict) else None
            hours[day] = tuple(
                (str(w[0]), str(w[1])) for w in windows or () if isinstance(w, list | tuple) and len(w) == 2
            )
        return cls(
            row["id"],
            LocalizedText.from_row(row.get("name")),
            LocalizedText.from_row(row.get("address")),
            hours,
        )

    def open_on(self, day: date) -> tuple[tuple[str, str], ...]:
        return self.opening_hours.get(WEEKDAYS[day.weekday()], ())


@dataclass(frozen=True, slots=True)
class AppointmentService:
    id: str
    department_id: str
    title: LocalizedText
    what_to_bring: LocalizedText
    duration_minutes: int
    slot_minutes: int
    booking_days: int
    places: tuple[Place, ...]

    @classmethod
    def from_row(cls, row: Any) -> AppointmentService | None:
        if not isinstance(row, dict) or not isinstance(row.get("id"), str):
            return None
        places = tuple(p for p in map(Place.from_row, row.get("locations") or ()) if p is not None)
        return cls(
            id=row["id"],
            department_id=str(row.get("department_id") or ""),
            title=LocalizedText.from_row(row.get("title")),
            what_to_bring=LocalizedText.from_row(row.get("what_to_bring")),
            duration_minutes=_int(row.get("duration_minutes"), 0),
            slot_minutes=_int(row.get("slot_minutes"), 30),
            booking_days=max(1, _int(row.get("booking_days"), 14)),
            places=places,
        )

    def place(self, place_id: str) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)


@dataclass(frozen=True, slots=True)
class Slot:
    id: str
    service_id: str
    place_id: str
    start: datetime
    end: datetime
    capacity: int
    booked: int

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.booked)

    @classmethod
    def from_row(cls, row: Any) -> Slot | None:
        if not isinstance(row, dict) or not isinstance(row.get("id"), str):
            return None
        start, end = parse_time(row.get("start")), parse_time(row.get("end"))
        if start is None or end is None:
            return None
        return cls(
            row["id"],
            str(row.get("service_id") or ""),
            str(row.get("location_id") or ""),
            start,
            end,
            _int(row.get("capacity"), 0),
            _int(row.get("booked"), 0),
        )


@dataclass(frozen=True, slots=True)
class Holiday:
    day: date
    name: LocalizedText
    #: ``all_day`` or ``afternoon`` (closed from 13:00 on an afternoon off).
    closed: str

    @classmethod
    def from_row(cls, row: Any) -> Holiday | None:
        if not isinstance(row, dict):
            return None
        try:
            day = date.fromisoformat(str(row.get("date") or row.get("id")))
        except ValueError:
            return None
        closed = "afternoon" if row.get("closed") == "afternoon" else "all_day"
        return cls(day, LocalizedText.from_row(row.get("name")), closed)


@dataclass(frozen=True, slots=True)
class Appointment:
    """A booking the server confirmed (from the cached row or from the booking's receipt)."""

    id: str
    service_id: str
    slot_id: str
    start: datetime
    end: datetime
    place: Place
    status: str  # booked | cancelled | done
    ticket_code: str
    ticket_token: str

    @classmethod
    def from_row(cls, row: Any, *, status: str | None = None) -> Appointment | None:
        """From an ``appointment`` row, or from a book/reschedule receipt (``appointment_id``)."""
        if not isinstance(row, dict):
            return None
        ident = row.get("id") or row.get("appointment_id")
        start, end = parse_time(row.get("start")), parse_time(row.get("end"))
        if not isinstance(ident, str) or start is None or end is None:
            return None
        place = Place.from_row(row.get("location")) or Place("", LocalizedText(), LocalizedText())
        return cls(
            ident,
            str(row.get("service_id") or ""),
            str(row.get("slot_id") or ""),
            start,
            end,
            place,
            status or str(row.get("status") or "booked"),
            str(row.get("ticket_code") or ""),
            str(row.get("ticket_token") or ""),
        )


@dataclass(frozen=True, slots=True)
class Memo:
    """One memo item: the resident's own note or an appointment reminder (``appointment_id`` set)."""

    id: str
    title: str
    body: str
    at: datetime
    remind_before_minutes: tuple[int, ...]
    appointment_id: str | None = None
    #: When it was last saved (the server's ``updated_at``, or when the resident saved it here):
    #: reminders whose time was already over then never fire.
    saved_at: datetime | None = None

    @classmethod
    def from_row(cls, row: Any, *, saved_at: datetime | None = None) -> Memo | None:
        """From a ``memo`` row or a ``save_memo`` payload (``memo_id``)."""
        if not isinstance(row, dict):
            return None
        ident = row.get("id") or row.get("memo_id")
        at = parse_time(row.get("at"))
        if not isinstance(ident, str) or at is None:
            return None
        before = tuple(
            sorted({_int(m, -1) for m in row.get("remind_before_minutes") or ()} - {-1}, reverse=True)
        )
        appointment = row.get("appointment_id")
        return cls(
            ident,
            str(row.get("title") or ""),
            str(row.get("body") or ""),
            at,
            before,
            appointment if isinstance(appointment, str) and appointment else None,
            saved_at or parse_time(row.get("updated_at")),
        )

    def payload(self) -> dict[str, Any]:
        """The ``save_memo`` payload (times in Macao time, as the server stores them)."""
        return {
            "memo_id": self.id,
            "title": self.title,
            "body": self.body,
            "at": self.at.astimezone(MACAO).isoformat(),
            "remind_before_minutes": sorted(set(self.remind_before_minutes)),
            "appointment_id": self.appointment_id,
        }


@dataclass(frozen=True, slots=True)
class Day:
    """One day of a service's booking window: its slots, or why the counters are closed."""

    day: date
    slots: tuple[Slot, ...]
    holiday: Holiday | None = None
    #: Some place of the service opens this weekday (a weekend is closed).
    open_weekday: bool = True

    @property
    def closed(self) -> bool:
        return (self.holiday is not None and self.holiday.closed == "all_day") or not self.open_weekday

    def free(self, now: datetime) -> int:
        return sum(s.free for s in self.slots if s.start > now)


def plan_days(
    service: AppointmentService,
    slots: Iterable[Slot],
    holidays: Iterable[Holiday],
    now: datetime,
    *,
    place_id: str | None = None,
) -> list[Day]:
    """The booking window from today (Macao), one :class:`Day` each, with the slots of ``place_id``
    (every place when None). Slots on a closed day or afternoon are left out: counters are shut."""
    today = macao_day(now)
    by_day: dict[date, list[Slot]] = {}
    for s in slots:
        if s.service_id == service.id and (place_id is None or s.place_id == place_id):
            by_day.setdefault(macao_day(s.start), []).append(s)
    off = {h.day: h for h in holidays}
    places = [p for p in service.places if place_id is None or p.id == place_id] or list(service.places)
    days = []
    for n in range(service.booking_days):
        day = today + timedelta(days=n)
        holiday = off.get(day)
        open_weekday = any(p.open_on(day) for p in places) if places else day.weekday() < 5
        kept = sorted(by_day.get(day, ()), key=lambda s: (s.start, s.place_id))
        if holiday is not None and holiday.closed == "all_day":
            kept = []
        elif holiday is not None:
            kept = [s for s in kept if s.start.astimezone(MACAO).hour < 13]
        days.append(Day(day, tuple(kept), holiday, open_weekday))
    return days


def nearest_free(problem: dict[str, Any] | None) -> list[tuple[str, datetime, str, int]]:
    """``(slot_id, start, place_id, free)`` of a ``slot-taken`` refusal's suggestions, soonest first."""
    found = []
    for item in (problem or {}).get("nearest_free") or ():
        if not isinstance(item, dict) or not isinstance(item.get("slot_id"), str):
            continue
        start = parse_time(item.get("start"))
        if start is not None:
            found.append(
                (item["slot_id"], start, str(item.get("location_id") or ""), _int(item.get("free"), 1))
            )
    return sorted(found, key=lambda f: f[1])


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default
