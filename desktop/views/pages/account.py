"""The account area: sign in, who is signed in and where their data lives, sync now, sign out, settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.domain.models import Resident
from desktop.domain.sync_status import Activity, SyncStatus
from desktop.domain.text import LANGUAGES
from desktop.profile import ProfileKind
from desktop.views.pages.base import Page
from desktop.views.texts import language_name, sign_in_error_text
from desktop.views.widgets import local_time


class SignInForm(QGroupBox):
    def __init__(self, page: AccountPage) -> None:
        super().__init__(page)
        self._page = page
        form = QFormLayout(self)
        self.username = QLineEdit(self)
        self.username.setObjectName("SignInUsername")
        self.password = QLineEdit(self)
        self.password.setObjectName("SignInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label = QLabel(self)
        self.username_label.setBuddy(self.username)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password)
        self.submit = QPushButton(self)
        self.submit.setObjectName("SignInButton")
        self.submit.setDefault(True)
        self.error = QLabel(self)
        self.error.setObjectName("FormError")
        self.error.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.submit)
        form.addRow("", self.error)
        form.addRow("", self.hint)
        self.submit.clicked.connect(self._on_submit_clicked)
        self.password.returnPressed.connect(self._on_submit_clicked)
        self.username.returnPressed.connect(self.password.setFocus)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sign in to One Account"))
        self.username_label.setText(self.tr("&Username"))
        self.password_label.setText(self.tr("&Password"))
        self.username.setAccessibleName(self.tr("Username"))
        self.password.setAccessibleName(self.tr("Password"))
        self.submit.setText(self.tr("Sign in"))
        self.submit.setAccessibleName(self.tr("Sign in"))
        self.hint.setText(
            self.tr("Demo: sign in with username “demo” and password “demo”.") if self._page.ctx.demo else ""
        )

    def _on_submit_clicked(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self.error.setText(self.tr("Enter your username and password."))
            return
        self.error.clear()
        self.submit.setEnabled(False)  # one sign-in at a time, however often it is clicked
        self._page.ctx.sync.sign_in(username, password)

    def show_error(self, code: str) -> None:
        self.submit.setEnabled(True)
        self.password.clear()
        self.error.setText(sign_in_error_text(code))
        self.password.setFocus()

    def reset(self) -> None:
        self.submit.setEnabled(True)
        self.password.clear()
        self.error.clear()


class AccountPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.sign_in = SignInForm(self)
        self.layout_.addWidget(self.sign_in)

        self.signed_in_box = QGroupBox(self)
        box = QVBoxLayout(self.signed_in_box)
        self.who = QLabel(self.signed_in_box)
        self.who.setObjectName("AccountName")
        self.where = QLabel(self.signed_in_box)
        self.where.setWordWrap(True)
        self.server = QLabel(self.signed_in_box)
        self.server.setWordWrap(True)
        self.last_sync = QLabel(self.signed_in_box)
        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self.signed_in_box)
        self.sync_button.setObjectName("SyncNowButton")
        self.sync_button.clicked.connect(self._on_sync_clicked)
        self.sign_out_button = QPushButton(self.signed_in_box)
        self.sign_out_button.setObjectName("SignOutButton")
        self.sign_out_button.clicked.connect(self._on_sign_out_clicked)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        for widget in (self.who, self.where, self.server, self.last_sync):
            box.addWidget(widget)
        box.addLayout(buttons)
        self.layout_.addWidget(self.signed_in_box)

        self.settings_box = QGroupBox(self)
        form = QFormLayout(self.settings_box)
        self.language = QComboBox(self.settings_box)
        self.language.setObjectName("SettingsLanguage")
        for lang in LANGUAGES:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(LANGUAGES.index(ctx.language))
        self.language.currentIndexChanged.connect(self._on_language_chosen)
        self.language_label = QLabel(self.settings_box)
        self.language_label.setBuddy(self.language)
        self.contrast = QCheckBox(self.settings_box)
        self.contrast.setObjectName("SettingsHighContrast")
        self.contrast.setChecked(bool(ctx.settings.get("high_contrast")))
        self.contrast.toggled.connect(self._on_contrast_toggled)
        form.addRow(self.language_label, self.language)
        form.addRow("", self.contrast)
        self.layout_.addWidget(self.settings_box)
        self.layout_.addStretch(1)

        ctx.sync.sign_in_failed.connect(self._on_sign_in_failed)
        ctx.sync.status_changed.connect(self._on_status_changed)
        self._status = ctx.sync.status
        self.retranslate()
        self._update_mode()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Account and settings"))
        self.sign_in.retranslate()
        self.signed_in_box.setTitle(self.tr("Signed in"))
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        self.settings_box.setTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.contrast.setText(self.tr("High-contrast colours"))
        self._fill_account()

    def _fill_account(self) -> None:
        resident: Resident | None = self.ctx.resident
        lang = self.ctx.language
        if resident is not None:
            self.who.setText(
                self.tr("%1 (username %2)")
                .replace("%1", resident.display_name.get(lang) or resident.username)
                .replace("%2", resident.username)
            )
        kind = self.ctx.profile.kind
        if kind is ProfileKind.RESIDENT and not self.ctx.profile.remember_sign_in:
            self.where.setText(
                self.tr(
                    "Your data is kept in %1; your sign-in is kept in memory only, until the app closes."
                ).replace("%1", str(self.ctx.profile.data_dir))
            )
        elif kind is ProfileKind.RESIDENT:
            self.where.setText(
                self.tr(
                    "This is your own computer. Your data is kept in %1 and your sign-in in the "
                    "system's secure password store."
                ).replace("%1", str(self.ctx.profile.data_dir))
            )
        elif kind is ProfileKind.ASSISTED:
            self.where.setText(
                self.tr("Assisted-service computer: everything of this session is erased when you sign out.")
            )
        else:
            self.where.setText(
                self.tr(
                    "Public kiosk: everything of this session is erased when you sign "
                    "out or leave the kiosk unused."
                )
            )
        self.server.setText(
            self.tr("Server: demo server on this computer, with demo data")
            if self.ctx.demo
            else self.tr("Server: %1").replace("%1", self.ctx.config.server_url or "")
        )
        self.last_sync.setText(
            self.tr("Last sync: %1").replace("%1", local_time(self._status.last_sync))
            if self._status.last_sync
            else self.tr("Not synced yet in this session")
        )

    def _update_mode(self) -> None:
        signed_in = self.ctx.resident is not None
        self.sign_in.setVisible(not signed_in)
        self.signed_in_box.setVisible(signed_in)
        if not signed_in:
            self.sign_in.reset()
        self._fill_account()

    def _on_account_changed(self, _resident: object) -> None:
        self.sign_out_button.setEnabled(True)
        self._update_mode()

    def _on_sign_in_failed(self, code: str) -> None:
        self.sign_in.show_error(code)

    def _on_status_changed(self, status: SyncStatus) -> None:
        self._status = status
        self.sync_button.setEnabled(status.activity is not Activity.SYNCING)
        self._fill_account()

    def _on_sync_clicked(self) -> None:
        self.ctx.sync.sync_now(manual=True)

    def _on_sign_out_clicked(self) -> None:
        self.sign_out_button.setEnabled(False)
        self.ctx.sync.sign_out()

    def _on_language_chosen(self, index: int) -> None:
        self.ctx.set_language(LANGUAGES[index])

    def _on_language_changed(self, lang: str) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(LANGUAGES.index(lang))
        self.language.blockSignals(False)

    def _on_contrast_toggled(self, on: bool) -> None:
        self.ctx.settings.set("high_contrast", on)

    def refresh(self) -> None:
        self.sign_out_button.setEnabled(True)
        self._update_mode()
