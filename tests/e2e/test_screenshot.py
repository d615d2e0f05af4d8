"""``python -m desktop screenshot``: readable PNGs of a section with demo data; non-zero on failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QImage

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
    )


@pytest.mark.parametrize(("page", "lang"), [("services", "zh-Hant"), ("feed", "pt")])
def test_screenshot_renders_a_page(tmp_path: Path, page: str, lang: str) -> None:
    out = tmp_path / f"{page}.png"
    result = _run("screenshot", "--page", page, "--lang", lang, "--out", str(out), "--size", "1000x700")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    # Not a blank picture: many distinct colours means text and widgets were drawn.
    colours = {image.pixel(x, y) for x in range(0, 1000, 7) for y in range(0, 700, 7)}
    assert len(colours) > 20


def test_screenshot_fails_loudly(tmp_path: Path) -> None:
    bad_page = _run("screenshot", "--page", "nowhere", "--lang", "en", "--out", str(tmp_path / "x.png"))
    assert bad_page.returncode == 2 and "invalid choice" in bad_page.stderr
    bad_size = _run(
        "screenshot", "--page", "feed", "--lang", "en", "--out", str(tmp_path / "x.png"), "--size", "huge"
    )
    assert bad_size.returncode == 2
    unreachable = _run(
        "screenshot",
        "--page",
        "feed",
        "--lang",
        "en",
        "--out",
        str(tmp_path / "x.png"),
        "--server",
        "http://127.0.0.1:9",
        "--timeout",
        "20",
    )
    assert unreachable.returncode == 1 and "did not arrive" in unreachable.stderr
    assert not (tmp_path / "x.png").exists()


def test_unknown_option_is_an_error() -> None:
    result = _run("--no-such-option")
    assert result.returncode == 2 and "unrecognized arguments" in result.stderr


def test_a_chinese_font_is_available(qapp) -> None:  # type: ignore[no-untyped-def]
    families = QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese)
    assert families, "no font with Traditional Chinese glyphs: install fonts-wqy-microhei"


def test_headless_commands_are_reachable_from_the_app(tmp_path: Path) -> None:
    result = _run("outbox", "list", "--data-dir", str(tmp_path / "empty"))
    assert result.returncode == 2 and "no account has signed in" in result.stderr
    assert "sync --once" in _run("--help").stdout
