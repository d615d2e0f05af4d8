"""Start-up measurement hook: prints the wall-clock time at which the main window was first painted with
the cached feed on it (or with its empty state when there is no cache), then exits. Used by the start-up
and feed benchmarks; inert unless its environment variable is set."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QObject, QTimer

from desktop.views.main_window import MainWindow


class FirstPaintProbe(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._painted_at = 0.0
        self._loaded: tuple[list[str], list[str]] = ([], [])
        # The feed says when its first content is painted (its list's first item, or its empty state),
        # from inside that paint. Not an application-wide event filter: that would hand every event of
        # every object to Python and make the measured start slower than a real one.
        window.page("feed").content_painted.connect(self._on_content_painted)

    def _on_content_painted(self) -> None:
        # The time is taken as this paint goes on (it lasts a few ms); printing waits until it is
        # over, when other threads may already be competing for the interpreter.
        self._painted_at = time.time()
        # What the start path had loaded by then, for the test that keeps heavy things off it.
        widgets = vars(sys.modules["PySide6.QtWidgets"])
        self._loaded = (sorted(sys.modules), sorted(n for n in widgets if n.startswith("Q")))
        QTimer.singleShot(0, self._report)

    def _report(self) -> None:
        print(f"first_paint_wall={self._painted_at:.6f}", flush=True)
        modules, widget_types = self._loaded
        print("modules=" + ",".join(modules), flush=True)
        print("qt_widget_types=" + ",".join(widget_types), flush=True)
        sys.stdout.flush()
        sys.stderr.flush()
        # Leave at once: the measurement is taken, and what a normal exit would import or tear down
        # must not blur import-time profiles of the start path.
        os._exit(0)
