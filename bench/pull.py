"""Pull throughput: 100,000 changes pulled and applied by the real app, vs raw httpx + raw executemany.

The app side is the real thing: the reference server process, the app's context, its sync worker signing
in and pulling into the SQLite cache page by page, the feed screen open and refreshing as pages land. A
heartbeat timer on the GUI thread measures the longest time the window could not react.

The floor fetches the same pages (same server, same page size) with a bare httpx client and inserts each
page's rows with one ``executemany`` into a bare table, one transaction per page.

    python -m bench.pull [--rows 100000] [--page 1000]

Last line: ``rows_per_s=… floor_rows_per_s=… ratio=… max_gui_block_ms=…``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.server import running_server  # noqa: E402


def _feed_row(i: int) -> dict[str, Any]:
    return {
        "id": f"pull-{i:06d}",
        "category": ("weather", "news", "border", "air_quality")[i % 4],
        "kind": "bench",
        "severity": 0,
        "level": "",
        "pinned": False,
        "title": {"zh": f"資訊 {i}", "pt": f"Informação {i}", "en": f"Information {i}"},
        "body": {"zh": "澳門今日天氣晴朗。", "pt": "Tempo limpo em Macau.", "en": "Clear in Macao."},
        "published_at": f"2026-11-{1 + i % 27:02d}T{i % 24:02d}:00:00+08:00",
        "expires_at": None,
        "source": "SMG",
        "data": {"n": i},
    }


def seed(url: str, rows: int) -> None:
    with httpx.Client(base_url=url, timeout=120) as client:
        for start in range(0, rows, 2000):
            batch = [
                {"entity": "feed_item", "id": f"pull-{i:06d}", "row": _feed_row(i)}
                for i in range(start, min(rows, start + 2000))
            ]
            client.post("/v1/_test/entities", json=batch).raise_for_status()


def floor(url: str, page: int, db_path: Path) -> tuple[int, float]:
    """Raw httpx pages + raw executemany, one transaction per page."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE rows (entity TEXT, id TEXT, version INT, row_json TEXT, PRIMARY KEY(entity, id))"
    )
    count = 0
    started = time.perf_counter()
    with httpx.Client(base_url=url, timeout=60) as client:
        token = client.post("/v1/auth/login", json={"username": "demo", "password": "demo"}).json()[
            "access_token"
        ]
        headers = {"Authorization": f"Bearer {token}"}
        cursor = ""
        while True:
            body = client.get("/v1/changes", params={"cursor": cursor, "limit": page}, headers=headers).json()
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT OR REPLACE INTO rows VALUES (?, ?, ?, ?)",
                [(c["entity"], c["id"], c["version"], json.dumps(c["row"])) for c in body["changes"]],
            )
            conn.execute("INSERT OR REPLACE INTO rows VALUES ('meta', 'cursor', 0, ?)", (body["cursor"],))
            conn.execute("COMMIT")
            count += len(body["changes"])
            cursor = body["cursor"]
            if not body["has_more"]:
                break
    elapsed = time.perf_counter() - started
    conn.close()
    return count, elapsed


def app_pull(url: str, page: int, data_dir: Path) -> tuple[int, float, float]:
    """The app's own pull, with the feed screen open; returns (rows, seconds, longest GUI stall in ms)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import Application
    from desktop.config import AppConfig
    from desktop.domain.sync_status import Activity

    app = Application(AppConfig(server_url=url, data_dir=data_dir, remember_sign_in=False))
    app.ctx.sync.page_limit = page
    clock = QElapsedTimer()
    clock.start()
    last_tick = [clock.elapsed()]
    worst = [0]

    def tick() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last_tick[0])
        last_tick[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(tick)
    marks: dict[str, float] = {}

    def on_status(status: Any) -> None:
        if status.activity is Activity.SYNCING and "start" not in marks:
            marks["start"] = time.perf_counter()
        done = status.activity is Activity.IDLE and status.last_sync is not None
        if done and "start" in marks and "end" not in marks:
            marks["end"] = time.perf_counter()
            app.qapp.quit()

    app.ctx.sync.status_changed.connect(on_status)
    app.show()  # as the app starts for real: background work (and its GC settings) after the first paint
    deadline = time.monotonic() + 600
    # Wait until the worker has looked at the server (signed out, online), then sign in and time the pull.
    while app.ctx.sync.status.connection.value != "online":
        QApplication.processEvents()
        if time.monotonic() > deadline:
            raise RuntimeError("the app did not reach the server")
        time.sleep(0.005)
    heartbeat.start()
    last_tick[0] = clock.elapsed()
    app.ctx.sync.sign_in("demo", "demo")
    # The real event loop, as the app runs it (a Python polling loop would compete for the GIL itself).
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(app.qapp.quit)
    guard.start(600_000)
    app.qapp.exec()
    heartbeat.stop()
    if "end" not in marks:
        raise RuntimeError("the pull did not finish")
    rows = app.ctx.db.submit(lambda store: store.feed.count()).result()
    app.close()
    return rows, marks["end"] - marks["start"], float(worst[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--page", type=int, default=1000)
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="oneaccount-bench-pull-"))
    try:
        with running_server(scratch / "server", "--demo", "--test-mode") as server:
            seed(server.url, args.rows)
            floor_rows, floor_s = floor(server.url, args.page, scratch / "floor.sqlite3")
            rows, app_s, worst_ms = app_pull(server.url, args.page, scratch / "app")
        app_rate = floor_rows / app_s  # the same changes; the app's count includes only feed items
        floor_rate = floor_rows / floor_s
        print(f"changes pulled: {floor_rows} (feed items in the app's cache: {rows}); page size {args.page}")
        print(f"app: {app_s:.2f} s   floor: {floor_s:.2f} s")
        print(
            f"rows_per_s={app_rate:.0f} floor_rows_per_s={floor_rate:.0f} ratio={app_rate / floor_rate:.2f} "
            f"max_gui_block_ms={worst_ms:.0f}"
        )
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
