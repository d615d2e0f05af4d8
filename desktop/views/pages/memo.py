"""我的備忘 My memo: the resident's own notes and appointment reminders, each with its reminders.

Memos are saved through the outbox (``save_memo`` / ``delete_memo``), so they follow the resident to
every computer; until the server has one, it says "saved on this computer". Reminders fire from
:mod:`desktop.reminders`, also while this page is closed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from html import escape

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.domain.appointments import MACAO, Memo
from desktop.domain.operation import Badge
from desktop.domain.reminders import CHOICES_MINUTES, DEFAULT_BEFORE_MINUTES
from desktop.viewmodels.memo import MemoItem, MemoModel, new_memo_id
from desktop.views.pages.base import Page
from desktop.views.texts import reminder_before_text, reminders_text
from desktop.views.widgets import ATTENTION_COLOUR, WAITING_COLOUR, local_time

ROLE = Qt.ItemDataRole.UserRole


class ReminderChoices(QWidget):
    """One check box per reminder time (1 week … at the time), keyboard reachable, in two columns."""

    def __init__(
        self, selected: Iterable[int] = DEFAULT_BEFORE_MINUTES, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        chosen = set(selected)
        self.boxes: dict[int, QCheckBox] = {}
        for index, minutes in enumerate(sorted(set(CHOICES_MINUTES) | chosen, reverse=True)):
            box = QCheckBox(reminder_before_text(minutes), self)
            box.setChecked(minutes in chosen)
            box.setAccessibleName(box.text())
            grid.addWidget(box, index // 2, index % 2)
            self.boxes[minutes] = box

    def selected(self) -> tuple[int, ...]:
        return tuple(sorted((m for m, box in self.boxes.items() if box.isChecked()), reverse=True))


class ReminderDialog(QDialog):
    """When to be reminded of an appointment; nothing chosen takes it out of the memo."""

    def __init__(self, title: str, when: str, selected: Iterable[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminders"))
        box = QVBoxLayout(self)
        heading = QLabel(f"<b>{escape(title)}</b><br>{escape(when)}", self)
        heading.setWordWrap(True)
        box.addWidget(heading)
        box.addWidget(QLabel(self.tr("Remind me:"), self))
        self.choices = ReminderChoices(selected, self)
        box.addWidget(self.choices)
        note = QLabel(self.tr("Reminders appear on this computer and on others where you sign in."), self)
        note.setWordWrap(True)
        box.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    @property
    def minutes(self) -> tuple[int, ...]:
        return self.choices.selected()


class MemoDialog(QDialog):
    """Write or change one of the resident's own memo items."""

    def __init__(self, memo: Memo | None, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Memo") if memo else self.tr("New memo"))
        self._memo = memo
        form = QFormLayout(self)
        self.title = QLineEdit(memo.title if memo else "", self)
        self.title.setMaxLength(200)
        self.title.setAccessibleName(self.tr("Title"))
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setTimeZone(QTimeZone(8 * 3600))
        start = memo.at if memo else now.replace(minute=0, second=0, microsecond=0).astimezone(MACAO)
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp()), QTimeZone(8 * 3600)))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setAccessibleName(self.tr("Date and time"))
        self.when.setEnabled(memo is None or memo.appointment_id is None)  # an appointment sets its own time
        self.body = QPlainTextEdit(memo.body if memo else "", self)
        self.body.setAccessibleName(self.tr("Note"))
        self.body.setTabChangesFocus(True)
        self.choices = ReminderChoices(memo.remind_before_minutes if memo else DEFAULT_BEFORE_MINUTES, self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Note:"), self.body)
        form.addRow(self.tr("Remind me:"), self.choices)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.title.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(bool(self.title.text().strip()))

    def memo(self) -> Memo:
        at = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), MACAO)
        old = self._memo
        return Memo(
            old.id if old else new_memo_id(),
            self.title.text().strip(),
            self.body.toPlainText().strip(),
            old.at if old and old.appointment_id else at,
            self.choices.selected(),
            old.appointment_id if old else None,
        )


class MemoPage(Page):
    WATCHES = ("memo", "appointment", "outbox")
    LOADS_ASYNC = True

    #: The resident wants to see the appointment a memo is about (its id).
    appointment_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = MemoModel(ctx, self)
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(self._on_failed)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        splitter = QSplitter(self)
        self.tree = QTreeWidget(splitter)
        self.tree.setObjectName("MemoList")
        self.tree.setColumnCount(3)
        # Cut long titles in the middle, so "(appointment)" at the end stays readable.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._show_current)
        self.tree.itemActivated.connect(lambda *_: self._on_edit_clicked())
        right = QWidget(splitter)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(8, 0, 0, 0)
        self.detail = QTextBrowser(right)
        self.detail.setObjectName("MemoDetail")
        buttons = QHBoxLayout()
        self.new_button = QPushButton(right)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button = QPushButton(right)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button = QPushButton(right)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.appointment_button = QPushButton(right)
        self.appointment_button.clicked.connect(self._on_appointment_clicked)
        for button in (self.new_button, self.edit_button, self.delete_button, self.appointment_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_box.addWidget(self.detail, 1)
        right_box.addLayout(buttons)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        self.layout_.addWidget(splitter, 1)
        self.retranslate()

    # --- texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("My memo"))
        self.intro.setText(
            self.tr(
                "Your own notes and your appointment reminders. They follow you to every "
                "computer where you sign in."
            )
        )
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Reminders")])
        self.tree.setAccessibleName(self.tr("Memo items"))
        self.detail.setAccessibleName(self.tr("Memo details"))
        self.new_button.setText(self.tr("&New memo…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.appointment_button.setText(self.tr("Show the &appointment"))
        for button in (self.new_button, self.edit_button, self.delete_button, self.appointment_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self._fill()

    def reminders_column(self, item: MemoItem) -> str:
        words = reminders_text(item.memo.remind_before_minutes)
        badge = item.badge
        if badge is Badge.ATTENTION:
            return self.tr("Not saved — needs your attention")
        if badge in (Badge.SAVED, Badge.SENDING):
            return self.tr("Saved on this computer — not on the server yet") + (
                f" · {words}" if words else ""
            )
        if item.appointment_cancelled:
            return self.tr("Appointment cancelled — no reminders")
        return words or self.tr("No reminder")

    # --- data --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.reload()

    def forget(self) -> None:
        self.model.clear()

    def _on_loaded(self) -> None:
        self._mark_loaded()
        self._fill()

    def _current(self) -> MemoItem | None:
        node = self.tree.currentItem()
        return self.model.item(str(node.data(0, ROLE))) if node is not None and node.data(0, ROLE) else None

    def _fill(self) -> None:
        current = self._current()
        self.tree.clear()
        now = self.ctx.clock.now()
        groups = {}
        for key, title in (("next", self.tr("Coming up")), ("past", self.tr("Earlier"))):
            node = QTreeWidgetItem(self.tree, [title])
            node.setFirstColumnSpanned(True)
            node.setExpanded(True)
            node.setFlags(node.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            groups[key] = node
        for item in self.model.items:
            what = item.memo.title + (" " + self.tr("(appointment)") if item.memo.appointment_id else "")
            node = QTreeWidgetItem(
                groups["next" if item.at > now else "past"],
                [local_time(item.at), what, self.reminders_column(item)],
            )
            node.setData(0, ROLE, item.memo.id)
            node.setToolTip(1, what)
            if item.badge is Badge.ATTENTION:
                node.setForeground(2, QColor(ATTENTION_COLOUR))
            elif item.badge is not None:
                node.setForeground(2, QColor(WAITING_COLOUR))
            if current is not None and item.memo.id == current.memo.id:
                self.tree.setCurrentItem(node)
        self._show_current()

    def _show_current(self, *_args: object) -> None:
        item = self._current()
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self.appointment_button.setVisible(item is not None and item.memo.appointment_id is not None)
        if item is None:
            hint = (
                self.tr("Choose a memo item, or write a new one.")
                if self.model.items
                else self.tr(
                    "Nothing in your memo yet. Write a note, or add a reminder to an appointment you booked."
                )
            )
            self.detail.setHtml(f"<p>{escape(hint)}</p>")
            return
        rows = [(self.tr("When"), local_time(item.at)), (self.tr("Reminders"), self.reminders_column(item))]
        if item.appointment is not None:
            place = item.appointment.place.name.get(self.ctx.language)
            if place and place not in item.memo.body:  # the body usually names the place already
                rows.append((self.tr("Place"), place))
            rows.append((self.tr("Ticket code"), item.appointment.ticket_code or "—"))
        table = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
        body = "".join(f"<p>{escape(line)}</p>" for line in item.memo.body.splitlines() if line.strip())
        self.detail.setHtml(f"<h3>{escape(item.memo.title)}</h3><table cellpadding='4'>{table}</table>{body}")

    # --- actions -------------------------------------------------------------------------------------
    def _on_new_clicked(self) -> None:
        dialog = MemoDialog(None, self.ctx.clock.now(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.save(dialog.memo())

    def _on_edit_clicked(self) -> None:
        item = self._current()
        if item is None:
            return
        dialog = MemoDialog(item.memo, self.ctx.clock.now(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.save(dialog.memo())

    def _on_delete_clicked(self) -> None:
        item = self._current()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete “%1” from your memo? Its reminders go too.").replace("%1", item.memo.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.model.delete(item.memo.id)

    def _on_appointment_clicked(self) -> None:
        item = self._current()
        if item is not None and item.memo.appointment_id:
            self.appointment_requested.emit(item.memo.appointment_id)

    def _on_failed(self, _reason: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), self.tr("The memo could not be saved. Try again."))
