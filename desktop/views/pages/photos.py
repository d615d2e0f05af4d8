"""我的照片 My photos: take an ID photo with the webcam under live guidance, check the 450 × 540 result,
keep it on this computer and send it; the list shows every photo, where it is, and whether it is still
within 12 months.

The camera runs only while the capture view is on screen (``CameraPanel``). The guidance (oval, face
box, one instruction in the resident's language) comes from the analysis the camera thread attached to
each frame; cropping and encoding run on a worker (``PhotosModel``), never on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.viewmodels.photos import PURPOSES, Captured, PhotoItem, PhotosModel, guide_oval, photo_analyser
from desktop.views.pages.base import Page
from desktop.views.photo_widgets import CameraPanel, check_name, instruction_text
from desktop.views.texts import operation_state_text, photo_refusal_text, problem_slug_text
from desktop.views.widgets import ATTENTION_COLOUR, WAITING_COLOUR, local_time


class PhotosPage(Page):
    WATCHES = ("outbox", "photo")
    LOADS_ASYNC = True

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, camera_source: int | str | Path = 0
    ) -> None:
        super().__init__(ctx, parent)
        self.model = PhotosModel(ctx, self)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.captured.connect(self._on_captured)
        self.model.saved.connect(self._on_saved)
        self.model.failed.connect(self._on_failed)
        self.model.upload_progressed.connect(self._on_upload_progressed)
        self.last_frame: Any = None  # the CapturedFrame on screen
        self.captured: Captured | None = None
        self._progress: dict[str, tuple[int, int]] = {}

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.layout_.addWidget(self.note)
        splitter = QSplitter(self)
        self.views = QStackedWidget(splitter)

        # Capture: the live camera with its guidance.
        capture = QWidget(self.views)
        capture_box = QVBoxLayout(capture)
        capture_box.setContentsMargins(0, 0, 0, 0)
        self.camera = CameraPanel(camera_source, capture)
        self.camera.set_analyser(photo_analyser)
        self.camera.frame_arrived.connect(self._on_frame)
        self.camera.camera_started.connect(self._on_camera_started)
        capture_box.addWidget(self.camera, 1)
        buttons = QHBoxLayout()
        self.take_button = QPushButton(capture)
        self.take_button.setObjectName("TakePhoto")
        self.take_button.setEnabled(False)
        self.take_button.setDefault(True)
        self.take_button.clicked.connect(self._on_take_clicked)
        self.take_anyway_button = QPushButton(capture)
        self.take_anyway_button.setObjectName("TakePhotoAnyway")
        self.take_anyway_button.setEnabled(False)
        self.take_anyway_button.clicked.connect(self._on_take_clicked)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.take_anyway_button)
        buttons.addStretch(1)
        capture_box.addLayout(buttons)
        self.views.addWidget(capture)

        # Result: the cropped photo on white, what did not pass, and what to do with it.
        result = QWidget(self.views)
        result_box = QVBoxLayout(result)
        result_box.setContentsMargins(0, 0, 0, 0)
        self.photo = QLabel(result)
        self.photo.setObjectName("PhotoResult")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setMinimumSize(225, 270)
        self.verdict = QLabel(result)
        self.verdict.setWordWrap(True)
        self.use_button = QPushButton(result)
        self.use_button.setObjectName("UsePhoto")
        self.use_button.clicked.connect(self._on_use_clicked)
        self.again_button = QPushButton(result)
        self.again_button.setObjectName("TakeAgain")
        self.again_button.clicked.connect(self._show_camera)
        result_box.addWidget(self.photo, 1)
        result_box.addWidget(self.verdict)
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.use_button)
        result_buttons.addWidget(self.again_button)
        result_buttons.addStretch(1)
        result_box.addLayout(result_buttons)
        self.views.addWidget(result)

        # The photos taken so far.
        side = QWidget(splitter)
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(8, 0, 0, 0)
        self.list_title = QLabel(side)
        self.list_title.setObjectName("SectionTitle")
        self.list_title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.list = QListWidget(side)
        self.list.setObjectName("PhotoList")
        self.list.setIconSize(QSize(50, 60))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        side_box.addWidget(self.list_title)
        side_box.addWidget(self.list, 1)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([860, 380])
        self.layout_.addWidget(splitter, 1)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("My photos"))
        self.take_button.setText(self.tr("Take photo"))
        self.take_button.setAccessibleName(self.tr("Take photo"))
        self.take_anyway_button.setText(self.tr("Take it anyway"))
        self.take_anyway_button.setAccessibleName(self.tr("Take the photo even though some checks fail"))
        self.use_button.setText(self.tr("Use this photo"))
        self.use_button.setAccessibleName(self.tr("Save this photo and send it"))
        self.again_button.setText(self.tr("Take again"))
        self.again_button.setAccessibleName(self.tr("Take the photo again"))
        self.photo.setAccessibleName(self.tr("The photo as it will be saved"))
        self.list_title.setText(self.tr("Your photos"))
        self.list.setAccessibleName(self.tr("Your photos"))
        self.camera.retranslate()
        self._update_note()
        self._fill()
        if self.captured is not None:
            self._show_verdict(self.captured)

    @staticmethod
    def refusal_text(slug: str | None) -> str:
        return photo_refusal_text(slug) or problem_slug_text(slug)

    def _update_note(self) -> None:
        if self.ctx.account_key is None:
            self.note.setText(self.tr("Sign in to keep and send your photos. You can try the camera now."))
        else:
            self.note.setText(
                self.tr(
                    "Look straight at the camera in front of a plain white wall. When every check passes, "
                    "take the photo. It is kept on this computer and sent to be used for your applications."
                )
            )

    # --- data ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._update_note()
        self.model.reload()

    def forget(self) -> None:
        self.captured = None
        self.model.clear()
        self._show_camera()

    def _on_model_loaded(self) -> None:
        self._mark_loaded()
        self._fill()

    def _fill(self) -> None:
        now = self.ctx.clock.now()
        self.list.clear()
        for item in self.model.items:
            valid = item.valid(now)
            validity = (
                self.tr("Valid until %1").replace("%1", local_time(item.valid_until)[:10])
                if valid
                else self.tr("Older than 12 months: take a new photo")
            )
            lines = [local_time(item.taken_at), self.status_text(item), validity]
            entry = QListWidgetItem("\n".join(lines))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            if item.path is not None:
                entry.setIcon(QPixmap(str(item.path)))
            attention = item.status == "refused"
            if attention or not valid:
                entry.setForeground(QColor(ATTENTION_COLOUR if attention else WAITING_COLOUR))
            self.list.addItem(entry)
        if not self.model.items:
            empty = QListWidgetItem(self.tr("No photos yet"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)

    def status_text(self, item: PhotoItem) -> str:
        status = item.status
        if status == "sending" and item.op is not None:
            return operation_state_text(item.op)
        if status == "accepted":
            return self.tr("Accepted")
        if status == "refused":
            return self.tr("Refused. %1").replace("%1", self.refusal_text(item.refusal))
        if status == "received" or item.record is None:
            return self.tr("Received")
        done, size = self._progress.get(item.id, (item.record.offset, item.record.size))
        if item.id in self.model.upload_errors:
            return self.tr("Saved on this computer — not sent yet, will try again")
        if status == "uploading" and size:
            return self.tr("Sending… %1%").replace("%1", str(min(100, done * 100 // size)))
        return self.tr("Saved on this computer — will be sent")

    def _on_upload_progressed(self, photo_id: str, offset: int, size: int) -> None:
        self._progress[photo_id] = (offset, size)
        self._fill()

    # --- camera --------------------------------------------------------------------------------------------
    def _on_camera_started(self) -> None:
        self.last_frame = None
        self.take_button.setEnabled(False)
        self.take_anyway_button.setEnabled(False)

    def _on_frame(self, frame: Any) -> None:
        self.last_frame = frame
        guidance = frame.analysis
        preview = self.camera.preview
        width, height = frame.image.width(), frame.image.height()
        preview.set_guide(QRectF(*guide_oval(width, height)))
        passed = bool(guidance is not None and guidance.passed)
        if guidance is None:
            preview.set_face(None)
            preview.set_instruction("")
        else:
            preview.set_face(QRectF(*guidance.face) if guidance.face else None, passed)
            text = (
                self.tr("All checks pass: take the photo")
                if passed
                else instruction_text(guidance.instruction)
            )
            preview.set_instruction(text, passed)
        self.take_button.setEnabled(passed)
        self.take_anyway_button.setEnabled(True)

    def _on_take_clicked(self) -> None:
        if self.last_frame is None:
            return
        self.take_button.setEnabled(False)
        self.take_anyway_button.setEnabled(False)
        self.model.take(self.last_frame.bgr)

    def _show_camera(self) -> None:
        self.captured = None
        self.views.setCurrentIndex(0)
        self.take_button.setFocus()

    # --- the result ----------------------------------------------------------------------------------------
    def _on_captured(self, captured: Captured) -> None:
        self.captured = captured
        if captured.jpeg is not None:
            image = QImage.fromData(captured.jpeg)
            self.photo.setPixmap(QPixmap.fromImage(image))
        else:
            self.photo.clear()
        self._show_verdict(captured)
        self.views.setCurrentIndex(1)  # hides the camera: it is released until "Take again"
        (self.use_button if captured.jpeg is not None else self.again_button).setFocus()

    def _show_verdict(self, captured: Captured) -> None:
        if captured.jpeg is None:
            text = self.tr("No photo: exactly one face must be in the picture.")
        elif captured.failing:
            names = ", ".join(check_name(code) for code in captured.failing)
            text = self.tr("These checks did not pass: %1. The photo may be refused.").replace("%1", names)
        else:
            text = self.tr("Every check passed.")
        self.verdict.setText(text)
        self.verdict.setAccessibleName(text)
        self.use_button.setEnabled(captured.jpeg is not None and self.ctx.account_key is not None)

    def _on_use_clicked(self) -> None:
        if self.captured is None or self.captured.jpeg is None:
            return
        self.use_button.setEnabled(False)
        self.model.save(self.captured, PURPOSES[0])

    def _on_saved(self, _record: object) -> None:
        self.note.setText(self.tr("The photo is saved on this computer. It is sent as soon as possible."))
        self._show_camera()

    def _on_failed(self, why: str) -> None:
        texts = {
            "capture": self.tr("The photo could not be made from this picture. Try again."),
            "save": self.tr("The photo could not be saved on this computer."),
            "not_signed_in": self.tr("Sign in to keep and send your photos."),
        }
        self.note.setText(texts.get(why, texts["capture"]))
        if why == "capture":
            self._show_camera()
        elif self.captured is not None:
            self.use_button.setEnabled(True)
