"""Shared view helpers: text broken into a few lines, the last one elided."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from desktop.views.widgets import elided_lines

PT = (
    "Sopra vento forte em Macau. Recolha ou prenda os objectos soltos em varandas, parapeitos e terraços; "
    "evite as zonas ribeirinhas e baixas; quem mora em zonas baixas deve desde já colocar bens em "
    "locais elevados."
)
ZH = "本澳吹強風。請把露台、窗台及天台上容易被吹走的物品移入室內或綁緊；避免前往海旁及低窪地區。" * 2


def _font() -> QFont:
    font = QFont()
    font.setPixelSize(14)
    return font


def test_a_long_text_takes_two_lines_and_the_second_ends_elided(qapp: object) -> None:
    font, width = _font(), 300
    metrics = QFontMetrics(font)
    for text in (PT, ZH):
        lines = elided_lines(text, font, width, 2)
        assert len(lines) == 2
        assert lines[1].endswith("…")
        assert all(metrics.horizontalAdvance(line) <= width for line in lines)
        # The first line is the text's own beginning, and the second carries on from it.
        assert text.startswith(lines[0])
        assert text[len(lines[0]) :].strip().startswith(lines[1][:-1].strip()[:5])


def test_a_short_text_is_one_line_as_written(qapp: object) -> None:
    assert elided_lines("Tempo limpo.", _font(), 300, 2) == ["Tempo limpo."]


def test_two_lines_that_fit_are_not_elided(qapp: object) -> None:
    font = _font()
    text = "Primeira linha do aviso. Segunda linha do aviso."
    width = QFontMetrics(font).horizontalAdvance("Primeira linha do aviso.") + 4
    assert elided_lines(text, font, width, 2) == ["Primeira linha do aviso.", "Segunda linha do aviso."]
