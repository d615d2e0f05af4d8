"""Desktop notifications for official alerts: the system tray where there is one, an in-app banner always.

An alert is announced once: the keys of alerts already shown are kept in the settings (the resident's
settings file, or memory for kiosk and assisted sessions), so neither a reconnect nor a restart repeats
one. A new, stronger level of the same alert (signal 3 → 8) is a new announcement.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.context import AppContext
from desktop.domain.text import LocalizedText

log = logging.getLogger(__name__)

#: How many shown alerts to remember (old ones can never come back: the server's ids only grow).
REMEMBER = 200


class AlertNotifier(QObject):
    #: (title, body, severity) in the current language; the main window shows it as a banner.
    alert_shown = Signal(str, str, int)

    def __init__(self, ctx: AppContext, tray: QSystemTrayIcon | None = None) -> None:
        super().__init__(ctx)
        self._ctx = ctx
        self._tray = tray
        ctx.sync.alert_received.connect(self._on_alert_received)

    @staticmethod
    def key_of(alert: dict[str, Any]) -> str:
        return f"{alert.get('feed_item_id', '')}#{alert.get('severity', '')}#{alert.get('level', '')}"

    @Slot(object)
    def _on_alert_received(self, alert: object) -> None:
        if not isinstance(alert, dict) or not alert.get("feed_item_id"):
            log.warning("ignored an alert without an id")
            return
        key = self.key_of(alert)
        shown = list(self._ctx.settings.get("shown_alerts") or [])
        if key in shown:
            return
        self._ctx.settings.set("shown_alerts", [*shown, key][-REMEMBER:])
        lang = self._ctx.language
        title = LocalizedText.from_row(alert.get("title")).get(lang)
        body = LocalizedText.from_row(alert.get("body")).get(lang)
        severity = alert.get("severity")
        level = severity if isinstance(severity, int) and not isinstance(severity, bool) else 0
        if self._tray is not None and QSystemTrayIcon.isSystemTrayAvailable():
            icon = QSystemTrayIcon.MessageIcon.Critical if level >= 4 else QSystemTrayIcon.MessageIcon.Warning
            self._tray.showMessage(title, body or title, icon, 15_000)
        self.alert_shown.emit(title, body, level)
