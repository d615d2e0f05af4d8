"""Start-up measurement hook: prints the wall-clock time at which the main window was first painted with
the cached feed on it (or with its empty state when there is no cache), then exits. Used by the start-up
and feed benchmarks; inert unless its environment variable is set."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaintProbe(QObject):
    def __init__(self, window: QMainWindow, app: QApplication) -> None:
        super().__init__(window)
        self._app = app
        self._done = False
        self._painted_at = 0.0
        feed = getattr(window, "pages", {}).get("feed")
        self._model = getattr(feed, "model", None)
        # Application-wide: the first page may show its list or its empty state, whichever applies.
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        loaded = self._model is None or self._model.is_loaded
        if not self._done and loaded and event.type() == QEvent.Type.Paint:
            self._done = True
            # The time is taken as this paint begins (it lasts a few ms); printing waits until
            # it is over, when other threads may already be competing for the interpreter.
            self._painted_at = time.time()
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first_paint_wall={self._painted_at:.6f}", flush=True)
        sys.stdout.flush()
        sys.stderr.flush()
        # Leave at once: the measurement is taken, and what a normal exit would import or tear down
        # must not blur import-time profiles of the start path.
        os._exit(0)
