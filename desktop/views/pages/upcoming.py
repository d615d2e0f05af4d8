"""Sections whose features are not in this version yet: each says plainly what will appear there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.views.pages.base import Page
from desktop.views.widgets import EmptyState


class UpcomingPage(Page):
    """Heading, what this section will hold, and that it is not available in this version yet."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.empty = EmptyState(self)
        self.layout_.addWidget(self.empty, 1)

    def texts(self) -> tuple[str, str]:
        """(heading, what will appear here)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        heading, what = self.texts()
        self.heading.setText(heading)
        self.empty.set_text(self.tr("Not available in this version yet"), what)


class OpinionsPage(UpcomingPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.retranslate()

    def texts(self) -> tuple[str, str]:
        return (
            self.tr("My opinions"),
            self.tr(
                "Here you will take part in policy consultations, send feedback with voice, short video, "
                "photos and attachments, follow your cases and read the departments' public replies, and "
                "look up service procedures."
            ),
        )


class AppsPage(Page):
    """我的應用 My apps: one tile per app; those in this version open, the others say what they will hold."""

    APPS = ("health", "cards", "vehicles", "vouchers", "photos", "memo", "transactions")
    #: Apps this version has (the main window knows where each one opens).
    AVAILABLE = ("photos", "memo", "transactions")

    app_opened = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.layout_.addWidget(self.note)
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setSpacing(12)
        self.tiles: dict[str, tuple[QFrame, QLabel, QLabel, QPushButton | QLabel]] = {}
        for i, app in enumerate(self.APPS):
            tile = QFrame(grid_host)
            tile.setObjectName("AppTile")
            box = QVBoxLayout(tile)
            name = QLabel(tile)
            name.setObjectName("AppTileName")
            about = QLabel(tile)
            about.setWordWrap(True)
            about.setObjectName("AppTileBody")
            action: QPushButton | QLabel
            if app in self.AVAILABLE:
                action = QPushButton(tile)
                action.clicked.connect(self._opener(app))
            else:
                action = QLabel(tile)
                action.setObjectName("AppTileLater")
            box.addWidget(name)
            box.addWidget(about, 1)
            box.addWidget(action, 0, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(tile, i // 3, i % 3)
            self.tiles[app] = (tile, name, about, action)
        self.layout_.addWidget(grid_host)
        self.layout_.addStretch(1)
        self.retranslate()

    def _opener(self, app: str):  # type: ignore[no-untyped-def]
        return lambda: self.app_opened.emit(app)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("My apps"))
        self.note.setText(self.tr("Open an app, or see what the others will hold when they come."))
        texts = {
            "health": (self.tr("My health"), self.tr("Your health records and vaccination history.")),
            "cards": (
                self.tr("Card wallet"),
                self.tr("Your eID and member cards, shown even without a connection."),
            ),
            "vehicles": (
                self.tr("My vehicles"),
                self.tr("Bind your registered vehicles; licence and insurance dates."),
            ),
            "vouchers": (
                self.tr("My vouchers"),
                self.tr("Medical voucher and continuing-education balances; transfers to family."),
            ),
            "photos": (
                self.tr("My photos"),
                self.tr("Identification photos taken with the webcam for documents."),
            ),
            "memo": (self.tr("My memo"), self.tr("Appointment reminders and your own notes.")),
            "transactions": (
                self.tr("My transactions"),
                self.tr("Your history, and the certificates and licences issued to you."),
            ),
        }
        for app, (tile, name, about, action) in self.tiles.items():
            title, body = texts[app]
            name.setText(title)
            about.setText(body)
            if isinstance(action, QPushButton):
                action.setText(self.tr("Open"))
                action.setAccessibleName(self.tr("Open %1").replace("%1", title))
            else:
                action.setText(self.tr("Not available in this version yet"))
            tile.setAccessibleName(title)
            tile.setAccessibleDescription(body)
