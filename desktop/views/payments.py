"""Paying: traffic fines (by vehicle or by driving licence), vehicle tax, water and electricity bills.

Every payment goes through the outbox: it is saved on this computer first, then sent; until the server
has answered, the item says so ("payment being confirmed — do not pay again") and cannot be paid again.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.domain.operation import Badge
from desktop.domain.text import LocalizedText
from desktop.viewmodels.payments import Payable, PaymentsModel
from desktop.views.texts import PAYMENT_METHODS, payment_method_name
from desktop.views.widgets import ATTENTION_COLOUR, MACAO_TZ, WAITING_COLOUR, local_time


def _when(value: object) -> str:
    """An ISO time from the server, shown in Macao time; anything unreadable as it came."""
    if not isinstance(value, str) or not value:
        return "—"
    try:
        return local_time(datetime.fromisoformat(value))
    except ValueError:
        return value


class PayDialog(QDialog):
    """Confirm the amount and choose how to pay."""

    def __init__(self, what: str, amount: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pay"))
        box = QVBoxLayout(self)
        box.addWidget(QLabel(f"<b>{escape(what)}</b>", self))
        box.addWidget(QLabel(self.tr("Amount: MOP %1").replace("%1", amount), self))
        box.addWidget(QLabel(self.tr("Pay with:"), self))
        self.group = QButtonGroup(self)
        for index, method in enumerate(PAYMENT_METHODS):
            button = QRadioButton(payment_method_name(method), self)
            button.setProperty("method", method)
            button.setChecked(index == 0)
            self.group.addButton(button)
            box.addWidget(button)
        note = QLabel(
            self.tr(
                "Your payment is saved on this computer first and sent as soon as possible. "
                "You can follow it in My submissions."
            ),
            self,
        )
        note.setWordWrap(True)
        box.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Pay MOP %1").replace("%1", amount))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    @property
    def method(self) -> str:
        checked = self.group.checkedButton()
        return str(checked.property("method")) if checked is not None else PAYMENT_METHODS[0]


class PaymentsPanel(QWidget):
    #: The resident should look at My submissions (a refused payment).
    submissions_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = PaymentsModel(ctx, self)
        self.model.loaded.connect(self._fill)
        self.model.payment_saved.connect(self._on_payment_saved)
        self.model.payment_refused.connect(self._on_payment_refused)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.group_label = QLabel(self)
        self.group_by = QComboBox(self)
        self.group_by.setObjectName("FinesGroupBy")
        self.group_by.currentIndexChanged.connect(self._fill)
        self.group_label.setBuddy(self.group_by)
        bar.addWidget(self.group_label)
        bar.addWidget(self.group_by)
        bar.addStretch(1)
        box.addLayout(bar)
        splitter = QSplitter(self)
        self.tree = QTreeWidget(splitter)
        self.tree.setObjectName("PaymentsTree")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        # Amount and state always whole; the item's name takes the rest (elided when narrow).
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Cut in the middle: the end of a line is the plate number or the bill's month.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.currentItemChanged.connect(self._show_current)
        right = QWidget(splitter)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(8, 0, 0, 0)
        self.detail = QTextBrowser(right)
        self.detail.setObjectName("PaymentDetail")
        self.pay_button = QPushButton(right)
        self.pay_button.setObjectName("PayButton")
        self.pay_button.setDefault(True)
        self.pay_button.clicked.connect(self._on_pay_clicked)
        right_box.addWidget(self.detail, 1)
        right_box.addWidget(self.pay_button)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        box.addWidget(splitter, 1)
        self.retranslate()

    # --- texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.group_label.setText(self.tr("&Group fines by:"))
        current = self.group_by.currentIndex()
        self.group_by.blockSignals(True)
        self.group_by.clear()
        self.group_by.addItem(self.tr("Vehicle"), "plate")
        self.group_by.addItem(self.tr("Driving licence"), "licence_no")
        self.group_by.setCurrentIndex(max(0, current))
        self.group_by.blockSignals(False)
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Amount (MOP)"), self.tr("Status")])
        self.tree.setAccessibleName(self.tr("Fines, taxes and bills"))
        self.detail.setAccessibleName(self.tr("Payment details"))
        self._fill()

    def status_text(self, item: Payable) -> str:
        if item.in_doubt:
            return self.tr("Payment being confirmed — do not pay again")
        badge = item.badge
        if badge is Badge.SAVED:
            return self.tr("Saved on this computer — will be sent")
        if badge is Badge.SENDING:
            return self.tr("Sending…")
        if badge is Badge.PROCESSING:
            return self.tr("Payment being confirmed — do not pay again")
        if badge is Badge.CONFIRMING:
            return self.tr("Paid — updating")
        if badge is Badge.ATTENTION:
            return self.tr("Needs your attention")
        if item.status == "paid":
            return self.tr("Paid")
        if item.status == "pending":
            return self.tr("Payment being confirmed — do not pay again")
        due = item.row.get("due_date")
        if not due:
            return self.tr("Unpaid")
        if str(due) < self.ctx.clock.now().astimezone(MACAO_TZ).date().isoformat():
            return self.tr("Overdue since %1").replace("%1", str(due))
        return self.tr("Due %1").replace("%1", str(due))

    def describe(self, item: Payable) -> str:
        lang = self.ctx.language
        row = item.row
        if item.kind == "fine":
            offence = LocalizedText.from_row(row.get("offence")).get(lang)
            return f"{row.get('id', '')} · {offence}"
        if item.kind == "vehicle_tax":
            return (
                self.tr("Vehicle tax %1 · %2")
                .replace("%1", str(item.year))
                .replace("%2", str(item.vehicle.get("plate", "")))
            )
        utility = self.tr("Water") if row.get("utility") == "water" else self.tr("Electricity")
        return f"{utility} · {row.get('period', '')}"

    # --- data --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.reload()

    def forget(self) -> None:
        self.model.clear()

    def _fill(self) -> None:
        current = self.tree.currentItem()
        current_key = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self.tree.clear()
        fines_key = self.group_by.currentData() or "plate"
        groups: dict[str, QTreeWidgetItem] = {}

        def group(title: str) -> QTreeWidgetItem:
            if title not in groups:
                node = QTreeWidgetItem(self.tree, [title])
                node.setFirstColumnSpanned(True)
                node.setExpanded(True)
                groups[title] = node
            return groups[title]

        for item in self.model.items:
            if item.kind == "fine":
                holder = str(item.row.get(fines_key) or "—")
                title = (
                    self.tr("Traffic fines · vehicle %1")
                    if fines_key == "plate"
                    else self.tr("Traffic fines · licence %1")
                ).replace("%1", holder)
            elif item.kind == "vehicle_tax":
                title = self.tr("Vehicle tax")
            else:
                title = self.tr("Water and electricity bills")
            if item.status == "paid" and not item.ops:
                title = self.tr("Paid")
            node = QTreeWidgetItem(group(title), [self.describe(item), item.amount, self.status_text(item)])
            node.setToolTip(0, node.text(0))
            node.setData(0, Qt.ItemDataRole.UserRole, item.key)
            node.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if item.badge is Badge.ATTENTION:
                node.setForeground(2, QColor(ATTENTION_COLOUR))
            elif item.in_doubt or item.status == "pending":
                node.setForeground(2, QColor(WAITING_COLOUR))
            if item.key == current_key:
                self.tree.setCurrentItem(node)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self._show_current()

    def _current(self) -> Payable | None:
        node = self.tree.currentItem()
        key = node.data(0, Qt.ItemDataRole.UserRole) if node is not None else None
        return next((p for p in self.model.items if p.key == key), None)

    def _show_current(self, *_args: Any) -> None:
        item = self._current()
        if item is None:
            hint = self.tr("Choose a fine, tax or bill to see it and pay it.")
            self.detail.setHtml(f"<p>{escape(hint)}</p>")
            self.pay_button.setVisible(False)
            return
        lang = self.ctx.language
        row = item.row
        facts = [(self.tr("Status"), self.status_text(item)), (self.tr("Amount"), f"MOP {item.amount}")]
        if item.kind == "fine":
            facts += [
                (self.tr("Vehicle"), str(row.get("plate") or "—")),
                (self.tr("Driving licence"), str(row.get("licence_no") or "—")),
                (self.tr("Where"), LocalizedText.from_row(row.get("place")).get(lang) or "—"),
                (self.tr("When"), _when(row.get("occurred_at"))),
            ]
        if row.get("due_date"):
            facts.append((self.tr("Due date"), str(row["due_date"])))
        receipt = item.receipt
        receipt_no = receipt.get("receipt_no") or row.get("receipt_no")
        if receipt_no:
            facts.append((self.tr("Receipt"), str(receipt_no)))
            paid_at = receipt.get("paid_at") or row.get("paid_at")
            if paid_at:
                facts.append((self.tr("Paid at"), _when(paid_at)))
            method = receipt.get("method")
            if method:
                facts.append((self.tr("Paid with"), payment_method_name(str(method))))
        table = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in facts)
        self.detail.setHtml(f"<h3>{escape(self.describe(item))}</h3><table cellpadding='4'>{table}</table>")
        self.pay_button.setVisible(item.status != "paid")
        self.pay_button.setEnabled(item.payable)
        self.pay_button.setText(self.tr("Pay MOP %1").replace("%1", item.amount))
        self.pay_button.setAccessibleName(self.pay_button.text())

    # --- paying ------------------------------------------------------------------------------------
    def _on_pay_clicked(self) -> None:
        item = self._current()
        if item is None or not item.payable:
            return
        dialog = PayDialog(self.describe(item), item.amount, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.pay_button.setEnabled(False)  # until the outbox has it: one click, one payment
        self.model.pay(item, dialog.method)

    def _on_payment_saved(self, _op: object) -> None:
        self.model.reload()

    def _on_payment_refused(self, reason: str) -> None:
        self.model.reload()
        if reason == "already":
            QMessageBox.information(
                self,
                self.tr("Already on its way"),
                self.tr(
                    "A payment for this item is already saved or being confirmed. It will not be paid twice."
                ),
            )
        else:
            QMessageBox.warning(
                self, self.tr("Not saved"), self.tr("The payment could not be saved. Try again.")
            )
