"""CameraPreview: shows camera frames scaled to fit, with the ID-photo guidance or the QR scan box over them.

It knows nothing of OpenCV: the page hands it the QImage of each ``CapturedFrame`` and plain rectangles
in the frame's own pixels (the face box, the guide oval from ``photo_rules.guide_oval``, the scanner's
box), plus the instruction already translated. Painting only scales what it is given: a frame arriving
while the last is still unpainted replaces it, so the preview never queues work for the window.

``set_mirrored(True)`` shows the picture as a mirror, as people expect of a camera facing them; the
overlay is mirrored with it and the text is not. The photo itself is never mirrored.

GUI thread only. The page sets the accessible name; the current instruction is the accessible
description, so a screen reader can read what to do.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["CameraPreview"]

_BACKDROP = QColor(24, 24, 24)
_GOOD = QColor(46, 204, 113)
_ADVICE = QColor(255, 193, 7)
_GUIDE = QColor(255, 255, 255, 210)
_SHADE = QColor(0, 0, 0, 150)


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._face: QRectF | None = None
        self._face_ok = False
        self._guide: QRectF | None = None
        self._scan_box: QRectF | None = None
        self._instruction = ""
        self._instruction_ok = False
        self._placeholder = ""
        self._mirrored = False
        self.frames_shown = 0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 120)

    # --- what to show ------------------------------------------------------------------------------
    def set_frame(self, image: QImage | None) -> None:
        self._image = image if image is not None and not image.isNull() else None
        self.update()

    def set_face(self, box: QRectF | None, ok: bool = False) -> None:
        """The face box in frame pixels; green when the frame passes, amber while there is advice."""
        self._face, self._face_ok = box, ok
        self.update()

    def set_guide(self, oval: QRectF | None) -> None:
        """Where the head should be, in frame pixels (``photo_rules.guide_oval``)."""
        self._guide = oval
        self.update()

    def set_scan_box(self, box: QRectF | None) -> None:
        """The QR scanner's box, in frame pixels (``QrScanner.scan_box``)."""
        self._scan_box = box
        self.update()

    def set_instruction(self, text: str, ok: bool = False) -> None:
        """The one thing to tell the person now, already translated; "" shows nothing."""
        if (text, ok) == (self._instruction, self._instruction_ok):
            return
        self._instruction, self._instruction_ok = text, ok
        self.setAccessibleDescription(text)
        self.update()

    def set_placeholder(self, text: str) -> None:
        """Shown while there is no frame ("Starting the camera…", or why it failed)."""
        self._placeholder = text
        self.update()

    def set_mirrored(self, mirrored: bool) -> None:
        self._mirrored = mirrored
        self.update()

    @property
    def image(self) -> QImage | None:
        return self._image

    # --- geometry -----------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self._image is None:
            return width * 3 // 4
        return round(width * self._image.height() / max(1, self._image.width()))

    def image_rect(self) -> QRectF:
        """Where the frame is drawn: as large as fits, its aspect ratio kept, centred."""
        if self._image is None:
            return QRectF()
        iw, ih = self._image.width(), self._image.height()
        scale = min(self.width() / iw, self.height() / ih)
        w, h = iw * scale, ih * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _frame_transform(self) -> QTransform:
        """Frame pixels → widget pixels (mirrored when asked)."""
        assert self._image is not None
        target = self.image_rect()
        scale = target.width() / self._image.width()
        transform = QTransform()
        if self._mirrored:
            transform.translate(target.right(), target.top())
            transform.scale(-scale, scale)
        else:
            transform.translate(target.left(), target.top())
            transform.scale(scale, scale)
        return transform

    # --- painting -----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), _BACKDROP)
        if self._image is None:
            self._paint_text(painter, self._placeholder, QColor(230, 230, 230), centre=True)
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.save()
        painter.setTransform(self._frame_transform())
        painter.drawImage(QPointF(0, 0), self._image)
        # Pens are cosmetic (width in screen pixels), so lines look the same at any zoom.
        if self._guide is not None:
            pen = QPen(_GUIDE, 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self._guide)
        if self._scan_box is not None:
            self._paint_scan_box(painter, self._scan_box)
        if self._face is not None:
            pen = QPen(_GOOD if self._face_ok else _ADVICE, 3)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._face)
        painter.restore()
        if self._instruction:
            self._paint_text(
                painter, self._instruction, _GOOD if self._instruction_ok else QColor(255, 255, 255)
            )
        painter.end()
        self.frames_shown += 1

    @staticmethod
    def _paint_scan_box(painter: QPainter, box: QRectF) -> None:
        pen = QPen(_GUIDE, 4)
        pen.setCosmetic(True)
        painter.setPen(pen)
        arm = min(box.width(), box.height()) / 6
        for corner, dx, dy in (
            (box.topLeft(), 1, 1),
            (box.topRight(), -1, 1),
            (box.bottomLeft(), 1, -1),
            (box.bottomRight(), -1, -1),
        ):
            painter.drawLine(corner, corner + QPointF(dx * arm, 0))
            painter.drawLine(corner, corner + QPointF(0, dy * arm))

    def _paint_text(self, painter: QPainter, text: str, colour: QColor, *, centre: bool = False) -> None:
        if not text:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.25)
        painter.setFont(font)
        margin = 12
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        width = self.width() - 2 * margin
        bounds = painter.boundingRect(QRectF(0, 0, width, self.height()), flags, text)
        if centre:
            band = QRectF(margin, (self.height() - bounds.height()) / 2, width, bounds.height())
        else:
            band = QRectF(
                0, self.height() - bounds.height() - 2 * margin, self.width(), bounds.height() + 2 * margin
            )
            painter.fillRect(band, _SHADE)
            band = band.adjusted(margin, margin, -margin, -margin)
        painter.setPen(colour)
        painter.drawText(band, flags, text)
