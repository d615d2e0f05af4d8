"""The theme: base text size and colour on the application, the rest in the style sheet."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.theme import THEMES, apply_theme, load_style
from tests.qt.screenshots import kept_theme


@pytest.fixture
def restored(qapp: QApplication):  # type: ignore[no-untyped-def]
    with kept_theme(qapp):
        yield qapp


@pytest.mark.parametrize(("high_contrast", "px", "colour"), [(False, 14, "#1d2733"), (True, 16, "#000000")])
def test_each_theme_sets_the_base_text(
    qtbot: QtBot, restored: QApplication, high_contrast: bool, px: int, colour: str
) -> None:
    apply_theme(restored, high_contrast)
    label = QLabel("一戶通")
    qtbot.addWidget(label)
    label.ensurePolished()
    assert label.font().pixelSize() == px
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == colour
    assert restored.styleSheet() == load_style(high_contrast) != ""


def test_switching_back_from_high_contrast_restores_the_default(restored: QApplication) -> None:
    apply_theme(restored, True)
    apply_theme(restored, False)
    assert restored.font().pixelSize() == 14
    assert restored.palette().color(QPalette.ColorRole.Text).name() == "#1d2733"


@pytest.mark.parametrize("high_contrast", sorted(THEMES))
def test_no_sheet_sets_text_for_every_widget(high_contrast: bool) -> None:
    # The base text is the application's font and palette; a "QWidget { font-size … }" rule would make
    # every widget resolve the sheet on its own again (slower start-up, see desktop/theme.py).
    for rule in re.findall(r"(?m)^QWidget\s*\{([^}]*)\}", load_style(high_contrast)):
        assert "font" not in rule and "color" not in rule.replace("background", "")
