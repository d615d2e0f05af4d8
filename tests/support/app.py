"""Build the real app in-process for Qt tests, and wait for what the user would wait for."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.config import AppConfig
from desktop.domain.sync_status import Activity, SyncStatus


@contextmanager
def running_app(config: AppConfig, *, start: bool = True) -> Iterator[Application]:
    app = Application(config)
    app.window.show()
    if start:
        app.start_services(reminders=False)
    try:
        yield app
    finally:
        app.close()


def wait_status(
    qtbot: QtBot, app: Application, predicate: Callable[[SyncStatus], bool], timeout_ms: int = 60_000
) -> SyncStatus:
    qtbot.waitUntil(lambda: predicate(app.ctx.sync.status), timeout=timeout_ms)
    return app.ctx.sync.status


def wait_synced(qtbot: QtBot, app: Application, timeout_ms: int = 60_000) -> SyncStatus:
    return wait_status(
        qtbot, app, lambda s: s.last_sync is not None and s.activity is Activity.IDLE, timeout_ms
    )


def wait_idle(qtbot: QtBot, app: Application) -> None:
    """Every query the screens asked for has come back."""
    qtbot.waitUntil(lambda: app.ctx.tasks.pending == 0, timeout=10_000)
