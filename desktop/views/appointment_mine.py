"""My appointments: upcoming and past bookings, each with where it stands, its QR ticket, and what can
be done — cancel, change the time, reminders in the memo, print or save the slip, or (for a booking the
server refused because the time was taken) book one of the nearest free times with one click."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.domain.appointments import MACAO
from desktop.domain.bookings import MyAppointment, Phase
from desktop.viewmodels.appointments import AppointmentsModel
from desktop.views.appointment_slip import Slip, print_slip, save_slip_pdf
from desktop.views.appointment_widgets import RescheduleDialog, TicketView, time_range
from desktop.views.pages.memo import ReminderDialog
from desktop.views.texts import appointment_refusal_text, problem_slug_text, reminders_text
from desktop.views.widgets import ATTENTION_COLOUR, OK_COLOUR, WAITING_COLOUR, local_time

ROLE = Qt.ItemDataRole.UserRole


class MyAppointmentsPanel(QWidget):
    #: The resident wants to see the memo (this booking's reminders are there).
    memo_requested = Signal()

    def __init__(self, ctx: AppContext, model: AppointmentsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(self)
        self.tree = QTreeWidget(splitter)
        self.tree.setObjectName("MyAppointments")
        self.tree.setColumnCount(3)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        right = QWidget(scroll)
        scroll.setWidget(right)
        right_box = QVBoxLayout(right)
        self.status = QLabel(right)
        self.status.setObjectName("AppointmentStatus")
        self.status.setWordWrap(True)
        self.detail = QTextBrowser(right)
        self.detail.setObjectName("AppointmentDetail")
        self.detail.setMinimumHeight(150)
        self.ticket = TicketView(right)
        self.nearest_label = QLabel(right)
        self.nearest_label.setWordWrap(True)
        self.nearest_box = QVBoxLayout()
        self.nearest_buttons: list[QPushButton] = []
        actions = QGridLayout()
        self.reminder_button = QPushButton(right)
        self.reminder_button.clicked.connect(self._on_reminder_clicked)
        self.reschedule_button = QPushButton(right)
        self.reschedule_button.clicked.connect(self._on_reschedule_clicked)
        self.cancel_button = QPushButton(right)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.discard_button = QPushButton(right)
        self.discard_button.clicked.connect(self._on_discard_clicked)
        self.print_button = QPushButton(right)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button = QPushButton(right)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.memo_button = QPushButton(right)
        self.memo_button.clicked.connect(self.memo_requested)
        self.buttons = (
            self.reminder_button,
            self.reschedule_button,
            self.cancel_button,
            self.print_button,
            self.pdf_button,
            self.memo_button,
            self.discard_button,
        )
        for index, button in enumerate(self.buttons):
            actions.addWidget(button, index // 3, index % 3)
        for widget in (self.status, self.detail, self.ticket, self.nearest_label):
            right_box.addWidget(widget)
        right_box.addLayout(self.nearest_box)
        right_box.addLayout(actions)
        right_box.addStretch(1)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([420, 580])
        box.addWidget(splitter)
        self.model.mine_loaded.connect(self.fill)
        self.retranslate()

    # --- texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Service"), self.tr("Status")])
        self.tree.setAccessibleName(self.tr("My appointments"))
        self.detail.setAccessibleName(self.tr("Appointment details"))
        self.reminder_button.setText(self.tr("&Reminders in my memo…"))
        self.reschedule_button.setText(self.tr("C&hange the time…"))
        self.cancel_button.setText(self.tr("&Cancel the appointment…"))
        self.discard_button.setText(self.tr("&Discard this booking"))
        self.print_button.setText(self.tr("&Print the slip…"))
        self.pdf_button.setText(self.tr("&Save the slip as PDF…"))
        self.memo_button.setText(self.tr("Open my &memo"))
        for button in self.buttons:
            button.setAccessibleName(button.text().replace("&", ""))
        self.ticket.retranslate()
        self.fill()

    def status_text(self, a: MyAppointment) -> str:
        if a.phase is Phase.SAVED:
            return self.tr(
                "Saved on this computer — not confirmed yet. It is sent when there is a connection."
            )
        if a.phase is Phase.SENDING:
            return self.tr("Sending — not confirmed yet")
        if a.phase is Phase.REFUSED:
            op = a.booking_op
            slug = op.problem_slug if op else None
            reason = appointment_refusal_text(slug) or problem_slug_text(slug)
            return self.tr("Not booked: %1").replace("%1", reason)
        if a.phase is Phase.CANCELLING:
            return self.tr("Cancelling — saved on this computer, not confirmed yet")
        if a.phase is Phase.MOVING:
            when = local_time(a.moving_to.start) if a.moving_to else "—"
            return self.tr("Moving to %1 — not confirmed yet").replace("%1", when)
        if a.phase is Phase.CANCELLED:
            return self.tr("Cancelled")
        if a.phase is Phase.DONE or a.end <= self.ctx.clock.now():
            return self.tr("Time passed")
        change = a.change_op
        if change is not None and change.needs_attention:
            reason = appointment_refusal_text(change.problem_slug) or problem_slug_text(change.problem_slug)
            return self.tr("Booked. Your change was refused: %1").replace("%1", reason)
        return self.tr("Booked — confirmed, updating") if a.confirming else self.tr("Booked — confirmed")

    def short_status(self, a: MyAppointment) -> str:
        """The status column: a few words (the detail says it in full)."""
        texts = {
            Phase.SAVED: self.tr("Saved on this computer"),
            Phase.SENDING: self.tr("Sending"),
            Phase.REFUSED: self.tr("Not booked"),
            Phase.CANCELLING: self.tr("Cancelling"),
            Phase.MOVING: self.tr("Moving"),
            Phase.CANCELLED: self.tr("Cancelled"),
        }
        if a.phase in texts:
            return texts[a.phase]
        if a.phase is Phase.DONE or a.end <= self.ctx.clock.now():
            return self.tr("Time passed")
        return self.tr("Booked")

    def _title(self, a: MyAppointment) -> str:
        return a.service.title.get(self.ctx.language) if a.service else a.service_id

    def _place(self, a: MyAppointment) -> tuple[str, str]:
        lang = self.ctx.language
        place = (
            a.appointment.place
            if a.appointment and a.appointment.place.name.zh
            else (a.service.place(a.place_id) if a.service else None)
        )
        return (place.name.get(lang), place.address.get(lang)) if place else (a.place_id, "")

    # --- list --------------------------------------------------------------------------------------
    def fill(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        now = self.ctx.clock.now()
        groups = {}
        for key, title in (("next", self.tr("Upcoming")), ("past", self.tr("Past and cancelled"))):
            node = QTreeWidgetItem(self.tree, [title])
            node.setFirstColumnSpanned(True)
            node.setExpanded(True)
            node.setFlags(node.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            groups[key] = node
        chosen = None
        wanted = self.model.follow
        for a in self.model.mine:
            group = groups["next" if a.upcoming(now) else "past"]
            node = QTreeWidgetItem(group, [local_time(a.start), self._title(a), self.short_status(a)])
            node.setData(0, ROLE, a.key)
            node.setToolTip(1, self._title(a))
            colour = {
                Phase.REFUSED: ATTENTION_COLOUR,
                Phase.SAVED: WAITING_COLOUR,
                Phase.SENDING: WAITING_COLOUR,
                Phase.CANCELLING: WAITING_COLOUR,
                Phase.MOVING: WAITING_COLOUR,
            }.get(a.phase)
            if colour:
                node.setForeground(2, QColor(colour))
            if a.key == wanted or (wanted is None and chosen is None and group is groups["next"]):
                chosen = node
        groups["past"].setExpanded(groups["next"].childCount() == 0)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
            self.model.follow = str(chosen.data(0, ROLE))
        self.tree.blockSignals(False)
        self.show_current()

    def select(self, key: str) -> None:
        """Show one booking (an appointment id or a booking operation's id, followed as it changes)."""
        self.model.follow = key
        self.fill()
        if self.current() is None:
            self.model.reload_mine()  # a booking just saved: the list does not hold it yet

    def current(self) -> MyAppointment | None:
        return self.model.find(self.model.follow) if self.model.follow else None

    def _on_current_changed(self, node: QTreeWidgetItem | None, _previous: object) -> None:
        key = node.data(0, ROLE) if node is not None else None
        if key:
            self.model.follow = str(key)
        self.show_current()

    # --- detail ------------------------------------------------------------------------------------
    def show_current(self) -> None:
        a = self.current()
        now = self.ctx.clock.now()
        for button in (*self.buttons, *self.nearest_buttons):
            button.setVisible(False)
        self.ticket.setVisible(False)
        self.nearest_label.setVisible(False)
        if a is None:
            self.status.setText("")
            hint = (
                self.tr("Choose an appointment to see its ticket.")
                if self.model.mine
                else self.tr("You have no appointments yet. Book one on the first tab.")
            )
            self.detail.setHtml(f"<p>{escape(hint)}</p>")
            return
        colour = (
            ATTENTION_COLOUR
            if a.phase is Phase.REFUSED
            else OK_COLOUR
            if a.phase is Phase.BOOKED
            else WAITING_COLOUR
        )
        self.status.setText(f"<b style='color:{colour}'>{escape(self.status_text(a))}</b>")
        name, address = self._place(a)
        rows = [
            (self.tr("Place"), name),
            (self.tr("Address"), address),
            (self.tr("Time"), f"{local_time(a.start)}–{a.end.astimezone(MACAO):%H:%M}"),
        ]
        if a.memo is not None:
            words = reminders_text(a.memo.remind_before_minutes)
            rows.append((self.tr("Reminders"), words or "—"))
        if a.service and a.service.what_to_bring.get(self.ctx.language):
            rows.append((self.tr("What to bring"), a.service.what_to_bring.get(self.ctx.language)))
        table = "".join(
            f"<tr><th align='left' valign='top'>{escape(k)}</th><td>{escape(v)}</td></tr>"
            for k, v in rows
            if v
        )
        self.detail.setHtml(f"<h3>{escape(self._title(a))}</h3><table cellpadding='3'>{table}</table>")
        live = a.phase in (Phase.BOOKED, Phase.MOVING, Phase.CANCELLING) and a.end > now
        appointment = a.appointment
        if live and appointment is not None and appointment.ticket_token:
            self.ticket.set_ticket(appointment.ticket_token, appointment.ticket_code)
            self.ticket.setVisible(True)
            # A kiosk offers no way out to the file system (a print dialog can "print to file").
            kiosk = self.ctx.profile.kind.value == "kiosk"
            self.print_button.setVisible(not kiosk)
            self.pdf_button.setVisible(not kiosk)
        can_change = a.can_change(now)
        self.reminder_button.setVisible(can_change)
        self.reschedule_button.setVisible(can_change)
        self.cancel_button.setVisible(can_change)
        self.discard_button.setVisible(a.can_discard)
        self.memo_button.setVisible(a.memo is not None and a.phase is not Phase.CANCELLED)
        self._show_nearest(a)

    def _show_nearest(self, a: MyAppointment) -> None:
        for button in self.nearest_buttons:
            self.nearest_box.removeWidget(button)
            button.deleteLater()
        self.nearest_buttons = []
        nearest = a.nearest
        if not nearest or a.booking_op is None:
            return
        self.nearest_label.setText(self.tr("Nearest free times — one click books it instead:"))
        self.nearest_label.setVisible(True)
        op_id = a.booking_op.op_id
        for slot_id, start, place_id, free in nearest:
            place = a.service.place(place_id) if a.service else None
            text = (
                self.tr("Book %1 · %2")
                .replace("%1", local_time(start))
                .replace("%2", place.name.get(self.ctx.language) if place else place_id)
                + " · "
                + self.tr("%n place(s) free", "", free)
            )
            button = QPushButton(text, self)
            button.setAccessibleName(text)
            button.setObjectName("NearestFreeButton")
            button.clicked.connect(lambda _checked=False, s=slot_id: self._rebook(op_id, s))
            self.nearest_box.addWidget(button)
            self.nearest_buttons.append(button)

    # --- actions -------------------------------------------------------------------------------------
    def _rebook(self, op_id: str, slot_id: str) -> None:
        for button in self.nearest_buttons:
            button.setEnabled(False)  # one click, one booking
        self.model.rebook(op_id, slot_id)

    def _on_reminder_clicked(self) -> None:
        a = self.current()
        if a is None or a.appointment is None:
            return
        selected = a.memo.remind_before_minutes if a.memo else None
        dialog = ReminderDialog(
            self._title(a), local_time(a.start), selected if selected is not None else (1440, 60), self
        )
        if dialog.exec() == ReminderDialog.DialogCode.Accepted:
            name, address = self._place(a)
            self.model.save_reminder(
                a, self._title(a), dialog.minutes, " · ".join(p for p in (name, address) if p)
            )

    def _on_reschedule_clicked(self) -> None:
        a = self.current()
        if a is None or a.appointment is None:
            return
        dialog = RescheduleDialog(self._title(a), a.slot_id, self.ctx.language, self)
        self.model.fetch_calendar(
            a.service_id, lambda calendar: dialog.set_calendar(calendar, self.ctx.clock.now())
        )
        if dialog.exec() == RescheduleDialog.DialogCode.Accepted and dialog.slot is not None:
            self.model.reschedule(a.appointment.id, dialog.slot)

    def _on_cancel_clicked(self) -> None:
        a = self.current()
        if a is None or a.appointment is None:
            return
        question = self.tr(
            "Cancel your appointment “%1” on %2? The place goes to someone else, and its "
            "reminders are taken out of your memo."
        )
        answer = QMessageBox.question(
            self,
            self.tr("Cancel the appointment"),
            question.replace("%1", self._title(a)).replace("%2", local_time(a.start)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.model.cancel(a.appointment.id)

    def _on_discard_clicked(self) -> None:
        a = self.current()
        if a is not None and a.booking_op is not None:
            self.model.discard(a.booking_op.op_id)

    def slip(self, a: MyAppointment) -> Slip:
        name, address = self._place(a)
        rows = (
            (self.tr("Service"), self._title(a)),
            (self.tr("Place"), name),
            (self.tr("Address"), address),
            (self.tr("Time"), f"{a.start.astimezone(MACAO):%Y-%m-%d} {time_range(a.start, a.end)}"),
        )
        appointment = a.appointment
        return Slip(
            self.tr("Counter appointment"),
            tuple(r for r in rows if r[1]),
            self.tr("Ticket code"),
            appointment.ticket_code if appointment else "",
            appointment.ticket_token if appointment else "",
            self.tr(
                "Scan the QR code at the ticket machine to take your ticket, or read out the ticket "
                "code at the counter. Arrive within your booked time."
            ),
        )

    def _on_print_clicked(self) -> None:
        a = self.current()
        if a is not None:
            print_slip(self, self.slip(a))

    def _on_pdf_clicked(self) -> None:
        a = self.current()
        if a is None or a.appointment is None:
            return
        name = f"appointment-{a.appointment.ticket_code or a.appointment.id}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the slip as PDF"), str(Path.home() / name), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> Path | None:
        a = self.current()
        if a is None:
            return None
        try:
            return save_slip_pdf(path, self.slip(a))
        except OSError:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The slip could not be saved there."))
            return None
