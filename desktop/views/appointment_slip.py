"""The appointment slip in large print — service, place, time, ticket code and QR code — printed through
the system's print dialog or saved as a PDF.

The QR code is painted module by module as filled squares of a whole number of device pixels, so it
stays sharp on paper and in the PDF (vector squares) whatever the printer's resolution.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget


@dataclass(frozen=True, slots=True)
class Slip:
    """Everything on the slip, already in the interface language."""

    heading: str
    #: (label, value) rows: service, place, address, time.
    rows: tuple[tuple[str, str], ...]
    code_label: str
    code: str
    token: str
    note: str


def _font(size_px: int, *, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPixelSize(max(8, size_px))
    font.setBold(bold)
    return font


def _text(painter: QPainter, x: int, y: int, width: int, text: str, font: QFont) -> int:
    """Draw wrapped ``text`` at (x, y); returns the y below it."""
    painter.setFont(font)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    bound = painter.boundingRect(QRect(x, y, width, 100_000), flags, text)
    painter.drawText(QRect(x, y, width, bound.height()), flags, text)
    return y + bound.height()


def paint_slip(painter: QPainter, page: QRect, slip: Slip) -> None:
    """Lay the slip out on ``page`` (device pixels of the painter's device): large print throughout."""
    from desktop.capture.qr import QUIET_ZONE, encode_matrix

    painter.save()
    painter.fillRect(page, QColor("white"))
    painter.setPen(QColor("black"))
    margin = page.width() // 12
    x, width = page.x() + margin, page.width() - 2 * margin
    base = page.width() // 26  # about 16 pt on A5: large print
    y = _text(painter, x, page.y() + margin, width, slip.heading, _font(int(base * 1.5), bold=True))
    y += base
    for label, value in slip.rows:
        y = _text(painter, x, y, width, label, _font(int(base * 0.8)))
        y = _text(painter, x, y, width, value, _font(int(base * 1.15), bold=True)) + base // 2
    y += base // 2
    if slip.token:
        matrix = encode_matrix(slip.token)
        total = len(matrix) + 2 * QUIET_ZONE
        room = min(width // 2, page.bottom() - margin - y - 4 * base)
        module = max(1, room // total)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        left, top = x + QUIET_ZONE * module, y + QUIET_ZONE * module
        for row_index, row in enumerate(matrix):
            for col_index, dark in enumerate(row):
                if dark:
                    painter.drawRect(left + col_index * module, top + row_index * module, module, module)
        painter.setPen(QColor("black"))
        code_x = x + total * module + base
        code_y = _text(
            painter,
            code_x,
            y + QUIET_ZONE * module,
            width - total * module - base,
            slip.code_label,
            _font(int(base * 0.8)),
        )
        _text(
            painter,
            code_x,
            code_y,
            width - total * module - base,
            slip.code,
            _font(int(base * 1.8), bold=True),
        )
        y += total * module + base // 2
    _text(painter, x, y, width, slip.note, _font(int(base * 0.8)))
    painter.restore()


def save_slip_pdf(path: Path | str, slip: Slip) -> Path:
    """Write the slip as a one-page A5 PDF at ``path``."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(slip.heading)
    writer.setCreator("One Account Desktop")
    painter = QPainter(writer)
    try:
        paint_slip(painter, QRect(0, 0, writer.width(), writer.height()), slip)
    finally:
        painter.end()
    if not target.exists() or target.stat().st_size == 0:
        raise OSError(f"could not write {target.name}")
    return target


def print_slip(parent: QWidget | None, slip: Slip) -> bool:
    """Open the system's print dialog and print the slip; False when the resident cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    printer.setDocName(slip.heading)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    painter = QPainter(printer)
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        paint_slip(
            painter, QRect(0, 0, area.width(), area.height()), slip
        )  # the painter starts at the margin
    finally:
        painter.end()
    return True
