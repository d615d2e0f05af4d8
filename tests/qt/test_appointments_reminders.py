"""The reminder scheduler on a real context and cache, with a clock the test moves: a reminder fires on
time once, not again after a restart; one whose time passed while the app was closed fires once on the
next start as "missed"; a cancelled appointment's reminders never fire; a memo saved offline reminds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.clock import FakeClock
from desktop.config import AppConfig
from desktop.context import AppContext
from desktop.domain.appointments import MACAO, Memo
from desktop.domain.changes import Changes
from desktop.reminders import ReminderScheduler
from desktop.store import open_store
from desktop.viewmodels.memo import enqueue_save

START = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)  # 09:00 in Macao
AT = datetime(2026, 11, 30, 10, 30, tzinfo=MACAO)


def _memo_row(memo_id: str, title: str, appointment_id: str | None = None) -> dict[str, Any]:
    return {
        "id": memo_id,
        "title": title,
        "body": "身份證明局服務櫃枱",
        "at": AT.isoformat(),
        "remind_before_minutes": [1440, 60],
        "appointment_id": appointment_id,
        "created_at": START.isoformat(),
        "updated_at": START.isoformat(),
    }


def _appointment_row(appointment_id: str, status: str) -> dict[str, Any]:
    return {
        "id": appointment_id,
        "service_id": "ps-1002",
        "slot_id": "sl-1",
        "start": AT.isoformat(),
        "end": (AT + timedelta(minutes=30)).isoformat(),
        "status": status,
        "ticket_code": "K7MQ-2XDA",
        "ticket_token": "OA1.x.y",
        "location": {"id": "loc-dsi", "name": {"zh": "身份證明局"}, "address": None},
    }


def _seed(path: Path, rows: list[tuple[str, dict[str, Any]]]) -> None:
    with open_store(path) as store:
        changes = [{"entity": e, "id": r["id"], "op": "put", "row": r, "version": 1} for e, r in rows]
        store.apply_changes(changes, "e1:1")


@contextmanager
def _running(tmp_path: Path, clock: FakeClock, cache: Path) -> Iterator[tuple[AppContext, ReminderScheduler]]:
    """One run of the app's background side: a context on ``cache`` and its reminder scheduler."""
    ctx = AppContext(AppConfig(server_url="http://127.0.0.1:9", data_dir=tmp_path / "data"), clock=clock)
    ctx.db.reopen(lambda: open_store(cache)).result(timeout=10)
    scheduler = ReminderScheduler(ctx)
    try:
        yield ctx, scheduler
    finally:
        scheduler.stop()
        ctx.shutdown()


def _check(qtbot: QtBot, ctx: AppContext, scheduler: ReminderScheduler) -> list[tuple[str, str, bool]]:
    seen: list[tuple[str, str, bool]] = []
    scheduler.reminder_due.connect(lambda title, body, missed: seen.append((title, body, missed)))
    scheduler.check_now()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0 and not scheduler._checking, timeout=5_000)
    return seen


def test_on_time_once_then_not_after_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite3"
    _seed(cache, [("memo", _memo_row("m1", "身份證續期"))])
    clock = FakeClock(START)
    with _running(tmp_path, clock, cache) as (ctx, scheduler):
        assert _check(qtbot, ctx, scheduler) == []
        clock.advance((AT - timedelta(days=1) - START).total_seconds() + 20)  # the day before, on time
        seen = _check(qtbot, ctx, scheduler)
        assert [(title, missed) for title, _body, missed in seen] == [("身份證續期", False)]
        assert "身份證明局服務櫃枱" in seen[0][1]
        assert _check(qtbot, ctx, scheduler) == []  # checked again: nothing more
    clock.advance(60)
    with _running(tmp_path, clock, cache) as (ctx, scheduler):  # a restart a minute later
        assert _check(qtbot, ctx, scheduler) == []


def test_missed_while_off_fires_once_on_start(qtbot: QtBot, tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite3"
    _seed(cache, [("memo", _memo_row("m1", "身份證續期"))])
    clock = FakeClock(START)
    with _running(tmp_path, clock, cache) as (ctx, scheduler):
        assert _check(qtbot, ctx, scheduler) == []
    clock.advance((AT - timedelta(hours=3) - START).total_seconds())  # off over the day-before reminder
    with _running(tmp_path, clock, cache) as (ctx, scheduler):
        seen = _check(qtbot, ctx, scheduler)
        assert len(seen) == 1 and seen[0][2] is True
        assert "身份證續期" in seen[0][0] and seen[0][0] != "身份證續期"  # says it was missed
    with _running(tmp_path, clock, cache) as (ctx, scheduler):
        assert _check(qtbot, ctx, scheduler) == []
    clock.advance(timedelta(hours=2, minutes=1).total_seconds())  # the hour-before one, on time
    with _running(tmp_path, clock, cache) as (ctx, scheduler):
        assert [missed for _t, _b, missed in _check(qtbot, ctx, scheduler)] == [False]


def test_cancelled_appointments_do_not_remind(qtbot: QtBot, tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite3"
    _seed(
        cache,
        [
            ("appointment", _appointment_row("AP-1", "cancelled")),
            ("memo", _memo_row("m1", "已取消的預約", "AP-1")),
            ("appointment", _appointment_row("AP-2", "booked")),
            ("memo", _memo_row("m2", "仍然有效的預約", "AP-2")),
        ],
    )
    clock = FakeClock(AT - timedelta(hours=1) + timedelta(seconds=5))
    with _running(tmp_path, clock, cache) as (ctx, scheduler):
        seen = _check(qtbot, ctx, scheduler)
        assert [title for title, _b, _m in seen] == ["仍然有效的預約"]


def test_a_memo_saved_offline_reminds(qtbot: QtBot, tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite3"
    open_store(cache).close()
    clock = FakeClock(datetime.now(UTC))
    memo = Memo("m-offline", "交水費", "", clock.now() + timedelta(minutes=61), (60,), None)
    with _running(tmp_path, clock, cache) as (ctx, scheduler):
        ctx.tasks.write(lambda store: (enqueue_save(store, memo), Changes.of(["outbox"])))
        qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5_000)
        assert _check(qtbot, ctx, scheduler) == []
        clock.advance(90)
        assert [title for title, _b, _m in _check(qtbot, ctx, scheduler)] == ["交水費"]


def test_a_check_after_shutdown_stops_quietly(qtbot: QtBot, tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite3"
    open_store(cache).close()
    with _running(tmp_path, FakeClock(START), cache) as (ctx, scheduler):
        scheduler.start()
        qtbot.waitUntil(lambda: not scheduler._checking, timeout=5_000)
        ctx.db.shutdown()  # the app is closing while a timer is still armed
        scheduler.check_now()
        assert not scheduler._running and not scheduler._checking
