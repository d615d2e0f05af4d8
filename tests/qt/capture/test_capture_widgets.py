"""QrCodeWidget (crisp modules that decode back to the text at any size) and CameraPreview (fit, overlay)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QObject, QRectF, Slot
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop.capture import qr
from desktop.capture.camera import CameraWorker, CapturedFrame, to_qimage
from desktop.capture.photo_rules import Guidance, PhotoGuide, guide_oval
from desktop.views.camera_view import CameraPreview
from desktop.views.widgets_qr import QrCodeWidget
from tests.unit.capture import media

ROOT = Path(__file__).resolve().parents[3]
TOKEN = "eid1." + "Q2hhbmdlIG5vdGhpbmc" * 30 + ".c2lnbmF0dXJl"


def grey(image: QImage) -> media.Image:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * image.height())
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width()].copy()


@pytest.mark.parametrize("text", ["https://www.gov.mo/", "預約取籌 A-023 身份證明局", TOKEN])
@pytest.mark.parametrize("side", [157, 300, 512])
def test_qr_widget_decodes_back_at_any_size(qtbot: QtBot, text: str, side: int) -> None:
    widget = QrCodeWidget()
    qtbot.addWidget(widget)
    widget.set_matrix(qr.encode_matrix(text))
    widget.resize(side, side)
    picture = grey(widget.grab().toImage())
    area = widget.code_rect()
    total = widget.modules + 8
    assert area.width() % total == 0 and area.width() // total >= 1  # whole pixels per module
    code = picture[area.y() : area.y() + area.height(), area.x() : area.x() + area.width()]
    assert set(np.unique(code)) <= {0, 255}  # crisp: no grey edges anywhere
    assert (code[: area.width() // total * 4] == 255).all()  # the quiet zone
    if area.width() // total >= 3:  # OpenCV, like a phone, wants about 3 px a module
        assert qr.decode(picture) == text


def test_qr_widget_basics(qtbot: QtBot) -> None:
    widget = QrCodeWidget()
    qtbot.addWidget(widget)
    assert widget.accessibleName() == "QR" and widget.modules == 0
    widget.grab()  # empty: paints nothing, does not fail
    widget.set_matrix(qr.encode_matrix("x"))
    assert widget.modules == 21 and widget.heightForWidth(250) == 250
    assert widget.sizeHint().width() >= (21 + 8) * 4
    with pytest.raises(ValueError):
        widget.set_matrix([[True, False], [True]])
    widget.set_matrix(None)
    assert widget.modules == 0


def test_preview_fits_the_frame_and_draws_the_overlay(qtbot: QtBot, astronaut: media.Image) -> None:
    preview = CameraPreview()
    qtbot.addWidget(preview)
    preview.resize(800, 400)
    frame = media.fit_frame(astronaut, fill=128)
    preview.set_frame(to_qimage(frame))
    assert preview.image_rect() == QRectF((800 - 400 * 4 / 3) / 2, 0, 400 * 4 / 3, 400)  # 4:3 kept, centred
    assert preview.heightForWidth(640) == 480
    guidance = PhotoGuide(track=False).analyse(frame)
    assert guidance.face is not None
    preview.set_face(QRectF(*guidance.face), ok=False)
    preview.set_guide(QRectF(*guide_oval(640, 480)))
    preview.set_instruction("Stand in front of a plain white wall")
    assert preview.accessibleDescription() == "Stand in front of a plain white wall"
    picture = preview.grab().toImage()
    # The face box is drawn in amber on its left edge, mapped into the widget.
    rect, scale = preview.image_rect(), preview.image_rect().width() / 640
    x, y, _, h = guidance.face
    edge = picture.pixelColor(round(rect.x() + x * scale), round(rect.y() + (y + h / 2) * scale))
    assert edge.red() > 200 and 150 < edge.green() < 220 and edge.blue() < 80
    assert picture.pixelColor(5, 200) == QColor(24, 24, 24)  # letterbox
    preview.set_mirrored(True)
    mirrored = preview.grab().toImage()
    edge = mirrored.pixelColor(round(rect.right() - x * scale), round(rect.y() + (y + h / 2) * scale))
    assert edge.red() > 200 and edge.blue() < 80
    preview.set_frame(None)
    preview.set_placeholder("Starting the camera…")
    preview.grab()
    assert preview.image is None


class Page(QObject):
    """What a photo page does with a worker: frames and guidance into the preview, by @Slot."""

    def __init__(self, worker: CameraWorker, preview: CameraPreview) -> None:
        super().__init__()
        self.preview = preview
        self.last: Guidance | None = None
        worker.frame_captured.connect(self.on_frame)

    @Slot(object)
    def on_frame(self, frame: CapturedFrame) -> None:
        guidance: Guidance = frame.analysis
        self.last = guidance
        self.preview.set_frame(frame.image)
        self.preview.set_face(QRectF(*guidance.face) if guidance.face else None, guidance.passed)
        self.preview.set_instruction(guidance.instruction, guidance.passed)


def test_a_worker_feeds_the_preview(qtbot: QtBot, tmp_path: Path, good_frame: media.Image) -> None:
    video = media.write_video(tmp_path / "me.avi", [good_frame] * 10)
    worker = CameraWorker(video, analyser=PhotoGuide().analyse)
    preview = CameraPreview()
    qtbot.addWidget(preview)
    preview.show()
    page = Page(worker, preview)
    worker.start()
    try:
        qtbot.waitUntil(lambda: preview.frames_shown >= 5, timeout=5000)
        assert page.last is not None and page.last.passed
    finally:
        assert worker.stop()


def test_views_import_no_opencv() -> None:
    code = "import sys, desktop.views.camera_view, desktop.views.widgets_qr; sys.exit('cv2' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60).returncode == 0


def test_the_pure_parts_import_no_qt() -> None:
    pure = ["photo_rules", "qr", "crop", "faces", "sources", "scanner", "photo"]
    imports = "; ".join(f"import desktop.capture.{name}" for name in pure)
    code = f"import sys; {imports}; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60).returncode == 0
