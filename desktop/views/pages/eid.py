"""電子身份 eID: set up this computer's eID, show it as a QR code that renews itself, scan an institution's
request and share exactly the details consented to (confirmed by the face), sign in and out of
continuing-education courses, and read the consent history (docs/EID.md §7).

On kiosks and assisted-service PCs the page only says that eID lives on the resident's own computer.
A one-second timer renews and counts down the code on screen while the page is visible.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.viewmodels.eid import Course, EidModel, EidState, eid_language, make_scanner, presence_analyser
from desktop.views.eid_panels import CoursesView, HistoryView
from desktop.views.eid_widgets import CodeView, ConsentView, MessageView, PresenceView, eid_reason_text
from desktop.views.pages.base import Page
from desktop.views.photo_widgets import CameraPanel
from desktop.views.widgets import Banner


class EidPage(Page):
    WATCHES = ("course", "voucher")

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, camera_source: int | str | Path = 0
    ) -> None:
        super().__init__(ctx, parent)
        self.model = EidModel(ctx, self)
        self.model.state_changed.connect(self._on_state_changed)
        self.model.bind_finished.connect(self._on_bind_finished)
        self.model.courses_loaded.connect(self._on_courses_loaded)
        self.prompt: Any = None  # the ConsentPrompt being answered
        self.offer: Any = None  # the ShareOffer on screen
        self._ticked: list[str] = []
        self._show_code: Any = None
        self._course_code: Any = None
        self._course_title = ""
        self._presence_for = "bind"
        self._codes_cid: str | None = None  # the credential the codes on screen were made with

        self.stack = QStackedWidget(self)
        self.message = MessageView(self.stack)  # unavailable, no keyring, signed out, moved, set up, busy
        self.message.action.clicked.connect(self._on_message_action)
        self.presence = PresenceView(ctx.clock, self.stack)
        self.presence.camera.set_source(camera_source)
        self.presence.camera.set_analyser(presence_analyser)
        self.presence.passed.connect(self._on_presence_passed)
        self.presence.cancelled.connect(self._on_presence_cancelled)
        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("EidTabs")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.show_view = CodeView(self.tabs)
        self.scan_stack = QStackedWidget(self.tabs)
        scan = QWidget(self.scan_stack)
        scan_box = QVBoxLayout(scan)
        self.scan_note = QLabel(scan)
        self.scan_note.setWordWrap(True)
        self.scanner = CameraPanel(camera_source, scan)
        self.qr_scanner = make_scanner()
        self.scanner.set_scanner(self.qr_scanner)
        self.scanner.frame_arrived.connect(self._on_scanner_frame)
        self.scanner.qr_read.connect(self._on_request_text)
        self.picture_button = QPushButton(scan)
        self.picture_button.setObjectName("EidLoadPicture")
        self.picture_button.clicked.connect(self._on_picture_clicked)
        self.scan_error = QLabel(scan)
        self.scan_error.setObjectName("EidScanError")
        self.scan_error.setWordWrap(True)
        for widget in (self.scan_note, self.scan_error):
            scan_box.addWidget(widget)
        scan_box.addWidget(self.scanner, 1)
        scan_box.addWidget(self.picture_button)
        self.consent_view = ConsentView(self.scan_stack)
        self.consent_view.consented.connect(self._on_consented)
        self.consent_view.refused.connect(self._on_refused)
        share = QWidget(self.scan_stack)
        share_box = QVBoxLayout(share)
        self.share_view = CodeView(share)
        self.done_button = QPushButton(share)
        self.done_button.setObjectName("EidShareDone")
        self.done_button.clicked.connect(self._back_to_scan)
        share_box.addWidget(self.share_view, 1)
        share_box.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        for page in (scan, self.consent_view, share):
            self.scan_stack.addWidget(page)
        self.courses_view = CoursesView(self.tabs)
        self.courses_view.code_asked.connect(self._on_course_code_asked)
        self.history_view = HistoryView(self.tabs)
        tabs: tuple[QWidget, ...] = (self.show_view, self.scan_stack, self.courses_view, self.history_view)
        for tab in tabs:
            self.tabs.addTab(tab, "")
        layers: tuple[QWidget, ...] = (self.message, self.presence, self.tabs)
        for layer in layers:
            self.stack.addWidget(layer)
        self.renew = Banner("notice", self)
        self.renew.action_clicked.connect(self._on_message_action)
        self.layout_.addWidget(self.renew)
        self.layout_.addWidget(self.stack, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("eID"))
        self.tabs.setAccessibleName(self.tr("eID"))
        for index, text in enumerate(
            (
                self.tr("Show eID"),
                self.tr("Scan to provide data"),
                self.tr("Courses"),
                self.tr("Consent history"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.presence.retranslate(
            self.tr("Look at the camera for a moment so that it can see it is you."), self.tr("Cancel")
        )
        self.scan_note.setText(
            self.tr("Hold the institution's QR code up to the camera, or load a picture of it.")
        )
        self.picture_button.setText(self.tr("Load a picture of the code…"))
        self.picture_button.setAccessibleName(self.tr("Load a picture of the institution's QR code"))
        self.scanner.retranslate()
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Done: close the code"))
        self.courses_view.retranslate()
        self._show_state()
        self._fill_history()
        self.tick()

    def _state_texts(self) -> dict[EidState, tuple[str, str, str]]:
        """(title, body, action) of each state shown as a message."""
        return {
            EidState.CHECKING: (self.tr("Opening your eID…"), "", ""),
            EidState.UNAVAILABLE: (
                self.tr("eID lives on the resident's own computer"),
                self.tr(
                    "For your privacy, eID cannot be set up or shown on a shared computer such as a kiosk "
                    "or a community-centre PC. Use it on your own computer with Macao One Account."
                ),
                "",
            ),
            EidState.NO_KEYRING: (
                self.tr("This computer cannot keep an eID"),
                self.tr("eID needs the computer's secure key store, and none is available here."),
                "",
            ),
            EidState.SIGNED_OUT: (self.tr("Sign in to use eID"), "", ""),
            EidState.NOT_BOUND: (
                self.tr("Set up eID on this computer"),
                self.tr(
                    "Your eID is kept on this computer only. Setting it up takes a moment: the camera "
                    "checks that it is you, and a key is made and kept in the computer's key store. "
                    "If you had eID on another computer, it stops working there."
                ),
                self.tr("Set up eID"),
            ),
            EidState.MOVED: (
                self.tr("Your eID was set up on another computer"),
                self.tr("It no longer works on this one. Set it up here again to use it here."),
                self.tr("Set up eID"),
            ),
        }

    # --- state ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.refresh()

    def forget(self) -> None:
        self._leave_codes()
        self.prompt = self.offer = None
        self.history_view.clear()

    def _on_state_changed(self) -> None:
        wallet = self.model.wallet
        cid = wallet.claims.cid if wallet is not None else None
        if cid != self._codes_cid:  # codes of another credential (bound again, moved) must not stay up
            self._leave_codes()
            self._back_to_scan()
            self._codes_cid = cid
        self._show_state()
        if self.model.state is EidState.BOUND:
            self.model.load_courses()
            self._fill_history()
            self.tick()

    def _show_state(self) -> None:
        state = self.model.state
        if state is EidState.BOUND and self.model.renew_suggested:
            self.renew.show_message(
                self.tr("Some of your details have changed. Set up eID again to bring them up to date."),
                self.tr("Set up again"),
            )
        else:
            self.renew.setVisible(False)
        if state is EidState.BOUND:
            if self.stack.currentWidget() is not self.presence:
                self.stack.setCurrentWidget(self.tabs)
            return
        title, body, action = self._state_texts()[state]
        self.message.show_message(title, body, action)
        self.stack.setCurrentWidget(self.message)

    def _on_message_action(self) -> None:
        self._presence_for = "bind"
        self.stack.setCurrentWidget(self.presence)

    # --- the face-presence step ----------------------------------------------------------------------------
    def _on_presence_passed(self, frames: list[Any], at: Any) -> None:
        if self._presence_for == "bind":
            self.message.show_message(
                self.tr("Setting up your eID…"), self.tr("This takes a few seconds."), ""
            )
            self.stack.setCurrentWidget(self.message)
            self.model.bind(frames, at)
            return
        self.stack.setCurrentWidget(self.tabs)
        self._share(at)

    def _on_presence_cancelled(self) -> None:
        if self._presence_for == "bind":
            self._show_state()
        else:
            self.stack.setCurrentWidget(self.tabs)
            self.scan_stack.setCurrentIndex(1)

    def _on_bind_finished(self, code: str) -> None:
        if code:
            title, body, action = (
                self.tr("eID could not be set up"),
                eid_reason_text(code),
                self.tr("Try again"),
            )
            self.message.show_message(title, body, action)
            self.stack.setCurrentWidget(self.message)

    # --- show eID and course codes -------------------------------------------------------------------------
    def tick(self) -> None:
        """Renew and count down whatever code is on screen (every second while visible)."""
        now = self.ctx.clock.now()
        bound = self.model.state is EidState.BOUND and self.model.wallet is not None
        name = self.model.wallet.claims.name if self.model.wallet is not None else ""
        if bound and self.tabs.currentWidget() is self.show_view and self.stack.currentWidget() is self.tabs:
            if self._show_code is None:
                self._show_code = self.model.show_code()
            code = self._show_code.current(now)
            self.show_view.title.setText(self.tr("%1 — show this code to be identified").replace("%1", name))
            self.show_view.set_token(
                code.token, self.model.matrix(code.token), self.tr("eID code of %1").replace("%1", name)
            )
            self.show_view.set_countdown(
                code.refresh_in, 30, self.tr("New code in %n second(s)", "", code.refresh_in)
            )
        if self.offer is not None and self.scan_stack.currentIndex() == 2:
            left = int((self.offer.expires_at - now).total_seconds())
            if left <= 0:
                self.share_view.clear()
                self.share_view.set_countdown(
                    0, 120, self.tr("This code has expired. Scan the request again.")
                )
            else:
                self.share_view.set_countdown(left, 120, self.tr("Valid for %n more second(s)", "", left))
        if bound and self._course_code is not None:
            code = self._course_code.current(now)
            self.courses_view.code.title.setText(self._course_title)
            self.courses_view.code.set_token(code.token, self.model.matrix(code.token), self._course_title)
            self.courses_view.code.set_countdown(
                code.refresh_in, 60, self.tr("New code in %n second(s)", "", code.refresh_in)
            )

    def _leave_codes(self) -> None:
        if self._show_code is not None:
            self._show_code.reset()
        self._show_code = self._course_code = None
        self.show_view.clear()
        self.courses_view.reset_code()

    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.history_view:
            self._fill_history()
        self.tick()

    def _on_courses_loaded(self) -> None:
        self.courses_view.show_courses(
            self.model.courses, self.model.voucher, eid_language(self.ctx.language), self.ctx.clock.now()
        )

    def _on_course_code_asked(self, course: Course, action: str) -> None:
        self._course_code = self.model.course_code(course, action)
        name = course.name.get(eid_language(self.ctx.language)) or course.id
        self._course_title = (
            self.tr("Sign in to %1") if action == "in" else self.tr("Sign out of %1")
        ).replace("%1", name)
        self.tick()

    # --- scan to provide data ------------------------------------------------------------------------------
    def _on_scanner_frame(self, frame: Any) -> None:
        """Draw the part of the picture the scanner reads (it ignores codes outside it)."""
        box = self.qr_scanner.scan_box(frame.image.width(), frame.image.height())
        self.scanner.preview.set_scan_box(QRectF(*box))

    def _on_picture_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a picture of the code"),
            "",
            self.tr("Pictures") + " (*.png *.jpg *.jpeg *.bmp)",
        )
        if path:
            self.load_picture(path)

    def load_picture(self, path: str | Path) -> None:
        try:
            text = self.model.decode_picture(path)
        except ValueError:
            self._scan_failed("not_a_picture")
            return
        if text is None:
            self._scan_failed("no_code")
            return
        self._on_request_text(text)

    def _scan_failed(self, code: str) -> None:
        self.scan_error.setText(eid_reason_text(code))
        self.scan_error.setAccessibleName(eid_reason_text(code))

    def _on_request_text(self, text: str) -> None:
        from desktop.eid.errors import EidError

        try:
            self.prompt = self.model.read(text)
        except EidError as exc:
            self._scan_failed(exc.reason.value)
            QTimer.singleShot(1500, self.scanner.restart)  # let the next code be read
            return
        self.scan_error.clear()
        lang = eid_language(self.ctx.language)
        prompt = self.prompt
        rows = [(row.name, row.label, row.value) for row in prompt.rows(self.model.wallet, lang)]
        texts = {
            "purpose": self.tr("Purpose:"),
            "demo": self.tr("Demo institution: for trying eID out, not a real one."),
            "asks": self.tr("%1 asks for these details. Untick any you do not want to give:"),
            "note": self.tr(
                "When you agree, the camera checks it is you; then a code with only the ticked details "
                "is shown for two minutes."
            ),
            "row": self.tr("%1: %2"),
            "consent": self.tr("Agree and share"),
            "refuse": self.tr("Refuse"),
        }
        institution = prompt.institution.name.get(lang) or prompt.institution.id
        texts["asks"] = texts["asks"].replace("%1", institution)
        self.consent_view.show_request(
            institution, prompt.request.purpose.get(lang, ""), prompt.demo, rows, texts
        )
        self.scan_stack.setCurrentIndex(1)

    def _on_consented(self) -> None:
        self._ticked = self.consent_view.ticked()
        self._presence_for = "consent"
        self.stack.setCurrentWidget(self.presence)

    def _share(self, presence_at: Any) -> None:
        from desktop.eid.errors import EidError

        try:
            self.offer = self.model.consent(self.prompt, self._ticked, presence_at)
        except EidError as exc:
            self._back_to_scan()
            self._scan_failed(exc.reason.value)
            return
        lang = eid_language(self.ctx.language)
        institution = self.prompt.institution.name.get(lang) or self.prompt.institution.id
        title = self.tr("Show this code to %1").replace("%1", institution)
        self.share_view.title.setText(title)
        self.share_view.set_token(self.offer.token, self.model.matrix(self.offer.token), title)
        labels = self.tr(", ").join(
            row.label for row in self.prompt.rows(None, lang) if row.name in self._ticked
        )
        self.share_view.set_note(self.tr("Only these details are in the code: %1").replace("%1", labels))
        self.scan_stack.setCurrentIndex(2)
        self._fill_history()
        self.tick()

    def _on_refused(self) -> None:
        if self.prompt is not None:
            self.model.refuse(self.prompt)
        self._back_to_scan()
        self._scan_failed("")
        self.scan_error.setText(self.tr("You refused. Nothing was shared."))
        self._fill_history()

    def _back_to_scan(self) -> None:
        self.prompt = self.offer = None
        self.share_view.clear()
        self.scan_error.clear()
        self.scan_stack.setCurrentIndex(0)

    def _fill_history(self) -> None:
        self.history_view.show_records(self.model.history(), eid_language(self.ctx.language))

    # --- visibility ----------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.tick()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        self._leave_codes()
        super().hideEvent(event)
