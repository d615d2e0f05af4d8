"""The status bar: online or offline, what is waiting to be sent, when we last synced, why paused."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from desktop.context import AppContext
from desktop.domain.sync_status import Activity, Connection, Problem, SyncStatus
from desktop.views.texts import problem_text
from desktop.views.widgets import local_time


class SyncStatusBar(QStatusBar):
    attention_clicked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SyncStatusBar")
        self.connection = QLabel(self)
        self.connection.setObjectName("ConnectionState")
        self.waiting = QLabel(self)
        self.last_sync = QLabel(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("SyncProblem")
        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("StatusSyncNow")
        self.sync_button.setFlat(True)
        self.sync_button.clicked.connect(self._on_sync_clicked)
        self.addWidget(self.connection)
        self.addWidget(self.waiting)
        self.addWidget(self.last_sync)
        self.attention = QPushButton(self)
        self.attention.setObjectName("AttentionButton")
        self.attention.setFlat(True)
        self.attention.setVisible(False)
        self.attention.clicked.connect(self.attention_clicked)
        self.addWidget(self.problem, 1)
        self.addPermanentWidget(self.attention)
        self.addPermanentWidget(self.sync_button)
        self.status = ctx.sync.status
        ctx.sync.status_changed.connect(self._on_status_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self._show(self.status)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_status_changed(self, status: SyncStatus) -> None:
        self.status = status
        self._show(status)

    def _show(self, status: SyncStatus) -> None:
        if status.activity is Activity.STARTING:
            text = self.tr("● Connecting…")
        elif status.activity is Activity.SIGNING_IN:
            text = self.tr("● Signing in…")
        elif status.activity is Activity.SYNCING:
            text = self.tr("● Syncing…")
        elif status.connection is Connection.ONLINE:
            text = self.tr("● Online")
        elif status.connection is Connection.OFFLINE:
            text = self.tr("● Offline")
        else:
            text = self.tr("● Not connected yet")
        self.connection.setText(text)
        if self.connection.property("state") != status.connection.value:
            self.connection.setProperty("state", status.connection.value)
            if self.connection.isVisible():  # re-apply the style sheet rule for the new state
                self.connection.style().unpolish(self.connection)
                self.connection.style().polish(self.connection)
        if status.waiting == 0:
            self.waiting.setText(self.tr("Nothing waiting to be sent"))
        elif status.oldest_waiting is not None:
            self.waiting.setText(
                self.tr("%n waiting to be sent, the oldest since %1", "", status.waiting).replace(
                    "%1", local_time(status.oldest_waiting)
                )
            )
        else:
            self.waiting.setText(self.tr("%n waiting to be sent", "", status.waiting))
        self.attention.setVisible(status.attention > 0)
        self.attention.setText(self.tr("%n need(s) your attention", "", status.attention))
        self.attention.setAccessibleName(self.attention.text())
        self.last_sync.setText(
            self.tr("Last sync %1").replace("%1", local_time(status.last_sync))
            if status.last_sync
            else self.tr("Not synced yet")
        )
        reason = problem_text(status.problem)
        if status.problem is not Problem.NONE and status.manual:
            reason = self.tr("Sync failed: %1").replace("%1", reason)
        self.problem.setText(reason)
        self.problem.setToolTip(status.detail)
        self.sync_button.setEnabled(status.signed_in and status.activity is Activity.IDLE)
        self.setAccessibleName(
            " · ".join(t for t in (text, self.waiting.text(), self.last_sync.text(), reason) if t)
        )

    def _on_sync_clicked(self) -> None:
        self.ctx.sync.sync_now(manual=True)
