"""The main window: header, section navigation, the current section, banners and the status bar."""

from __future__ import annotations

import html
import importlib

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext, Notice
from desktop.domain.sync_status import Connection, Problem, SyncStatus
from desktop.domain.text import LANGUAGES
from desktop.views.pages.base import Page
from desktop.views.status import SyncStatusBar
from desktop.views.texts import language_name, notice_text
from desktop.views.widgets import Banner, local_time
from desktop.views_catalogue import APP_PAGES, PAGE_NAMES

#: Section ids in navigation order (also the screenshot command's --page names).
PAGES = PAGE_NAMES
#: Where each section's page class lives. Pages are built the first time they are shown, so the
#: window paints the first section without paying for the others.
PAGE_CLASSES = {
    "feed": ("desktop.views.pages.feed", "FeedPage"),
    "services": ("desktop.views.pages.services", "ServicesPage"),
    "apps": ("desktop.views.pages.upcoming", "AppsPage"),
    "opinions": ("desktop.views.pages.upcoming", "OpinionsPage"),
    "appointments": ("desktop.views.pages.appointments", "AppointmentsPage"),
    "address": ("desktop.views.pages.address", "AddressPage"),
    "eid": ("desktop.views.pages.eid", "EidPage"),
    "submissions": ("desktop.views.pages.submissions", "SubmissionsPage"),
    "memo": ("desktop.views.pages.memo", "MemoPage"),
    "photos": ("desktop.views.pages.photos", "PhotosPage"),
    "account": ("desktop.views.pages.account", "AccountPage"),
}


class MainWindow(QMainWindow):
    #: The first section shown has painted its first content (once); background work may start.
    content_ready = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.resize(1200, 780)
        self.setMinimumSize(800, 560)

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        # Header: name of the service, demo badge, language, who is signed in.
        header = QWidget(central)
        header.setObjectName("Header")
        top = QHBoxLayout(header)
        top.setContentsMargins(20, 10, 20, 10)
        self.app_title = QLabel(header)
        self.app_title.setObjectName("AppTitle")
        self.demo_badge = QLabel(header)
        self.demo_badge.setObjectName("DemoBadge")
        self.demo_badge.setVisible(ctx.demo)
        self.mode_badge = QLabel(header)
        self.mode_badge.setObjectName("ModeBadge")
        self.mode_badge.setVisible(ctx.profile.ephemeral)
        self.language = QComboBox(header)
        self.language.setObjectName("HeaderLanguage")
        for lang in LANGUAGES:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(LANGUAGES.index(ctx.language))
        self.language.currentIndexChanged.connect(self._on_language_chosen)
        self.account = QLabel(header)
        self.account.setObjectName("HeaderAccount")
        top.addWidget(self.app_title)
        top.addWidget(self.demo_badge)
        top.addWidget(self.mode_badge)
        top.addStretch(1)
        top.addWidget(self.account)
        top.addWidget(self.language)
        outer.addWidget(header)

        self.offline_banner = Banner("offline", central)
        self.offline_banner.action_clicked.connect(self._on_retry_clicked)
        self.notice_banner = Banner("notice", central)
        self.alert_banner = Banner("alert", central)
        self.alert_banner.action_clicked.connect(self._on_alert_view_clicked)
        outer.addWidget(self.alert_banner)
        outer.addWidget(self.offline_banner)
        outer.addWidget(self.notice_banner)

        body = QHBoxLayout()
        body.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("Navigation")
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget(central)
        #: The pages built so far (see PAGE_CLASSES).
        self.pages: dict[str, Page] = {}
        for number, page_id in enumerate(PAGES, start=1):
            self.stack.addWidget(QWidget(self.stack))  # stands in until the page is first shown
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            self.nav.addItem(item)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(self._make_go(page_id))
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.status = SyncStatusBar(ctx, self)
        self.status.attention_clicked.connect(self._on_attention_clicked)
        self.setStatusBar(self.status)

        ctx.sync.status_changed.connect(self._on_status_changed)
        ctx.account_changed.connect(self._on_account_changed)
        ctx.notice_raised.connect(self._on_notice_raised)
        ctx.language_changed.connect(self._on_language_changed)
        self._status = ctx.sync.status
        self.retranslate()
        self.nav.setCurrentRow(0)

    # --- navigation --------------------------------------------------------------------------------
    def show_page(self, page_id: str) -> None:
        if page_id in APP_PAGES:
            # An app of My apps: My apps stays selected in the navigation while the app shows.
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(PAGES.index(APP_PAGES[page_id]))
            self.nav.blockSignals(False)
            self.stack.setCurrentWidget(self.page(page_id))
            return
        self.nav.setCurrentRow(PAGES.index(page_id))

    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return next(
            (pid for pid, page in self.pages.items() if page is current), PAGES[self.stack.currentIndex()]
        )

    def _make_go(self, page_id: str):  # type: ignore[no-untyped-def]
        return lambda: self.show_page(page_id)

    def page(self, page_id: str) -> Page:
        """The page of a section, built now if it has not been yet."""
        page = self.pages.get(page_id)
        if page is None:
            module_name, class_name = PAGE_CLASSES[page_id]
            page_class = getattr(importlib.import_module(module_name), class_name)
            page = page_class(self.ctx)
            if not self.pages:
                page.content_painted.connect(self.content_ready)
            page.load()  # start reading the cache now, while the page is still being laid out
            self._link(page_id, page)
            if page_id in APP_PAGES:
                self.stack.addWidget(page)  # after the navigation's pages: their indexes stay
            else:
                index = PAGES.index(page_id)
                placeholder = self.stack.widget(index)
                self.stack.insertWidget(index, page)
                if placeholder is not None:
                    self.stack.removeWidget(placeholder)
                    placeholder.deleteLater()
            self.pages[page_id] = page
        return page

    def _link(self, page_id: str, page: Page) -> None:
        """Connect the ways one section leads to another (a booking to its memo, and back)."""
        if page_id == "appointments":
            page.memo_requested.connect(self._on_memo_requested)  # type: ignore[attr-defined]
        elif page_id == "memo":
            page.appointment_requested.connect(self._on_appointment_requested)  # type: ignore[attr-defined]
        elif page_id == "apps":
            page.app_opened.connect(self._on_app_opened)  # type: ignore[attr-defined]

    def _on_memo_requested(self) -> None:
        self.show_page("memo")

    def _on_appointment_requested(self, appointment_id: str) -> None:
        self.show_page("appointments")
        self.page("appointments").show_appointment(appointment_id)  # type: ignore[attr-defined]

    def _on_app_opened(self, app: str) -> None:
        targets = {"memo": "memo", "photos": "photos", "cards": "eid", "transactions": "submissions"}
        if app in targets:
            self.show_page(targets[app])

    def show_reminder(self, title: str, body: str, missed: bool) -> None:
        """A memo reminder is due (or was missed while the computer was off): a banner to read once."""
        text = f"<b>{html.escape(title)}</b>" + (f" — {html.escape(body)}" if body else "")
        if missed:
            text = html.escape(self.tr("Missed while this computer was off:")) + " " + text
        self.notice_banner.show_message(text, closable=True)
        self.notice_banner.setAccessibleName(f"{title}. {body}")

    def _on_nav_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentWidget(self.page(PAGES[row]))

    # --- texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Macao One Account"))
        self.app_title.setText(self.tr("Macao One Account"))
        self.demo_badge.setText(self.tr("DEMO"))
        self.demo_badge.setToolTip(self.tr("Demo mode: a server on this computer with made-up data"))
        self.demo_badge.setAccessibleName(self.tr("Demo mode: a server on this computer with made-up data"))
        self.mode_badge.setText(
            self.tr("Kiosk") if self.ctx.profile.kind.value == "kiosk" else self.tr("Assisted service")
        )
        self.language.setAccessibleName(self.tr("Language"))
        self.nav.setAccessibleName(self.tr("Sections"))
        names = {
            "feed": self.tr("My information"),
            "services": self.tr("My services"),
            "apps": self.tr("My apps"),
            "opinions": self.tr("My opinions"),
            "appointments": self.tr("Appointments"),
            "address": self.tr("Address"),
            "eid": self.tr("eID"),
            "submissions": self.tr("My submissions"),
            "account": self.tr("Account"),
        }
        for row, page_id in enumerate(PAGES):
            item = self.nav.item(row)
            item.setText(names[page_id])
            item.setToolTip(f"{names[page_id]} (Ctrl+{row + 1})")
        self.notice_banner.close_button.setAccessibleName(self.tr("Close"))
        self.alert_banner.close_button.setAccessibleName(self.tr("Close"))
        self._update_account()
        self._update_offline_banner()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state -------------------------------------------------------------------------------------
    def _update_account(self) -> None:
        resident = self.ctx.resident
        if resident is None:
            self.account.setText(self.tr("Not signed in"))
        else:
            self.account.setText(resident.display_name.get(self.ctx.language) or resident.username)

    def _update_offline_banner(self) -> None:
        status = self._status
        offline = status.connection is Connection.OFFLINE or status.problem in (
            Problem.BAD_RESPONSE,
            Problem.SERVER_ERROR,
            Problem.DEMO_SERVER_FAILED,
        )
        if not offline:
            self.offline_banner.setVisible(False)
            return
        when = local_time(status.last_sync) if status.last_sync else None
        if status.connection is Connection.OFFLINE:
            text = self.tr("You are offline. Showing what is saved on this computer.")
        else:
            text = self.tr("The server is not answering properly. Showing what is saved on this computer.")
        if when:
            text += " " + self.tr("Last updated %1.").replace("%1", when)
        self.offline_banner.show_message(text, self.tr("Try again"))

    def _on_status_changed(self, status: SyncStatus) -> None:
        self._status = status
        self._update_offline_banner()

    def _on_account_changed(self, _resident: object) -> None:
        self._update_account()

    def _on_notice_raised(self, notice: Notice) -> None:
        self.notice_banner.show_message(notice_text(notice.code, notice.detail), closable=True)

    def show_alert(self, title: str, body: str, severity: int) -> None:
        """An official alert just announced: a banner in its warning colour, with a way to the feed."""
        self.alert_banner.setProperty("severity", str(max(0, min(severity, 5))))
        self.alert_banner.style().unpolish(self.alert_banner)
        self.alert_banner.style().polish(self.alert_banner)
        text = f"<b>{html.escape(title)}</b>" + (f" — {html.escape(body)}" if body else "")
        self.alert_banner.show_message(text, self.tr("Show"), closable=True)
        self.alert_banner.setAccessibleName(f"{title}. {body}")

    def _on_alert_view_clicked(self) -> None:
        self.show_page("feed")

    def _on_attention_clicked(self) -> None:
        self.show_page("submissions")

    def _on_retry_clicked(self) -> None:
        self.ctx.sync.sync_now(manual=True)

    def _on_language_chosen(self, index: int) -> None:
        self.ctx.set_language(LANGUAGES[index])

    def _on_language_changed(self, lang: str) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(LANGUAGES.index(lang))
        self.language.blockSignals(False)
        self._update_account()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
