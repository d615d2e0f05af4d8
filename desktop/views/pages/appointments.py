"""預約取籌 Appointments: book a counter appointment — department, service, day, time — and see your
bookings with their QR tickets.

Everything reads from the cache, so the services, opening hours and free times can be browsed offline;
the times say when they were last brought from the server ("as of"). A booking is saved on this
computer first and clearly marked as not confirmed until the server answers; the button is disabled
from the first click until the booking is saved, and the save itself refuses a second booking of the
same time, so a double click books once.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.domain.appointments import WEEKDAYS, AppointmentService, Place
from desktop.domain.changes import Changes
from desktop.domain.operation import Operation
from desktop.viewmodels.appointments import AppointmentsModel, Calendar
from desktop.views.appointment_mine import MyAppointmentsPanel
from desktop.views.appointment_widgets import SlotPicker
from desktop.views.pages.base import Page
from desktop.views.widgets import local_time

ROLE = Qt.ItemDataRole.UserRole


def opening_hours_text(place: Place) -> str:
    """ "Mon–Thu 09:00–13:00, 14:30–17:45 · Fri 09:00–13:00, 14:30–17:30" (weekday names from Qt)."""
    locale = QLocale()
    groups: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
    for index, day in enumerate(WEEKDAYS):
        windows = place.opening_hours.get(day, ())
        if groups and groups[-1][2] == windows and groups[-1][1] == index - 1:
            groups[-1] = (groups[-1][0], index, windows)
        else:
            groups.append((index, index, windows))
    parts = []
    for first, last, windows in groups:
        if not windows:
            continue
        names = locale.dayName(first + 1, QLocale.FormatType.ShortFormat)
        if last != first:
            names += "–" + locale.dayName(last + 1, QLocale.FormatType.ShortFormat)
        parts.append(names + " " + ", ".join(f"{a}–{b}" for a, b in windows))
    return " · ".join(parts)


class BookingPanel(QWidget):
    def __init__(self, ctx: AppContext, model: AppointmentsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.calendar: Calendar | None = None
        splitter = QSplitter(self)
        left = QWidget(splitter)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 8, 0)
        self.department_label = QLabel(left)
        self.department = QComboBox(left)
        self.department.setObjectName("AppointmentDepartment")
        self.department_label.setBuddy(self.department)
        self.filter = QLineEdit(left)
        self.filter.setClearButtonEnabled(True)
        self.services_label = QLabel(left)
        self.services = QListWidget(left)
        self.services.setObjectName("AppointmentServices")
        self.services.setWordWrap(True)
        self.services_label.setBuddy(self.services)
        for widget in (self.department_label, self.department, self.filter, self.services_label):
            left_box.addWidget(widget)
        left_box.addWidget(self.services, 1)
        right = QWidget(splitter)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(8, 0, 0, 0)
        self.info = QTextBrowser(right)
        self.info.setObjectName("AppointmentServiceInfo")
        self.info.setMaximumHeight(240)
        place_row = QHBoxLayout()
        self.place_label = QLabel(right)
        self.place = QComboBox(right)
        self.place.setObjectName("AppointmentPlace")
        self.place_label.setBuddy(self.place)
        place_row.addWidget(self.place_label)
        place_row.addWidget(self.place, 1)
        self.picker = SlotPicker(right)
        self.as_of = QLabel(right)
        self.as_of.setObjectName("AppointmentAsOf")
        self.as_of.setWordWrap(True)
        self.book_button = QPushButton(right)
        self.book_button.setObjectName("BookButton")
        self.book_button.setDefault(True)
        right_box.addWidget(self.info)
        right_box.addLayout(place_row)
        right_box.addWidget(self.picker, 1)
        right_box.addWidget(self.as_of)
        right_box.addWidget(self.book_button)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([300, 720])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        self.department.currentIndexChanged.connect(self._fill_services)
        self.filter.textChanged.connect(self._fill_services)
        self.services.currentItemChanged.connect(self._on_service_changed)
        self.place.currentIndexChanged.connect(self._show_calendar)
        self.picker.slot_changed.connect(self._update_button)
        self.picker.slot_activated.connect(lambda _slot: self.book())
        self.book_button.clicked.connect(self.book)
        self.model.catalogue_loaded.connect(self.fill)
        self.retranslate()

    def retranslate(self) -> None:
        self.department_label.setText(self.tr("&Department"))
        self.department.setAccessibleName(self.tr("Department"))
        self.filter.setPlaceholderText(self.tr("Filter services"))
        self.filter.setAccessibleName(self.tr("Filter services"))
        self.services_label.setText(self.tr("&Service"))
        self.services.setAccessibleName(self.tr("Services that take appointments"))
        self.info.setAccessibleName(self.tr("About this service"))
        self.place_label.setText(self.tr("&Place"))
        self.place.setAccessibleName(self.tr("Place"))
        self.picker.language = self.ctx.language
        self.picker.retranslate()
        self.fill()

    # --- catalogue ---------------------------------------------------------------------------------
    def fill(self) -> None:
        lang = self.ctx.language
        keep = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), "")
        for dep in self.model.catalogue.departments:
            self.department.addItem(f"{dep.name.get(lang)} ({dep.abbr})", dep.id)
        index = self.department.findData(keep) if keep else 0
        self.department.setCurrentIndex(max(index, 0))
        self.department.blockSignals(False)
        self._fill_services()

    def _fill_services(self, *_args: object) -> None:
        lang = self.ctx.language
        keep = self.current_service()
        department = self.department.currentData() or ""
        words = self.filter.text().strip().casefold()
        self.services.blockSignals(True)
        self.services.clear()
        chosen = None
        for service in self.model.catalogue.services:
            title = service.title.get(lang)
            if department and service.department_id != department:
                continue
            if words and words not in title.casefold() and words not in service.id:
                continue
            item = QListWidgetItem(title, self.services)
            item.setData(ROLE, service.id)
            if keep is not None and service.id == keep.id:
                chosen = item
        self.services.setCurrentItem(chosen or self.services.item(0))
        self.services.blockSignals(False)
        self._on_service_changed()

    def current_service(self) -> AppointmentService | None:
        item = self.services.currentItem()
        service_id = item.data(ROLE) if item is not None else None
        return next((s for s in self.model.catalogue.services if s.id == service_id), None)

    def select_service(self, service_id: str) -> None:
        self.department.setCurrentIndex(0)
        self.filter.clear()
        for row in range(self.services.count()):
            if self.services.item(row).data(ROLE) == service_id:
                self.services.setCurrentRow(row)

    def _on_service_changed(self, *_args: object) -> None:
        service = self.current_service()
        if self.calendar is not None and service is not None and self.calendar.service.id == service.id:
            self._show_service()  # the same service (a new language, a refreshed list): no new query
            return
        self.calendar = None
        self._show_service()
        if service is not None:
            self.model.fetch_calendar(service.id, self._on_calendar)

    def reload_calendar(self) -> None:
        service = self.current_service()
        if service is not None:
            self.model.fetch_calendar(service.id, self._on_calendar)

    def _on_calendar(self, calendar: Calendar | None) -> None:
        service = self.current_service()
        if calendar is not None and (service is None or calendar.service.id != service.id):
            return  # the resident moved on to another service meanwhile
        self.calendar = calendar
        self._show_service()

    # --- one service -------------------------------------------------------------------------------
    def _show_service(self) -> None:
        lang = self.ctx.language
        calendar = self.calendar
        service = calendar.service if calendar else None
        keep = self.place.currentData()
        self.place.blockSignals(True)
        self.place.clear()
        self.place.addItem(self.tr("All places"), "")
        for place in service.places if service else ():
            self.place.addItem(place.name.get(lang), place.id)
        self.place.setCurrentIndex(max(self.place.findData(keep), 0) if keep else 0)
        self.place.blockSignals(False)
        if service is None:
            hint = (
                self.tr("Choose a service to see its times.")
                if self.model.catalogue.services
                else self.tr("The services that take appointments have not been downloaded yet.")
            )
            self.info.setHtml(f"<p>{escape(hint)}</p>")
        else:
            self.info.setHtml(self._service_html(service))
        self._show_calendar()

    def _service_html(self, service: AppointmentService) -> str:
        lang = self.ctx.language
        parts = [f"<h3>{escape(service.title.get(lang))}</h3>"]
        bring = service.what_to_bring.get(lang)
        if bring:
            label = self.tr("What to bring")
            parts.append(f"<p><b>{escape(label)}</b><br>{escape(bring)}</p>")
        if service.duration_minutes:
            about = self.tr("About %n minute(s) at the counter.", "", service.duration_minutes)
            parts.append(f"<p>{escape(about)}</p>")
        for place in service.places:
            hours = opening_hours_text(place)
            parts.append(
                f"<p><b>{escape(place.name.get(lang))}</b><br>{escape(place.address.get(lang))}<br>"
                + escape(self.tr("Opening hours: %1").replace("%1", hours or "—"))
                + "<br>"
                + escape(self.tr("Closed on public holidays."))
                + "</p>"
            )
        return "".join(parts)

    def _show_calendar(self, *_args: object) -> None:
        calendar = self.calendar
        self.picker.set_calendar(calendar, self.ctx.clock.now(), place_id=self.place.currentData() or None)
        if calendar is None:
            self.as_of.setText("")
        elif calendar.as_of is None:
            self.as_of.setText(self.tr("Free times have not been downloaded yet."))
        else:
            self.as_of.setText(
                self.tr(
                    "Free places as of %1. The server confirms your booking when it receives it."
                ).replace("%1", local_time(calendar.as_of))
            )
        self._update_button()

    def _update_button(self, *_args: object) -> None:
        slot = self.picker.current_slot()
        if slot is None:
            self.book_button.setText(self.tr("Book"))
        else:
            self.book_button.setText(self.tr("Book %1").replace("%1", local_time(slot.start)))
        self.book_button.setAccessibleName(self.book_button.text())
        self.book_button.setEnabled(slot is not None and not self.model.booking_in_progress)

    def book(self) -> None:
        slot, service = self.picker.current_slot(), self.current_service()
        if slot is None or service is None:
            return
        self.book_button.setEnabled(False)  # until the outbox has it: one click, one booking
        self.model.book(slot.id, service.id)


class AppointmentsPage(Page):
    WATCHES = ("appointment_service", "slot", "appointment", "public_holiday", "memo", "outbox", "department")
    LOADS_ASYNC = True

    #: The resident wants to see the memo (我的備忘).
    memo_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = AppointmentsModel(ctx, self)
        self._catalogue_stale = True
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("AppointmentTabs")
        self.booking = BookingPanel(ctx, self.model, self.tabs)
        self.mine = MyAppointmentsPanel(ctx, self.model, self.tabs)
        self.tabs.addTab(self.booking, "")
        self.tabs.addTab(self.mine, "")
        self.layout_.addWidget(self.tabs, 1)
        self.model.catalogue_loaded.connect(self._mark_loaded)
        self.model.mine_loaded.connect(self._update_tab_texts)
        self.model.saved.connect(self._on_saved)
        self.model.refused.connect(self._on_refused)
        self.mine.memo_requested.connect(self.memo_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Appointments"))
        self.tabs.setAccessibleName(self.tr("Appointments"))
        self.booking.retranslate()
        self.mine.retranslate()
        self._update_tab_texts()

    def _update_tab_texts(self) -> None:
        now = self.ctx.clock.now()
        upcoming = sum(1 for a in self.model.mine if a.upcoming(now))
        self.tabs.setTabText(0, self.tr("&Book an appointment"))
        self.tabs.setTabText(1, self.tr("&My appointments (%1)").replace("%1", str(upcoming)))

    # --- data --------------------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("appointment_service", "department"):
            self._catalogue_stale = True
        super()._on_changes(changes)

    def refresh(self) -> None:
        if self._catalogue_stale:
            self._catalogue_stale = False
            self.model.reload()
        else:
            self.model.reload_mine()
        self.booking.reload_calendar()

    def forget(self) -> None:
        self._catalogue_stale = True
        self.model.clear()

    def show_appointment(self, key: str) -> None:
        """Open My appointments at one booking (an appointment id or a booking's operation id)."""
        self.tabs.setCurrentWidget(self.mine)
        self.mine.select(key)

    # --- outcomes ----------------------------------------------------------------------------------
    def _on_saved(self, action: str, op: Operation) -> None:
        if action == "book":
            self.show_appointment(op.op_id)
        self.model.reload_mine()
        self.booking.reload_calendar()

    def _on_refused(self, reason: str) -> None:
        self.model.reload_mine()
        self.booking.reload_calendar()
        if reason == "already":
            QMessageBox.information(
                self,
                self.tr("Already on its way"),
                self.tr(
                    "You have booked this time already, or a change of this booking is on its way. "
                    "Nothing was booked twice."
                ),
            )
        else:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("This could not be saved. Try again."))
