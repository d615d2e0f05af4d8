"""CameraPanel: a live camera preview with a source chooser and an honest message when the camera fails;
and the words for the capture codes (photo guidance instructions, check names, camera failures).

The panel runs a ``CameraWorker`` only while it is visible: it starts one when shown and stops it when
hidden (another page, the window closed) — stopping never waits on the GUI thread; a worker being
stopped is kept until its thread has ended. A failure (no camera, busy, not allowed, unplugged, a file
that is missing or unreadable) shows its reason in words with "Try again" and the source chooser, and
never takes the window down. The page gives the analyser (or scanner) and draws its own overlay.

GUI thread only; the worker's signals arrive at ``@Slot`` methods.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.camera_view import CameraPreview

__all__ = ["CameraPanel", "camera_failure_text", "check_name", "instruction_text"]

#: Webcams offered by index in the chooser (a file can be chosen too).
DEVICE_INDICES = (0, 1, 2, 3)
_FILE = "file"


def instruction_text(code: str) -> str:
    """One sentence for each ``photo_rules.INSTRUCTIONS`` code; "" for none."""
    translate = QCoreApplication.translate
    texts = {
        "face_camera": translate("PhotoGuidance", "Face the camera"),
        "one_person": translate("PhotoGuidance", "Only one person in the picture, please"),
        "move_closer": translate("PhotoGuidance", "Come a little closer"),
        "move_back": translate("PhotoGuidance", "Move back a little"),
        "centre_face": translate("PhotoGuidance", "Put your face in the middle of the oval"),
        "show_eyes": translate("PhotoGuidance", "Look at the camera with both eyes open"),
        "level_head": translate("PhotoGuidance", "Keep your head straight"),
        "too_dark": translate("PhotoGuidance", "Too dark: turn on a light in front of you"),
        "too_bright": translate("PhotoGuidance", "Too bright: move away from the strong light"),
        "uneven_light": translate("PhotoGuidance", "Light your face evenly from the front"),
        "hold_still": translate("PhotoGuidance", "Hold still"),
        "light_background": translate("PhotoGuidance", "Stand in front of a plain white wall"),
        "plain_background": translate("PhotoGuidance", "Choose a plain background without objects"),
    }
    return texts.get(code, "")


def check_name(code: str) -> str:
    """What each ``photo_rules.CHECK_ORDER`` check looks at, in a few words."""
    translate = QCoreApplication.translate
    names = {
        "face_count": translate("PhotoCheck", "Exactly one face"),
        "face_size": translate("PhotoCheck", "Face size"),
        "face_centred": translate("PhotoCheck", "Face in the middle"),
        "photo_fits": translate("PhotoCheck", "Head and shoulders in the picture"),
        "eyes_level": translate("PhotoCheck", "Eyes level"),
        "brightness": translate("PhotoCheck", "Brightness"),
        "even_light": translate("PhotoCheck", "Even light"),
        "sharpness": translate("PhotoCheck", "Sharpness"),
        "background_light": translate("PhotoCheck", "White background"),
        "background_plain": translate("PhotoCheck", "Plain background"),
    }
    return names.get(code, code)


def camera_failure_text(reason: str) -> str:
    """Why the camera cannot be shown (``desktop.capture.sources`` reason codes), and what to do."""
    translate = QCoreApplication.translate
    texts = {
        "no_camera": translate(
            "CameraFailure", "No camera was found. Connect a camera, or choose another source."
        ),
        "camera_busy": translate(
            "CameraFailure", "The camera is being used by another program. Close that program and try again."
        ),
        "permission_denied": translate(
            "CameraFailure",
            "This computer does not allow the app to use the camera. Allow camera access in the system "
            "settings and try again.",
        ),
        "disconnected": translate(
            "CameraFailure", "The camera stopped sending pictures. Check its cable and try again."
        ),
        "file_missing": translate(
            "CameraFailure", "The chosen file is not there any more. Choose another source."
        ),
        "bad_file": translate("CameraFailure", "The chosen file is not a picture or video that can be read."),
    }
    return texts.get(reason, translate("CameraFailure", "The camera could not be started. Try again."))


class CameraPanel(QWidget):
    frame_arrived = Signal(object)  # CapturedFrame, GUI thread
    qr_read = Signal(str)  # the scanner's accepted text
    camera_failed = Signal(str)  # reason code
    camera_started = Signal()

    def __init__(self, source: int | str | Path = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: int | str | Path = source
        self._analyser_factory: Callable[[], Any] | None = None
        self._scanner: Any = None
        self.worker: Any = None  # desktop.capture.camera.CameraWorker while one runs
        self._retiring: list[Any] = []
        self.failure: str | None = None
        self.preview = CameraPreview(self)
        self.preview.setObjectName("CameraPreview")
        #: Why the camera failed, in words: painted in the preview, said as its accessible description.
        self.message = ""
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("CameraRetry")
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.restart)
        self.source_label = QLabel(self)
        self.source = QComboBox(self)
        self.source.setObjectName("CameraSource")
        self.source_label.setBuddy(self.source)
        self.source.activated.connect(self._on_source_chosen)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.preview, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.source_label)
        bar.addWidget(self.source, 1)
        bar.addWidget(self.retry_button)
        box.addLayout(bar)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_quit)
        self.retranslate()

    # --- set-up ----------------------------------------------------------------------------------------
    def set_analyser(self, factory: Callable[[], Any] | None) -> None:
        """``factory()`` makes the per-frame analyser of each new worker (it runs on the camera thread)."""
        self._analyser_factory = factory

    def set_scanner(self, scanner: Any) -> None:
        """A ``QrScanner`` fed by the camera thread; accepted codes come out as ``qr_read``."""
        self._scanner = scanner

    def set_source(self, source: int | str | Path) -> None:
        """Use ``source`` (a device index or a picture/video file) from now on; restarts if running."""
        self._source = source
        self._fill_sources()
        if self.isVisible():
            self.restart()

    @property
    def current_source(self) -> int | str | Path:
        return self._source

    def retranslate(self) -> None:
        self.source_label.setText(QCoreApplication.translate("CameraPanel", "Camera:"))
        self.source.setAccessibleName(QCoreApplication.translate("CameraPanel", "Camera or file to use"))
        self.preview.setAccessibleName(QCoreApplication.translate("CameraPanel", "Camera picture"))
        self.retry_button.setText(QCoreApplication.translate("CameraPanel", "Try again"))
        self.retry_button.setAccessibleName(
            QCoreApplication.translate("CameraPanel", "Start the camera again")
        )
        self._fill_sources()
        if self.failure is not None:
            self._show_failure(self.failure)
        elif self.worker is not None and self.preview.image is None:
            self.preview.set_placeholder(QCoreApplication.translate("CameraPanel", "Starting the camera…"))

    def _fill_sources(self) -> None:
        translate = QCoreApplication.translate
        self.source.blockSignals(True)
        self.source.clear()
        for index in DEVICE_INDICES:
            self.source.addItem(translate("CameraPanel", "Camera %1").replace("%1", str(index + 1)), index)
        if not isinstance(self._source, int):
            self.source.addItem(Path(self._source).name, str(self._source))
        self.source.addItem(translate("CameraPanel", "Picture or video file…"), _FILE)
        current = self.source.findData(self._source if isinstance(self._source, int) else str(self._source))
        self.source.setCurrentIndex(max(0, current))
        self.source.blockSignals(False)

    def _on_source_chosen(self, row: int) -> None:
        data = self.source.itemData(row)
        if data == _FILE:
            path, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("CameraPanel", "Choose a picture or video"),
                "",
                QCoreApplication.translate("CameraPanel", "Pictures and videos")
                + " (*.png *.jpg *.jpeg *.bmp *.avi *.mp4 *.mov *.mkv)",
            )
            if not path:
                self._fill_sources()  # back to what was chosen before
                return
            data = path
        self.set_source(data)

    # --- running ---------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self) -> None:
        if self.worker is not None:
            return
        from desktop.capture.camera import CameraWorker  # OpenCV is loaded only when a camera is used

        self.failure = None
        self.message = ""
        self.retry_button.setVisible(False)
        self.preview.set_frame(None)
        self.preview.set_instruction("")
        self.preview.set_placeholder(QCoreApplication.translate("CameraPanel", "Starting the camera…"))
        if self._scanner is not None:
            self._scanner.reset()
        analyser = self._analyser_factory() if self._analyser_factory is not None else None
        # Owned by the application, not by this panel or Python: a thread still ending when the panel
        # goes (a page closed mid-frame) must not be destroyed while it runs. It deletes itself once
        # its thread has ended.
        worker = CameraWorker(
            self._source, analyser=analyser, scanner=self._scanner, parent=QCoreApplication.instance()
        )
        worker.frame_captured.connect(self._on_frame)
        worker.camera_failed.connect(self._on_failed)
        worker.qr_scanned.connect(self._on_scanned)
        worker.finished.connect(self._on_finished)
        worker.finished.connect(worker.deleteLater)
        self.worker = worker
        worker.start()
        self.camera_started.emit()

    def stop(self, wait_ms: int = 0) -> None:
        """Release the camera; without ``wait_ms`` this never blocks the window."""
        worker, self.worker = self.worker, None
        if worker is None:
            return
        self._retiring.append(worker)
        worker.stop(wait_ms)

    @Slot()
    def restart(self) -> None:
        self.stop()
        self.start()

    @Slot(object)
    def _on_frame(self, frame: Any) -> None:
        if self.sender() is not self.worker:
            return  # a late frame of a worker being stopped
        self.preview.set_frame(frame.image)
        self.frame_arrived.emit(frame)

    @Slot(str, str)
    def _on_failed(self, reason: str, _detail: str) -> None:
        if self.sender() is not self.worker:
            return
        self.stop()
        self.failure = reason
        self._show_failure(reason)
        self.camera_failed.emit(reason)

    def _show_failure(self, reason: str) -> None:
        text = camera_failure_text(reason)
        self.preview.set_frame(None)
        self.preview.set_face(None)
        self.preview.set_guide(None)
        self.preview.set_scan_box(None)
        self.preview.set_instruction("")
        self.preview.set_placeholder(text)
        self.message = text
        self.preview.setAccessibleDescription(text)
        self.retry_button.setVisible(True)

    @Slot(str)
    def _on_scanned(self, text: str) -> None:
        if self.sender() is self.worker:
            self.qr_read.emit(text)

    @Slot()
    def _on_finished(self) -> None:
        self._retiring = [w for w in self._retiring if w is not self.sender()]

    @Slot()
    def _on_quit(self) -> None:
        self.stop(3000)
        for worker in self._retiring:
            worker.wait(3000)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start()  # after a failure too: the camera may have been plugged in meanwhile

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()
        super().hideEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_F5:  # the usual "reload" key starts the camera again
            self.restart()
            return
        super().keyPressEvent(event)
