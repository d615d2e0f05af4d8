"""Start-up time: process start → main window painted with the cached feed, vs a bare PySide6 window.

The app runs as a resident whose cache holds 10,000 feed items and 600 services, pointed at a server
that does not answer (so the figure is the offline start a resident gets on a train). The floor is a
bare ``QMainWindow`` in a fresh process, measured the same way in the same run, alternating runs so
both see the same machine noise.

    python -m bench.startup [--runs 7] [--feed 10000] [--services 600]

Last line: ``app_s=… floor_s=… ratio=…``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNREACHABLE = "http://127.0.0.1:9"

FLOOR_SCRIPT = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 780)
class Probe(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            self.painted_at = time.time()  # taken the same way as the app's probe
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print(f"first_paint_wall={self.painted_at:.6f}", flush=True)
        app.quit()
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def _feed_row(i: int) -> dict[str, object]:
    categories = ("weather", "air_quality", "border", "school", "news", "civil_protection")
    cat = categories[i % len(categories)]
    return {
        "id": f"bench-{i:06d}",
        "category": cat,
        "kind": "bench",
        "severity": 0,
        "level": "",
        "pinned": False,
        "title": {"zh": f"資訊 {i}", "pt": f"Informação {i}", "en": f"Information {i}"},
        "body": {
            "zh": "澳門今日天氣晴朗。" * 3,
            "pt": "Tempo limpo em Macau. " * 3,
            "en": "Clear in Macao. " * 3,
        },
        "published_at": f"2026-11-{1 + i % 27:02d}T{i % 24:02d}:00:00+08:00",
        "expires_at": None,
        "source": "SMG",
        "data": {},
    }


def _service_row(i: int) -> dict[str, object]:
    text = {"zh": f"服務 {i} 申請", "pt": f"Pedido de serviço {i}", "en": f"Service {i} application"}
    return {
        "id": f"ps-{i:05d}",
        "department_id": f"D{i % 28:02d}",
        "category": f"cat{i % 12}",
        "category_name": {"zh": f"類別 {i % 12}", "pt": f"Categoria {i % 12}", "en": f"Category {i % 12}"},
        "title": text,
        "summary": text,
        "keywords": {"zh": "", "pt": "", "en": ""},
        "high_frequency": i % 50 == 0,
        "bookable": i % 3 == 0,
        "online": True,
        "popularity": i % 97,
        "procedure": {},
    }


def prepare_profile(data_dir: Path, feed: int, services: int) -> None:
    """A resident profile whose last account's cache holds ``feed`` items and ``services`` services."""
    sys.path.insert(0, str(ROOT))
    from desktop.profile import account_key
    from desktop.store import open_store

    key = account_key(UNREACHABLE, "demo")
    cache = data_dir / "accounts" / key / "cache.sqlite3"
    cache.parent.mkdir(parents=True, exist_ok=True)
    store = open_store(cache)
    try:
        batch: list[dict[str, object]] = []
        changes = [
            {"entity": "feed_item", "id": f"bench-{i:06d}", "op": "put", "row": _feed_row(i), "version": 1}
            for i in range(feed)
        ]
        changes += [
            {"entity": "service", "id": f"ps-{i:05d}", "op": "put", "row": _service_row(i), "version": 1}
            for i in range(services)
        ]
        for start in range(0, len(changes), 1000):
            batch = changes[start : start + 1000]
            store.apply_changes(batch, f"bench-{start}")
    finally:
        store.close()
    (data_dir / "settings.json").write_text(
        json.dumps({"last_account": {"key": key, "username": "demo", "server": UNREACHABLE}}),
        encoding="utf-8",
    )


def _time_process(cmd: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    for line in out.stdout.splitlines():
        if line.startswith("first_paint_wall="):
            return float(line.split("=", 1)[1]) - start
    raise RuntimeError(f"no first paint reported by {cmd[:3]}…\n{out.stdout}\n{out.stderr[-2000:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--feed", type=int, default=10_000)
    parser.add_argument("--services", type=int, default=600)
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="oneaccount-bench-"))
    try:
        data_dir = scratch / "data"
        prepare_profile(data_dir, args.feed, args.services)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["ONEACCOUNT_BENCH_FIRST_PAINT"] = "1"
        env["ONEACCOUNT_CONFIG"] = str(scratch / "none.json")
        env["ONEACCOUNT_LOG_LEVEL"] = "ERROR"
        env["PYTHONPATH"] = str(ROOT)
        # An installed app runs from compiled bytecode, as PySide6 itself does: compile ours first
        # so the figure does not include compiling the sources on every start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")],
            env=env,
            check=True,
            capture_output=True,
        )
        app_cmd = [sys.executable, "-m", "desktop", "--server", UNREACHABLE, "--data-dir", str(data_dir)]
        floor_cmd = [sys.executable, "-c", FLOOR_SCRIPT]
        # Warm the OS file cache for both, so the first measured run is not a cold-disk outlier.
        _time_process(floor_cmd, env)
        _time_process(app_cmd, env)
        app_times, floor_times = [], []
        for _ in range(args.runs):
            floor_times.append(_time_process(floor_cmd, env))
            app_times.append(_time_process(app_cmd, env))
        app_s = statistics.median(app_times)
        floor_s = statistics.median(floor_times)
        print(f"cache: {args.feed} feed items, {args.services} services; runs: {args.runs}")
        print(f"app   first paint (s): {' '.join(f'{t:.3f}' for t in app_times)}")
        print(f"floor first paint (s): {' '.join(f'{t:.3f}' for t in floor_times)}")
        print(f"app_s={app_s:.3f} floor_s={floor_s:.3f} ratio={app_s / floor_s:.2f}")
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
