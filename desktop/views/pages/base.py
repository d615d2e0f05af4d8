"""Page: a section of the main window that refreshes when shown if its data changed meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.domain.changes import Changes


class Page(QWidget):
    #: Entities whose changes make this page stale.
    WATCHES: tuple[str, ...] = ()
    #: True when the page's first content arrives later from the DB worker (it calls _mark_loaded).
    LOADS_ASYNC = False

    #: The page's first content has been painted (once): the window is really ready.
    content_painted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        self._loaded = False
        #: The first content has been painted (content_painted was sent).
        self.content_shown = False
        self.heading = QLabel(self)
        self.heading.setObjectName("PageHeading")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 16, 24, 12)
        self.layout_.addWidget(self.heading)
        # A long pull announces a change per page; a visible page reloads at most every so often.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self._on_refresh_timer)
        self._unsubscribe = ctx.bus.subscribe(self._on_changes)
        ctx.language_changed.connect(self._on_language_changed)
        ctx.account_changed.connect(self._on_account_changed)

    def retranslate(self) -> None:
        """Set every visible text; called at start and on each language change."""

    def refresh(self) -> None:
        """Reload from the cache."""

    @property
    def refresh_pending(self) -> bool:
        """A reload is waiting on a timer (changes came in and the page shows them shortly)."""
        return self._dirty and self._refresh_timer.isActive()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.WATCHES):
            self._dirty = True
            if self.isVisible() and not self._refresh_timer.isActive():
                self._refresh_timer.start()

    def _on_refresh_timer(self) -> None:
        if self._dirty and self.isVisible():
            self.load()

    def forget(self) -> None:
        """Drop everything shown of the account that just signed out (at once, not after a query)."""

    def _on_account_changed(self, resident: object) -> None:
        if resident is None:
            self.forget()
        self._dirty = True
        if self.isVisible():
            self.load()

    def _on_language_changed(self, _lang: str) -> None:
        pass

    def load(self) -> None:
        """Refresh now and mark the page up to date."""
        self._dirty = False
        self.refresh()
        if not self.LOADS_ASYNC:
            self._mark_loaded()

    def _mark_loaded(self) -> None:
        self._loaded = True

    def _mark_painted(self) -> None:
        """Called as content is painted; the first time after the content is in, says so (once)."""
        if self._loaded and not self.content_shown:
            self.content_shown = True
            self.content_painted.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        # A page whose content is there when it is built is painted whole with it. A page that loads
        # later repaints only the widget the content went into, so it calls _mark_painted itself.
        super().paintEvent(event)
        self._mark_painted()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
