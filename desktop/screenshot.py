"""``python -m desktop screenshot``: render one section of the app, filled with demo data, to a PNG.

It runs the real app offscreen on a throw-away profile: the embedded demo server, a real sign-in and
a real pull, then grabs the window. Exits non-zero if any of that fails.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from desktop.config import AppConfig

log = logging.getLogger(__name__)


def _parse_size(size: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in size.lower().split("x"))
    except ValueError:
        raise ValueError(f"--size must look like 1280x800, not {size!r}") from None
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise ValueError("--size must be between 320x240 and 7680x4320")
    return w, h


def take_screenshot(config: AppConfig, *, page: str, out: Path, size: str, timeout_s: float = 90.0) -> int:
    try:
        width, height = _parse_size(size)
    except ValueError as exc:
        print(f"screenshot: {exc}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    scratch = Path(tempfile.mkdtemp(prefix="oneaccount-shot-"))
    if not config.profile.ephemeral:
        config = dataclasses.replace(config, data_dir=scratch, remember_sign_in=False)
    from desktop.app import Application

    app = Application(config)
    try:
        app.window.resize(width, height)
        from desktop.views_catalogue import SUB_PAGES

        section, opener = SUB_PAGES.get(page, (page, ""))
        app.window.show_page(section)
        if opener:
            getattr(app.window.page(section), opener)()
        app.window.show()
        app.start_services(reminders=False)
        if not _wait_for_data(app, timeout_s):
            status = app.ctx.sync.status
            reason = status.problem.value or "timeout"
            print(f"screenshot: demo data did not arrive ({reason}: {status.detail})", file=sys.stderr)
            return 1
        image = app.window.grab()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            print(f"screenshot: could not write {out}", file=sys.stderr)
            return 1
        print(f"wrote {out} ({width}x{height}, page {page}, {app.ctx.language})")
        return 0
    finally:
        app.close()
        shutil.rmtree(scratch, ignore_errors=True)


def _wait_for_data(app: object, timeout_s: float) -> bool:
    """Pump events until a pull has finished and every page's first load is in."""
    from PySide6.QtWidgets import QApplication

    from desktop.domain.sync_status import Activity

    ctx = app.ctx  # type: ignore[attr-defined]
    window = app.window  # type: ignore[attr-defined]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QApplication.processEvents()
        status = ctx.sync.status
        fatal = status.problem.value in ("demo_server_failed", "sign_in_required", "offline", "timeout")
        if fatal and status.activity is Activity.IDLE and status.last_sync is None and not status.signed_in:
            return False
        if status.last_sync is not None and status.activity is Activity.IDLE:
            break
        time.sleep(0.01)
    else:
        return False
    # The pull announced its changes; let the current page reload and paint.
    for page in window.pages.values():
        if page.isVisible():
            page.load()
    # Until nothing is being read and no page waits to refresh (the feed's blocks refresh at most
    # every 2 s while a pull runs, so the last change can still be on its way).
    settle = time.monotonic() + 5.0
    while time.monotonic() < settle:
        QApplication.processEvents()
        waiting = any(p.isVisible() and p.refresh_pending for p in window.pages.values())
        if ctx.tasks.pending == 0 and not waiting:
            QApplication.processEvents()
            if ctx.tasks.pending == 0:
                break
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()
    return True
