"""Building blocks of the eID page: a code that renews itself with its countdown, the consent form, the
face-presence step and the page's messages; and the words for eID reason codes.

GUI thread only. No eID logic here: the page hands these widgets plain values from ``EidModel``.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.photo_widgets import CameraPanel, instruction_text
from desktop.views.widgets_qr import QrCodeWidget

__all__ = ["CodeView", "ConsentView", "MessageView", "PresenceView", "eid_reason_text", "field_value_text"]

#: Device pixels per QR module at least (at 3 OpenCV misses about one code in twelve); the widget
#: uses more whenever the window leaves room.
MODULE_PX = 4
#: Frames in a row with exactly one face before the presence check passes (about a second of video).
PRESENCE_FRAMES = 12
PRESENCE_SAMPLES = 3
#: Section titles inside a page (the app's style sheet sizes only the page heading).
TITLE_STYLE = "font-size: 18px; font-weight: 600;"


def eid_reason_text(code: str) -> str:
    """Words for an ``EidError`` reason code, or for the app's own failure codes (offline, …)."""
    translate = QCoreApplication.translate
    texts = {
        "malformed": translate("EidReason", "This is not an eID code."),
        "unsupported-version": translate("EidReason", "This eID code is of a newer kind. Update the app."),
        "too-large": translate("EidReason", "This code is too long to be an eID code."),
        "wrong-type": translate("EidReason", "This is another kind of eID code than expected here."),
        "unknown-key": translate("EidReason", "The code is signed with a key that is not published."),
        "unknown-institution": translate(
            "EidReason", "The institution is not registered with Macao One Account."
        ),
        "bad-signature": translate(
            "EidReason", "The signature does not match: the code was changed or forged."
        ),
        "bad-disclosure": translate("EidReason", "A shared detail does not match what was certified."),
        "revoked": translate("EidReason", "This eID was revoked."),
        "expired": translate("EidReason", "The code has expired. Ask for a new one."),
        "not-yet-valid": translate("EidReason", "The code is not valid yet. Check the computer's clock."),
        "lifetime-too-long": translate("EidReason", "The code claims to be valid for too long."),
        "credential-expired": translate("EidReason", "Your eID has expired. Set it up again."),
        "nonce-required": translate("EidReason", "The answer must be checked against the request."),
        "wrong-nonce": translate("EidReason", "The answer belongs to another request."),
        "wrong-institution": translate("EidReason", "The answer was made for another institution."),
        "wrong-course": translate("EidReason", "The code is for another course."),
        "not-requested": translate("EidReason", "The answer shares details that were not asked for."),
        "replayed": translate("EidReason", "This code was already used."),
        "eid-unavailable": translate("EidReason", "eID is only available on the resident's own computer."),
        "key-mismatch": translate(
            "EidReason", "The key on this computer does not match your eID. Set it up again."
        ),
        "not-consented": translate("EidReason", "Choose at least one of the requested details."),
        "presence-required": translate("EidReason", "Your face must be seen by the camera just before."),
        "challenge-invalid": translate("EidReason", "The set-up took too long. Try again."),
        "device-key-in-use": translate("EidReason", "This computer's key is already used by another eID."),
        "bad-attribute": translate("EidReason", "A detail has the wrong form."),
        "stale-list": translate("EidReason", "The list of revoked eIDs is older than the one already held."),
        "offline": translate(
            "EidReason", "The server cannot be reached. Check the connection and try again."
        ),
        "signed_out": translate("EidReason", "Sign in first."),
        "no_keyring": translate(
            "EidReason", "This computer has no secure key store, so it cannot hold an eID."
        ),
        "presence-failed": translate(
            "EidReason", "Your face could not be confirmed. Try again in good light."
        ),
        "no_code": translate("EidReason", "No QR code was found in this picture."),
        "not_a_picture": translate("EidReason", "This file is not a picture."),
    }
    return texts.get(code, translate("EidReason", "Something went wrong. Try again later."))


def field_value_text(value: Any) -> str:
    if value is None:
        return QCoreApplication.translate("EidField", "(not on record)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("EidField", "Yes")
            if value
            else QCoreApplication.translate("EidField", "No")
        )
    return str(value)


class CodeView(QWidget):
    """A QR code (at least ``MODULE_PX`` device pixels a module) with its countdown, said and shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("SectionTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet(TITLE_STYLE)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setVisible(False)
        self.qr = QrCodeWidget(self)
        self.qr.setObjectName("EidCode")
        self.countdown = QLabel(self)
        self.countdown.setObjectName("EidCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setStyleSheet("font-size: 16px;")
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.note)
        box.addWidget(self.qr, 1)  # as large as fits: the widget centres whole-pixel modules itself
        box.addWidget(self.bar)
        box.addWidget(self.countdown)
        self.token = ""
        self._show_countdown(False)

    def _show_countdown(self, shown: bool) -> None:
        self.bar.setVisible(shown)
        self.countdown.setVisible(shown)

    def set_token(self, token: str, matrix: Any, name: str) -> None:
        if token == self.token:
            return
        self.token = token
        self.qr.set_matrix(matrix)
        self._show_countdown(True)
        side = (self.qr.modules + 8) * MODULE_PX
        ratio = max(1.0, self.devicePixelRatioF())
        self.qr.setMinimumSize(int(side / ratio) + 1, int(side / ratio) + 1)
        self.qr.setAccessibleName(name)

    def set_countdown(self, seconds: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(max(0, min(seconds, total)))
        self.bar.setAccessibleName(text)
        self.countdown.setText(text)
        self.countdown.setAccessibleName(text)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setAccessibleName(text)
        self.note.setVisible(bool(text))

    def clear(self) -> None:
        self.token = ""
        self.qr.set_matrix(None)
        self.bar.setVisible(False)


class ConsentView(QWidget):
    """Who asks, why, and exactly the fields asked for, each with a tick box; consent or refuse."""

    consented = Signal()
    refused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.institution = QLabel(self)
        self.institution.setObjectName("SectionTitle")
        self.institution.setWordWrap(True)
        self.institution.setStyleSheet(TITLE_STYLE)
        self.purpose = QLabel(self)
        self.purpose.setWordWrap(True)
        self.demo = QLabel(self)
        self.demo.setObjectName("DemoNote")
        self.demo.setWordWrap(True)
        self.asks = QLabel(self)
        self.fields_box = QVBoxLayout()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.consent_button = QPushButton(self)
        self.consent_button.setObjectName("EidConsent")
        self.consent_button.clicked.connect(self.consented)
        self.refuse_button = QPushButton(self)
        self.refuse_button.setObjectName("EidRefuse")
        self.refuse_button.clicked.connect(self.refused)
        box = QVBoxLayout(self)
        for widget in (self.institution, self.purpose, self.demo, self.asks):
            box.addWidget(widget)
        box.addLayout(self.fields_box)
        box.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.consent_button)
        buttons.addWidget(self.refuse_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addStretch(1)
        self.boxes: dict[str, QCheckBox] = {}

    def show_request(
        self,
        institution: str,
        purpose: str,
        demo: bool,
        rows: list[tuple[str, str, Any]],
        texts: dict[str, str],
    ) -> None:
        """``rows``: (field, label, value) for exactly the requested fields; ``texts``: the fixed words."""
        self.institution.setText(institution)
        self.institution.setAccessibleName(institution)
        self.purpose.setText(f"<b>{escape(texts['purpose'])}</b> {escape(purpose)}")
        self.purpose.setAccessibleName(f"{texts['purpose']} {purpose}")
        self.demo.setText(texts["demo"])
        self.demo.setVisible(demo)
        self.asks.setText(texts["asks"])
        for check in self.boxes.values():
            self.fields_box.removeWidget(check)
            check.deleteLater()
        self.boxes = {}
        for name, label, value in rows:
            text = texts["row"].replace("%1", label).replace("%2", field_value_text(value))
            check = QCheckBox(text, self)
            check.setObjectName(f"EidField_{name}")
            check.setChecked(True)
            check.setAccessibleName(text)
            check.toggled.connect(self._on_toggled)
            self.fields_box.addWidget(check)
            self.boxes[name] = check
        self.note.setText(texts["note"])
        self.consent_button.setText(texts["consent"])
        self.consent_button.setAccessibleName(texts["consent"])
        self.refuse_button.setText(texts["refuse"])
        self.refuse_button.setAccessibleName(texts["refuse"])
        self._on_toggled()
        if self.boxes:
            next(iter(self.boxes.values())).setFocus()

    def ticked(self) -> list[str]:
        return [name for name, check in self.boxes.items() if check.isChecked()]

    @Slot()
    def _on_toggled(self) -> None:
        self.consent_button.setEnabled(bool(self.ticked()))


class PresenceView(QWidget):
    """The face-presence step: the camera, and a pass once one face is seen for ``PRESENCE_FRAMES`` frames."""

    passed = Signal(object, object)  # list of BGR frames, the datetime it passed
    cancelled = Signal()

    def __init__(self, clock: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.camera = CameraPanel(0, self)
        self.camera.frame_arrived.connect(self._on_frame)
        self.camera.camera_started.connect(self.reset)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("PresenceCancel")
        self.cancel_button.clicked.connect(self.cancelled)
        box = QVBoxLayout(self)
        box.addWidget(self.explain)
        box.addWidget(self.camera, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        box.addLayout(row)
        self._streak = 0
        self._samples: list[Any] = []
        self._done = False

    def retranslate(self, explain: str, cancel: str) -> None:
        self.explain.setText(explain)
        self.cancel_button.setText(cancel)
        self.cancel_button.setAccessibleName(cancel)
        self.camera.retranslate()

    @Slot()
    def reset(self) -> None:
        self._streak, self._samples, self._done = 0, [], False

    @Slot(object)
    def _on_frame(self, frame: Any) -> None:
        guidance = frame.analysis
        if guidance is None or self._done:
            return
        one_face = guidance.by_code["face_count"].passed
        preview = self.camera.preview
        preview.set_face(None if guidance.face is None else _rect(guidance.face), one_face)
        self._streak = self._streak + 1 if one_face else 0
        if not one_face:
            self._samples = []
            preview.set_instruction(
                instruction_text(guidance.by_code["face_count"].instruction or "face_camera")
            )
            return
        preview.set_instruction(QCoreApplication.translate("EidPresence", "Hold still…"), True)
        if self._streak % (PRESENCE_FRAMES // PRESENCE_SAMPLES) == 0:
            self._samples.append(frame.bgr)
        if self._streak >= PRESENCE_FRAMES:
            self._done = True
            self.camera.stop()
            self.passed.emit(self._samples[-PRESENCE_SAMPLES:], self._clock.now())


def _rect(box: tuple[int, int, int, int]) -> Any:
    from PySide6.QtCore import QRectF

    return QRectF(*box)


class MessageView(QWidget):
    """A state of the page said in words (not available here, sign in, set up), with one action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.views.widgets import EmptyState

        self.empty = EmptyState(self)
        self.action = QPushButton(self)
        self.action.setObjectName("EidAction")
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.empty)
        box.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)

    def show_message(self, title: str, body: str, action: str) -> None:
        self.empty.set_text(title, body)
        self.action.setText(action)
        self.action.setAccessibleName(action)
        self.action.setVisible(bool(action))
