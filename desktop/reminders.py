"""ReminderScheduler: memo reminders (我的備忘) fire on time, once, in the tray and in the app.

Design (the due-time rules are pure, in :mod:`desktop.domain.reminders`):

- Nothing depends on a long timer. Every check reads the memos (cache plus the resident's own unsent
  saves) and the record of fired reminders, and compares due times with the wall clock
  (``ctx.clock``). Checks run at start, every :attr:`ReminderScheduler.TICK_MS`, shortly after a
  memo, appointment or outbox change, and at the next due time when it is closer than a tick. A
  computer that slept or was off simply finds, at its next check, what fell due meanwhile.
- Fire once: the check records what it fires in ``reminders_fired`` (schema v4) in one transaction on
  the DB worker, and only reminders recorded *now* are shown, so a restart never repeats one.
- A reminder noticed more than a few minutes late fires with "missed" wording (one per memo).
- Reminders of a cancelled appointment (cancelled here or elsewhere) never fire; cancelling through
  the app also deletes their memo.

Where a system tray exists the reminder is shown there too; :attr:`reminder_due` is always emitted so
the main window can show a banner (headless Linux and kiosks have no tray).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.context import AppContext
from desktop.domain.appointments import MACAO
from desktop.domain.changes import Changes
from desktop.domain.reminders import Due, due_reminders, next_due

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Check:
    """What one check found: reminders to show now, and when the next one is due."""

    shown: tuple[Due, ...]
    next_due: datetime | None


def fire_due(store: Any, now: datetime) -> Check:
    """Runs on the DB worker: record the reminders due by ``now`` as fired; return those to show."""
    from desktop.store.memo_local import FiredReminders, FiredRow
    from desktop.viewmodels.memo import pending_reminders

    reminders = pending_reminders(store)
    record = FiredReminders(store)
    fired = record.keys()
    due = due_reminders(reminders, fired, now)
    rows = [FiredRow(d.reminder.key, d.reminder.memo.id, d.reminder.due, d.missed, not d.silent) for d in due]
    inserted = record.record(rows, now) if rows else set()
    shown = tuple(d for d in due if d.reminder.key in inserted and not d.silent)
    return Check(shown, next_due(reminders, fired | inserted, now))


def when_text(at: datetime, now: datetime) -> str:
    """ "Today 09:30", "Tomorrow 09:30" or "2026-11-30 09:30", in Macao time."""
    local, today = at.astimezone(MACAO), now.astimezone(MACAO).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return QCoreApplication.translate("Reminders", "Today %1").replace("%1", clock)
    if local.date() == today + timedelta(days=1):
        return QCoreApplication.translate("Reminders", "Tomorrow %1").replace("%1", clock)
    return local.strftime("%Y-%m-%d %H:%M")


def reminder_texts(due: Due, now: datetime) -> tuple[str, str]:
    """(title, body) of a reminder in the current language."""
    memo = due.reminder.memo
    when = when_text(due.reminder.at, now)
    detail = memo.body.strip().splitlines()[0] if memo.body.strip() else ""
    if not due.missed:
        body = when if not detail else f"{when} · {detail}"
        return memo.title, body
    title = QCoreApplication.translate("Reminders", "Missed reminder: %1").replace("%1", memo.title)
    if due.reminder.at > now:
        body = QCoreApplication.translate(
            "Reminders", "This reminder was due while the computer was off or asleep. It is at %1."
        ).replace("%1", when)
    else:
        body = QCoreApplication.translate(
            "Reminders", "This reminder was due while the computer was off or asleep. It was at %1."
        ).replace("%1", when)
    return title, body if not detail else f"{body} {detail}"


class ReminderScheduler(QObject):
    #: (title, body, missed) in the current language; the main window shows it as a banner.
    reminder_due = Signal(str, str, bool)

    #: The periodic re-check; also the longest any timer is armed for.
    TICK_MS = 30_000
    #: Changes come in bursts during a sync: one check shortly after the last of them.
    SETTLE_MS = 500

    def __init__(self, ctx: AppContext, tray: QSystemTrayIcon | None = None) -> None:
        super().__init__(ctx)
        self._ctx = ctx
        self._tray = tray
        self._running = False
        self._checking = False
        self._again = False
        self._tick = QTimer(self)
        self._tick.setInterval(self.TICK_MS)
        self._tick.timeout.connect(self.check_now)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.check_now)
        self._unsubscribe = ctx.bus.subscribe(self._on_changes)
        ctx.account_changed.connect(self._on_account_changed)

    def start(self) -> None:
        """Check now and keep checking (call once the window is up; calling again does nothing)."""
        if self._running:
            return
        self._running = True
        self._tick.start()
        self.check_now()

    def stop(self) -> None:
        self._running = False
        self._tick.stop()
        self._soon.stop()

    @Slot()
    def check_now(self) -> None:
        """Fire what is due by the clock now (at most one check runs at a time)."""
        if self._checking:
            self._again = True
            return
        if self._ctx.db.closed:  # the app is closing: nothing more to check
            self.stop()
            return
        self._checking = True
        now = self._ctx.clock.now()

        def check(store: Any) -> tuple[Check, Changes]:
            return fire_due(store, now), Changes()

        self._ctx.tasks.write(check, self._on_checked, self._on_failed)

    def _on_checked(self, check: Check) -> None:
        self._checking = False
        now = self._ctx.clock.now()
        for due in check.shown:
            title, body = reminder_texts(due, now)
            if self._tray is not None and QSystemTrayIcon.isSystemTrayAvailable():
                self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 30_000)
            self.reminder_due.emit(title, body, due.missed)
        if self._again:
            self._again = False
            self.check_now()
        elif self._running and check.next_due is not None:
            wait_ms = (check.next_due - now).total_seconds() * 1000
            if wait_ms < self.TICK_MS:
                self._soon.start(max(0, int(wait_ms)) + 50)

    def _on_failed(self, error: BaseException) -> None:
        self._checking = False
        self._again = False
        from desktop.tasks import NoAccountOpen

        if not isinstance(error, NoAccountOpen):
            log.warning("checking reminders failed: %s", error)

    def _on_changes(self, changes: Changes) -> None:
        if self._running and changes.touches("memo", "appointment", "outbox"):
            self._soon.start(self.SETTLE_MS)

    def _on_account_changed(self, resident: object) -> None:
        if self._running and resident is not None:
            self.check_now()
