"""Screenshots of the real pages for docs/screenshots: written to the test's folder on every run (so the
rendering is exercised), and into docs/screenshots when ``ONEACCOUNT_DOCSHOTS=1``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop.context import AppContext
from desktop.i18n import Translations, build
from desktop.theme import apply_theme

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def save_shot(widget: QWidget, name: str, scratch: Path) -> Path:
    folder = DOCS if os.environ.get("ONEACCOUNT_DOCSHOTS") == "1" else scratch
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


@contextmanager
def kept_theme(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever theme the block applies, the application's font, palette and sheet are as before after it."""
    font, palette = qapp.font(), qapp.palette()
    try:
        yield qapp
    finally:
        qapp.setStyleSheet("")
        qapp.setFont(font)
        qapp.setPalette(palette)


@contextmanager
def chinese_look(qapp: QApplication, ctx: AppContext) -> Iterator[None]:
    """The app as a resident sees it by default: Traditional Chinese and the app's style sheet."""
    build()
    translations = Translations(qapp)
    ctx.set_language("zh-Hant")
    translations.apply("zh-Hant")
    try:
        with kept_theme(qapp):
            apply_theme(qapp, high_contrast=False)
            yield
    finally:
        translations.remove()
