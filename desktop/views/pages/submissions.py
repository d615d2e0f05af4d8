"""Submissions: everything the resident sent or is sending, where each one is, and the "needs attention"
list with retry, edit-and-resubmit and discard."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.domain.operation import MONEY_KINDS, Operation, OpState
from desktop.viewmodels.outbox import OutboxViewModel
from desktop.views.pages.base import Page
from desktop.views.texts import (
    PAYMENT_METHODS,
    operation_state_text,
    operation_title,
    payment_method_name,
    problem_slug_text,
)
from desktop.views.widgets import ATTENTION_COLOUR, EmptyState, local_time


class SubmissionsPage(Page):
    WATCHES = ("outbox", "fine", "vehicle")
    LOADS_ASYNC = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = OutboxViewModel(ctx, self)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.action_failed.connect(self._on_action_failed)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)

        splitter = QSplitter(self)
        self.list = QListWidget(splitter)
        self.list.setObjectName("SubmissionList")
        self.list.currentItemChanged.connect(self._on_current_changed)
        detail_host = QWidget(splitter)
        detail_box = QVBoxLayout(detail_host)
        detail_box.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser(detail_host)
        self.detail.setObjectName("SubmissionDetail")
        buttons = QHBoxLayout()
        self.retry_button = QPushButton(detail_host)
        self.retry_button.setObjectName("RetryButton")
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.resubmit_button = QPushButton(detail_host)
        self.resubmit_button.setObjectName("ResubmitButton")
        self.resubmit_button.clicked.connect(self._on_resubmit_clicked)
        self.discard_button = QPushButton(detail_host)
        self.discard_button.setObjectName("DiscardButton")
        self.discard_button.clicked.connect(self._on_discard_clicked)
        for button in (self.retry_button, self.resubmit_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail_box.addWidget(self.detail, 1)
        detail_box.addLayout(buttons)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        self.empty = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        self.layout_.addWidget(self.stack, 1)
        self.retranslate()

    # --- texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("My submissions"))
        self.list.setAccessibleName(self.tr("Submissions"))
        self.detail.setAccessibleName(self.tr("Submission details"))
        self.retry_button.setText(self.tr("Try again"))
        self.resubmit_button.setText(self.tr("Change and send again"))
        self.discard_button.setText(self.tr("Discard"))
        for button in (self.retry_button, self.resubmit_button, self.discard_button):
            button.setAccessibleName(button.text())
        self._fill()

    # --- data --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.reload()

    def forget(self) -> None:
        self.model.clear()

    def _on_model_loaded(self) -> None:
        self._mark_loaded()
        self._fill()

    def _fill(self) -> None:
        current = self._current_op()
        current_id = current.op_id if current else None
        self.list.blockSignals(True)
        self.list.clear()
        for op in self.model.ops:
            item = QListWidgetItem(f"{operation_title(op.kind, op.payload)}\n{operation_state_text(op)}")
            item.setData(Qt.ItemDataRole.UserRole, op.op_id)
            item.setToolTip(local_time(op.created_at))
            if op.needs_attention:
                item.setForeground(QColor(ATTENTION_COLOUR))
            self.list.addItem(item)
            if op.op_id == current_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        attention = self.model.attention_count
        waiting = sum(1 for op in self.model.ops if op.active)
        parts = []
        if attention:
            parts.append(self.tr("%n need(s) your attention.", "", attention))
        if waiting:
            parts.append(self.tr("%n not yet confirmed by the server.", "", waiting))
        self.summary.setText(" ".join(parts) or self.tr("Everything you sent has been received."))
        if not self.model.ops:
            self.empty.set_text(
                self.tr("Nothing sent yet"),
                self.tr(
                    "Payments and other requests you make appear here, with where each one is. They are "
                    "saved on this computer first, so nothing is lost when the connection drops."
                ),
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentIndex(0)
            if self.list.currentItem() is None:
                self.list.setCurrentRow(0)
        self._show_current()

    def _current_op(self) -> Operation | None:
        item = self.list.currentItem()
        if item is None:
            return None
        op_id = item.data(Qt.ItemDataRole.UserRole)
        return next((op for op in self.model.ops if op.op_id == op_id), None)

    def _on_current_changed(self, _current: object, _previous: object) -> None:
        self._show_current()

    def _show_current(self) -> None:
        op = self._current_op()
        for button in (self.retry_button, self.resubmit_button, self.discard_button):
            button.setVisible(False)
        if op is None:
            self.detail.clear()
            return
        rows = [
            (self.tr("Status"), operation_state_text(op)),
            (self.tr("Saved"), local_time(op.created_at)),
            (self.tr("Last change"), local_time(op.updated_at)),
            (self.tr("Reference"), str((op.receipt or {}).get("receipt_no") or "—")),
            (self.tr("Attempts"), str(op.attempts)),
        ]
        if op.needs_attention:
            title = str((op.last_problem or {}).get("title") or "")
            rows.insert(1, (self.tr("Why"), problem_slug_text(op.problem_slug, title)))
        table = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
        self.detail.setHtml(
            f"<h3>{escape(operation_title(op.kind, op.payload))}</h3><table cellpadding='4'>{table}</table>"
            + "<p style='color:#52606d'>"
            + escape(self.tr("Submission number"))
            + f": {escape(op.op_id)}</p>"
        )
        self.retry_button.setVisible(op.state is OpState.NEEDS_ATTENTION)
        self.resubmit_button.setVisible(op.needs_attention and op.kind in MONEY_KINDS)
        self.discard_button.setVisible(
            (op.needs_attention or op.state is OpState.PENDING) and not op.in_doubt and not op.unanswered
        )

    # --- actions -------------------------------------------------------------------------------------
    def _on_retry_clicked(self) -> None:
        op = self._current_op()
        if op is not None:
            self.model.retry(op.op_id)

    def _on_resubmit_clicked(self) -> None:
        op = self._current_op()
        if op is None:
            return
        names = [payment_method_name(m) for m in PAYMENT_METHODS]
        method = op.payload.get("method")
        current = PAYMENT_METHODS.index(method) if method in PAYMENT_METHODS else 0
        choice, ok = QInputDialog.getItem(
            self, self.tr("Change and send again"), self.tr("Pay with:"), names, current, False
        )
        if ok:
            payload = dict(op.payload, method=PAYMENT_METHODS[names.index(choice)])
            self.model.resubmit(op.op_id, payload)

    def _on_discard_clicked(self) -> None:
        op = self._current_op()
        if op is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard"),
            self.tr("Discard “%1”? It will not be sent. It stays in this list as discarded.").replace(
                "%1", operation_title(op.kind, op.payload)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.model.discard(op.op_id)

    def _on_action_failed(self, reason: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not possible"),
            self.tr("This cannot be done to this submission now."),
            parent=self,
        )
        box.setDetailedText(reason)
        box.exec()
