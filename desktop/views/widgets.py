"""Small building blocks shared by the screens: empty states, banners, badges, time formatting."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

#: Macao keeps UTC+8 all year; a fixed offset avoids needing a tz database on Windows.
MACAO_TZ = timezone(timedelta(hours=8), "MO")

#: Text colours for the state of a submission, payment, booking or photo, the same on every screen
#: (always beside words saying the state: never colour alone).
ATTENTION_COLOUR = "#b3261e"  # needs the resident: refused, failed, needs attention
WAITING_COLOUR = "#8a4b00"  # not settled yet: waiting to be sent, being confirmed, expired
OK_COLOUR = "#1b6e3a"  # done: confirmed, received
#: Official warning colours by severity 0..5 (information; then blue → black as on the storm-surge scale).
SEVERITY_COLOURS = ("#8a94a6", "#1f6fd1", "#ffd84d", "#f07d00", "#d92b2b", "#1a1a1a")


def elided_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width`` pixels as Qt would wrap it (words,
    or characters in Chinese), the last one ending in "…" when the text goes on."""
    layout = QTextLayout(text, font)
    metrics = QFontMetrics(font)
    lines: list[str] = []
    layout.beginLayout()
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1:
            lines.append(metrics.elidedText(text[start:].strip(), Qt.TextElideMode.ElideRight, width))
        else:
            lines.append(text[start : start + length].rstrip())
    layout.endLayout()
    return lines


def local_time(value: datetime | None) -> str:
    if value is None:
        return "—"
    return value.astimezone(MACAO_TZ).strftime("%Y-%m-%d %H:%M")


class EmptyState(QFrame):
    """A calm, honest message where content will be: what goes here and why it is empty now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("EmptyStateTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setObjectName("EmptyStateBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setMaximumWidth(560)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)

    def set_text(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.setAccessibleName(title)
        self.setAccessibleDescription(body)


class Banner(QFrame):
    """A strip across the top of the window: offline, a notice to read once, an alert."""

    action_clicked = Signal()
    closed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setProperty("kind", kind)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)
        self.action.setVisible(False)
        self.action.clicked.connect(self.action_clicked)
        self.close_button = QPushButton("✕", self)
        self.close_button.setObjectName("BannerClose")
        self.close_button.setFlat(True)
        self.close_button.setVisible(False)
        self.close_button.clicked.connect(self._on_close_clicked)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self.setVisible(False)

    def show_message(self, text: str, action: str | None = None, closable: bool = False) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.action.setVisible(action is not None)
        if action is not None:
            self.action.setText(action)
            self.action.setAccessibleName(action)
        self.close_button.setVisible(closable)
        self.setVisible(True)

    def _on_close_clicked(self) -> None:
        self.setVisible(False)
        self.closed.emit()
