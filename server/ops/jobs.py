"""A timer thread that runs operations' follow-up steps when they fall due.

Delays are real seconds (``time.monotonic``), not the server's injectable clock: a test that moves
the clock should not fire payments, and a job due "in 0.2 s" must really wait 0.2 s. The due time is
also stored with the operation (in clock time), so a restarted server schedules it again.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable

Key = tuple[str, str]


class JobRunner:
    def __init__(self, run: Callable[[Key], None]) -> None:
        self._run = run
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Key]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None
        self._closed = False

    def schedule(self, key: Key, after_s: float) -> None:
        with self._cond:
            if self._closed:
                return
            heapq.heappush(self._heap, (time.monotonic() + after_s, next(self._order), key))
            if self._thread is None:
                # Started on first use: most servers never schedule anything.
                self._thread = threading.Thread(target=self._loop, name="op-jobs", daemon=True)
                self._thread.start()
            self._cond.notify()

    @property
    def pending(self) -> int:
        with self._cond:
            return len(self._heap)

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._closed and (not self._heap or self._heap[0][0] > time.monotonic()):
                    self._cond.wait(None if not self._heap else self._heap[0][0] - time.monotonic())
                if self._closed:
                    return
                _, _, key = heapq.heappop(self._heap)
            self._run(key)

    def close(self) -> None:
        """Stop; a step already running finishes first (it holds a transaction)."""
        with self._cond:
            self._closed = True
            self._cond.notify()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=10)
