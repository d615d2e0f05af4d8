"""What the resident app loads before its window is painted with the cached feed: nothing heavy.

The app runs offline on a small cache with the start-up probe (the one bench/startup.py uses), which
prints the modules and the PySide6 widget types that exist at the first paint, then exits.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.startup import UNREACHABLE, prepare_profile

ROOT = Path(__file__).resolve().parents[2]

#: Loaded after the first paint (or on first use), never before it.
HEAVY = ("cv2", "numpy", "httpx", "keyring", "sqlite_utils", "server", "fastapi", "uvicorn", "qrcode")
#: The app's own parts that wait for the first paint.
LATER = (
    "desktop.notify",
    "desktop.reminders",
    "desktop.views.feed_dashboard_view",
    "desktop.domain.operation",
)


def _first_paint(tmp_path: Path) -> dict[str, list[str]]:
    data = tmp_path / "data"
    prepare_profile(data, feed=300, services=50)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ONEACCOUNT_BENCH_FIRST_PAINT="1",
               ONEACCOUNT_CONFIG=str(tmp_path / "none.json"), ONEACCOUNT_LOG_LEVEL="ERROR")  # fmt: skip
    command = [sys.executable, "-m", "desktop", "--server", UNREACHABLE, "--data-dir", str(data)]
    out = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    found = dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)
    assert "first_paint_wall" in found, out.stdout + out.stderr[-2000:]
    return {key: found[key].split(",") for key in ("modules", "qt_widget_types")}


def test_nothing_heavy_is_loaded_before_the_first_paint(tmp_path: Path) -> None:
    loaded = _first_paint(tmp_path)
    modules = set(loaded["modules"])
    assert "desktop.views.pages.feed" in modules  # the probe did run at the feed's first paint
    assert not {m for m in modules if m.split(".")[0] in HEAVY}
    assert not modules & set(LATER)
    # No widget Qt made itself was handed to Python: that makes PySide6 build every widget type.
    assert "QWizard" not in loaded["qt_widget_types"] and "QFileDialog" not in loaded["qt_widget_types"]
    assert len(loaded["qt_widget_types"]) < 60, json.dumps(loaded["qt_widget_types"])
