"""When memo reminders are due — pure functions, no Qt, no clock of their own.

A reminder is a memo's time minus one of its ``remind_before_minutes``. Its key names the memo and the
due time, so a memo moved to another time gets new keys (and reminds again), while a reminder that
fired once is never fired again: the caller keeps the keys of fired reminders in the cache
(``reminders_fired``) and passes them in.

Everything is computed from wall-clock times each time it is asked, never from how long a timer ran:
a computer that slept or was switched off simply finds the reminders whose time passed meanwhile.
Those fire once, as *missed* (one per memo, the latest), unless the memo's time is long over, when
they are recorded without being shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop.domain.appointments import Memo

#: Reminders offered for an appointment: one day and one hour before.
DEFAULT_BEFORE_MINUTES = (1440, 60)
#: Choices the memo dialogs offer, in minutes before.
CHOICES_MINUTES = (10080, 2880, 1440, 180, 60, 30, 15, 0)
#: Later than this after its time, a reminder is "missed" (the computer was off or asleep).
GRACE = timedelta(minutes=5)
#: Missed reminders of memos whose time is over by more than this are recorded, not shown.
STALE_AFTER = timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str
    memo: Memo
    #: The memo's time this reminder is about (an appointment's current start when known).
    at: datetime
    due: datetime
    before_minutes: int


@dataclass(frozen=True, slots=True)
class Due:
    reminder: Reminder
    #: Its time passed while the app was not running (or the computer slept).
    missed: bool
    #: Recorded as fired but not shown (an older missed reminder of the same memo, or a stale one).
    silent: bool = False


def reminder_key(memo_id: str, due: datetime) -> str:
    return f"{memo_id}@{due.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}"


def reminders_of(memo: Memo, *, at: datetime | None = None) -> list[Reminder]:
    """The memo's reminders, earliest first. ``at`` overrides the memo's time (an appointment's
    start after a reschedule). Reminders already over when the memo was saved are left out: the
    resident set them knowing that, and a "missed" notice for them would be noise."""
    when = at or memo.at
    found = []
    for minutes in sorted(set(memo.remind_before_minutes), reverse=True):
        due = when - timedelta(minutes=minutes)
        if memo.saved_at is not None and due < memo.saved_at - GRACE:
            continue
        found.append(Reminder(reminder_key(memo.id, due), memo, when, due, minutes))
    return found


def due_reminders(reminders: Iterable[Reminder], fired: set[str], now: datetime) -> list[Due]:
    """Reminders due by ``now`` that have not fired: on time, missed, or silent (see the module doc)."""
    waiting = sorted((r for r in reminders if r.key not in fired and r.due <= now), key=lambda r: r.due)
    latest: dict[str, Reminder] = {}
    for r in waiting:
        latest[r.memo.id] = r
    found = []
    for r in waiting:
        missed = now - r.due > GRACE
        superseded = latest[r.memo.id] is not r
        stale = missed and now - r.at > STALE_AFTER
        found.append(Due(r, missed, silent=superseded or stale))
    return found


def next_due(reminders: Iterable[Reminder], fired: set[str], now: datetime) -> datetime | None:
    """When the next reminder that has not fired is due (after ``now``), or None."""
    times = [r.due for r in reminders if r.key not in fired and r.due > now]
    return min(times) if times else None
