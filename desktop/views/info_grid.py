"""InfoGrid: rows of short facts in columns (stations, checkpoints, the weather's figures), painted directly.

The feed's blocks used rich-text tables in labels. A long pull refreshes the blocks every couple of
seconds, and laying out those tables took the window 50–150 ms each time (measured with bench.pull): the
window froze in the middle of a sync. A grid of one-line cells, each elided to its column, costs a few
font measurements. A cell cut short shows its whole text as a tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

ROW_PADDING = 3
COLUMN_GAP = 12
#: A column never gets narrower than this (its text is elided instead).
MIN_COLUMN = 40


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell: its text, and how it is drawn."""

    text: str
    colour: str = ""  # "#rrggbb"; empty: the palette's text colour
    bold: bool = False
    muted: bool = False  # a heading or a name: the text colour, lighter


class InfoGrid(QWidget):
    """A table of one-line cells; its height is the number of rows times one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InfoGrid")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._rows: list[tuple[Cell, ...]] = []
        self._natural: list[int] = []  # the widest cell of each column
        self._row_height = 0
        self._measure_fonts()

    # -- content -------------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Sequence[Cell]]) -> None:
        new = [tuple(row) for row in rows]
        if new == self._rows:
            return
        grew = len(new) != len(self._rows)
        self._rows = new
        self._measure_columns()
        if grew:
            self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[Cell, ...]]:
        return list(self._rows)

    def text(self) -> str:
        """What the grid shows, a row per line and cells separated by tabs."""
        return "\n".join("\t".join(cell.text for cell in row) for row in self._rows)

    # -- geometry ------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        width = sum(w + 2 for w in self._natural) + COLUMN_GAP * max(0, len(self._natural) - 1)
        return QSize(width, self._row_height * len(self._rows))

    def minimumSizeHint(self) -> QSize:
        narrowest = sum(min(w + 2, MIN_COLUMN) for w in self._natural) + COLUMN_GAP * max(
            0, len(self._natural) - 1
        )
        return QSize(narrowest, self._row_height * len(self._rows))

    def column_widths(self, width: int) -> list[int]:
        """Each column's width when the grid is ``width`` wide.

        Columns get their natural width; space left over goes to the first column (the names), and
        when space is short the first column gives first (down to a third of the room), then all of
        them in proportion, so figures and statuses stay whole while long names are elided.
        """
        if not self._natural:
            return []
        # A pixel or two over the measured advance: text measured at exactly its width can still be
        # elided when drawn (fractional advances are rounded when measured).
        widths = [w + 2 for w in self._natural]
        room = max(0, width - COLUMN_GAP * (len(widths) - 1))
        deficit = sum(widths) - room
        if deficit <= 0:
            widths[0] -= deficit
            return widths
        floors = [min(w, MIN_COLUMN) for w in widths]
        give = min(deficit, max(0, widths[0] - max(floors[0], room // 3)))
        widths[0] -= give
        deficit -= give
        if deficit > 0:
            total = sum(widths) or 1
            widths = [max(f, w - deficit * w // total) for w, f in zip(widths, floors, strict=True)]
        return widths

    def spans(self, row: int) -> bool:
        """A row of one cell in a grid of several columns runs across all of them (a heading)."""
        return len(self._rows[row]) == 1 and len(self._natural) > 1

    def cell_rect(self, row: int, column: int) -> QRect:
        if self.spans(row):
            return QRect(0, row * self._row_height, self.width(), self._row_height)
        widths = self.column_widths(self.width())
        x = sum(widths[:column]) + COLUMN_GAP * column
        return QRect(x, row * self._row_height, widths[column], self._row_height)

    # -- painting ------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._rows:
            return
        painter = QPainter(self)
        widths = self.column_widths(self.width())
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        muted = QColor(text_colour)
        muted.setAlpha(185)
        for r, row in enumerate(self._rows):
            top = r * self._row_height
            if top > event.rect().bottom():
                break
            x = 0
            full = self.spans(r)
            for c, cell in enumerate(row):
                width = self.width() if full else widths[c]
                painter.setFont(self._bold if cell.bold else self.font())
                painter.setPen(QColor(cell.colour) if cell.colour else muted if cell.muted else text_colour)
                metrics = self._bold_metrics if cell.bold else self.fontMetrics()
                shown = metrics.elidedText(cell.text, Qt.TextElideMode.ElideRight, width)
                painter.drawText(
                    QRect(x, top, width, self._row_height),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                    shown,
                )
                x += width + COLUMN_GAP

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self._cell_at(event.pos().x(), event.pos().y())
            if cell is not None:
                QToolTip.showText(event.globalPos(), cell, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._measure_fonts()
            self._measure_columns()
            self.updateGeometry()
        super().changeEvent(event)

    # -- internals -----------------------------------------------------------------------------------

    def _cell_at(self, x: int, y: int) -> str | None:
        """The whole text of the cell at (x, y) when it does not fit its column."""
        if self._row_height <= 0:
            return None
        r = y // self._row_height
        if not 0 <= r < len(self._rows):
            return None
        if self.spans(r):
            cell = self._rows[r][0]
            metrics = self._bold_metrics if cell.bold else self.fontMetrics()
            return cell.text if metrics.horizontalAdvance(cell.text) > self.width() else None
        left = 0
        for c, width in enumerate(self.column_widths(self.width())):
            if left <= x < left + width and c < len(self._rows[r]):
                cell = self._rows[r][c]
                metrics = self._bold_metrics if cell.bold else self.fontMetrics()
                return cell.text if metrics.horizontalAdvance(cell.text) > width else None
            left += width + COLUMN_GAP
        return None

    def _measure_fonts(self) -> None:
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._bold_metrics = QFontMetrics(self._bold)
        metrics = self.fontMetrics()
        # Chinese comes from a fallback font that can be taller than the Latin one.
        line = max(metrics.height(), metrics.boundingRect("澳門").height(), self._bold_metrics.height())
        self._row_height = line + 2 * ROW_PADDING

    def _measure_columns(self) -> None:
        columns = max((len(row) for row in self._rows), default=0)
        natural = [0] * columns
        metrics = self.fontMetrics()
        for row in self._rows:
            if len(row) == 1 and columns > 1:
                continue  # a heading across the columns: elided to the grid's width, not a column's
            for c, cell in enumerate(row):
                advance = (self._bold_metrics if cell.bold else metrics).horizontalAdvance(cell.text)
                natural[c] = max(natural[c], advance)
        self._natural = natural
