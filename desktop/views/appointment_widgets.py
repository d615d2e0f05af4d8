"""Building blocks of the appointments screens: the day-and-time picker, the QR ticket, the reschedule
dialog. Widgets only; data comes in as values from :mod:`desktop.viewmodels.appointments`."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.appointments import MACAO, Day, Slot, plan_days
from desktop.domain.bookings import Phase
from desktop.viewmodels.appointments import Calendar
from desktop.views.widgets_qr import QrCodeWidget

SLOT_ROLE = Qt.ItemDataRole.UserRole
FULL_COLOUR = "#8a96a3"


def day_label(day: Day) -> str:
    """ "Mon 30/11/2026" in the interface language (Qt's own locale data names the weekday)."""
    locale = QLocale()
    qdate = QDate(day.day.year, day.day.month, day.day.day)
    weekday = locale.dayName(qdate.dayOfWeek(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {locale.toString(qdate, QLocale.FormatType.ShortFormat)}"


def time_range(start: datetime, end: datetime) -> str:
    return f"{start.astimezone(MACAO):%H:%M}–{end.astimezone(MACAO):%H:%M}"


class SlotPicker(QWidget):
    """Days of the booking window on the left (closed days say why), that day's times on the right."""

    #: The chosen slot changed (a Slot, or None).
    slot_changed = Signal(object)
    #: Enter or double click on a bookable time.
    slot_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "zh-Hant"
        self._calendar: Calendar | None = None
        self._days: list[Day] = []
        self._now: datetime | None = None
        self._exclude: str | None = None
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        self.days_label = QLabel(self)
        self.days = QListWidget(self)
        self.days.setObjectName("AppointmentDays")
        self.days_label.setBuddy(self.days)
        self.times_label = QLabel(self)
        self.times = QListWidget(self)
        self.times.setObjectName("AppointmentTimes")
        self.times_label.setBuddy(self.times)
        left.addWidget(self.days_label)
        left.addWidget(self.days, 1)
        right.addWidget(self.times_label)
        right.addWidget(self.times, 1)
        box.addLayout(left, 2)
        box.addLayout(right, 3)
        self.days.currentRowChanged.connect(self._fill_times)
        self.times.currentItemChanged.connect(self._on_time_changed)
        self.times.itemActivated.connect(self._on_time_activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.days_label.setText(self.tr("Da&y"))
        self.times_label.setText(self.tr("&Time"))
        self.days.setAccessibleName(self.tr("Days"))
        self.times.setAccessibleName(self.tr("Times"))

    def set_calendar(
        self,
        calendar: Calendar | None,
        now: datetime,
        *,
        place_id: str | None = None,
        exclude: str | None = None,
    ) -> None:
        """Show ``calendar`` (the day and time chosen before stay chosen when still there)."""
        keep_day = self.days.currentItem().data(SLOT_ROLE) if self.days.currentItem() else None
        keep_slot = self.current_slot()
        self._calendar, self._now, self._exclude = calendar, now, exclude
        self._days = (
            plan_days(calendar.service, calendar.slots, calendar.holidays, now, place_id=place_id)
            if (calendar)
            else []
        )
        self.days.blockSignals(True)
        self.days.clear()
        chosen = -1
        for row, day in enumerate(self._days):
            item = QListWidgetItem(self._day_text(day), self.days)
            item.setData(SLOT_ROLE, day.day.isoformat())
            if day.closed or not day.free(now):
                item.setForeground(Qt.GlobalColor.gray)
            if day.day.isoformat() == keep_day or (keep_day is None and chosen < 0 and day.free(now)):
                chosen = row
        self.days.blockSignals(False)
        self.days.setCurrentRow(max(chosen, 0) if self._days else -1)
        self._fill_times(self.days.currentRow(), keep=keep_slot.id if keep_slot else None)

    def _day_text(self, day: Day) -> str:
        label = day_label(day)
        assert self._now is not None
        if day.holiday is not None and day.closed:
            return (
                self.tr("%1 · closed: %2")
                .replace("%1", label)
                .replace("%2", day.holiday.name.get(self.language))
            )
        if day.closed:
            return self.tr("%1 · closed").replace("%1", label)
        free = day.free(self._now)
        if not day.slots:
            return self.tr("%1 · no times").replace("%1", label)
        text = (
            self.tr("%1 · full").replace("%1", label)
            if not free
            else (label + " · " + self.tr("%n place(s) free", "", free))
        )
        if day.holiday is not None:
            text += " · " + self.tr("afternoon closed: %1").replace("%1", day.holiday.name.get(self.language))
        return text

    def _fill_times(self, row: int, keep: str | None = None) -> None:
        self.times.blockSignals(True)
        self.times.clear()
        day = self._days[row] if 0 <= row < len(self._days) else None
        calendar, now = self._calendar, self._now
        chosen: QListWidgetItem | None = None
        if day is not None and calendar is not None and now is not None:
            for slot in day.slots:
                place = calendar.service.place(slot.place_id)
                parts = [time_range(slot.start, slot.end)]
                if place is not None:
                    parts.append(place.name.get(self.language))
                mine = calendar.mine.get(slot.id)
                bookable = slot.free > 0 and slot.start > now and mine is None and slot.id != self._exclude
                if mine is not None or slot.id == self._exclude:
                    parts.append(
                        self.tr("your booking")
                        if mine is Phase.BOOKED or slot.id == self._exclude
                        else self.tr("your booking, not confirmed yet")
                    )
                elif slot.start <= now:
                    parts.append(self.tr("begun"))
                elif not slot.free:
                    parts.append(self.tr("full"))
                else:
                    parts.append(self.tr("%n place(s) free", "", slot.free))
                item = QListWidgetItem(" · ".join(parts), self.times)
                item.setData(SLOT_ROLE, slot.id)
                if not bookable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
                elif chosen is None or slot.id == keep:
                    chosen = item
        if chosen is not None:
            self.times.setCurrentItem(chosen)
        self.times.blockSignals(False)
        self.slot_changed.emit(self.current_slot())

    def current_slot(self) -> Slot | None:
        item = self.times.currentItem()
        if item is None or self._calendar is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        slot_id = item.data(SLOT_ROLE)
        return next((s for s in self._calendar.slots if s.id == slot_id), None)

    def select_slot(self, slot_id: str) -> bool:
        """Choose a slot by id (its day first); False when it is not bookable here."""
        for row, day in enumerate(self._days):
            if any(s.id == slot_id for s in day.slots):
                self.days.setCurrentRow(row)
                for index in range(self.times.count()):
                    item = self.times.item(index)
                    if item.data(SLOT_ROLE) == slot_id and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                        self.times.setCurrentItem(item)
                        return True
        return False

    def _on_time_changed(self, *_args: object) -> None:
        self.slot_changed.emit(self.current_slot())

    def _on_time_activated(self, _item: QListWidgetItem) -> None:
        slot = self.current_slot()
        if slot is not None:
            self.slot_activated.emit(slot)


class TicketView(QWidget):
    """The QR ticket to scan at the counter's ticket machine, and the ticket code to read out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AppointmentTicket")
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 4)
        self.qr = QrCodeWidget(self)
        self.qr.setFixedSize(200, 200)
        text = QVBoxLayout()
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.code = QLabel(self)
        self.code.setObjectName("TicketCode")
        # Large enough to read out at the counter, in any theme (the style sheet may set fonts).
        self.code.setStyleSheet("font-size: 30px; font-weight: 700; letter-spacing: 2px;")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        text.addWidget(self.caption)
        text.addWidget(self.code)
        text.addWidget(self.help)
        text.addStretch(1)
        box.addWidget(self.qr)
        box.addLayout(text, 1)
        self.token = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Ticket code"))
        self.help.setText(
            self.tr(
                "At the counter, scan this QR code at the ticket machine to take your ticket, or read "
                "out the ticket code. Arrive within your booked time."
            )
        )
        self.qr.setAccessibleName(self.tr("QR code of your appointment ticket"))
        self.code.setAccessibleName(self.tr("Ticket code %1").replace("%1", self.code.text()))

    def set_ticket(self, token: str, code: str) -> None:
        from desktop.capture.qr import encode_matrix  # qrcode is imported on first use only

        self.token = token
        self.qr.set_matrix(encode_matrix(token) if token else None)
        self.code.setText(code)
        self.retranslate()


class RescheduleDialog(QDialog):
    """Choose another time of the same service; the current one is marked as yours."""

    def __init__(
        self, title: str, current_slot_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the time"))
        self.resize(720, 460)
        self._current = current_slot_id
        box = QVBoxLayout(self)
        heading = QLabel(f"<b>{escape(title)}</b>", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(heading)
        note = QLabel(self.tr("Your ticket code stays the same; the QR code changes."), self)
        note.setWordWrap(True)
        box.addWidget(note)
        self.picker = SlotPicker(self)
        self.picker.language = language
        box.addWidget(self.picker, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Move to this time"))
        self.ok.setAccessibleName(self.ok.text())
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        self.picker.slot_changed.connect(lambda slot: self.ok.setEnabled(slot is not None))
        self.picker.slot_activated.connect(lambda _slot: self.accept())

    def set_calendar(self, calendar: Calendar | None, now: datetime) -> None:
        self.picker.set_calendar(calendar, now, exclude=self._current)

    @property
    def slot(self) -> Slot | None:
        return self.picker.current_slot()
