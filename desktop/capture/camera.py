"""CameraWorker: the camera thread. Reads a webcam, a video or an image and hands the GUI copied frames.

Threading contract:
- ``run`` (the camera thread) opens the source, reads it, runs the optional ``analyser`` and
  ``scanner`` on each frame, and releases the capture when it ends — on ``stop()``, on a failure, or at
  the end of a video that does not loop. Only that thread touches the ``VideoCapture``.
- Each frame is copied before it leaves the camera thread: ``CapturedFrame.bgr`` is a private array (the
  capture reuses its read buffer) and ``CapturedFrame.image`` is a QImage that owns its own pixels, so
  neither changes when the next frame arrives, and changing one changes nothing else.
- Frames are dropped, never queued: the camera thread leaves the newest frame in a one-slot mailbox and
  posts one wake-up only when the slot was empty; the GUI thread takes whatever is newest when it gets
  there, and ``frame_captured`` is emitted on the GUI thread. A busy window sees fewer frames; it
  never falls behind the camera, and the camera never waits for the window.
- ``camera_failed``, ``camera_stopped`` and ``qr_scanned`` are emitted on the camera thread; Qt queues
  them to receivers in the GUI thread. Connect them to ``@Slot`` methods, not lambdas (PySide6 has
  crashed on cross-thread signals delivered to lambdas).
- ``stop()`` may be called from the GUI thread at any time (the view calls it when hidden or closed);
  the loop sees it within one frame, and any pacing wait wakes at once.

No pure logic lives here: opening and failure reasons are in ``sources``, the guidance in
``photo_rules``, the QR agreement in ``scanner``.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from desktop.capture import sources
from desktop.capture.scanner import QrScanner

__all__ = ["CameraWorker", "CapturedFrame"]

log = logging.getLogger(__name__)

Image = npt.NDArray[np.uint8]
#: A still image is offered again at this rate, so a preview shown later still gets it.
STILL_FPS = 5.0
#: A webcam that gives no frame for this long after opening is busy (or, on macOS, not allowed).
FIRST_FRAME_TIMEOUT_S = 5.0
#: A webcam that stops giving frames for this long after giving some was unplugged.
STALL_TIMEOUT_S = 1.0


class _Probe(QObject):
    probed = Signal()


def _emit_drops_a_true() -> bool:
    """Whether ``SignalInstance.emit`` hands back ``True`` without owning a reference to it.

    PySide6 6.12.0 on Python 3.11 does: every emit takes one reference from ``True``, and once they
    are all gone the interpreter aborts ("bool_dealloc: deallocating True or False") — at 30 frames a
    second, within minutes. From Python 3.12 ``True`` is immortal and this measures nothing.
    """
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.probed.emit()
    taken = before - sys.getrefcount(True)
    for _ in range(max(0, taken)):  # give back what the probe itself took
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return taken >= 8


_GIVE_BACK_TRUE = _emit_drops_a_true()


def _emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, giving back the reference to ``True`` an affected PySide6 takes."""
    if signal.emit(*args) is True and _GIVE_BACK_TRUE:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


@dataclass(frozen=True, slots=True)
class CapturedFrame:
    image: QImage  # RGB32, owns its pixels: ready to paint
    bgr: Image  # this frame's own copy, for analysis and for cropping the photo
    index: int  # frames read from the source so far (1 for the first)
    timestamp: float  # time.monotonic() when it was read
    analysis: Any = None  # what the analyser returned for this frame


def to_qimage(bgr: Image) -> QImage:
    """A QImage that owns a copy of ``bgr``'s pixels (the conversion to RGB32 is the copy)."""
    height, width = bgr.shape[:2]
    view = QImage(bgr.data, width, height, bgr.strides[0], QImage.Format.Format_BGR888)
    return view.convertToFormat(QImage.Format.Format_RGB32)


class CameraWorker(QThread):
    frame_captured = Signal(object)  # CapturedFrame, on the GUI thread, newest only
    camera_failed = Signal(str, str)  # reason code (see desktop.capture.sources), detail for the log
    camera_stopped = Signal()  # the capture is released (after a failure too)
    qr_scanned = Signal(str)  # the scanner's accepted text, once per scanner reset

    _frame_ready = Signal()

    def __init__(
        self,
        source: int | str | Path,
        *,
        analyser: Callable[[Image], Any] | None = None,
        scanner: QrScanner | None = None,
        loop: bool = True,
        parent: QObject | None = None,
    ) -> None:
        """``analyser`` runs on the camera thread on each frame (it must not change the array);
        ``loop`` replays a video file from the start when it ends, else the worker stops there."""
        super().__init__(parent)
        self.setObjectName("camera")
        self.source = sources.parse_source(source)
        self._analyser = analyser
        self._scanner = scanner
        self._loop = loop
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._mailbox: CapturedFrame | None = None
        self.frames_read = 0
        self._frames_at_loop = 0
        self._analysis_failed = False
        self.frames_delivered = 0
        self.frames_dropped = 0
        #: "device", "video" or "still" once the source is open.
        self.kind: str | None = None
        #: True from opening the source until it is released.
        self.is_open = False
        self.fps = 0.0
        self._frame_ready.connect(self._deliver)

    # --- GUI thread ---------------------------------------------------------------------------------
    # A worker runs once: after it stops, make a new one to show the camera again.
    def stop(self, wait_ms: int = 3000) -> bool:
        """Ask the loop to end and release the capture; wait up to ``wait_ms``. True once it has ended."""
        self._stop.set()
        with self._lock:
            self._mailbox = None
        if wait_ms <= 0 or not self.isRunning():
            return not self.isRunning()
        return bool(self.wait(wait_ms))

    @Slot()
    def _deliver(self) -> None:
        with self._lock:
            frame, self._mailbox = self._mailbox, None
        if frame is None or self._stop.is_set():
            return
        self.frames_delivered += 1
        _emit(self.frame_captured, frame)

    # --- camera thread ------------------------------------------------------------------------------
    def run(self) -> None:
        opened: sources.Opened | None = None
        try:
            opened = sources.open_source(self.source)
            self.is_open = True
            self.kind, self.fps = opened.kind, opened.fps
            if opened.still is not None:
                self._show_still(opened.still)
            else:
                self._read_loop(opened)
        except sources.SourceError as exc:
            log.info("camera %s failed: %s", self._describe(), exc)
            _emit(self.camera_failed, exc.reason, exc.detail)
        except Exception as exc:  # the thread must end cleanly whatever OpenCV or an analyser throws
            log.exception("camera %s failed", self._describe())
            _emit(self.camera_failed, "camera_error", str(exc))
        finally:
            if opened is not None:
                opened.release()
            self.is_open = False
            _emit(self.camera_stopped)

    def _describe(self) -> str:
        return str(self.source) if isinstance(self.source, int) else self.source.name

    def _publish(self, buffer: Image) -> None:
        bgr = buffer.copy()  # the capture writes the next frame into ``buffer``
        analysis = None
        if self._analyser is not None:
            try:
                analysis = self._analyser(bgr)
            except Exception:  # a broken analysis must not take the preview down with it
                if not self._analysis_failed:
                    log.exception("frame analysis failed; frames go on without it")
                self._analysis_failed = True
        if self._scanner is not None:
            text = self._scanner.feed(bgr)
            if text is not None:
                _emit(self.qr_scanned, text)
        frame = CapturedFrame(to_qimage(bgr), bgr, self.frames_read, time.monotonic(), analysis)
        with self._lock:
            was_empty = self._mailbox is None
            if not was_empty:
                self.frames_dropped += 1
            self._mailbox = frame
        if was_empty:
            _emit(self._frame_ready)

    def _show_still(self, image: Image) -> None:
        self.frames_read = 1
        while not self._stop.is_set():
            self._publish(image)
            self._stop.wait(1.0 / STILL_FPS)

    def _read_loop(self, opened: sources.Opened) -> None:
        capture = opened.capture
        is_file = opened.kind == "video"
        interval = 1.0 / opened.fps if is_file else 0.0
        buffer: Image | None = None
        started = last_good = time.monotonic()
        due = started
        while not self._stop.is_set():
            ok, frame = capture.read(buffer)
            if not ok or frame is None:
                if is_file:
                    if not self._at_end_of_file(opened):
                        return
                    continue
                self._check_stalled(started, last_good)
                self._stop.wait(0.02)
                continue
            buffer = frame
            self.frames_read += 1
            last_good = time.monotonic()
            self._publish(frame)
            if is_file:
                # Pace to the file's own frame rate; if we fell behind, start afresh rather than rush.
                due += interval
                now = time.monotonic()
                if due < now - interval:
                    due = now
                self._stop.wait(max(0.0, due - now))

    def _at_end_of_file(self, opened: sources.Opened) -> bool:
        """At the end of a video: raise if it was cut short; True to go on (looping), False to stop."""
        if self.frames_read == 0:
            raise sources.SourceError(sources.BAD_FILE, "the video has no frames that can be decoded")
        # Frames of this pass through the file (a loop restarts the count).
        passes_frames = self.frames_read - self._frames_at_loop
        if sources.ended_early(passes_frames, opened.frame_count):
            raise sources.SourceError(
                sources.DISCONNECTED,
                f"the video ended after {passes_frames} of {opened.frame_count} frames",
            )
        if not self._loop:
            return False
        self._frames_at_loop = self.frames_read
        if not opened.capture.set(cv2.CAP_PROP_POS_FRAMES, 0):  # some containers cannot seek
            raise sources.SourceError(sources.BAD_FILE, "the video cannot be replayed from its start")
        return True

    def _check_stalled(self, started: float, last_good: float) -> None:
        assert isinstance(self.source, int)  # only a device waits for frames
        now = time.monotonic()
        if self.frames_read == 0 and now - started > FIRST_FRAME_TIMEOUT_S:
            raise sources.SourceError(*sources.device_failure(self.source, "first_read"))
        if self.frames_read > 0 and now - last_good > STALL_TIMEOUT_S:
            raise sources.SourceError(*sources.device_failure(self.source, "after_frames"))
