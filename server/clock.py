"""The server's clock: the configured one (``time.time`` or a test's) plus an offset test mode can move.

Every part of a server reads the same :class:`ServerClock`, so ``POST /v1/_test/clock`` moves token
expiry, appointment times and the slot calendar together. Only forward: going back in time would make
sequences of times (token issue, op updates) run backwards.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class ServerClock:
    def __init__(self, base: Callable[[], float]) -> None:
        self._base = base
        self._lock = threading.Lock()
        self._offset = 0.0

    def __call__(self) -> float:
        with self._lock:
            return self._base() + self._offset

    @property
    def offset(self) -> float:
        with self._lock:
            return self._offset

    def advance(self, seconds: float) -> float:
        """Move forward by ``seconds`` (>= 0); returns the new time."""
        if seconds < 0:
            raise ValueError("the server clock only moves forward")
        with self._lock:
            self._offset += seconds
            return self._base() + self._offset
