"""Memo reminders: when each is due, on time or missed, fired once — the pure rules and the local record."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.domain.appointments import MACAO, Memo
from desktop.domain.reminders import (
    GRACE,
    STALE_AFTER,
    due_reminders,
    next_due,
    reminder_key,
    reminders_of,
)
from desktop.store import open_store
from desktop.store.memo_local import FiredReminders, FiredRow

SAVED = datetime(2026, 11, 27, 9, 0, tzinfo=MACAO)
AT = datetime(2026, 11, 30, 10, 30, tzinfo=MACAO)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"


def _memo(memo_id: str = "m1", at: datetime = AT, before: tuple[int, ...] = (1440, 60)) -> Memo:
    return Memo(memo_id, "身份證續期", "", at, before, None, SAVED)


def test_one_reminder_per_time_before_earliest_first() -> None:
    found = reminders_of(_memo(before=(60, 1440, 60)))
    assert [r.before_minutes for r in found] == [1440, 60]
    assert [r.due for r in found] == [AT - timedelta(days=1), AT - timedelta(hours=1)]
    assert found[0].key == "m1@2026-11-29T02:30:00Z"


def test_a_moved_appointment_gives_new_keys() -> None:
    moved = AT + timedelta(days=2)
    old = {r.key for r in reminders_of(_memo())}
    new = reminders_of(_memo(), at=moved)
    assert {r.key for r in new}.isdisjoint(old)
    assert new[-1].due == moved - timedelta(hours=1)


def test_reminders_already_over_when_saved_are_left_out() -> None:
    soon = SAVED + timedelta(hours=3)  # booked three hours ahead: the day-before reminder never was
    assert [r.before_minutes for r in reminders_of(_memo(at=soon))] == [60]


def test_due_on_time_then_never_again() -> None:
    reminders = reminders_of(_memo())
    day_before = AT - timedelta(days=1)
    assert due_reminders(reminders, set(), day_before - timedelta(seconds=1)) == []
    due = due_reminders(reminders, set(), day_before + timedelta(seconds=30))
    assert [(d.reminder.before_minutes, d.missed, d.silent) for d in due] == [(1440, False, False)]
    fired = {due[0].reminder.key}
    assert due_reminders(reminders, fired, day_before + timedelta(minutes=1)) == []
    assert next_due(reminders, fired, day_before) == AT - timedelta(hours=1)


def test_late_by_more_than_the_grace_is_missed_and_one_per_memo() -> None:
    reminders = reminders_of(_memo())
    # Off from before the day-before reminder until after the hour-before one.
    now = AT - timedelta(minutes=30)
    due = due_reminders(reminders, set(), now)
    assert [(d.reminder.before_minutes, d.missed, d.silent) for d in due] == [
        (1440, True, True),
        (60, True, False),
    ]
    assert now - due[1].reminder.due > GRACE


def test_missed_reminders_of_a_memo_long_over_are_recorded_silently() -> None:
    reminders = reminders_of(_memo())
    due = due_reminders(reminders, set(), AT + STALE_AFTER + timedelta(minutes=1))
    assert due and all(d.silent for d in due)


def test_the_v3_cache_migrates_and_records_fired_reminders_once(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    shutil.copyfile(FIXTURES / "v3.sqlite3", path)
    row = FiredRow(reminder_key("m1", AT), "m1", AT, False, True)
    now = datetime(2026, 11, 29, 2, 30, tzinfo=UTC)
    with open_store(path) as store:
        fired = FiredReminders(store)
        assert fired.keys() == set()
        assert fired.record([row], now) == {row.key}
        assert fired.record([row], now) == set()  # the second check of the same moment fires nothing
    with open_store(path) as store:  # a restart
        assert FiredReminders(store).keys() == {row.key}
        memo = store.connection.execute("SELECT row_json FROM cache_rows WHERE entity = 'memo'").fetchone()
        assert "身份證續期" in memo[0]
