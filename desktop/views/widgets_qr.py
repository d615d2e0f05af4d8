"""QrCodeWidget: paints a QR module matrix itself, square and crisp at any size.

The matrix comes from ``desktop.capture.qr.encode_matrix`` (a tuple of rows of booleans, dark = True);
this widget needs nothing else from it. Modules are whole device pixels: the widget picks the largest
whole number of device pixels per module that fits, paints the modules as a 1-pixel-per-module image
scaled by that integer without smoothing, and centres the code with its quiet zone on white — whatever
the theme, since scanners need dark on light.

GUI thread only. The page sets the accessible name (what the code is for, translated); until then it is
"QR", which reads the same in all three languages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["QrCodeWidget"]

_LIGHT = QColor(255, 255, 255)


class QrCodeWidget(QWidget):
    def __init__(self, parent: QWidget | None = None, *, quiet_zone: int = 4) -> None:
        super().__init__(parent)
        self._quiet = quiet_zone
        self._matrix: tuple[tuple[bool, ...], ...] = ()
        self._image: QImage | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName("QR")

    def set_matrix(self, matrix: Sequence[Sequence[bool]] | None) -> None:
        """Show this code (rows of dark = True modules, no quiet zone); None or empty shows nothing."""
        rows = tuple(tuple(bool(cell) for cell in row) for row in (matrix or ()))
        if any(len(row) != len(rows) for row in rows):
            raise ValueError("a QR matrix is square")
        self._matrix = rows
        self._image = self._module_image(rows) if rows else None
        self.updateGeometry()
        self.update()

    @property
    def modules(self) -> int:
        """Modules per side, without the quiet zone (0 when empty)."""
        return len(self._matrix)

    @staticmethod
    def _module_image(rows: tuple[tuple[bool, ...], ...]) -> QImage:
        size = len(rows)
        stride = (size + 3) // 4 * 4  # QImage rows are 4-byte aligned
        data = bytearray(stride * size)
        for y, row in enumerate(rows):
            base = y * stride
            for x, dark in enumerate(row):
                data[base + x] = 0 if dark else 255
        return QImage(bytes(data), size, size, stride, QImage.Format.Format_Grayscale8).copy()

    def _total(self) -> int:
        return self.modules + 2 * self._quiet

    def sizeHint(self) -> QSize:
        side = max(self._total(), 21 + 2 * self._quiet) * 6
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = max(self._total(), 21 + 2 * self._quiet) * 2
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def code_rect(self) -> QRect:
        """Where the code with its quiet zone is painted, in device pixels of this widget."""
        ratio = self.devicePixelRatioF()
        width, height = math.floor(self.width() * ratio), math.floor(self.height() * ratio)
        total = max(self._total(), 1)
        module = max(1, min(width, height) // total)
        side = module * total
        return QRect((width - side) // 2, (height - side) // 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image is None:
            return
        painter = QPainter(self)
        # Paint in device pixels, so a module is a whole number of them on any screen scale.
        ratio = self.devicePixelRatioF()
        painter.scale(1 / ratio, 1 / ratio)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        area = self.code_rect()
        module = area.width() // self._total()
        painter.fillRect(area, _LIGHT)
        offset = self._quiet * module
        side = self.modules * module
        target = QRect(area.x() + offset, area.y() + offset, side, side)
        painter.drawImage(target, self._image)
        painter.end()
