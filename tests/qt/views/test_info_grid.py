"""InfoGrid: rows of one-line cells whose figures stay whole; FlowLayout: chips that wrap."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.views.flow_layout import FlowLayout
from desktop.views.info_grid import COLUMN_GAP, MIN_COLUMN, Cell, InfoGrid

STATIONS = [
    [Cell("Conselheiro Ferreira de Almeida (berma da estrada)"), Cell("61", bold=True), Cell("moderada")],
    [Cell("Taipa Grande (ambiente)"), Cell("19", bold=True), Cell("boa", colour="#1e7b34")],
]


def _grid(qtbot: QtBot, rows: list[list[Cell]], width: int) -> InfoGrid:
    grid = InfoGrid()
    qtbot.addWidget(grid)
    grid.set_rows(rows)
    grid.resize(width, grid.sizeHint().height())
    return grid


def _fits(grid: InfoGrid, cell: Cell, width: int) -> bool:
    metrics = grid._bold_metrics if cell.bold else grid.fontMetrics()
    return metrics.horizontalAdvance(cell.text) <= width


def test_height_is_one_line_per_row(qtbot: QtBot) -> None:
    grid = _grid(qtbot, STATIONS, 600)
    one_row = _grid(qtbot, STATIONS[:1], 600)
    assert grid.sizeHint().height() == 2 * one_row.sizeHint().height() > 0
    assert grid.text().split("\n") == [
        "Conselheiro Ferreira de Almeida (berma da estrada)\t61\tmoderada",
        "Taipa Grande (ambiente)\t19\tboa",
    ]


def test_room_to_spare_goes_to_the_names(qtbot: QtBot) -> None:
    grid = _grid(qtbot, STATIONS, 900)
    widths = grid.column_widths(900)
    assert sum(widths) + 2 * COLUMN_GAP == 900
    assert all(_fits(grid, row[c], widths[c]) for row in STATIONS for c in range(3))


def test_short_of_room_the_names_give_way_and_the_figures_stay_whole(qtbot: QtBot) -> None:
    grid = _grid(qtbot, STATIONS, 260)
    widths = grid.column_widths(260)
    assert sum(widths) + 2 * COLUMN_GAP <= 260
    assert not _fits(grid, STATIONS[0][0], widths[0])  # the long name is elided…
    assert all(_fits(grid, row[c], widths[c]) for row in STATIONS for c in (1, 2))  # …not 61 nor "boa"
    # …and shown whole as a tooltip where it was cut.
    middle = grid.cell_rect(0, 0).center()
    assert grid._cell_at(middle.x(), middle.y()) == STATIONS[0][0].text
    figure = grid.cell_rect(0, 1).center()
    assert grid._cell_at(figure.x(), figure.y()) is None


def test_very_narrow_columns_keep_a_minimum(qtbot: QtBot) -> None:
    grid = _grid(qtbot, STATIONS, 60)
    assert all(
        w >= min(MIN_COLUMN, n + 2) for w, n in zip(grid.column_widths(60), grid._natural, strict=True)
    )


def test_a_single_cell_row_is_a_heading_across_the_columns(qtbot: QtBot) -> None:
    rows = [
        [Cell("Posto Fronteiriço da Ponte Hong Kong-Zhuhai-Macau", bold=True)],
        [Cell("fluida"), Cell("fluida")],
    ]
    grid = _grid(qtbot, rows, 400)
    assert grid.spans(0) and not grid.spans(1)
    assert grid.cell_rect(0, 0).width() == 400
    # The heading does not widen the first column.
    assert grid._natural[0] == grid.fontMetrics().horizontalAdvance("fluida")


def test_same_rows_do_not_repaint_or_relayout(qtbot: QtBot) -> None:
    grid = _grid(qtbot, STATIONS, 600)
    before = grid._natural
    grid.set_rows([list(r) for r in STATIONS])
    assert grid._natural is before  # nothing measured again


def test_flow_layout_wraps_chips_to_the_width(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host)
    flow.addWidget(QLabel("Mostrar:", host))
    buttons = [
        QPushButton(t, host)
        for t in (
            "Tudo",
            "Avisos",
            "Proteção civil",
            "Tempo",
            "Qualidade do ar",
            "Postos fronteiriços",
            "Suspensão das aulas",
            "Notícias do Governo",
        )
    ]
    for button in buttons:
        flow.addWidget(button)
    wide, narrow = flow.heightForWidth(2000), flow.heightForWidth(300)
    assert narrow > 2 * wide  # several rows when narrow
    host.resize(300, narrow)
    host.show()
    qtbot.waitExposed(host)
    for button in buttons:
        assert button.geometry().right() < 300 and button.geometry().bottom() <= narrow
    # As narrow as the widest chip: everything else wraps.
    items = [flow.itemAt(n) for n in range(flow.count())]
    assert flow.minimumSize().width() == max(item.minimumSize().width() for item in items if item)
