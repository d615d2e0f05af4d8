"""QrScanner: turns a stream of camera frames into one accepted QR text.

A camera shows the same code for many frames, and a decoder can misread one of them, so the scanner
- looks at every ``every``-th frame only (decoding costs milliseconds; the code does not move that fast),
- decodes only the central scan box (``box`` of the shorter side; the preview draws the same box, and
  a smaller image decodes faster and ignores codes at the edge of the view),
- accepts a text only after ``agree`` successful decodes in a row read the same text (a different text
  starts the count again; a frame with no code is a miss, and ``max_misses`` misses in a row mean the
  code has left the box), and
- reports the accepted text once: ``feed`` returns it a single time, then None, until ``reset``.

Threading contract: no Qt. ``feed`` is called by one thread (the camera thread); ``reset``,
``accepted`` and ``scan_box`` may be called from any other (the GUI). The decode runs outside the lock,
and a reset that lands during a decode discards that decode's result.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from desktop.capture import qr

__all__ = ["QrScanner"]

Image = npt.NDArray[np.uint8]


class QrScanner:
    def __init__(
        self,
        *,
        every: int = 3,
        agree: int = 3,
        box: float = 0.6,
        max_misses: int = 4,
        decoder: Callable[[Image], str | None] = qr.decode,
    ) -> None:
        if every < 1 or agree < 1 or not 0.1 <= box <= 1.0:
            raise ValueError("every and agree must be at least 1, box between 0.1 and 1")
        self.every = every
        self.agree = agree
        self.box = box
        self.max_misses = max_misses
        self._decoder = decoder
        self._lock = threading.Lock()
        self._generation = 0
        self._frames = 0
        self._candidate: str | None = None
        self._count = 0
        self._misses = 0
        self._accepted: str | None = None
        #: Decodes tried since the last reset (for tests and the benchmark).
        self.decodes = 0

    def scan_box(self, width: int, height: int) -> tuple[int, int, int, int]:
        """The central square decoded in a ``width`` × ``height`` frame: x, y, side, side."""
        side = int(min(width, height) * self.box)
        return (width - side) // 2, (height - side) // 2, side, side

    @property
    def accepted(self) -> str | None:
        with self._lock:
            return self._accepted

    def reset(self) -> None:
        """Forget the accepted text and any agreement so far; the next code will be reported again."""
        with self._lock:
            self._generation += 1
            self._frames = 0
            self._candidate = None
            self._count = 0
            self._misses = 0
            self._accepted = None

    def feed(self, frame: Image) -> str | None:
        """Look at one frame; returns the accepted text the one time it is accepted, else None."""
        with self._lock:
            if self._accepted is not None:
                return None  # reported already; idle until reset
            self._frames += 1
            if (self._frames - 1) % self.every:
                return None
            generation = self._generation
        x, y, w, h = self.scan_box(frame.shape[1], frame.shape[0])
        text = self._decoder(frame[y : y + h, x : x + w])
        with self._lock:
            self.decodes += 1
            if generation != self._generation:
                return None
            if text is None:
                self._misses += 1
                if self._misses > self.max_misses:
                    self._candidate, self._count = None, 0
                return None
            self._misses = 0
            if text == self._candidate:
                self._count += 1
            else:
                self._candidate, self._count = text, 1
            if self._count >= self.agree:
                self._accepted = text
                return text
            return None
