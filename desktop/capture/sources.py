"""Camera sources: open a webcam by index, or a video or image file, and say clearly why one fails.

A source is a device index (``0`` is the default webcam) or a file path. Files are how tests and demos
run with no webcam: a video plays at its own frame rate, an image is a still frame (read with
``cv2.imread``, which honours a photo's EXIF orientation).

Failure reasons (stable codes; the UI words them):

================== =================================================================================
no_camera          no camera at that index (Linux: no ``/dev/videoN``)
camera_busy        the camera exists but will not open or give frames: another app is using it
permission_denied  the system refuses access (Linux: ``/dev/videoN`` not readable; macOS: camera privacy)
disconnected       frames came, then stopped: unplugged mid-capture (or a video file cut short)
file_missing       no file at that path
bad_file           a file that is not a video or image OpenCV can decode, or has no frames
================== =================================================================================

macOS cannot be told apart from here without PyObjC: when it is installed we ask AVFoundation whether
camera access was granted; otherwise a built-in camera (index 0) that will not open is reported as
``permission_denied`` (by far the usual cause there), and other indices as ``no_camera``.

Threading contract: no Qt; a ``VideoCapture`` is opened, read and released by one thread.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import cv2
import numpy as np
import numpy.typing as npt

__all__ = [
    "BAD_FILE",
    "CAMERA_BUSY",
    "DISCONNECTED",
    "FILE_MISSING",
    "NO_CAMERA",
    "PERMISSION_DENIED",
    "Opened",
    "SourceError",
    "classify_device_failure",
    "device_failure",
    "device_node",
    "ended_early",
    "open_source",
    "parse_source",
]

NO_CAMERA = "no_camera"
CAMERA_BUSY = "camera_busy"
PERMISSION_DENIED = "permission_denied"
DISCONNECTED = "disconnected"
FILE_MISSING = "file_missing"
BAD_FILE = "bad_file"

Source = int | Path
#: A webcam is asked for this size: enough for a 450 × 540 photo crop and a QR code, light to decode.
REQUESTED_SIZE = (640, 480)
_DEFAULT_FPS = 30.0


class SourceError(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass
class Opened:
    """An opened source. ``capture`` is None for a still image (its one frame is in ``still``)."""

    kind: str  # "device", "video" or "still"
    fps: float
    frame_count: int | None
    capture: Any = None  # cv2.VideoCapture
    still: npt.NDArray[np.uint8] | None = None

    def release(self) -> None:
        if self.capture is not None:
            self.capture.release()
            self.capture = None


def parse_source(value: str | int | Path) -> Source:
    """``"0"`` or ``0`` → device 0; anything else is a file path."""
    if isinstance(value, int):
        return value
    text = str(value)
    return int(text) if text.isdigit() else Path(text)


def device_node(index: int, platform: str) -> str:
    """On Linux: "missing", "denied" or "present" for ``/dev/video<index>``; "unknown" elsewhere."""
    if not platform.startswith("linux"):
        return "unknown"
    node = f"/dev/video{index}"
    if not os.path.exists(node):
        return "missing"
    return "present" if os.access(node, os.R_OK | os.W_OK) else "denied"


def _macos_camera_access() -> str:
    """AVFoundation's answer ("granted", "denied", "undetermined"), or "unknown" without PyObjC."""
    try:
        import AVFoundation
    except ImportError:
        return "unknown"
    status = AVFoundation.AVCaptureDevice.authorizationStatusForMediaType_(AVFoundation.AVMediaTypeVideo)
    return {3: "granted", 0: "undetermined"}.get(int(status), "denied")  # 1 restricted, 2 denied


def classify_device_failure(
    index: int, platform: str, stage: str, node: str, mac_access: str
) -> tuple[str, str]:
    """Why device ``index`` failed at ``stage`` ("open": would not open; "first_read": opened, no
    frames; "after_frames": frames came, then stopped). Pure, so every platform's answer is testable."""
    if stage == "after_frames":
        return DISCONNECTED, f"camera {index} stopped sending frames (unplugged?)"
    if node == "missing":
        return NO_CAMERA, f"there is no /dev/video{index}"
    if node == "denied":
        return PERMISSION_DENIED, f"/dev/video{index} is not readable by this user (add them to 'video')"
    if platform == "darwin":
        if mac_access in ("denied", "undetermined") or (mac_access == "unknown" and index == 0):
            return PERMISSION_DENIED, "allow camera access in System Settings › Privacy & Security › Camera"
        if stage == "first_read":
            return CAMERA_BUSY, f"camera {index} opened but sends no frames"
        return NO_CAMERA, f"no camera {index}"
    if stage == "first_read" or node == "present":
        return CAMERA_BUSY, f"camera {index} is there but in use by another program"
    return NO_CAMERA, f"camera {index} could not be opened"


def device_failure(index: int, stage: str, platform: str | None = None) -> tuple[str, str]:
    """``classify_device_failure`` with what this machine can tell: the device node, macOS's answer."""
    platform = platform or sys.platform
    node = device_node(index, platform)
    mac = _macos_camera_access() if platform == "darwin" and stage != "after_frames" else "unknown"
    return classify_device_failure(index, platform, stage, node, mac)


def _backend(platform: str) -> int:
    if platform.startswith("linux"):
        return int(cv2.CAP_V4L2)
    if platform == "darwin":
        return int(cv2.CAP_AVFOUNDATION)
    return int(cv2.CAP_ANY)


def _open_device(index: int, platform: str) -> Opened:
    node = device_node(index, platform)
    if node in ("missing", "denied"):  # say so without making OpenCV try (and print warnings)
        raise SourceError(*classify_device_failure(index, platform, "open", node, "unknown"))
    capture = cv2.VideoCapture(index, _backend(platform))
    if not capture.isOpened():
        capture.release()
        raise SourceError(*device_failure(index, "open", platform))
    capture.set(cv2.CAP_PROP_FRAME_WIDTH, REQUESTED_SIZE[0])
    capture.set(cv2.CAP_PROP_FRAME_HEIGHT, REQUESTED_SIZE[1])
    # One buffered frame: a slow reader gets the newest frame rather than a stale queue (where supported).
    capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)
    fps = capture.get(cv2.CAP_PROP_FPS)
    return Opened("device", fps if 1 <= fps <= 120 else _DEFAULT_FPS, None, capture=capture)


def _open_file(path: Path) -> Opened:
    if not path.exists():
        raise SourceError(FILE_MISSING, f"no file {path.name}")
    if not path.is_file() or not os.access(path, os.R_OK):
        raise SourceError(BAD_FILE, f"{path.name} is not a readable file")
    if cv2.haveImageReader(str(path)):
        image = cv2.imread(str(path), cv2.IMREAD_COLOR)
        if image is None or image.size == 0:
            raise SourceError(BAD_FILE, f"{path.name} is a damaged image")
        return Opened("still", 0.0, 1, still=cast(npt.NDArray[np.uint8], image))
    capture = cv2.VideoCapture(str(path))
    if not capture.isOpened():
        capture.release()
        raise SourceError(BAD_FILE, f"{path.name} is not a video or image that can be read")
    fps = capture.get(cv2.CAP_PROP_FPS)
    count = capture.get(cv2.CAP_PROP_FRAME_COUNT)
    frame_count = int(count) if 0 < count < 1e9 else None
    return Opened("video", fps if 1 <= fps <= 240 else _DEFAULT_FPS, frame_count, capture=capture)


def open_source(source: Source, platform: str | None = None) -> Opened:
    """Open ``source`` or raise ``SourceError`` with one of the reason codes above."""
    if isinstance(source, int):
        return _open_device(source, platform or sys.platform)
    return _open_file(Path(source))


def ended_early(frames_read: int, frame_count: int | None) -> bool:
    """A video that stops well short of the length its header promised was cut (or its drive went away).

    Containers estimate their length, so a few missing frames at the end are normal; a tenth is not.
    """
    return frame_count is not None and frames_read < 0.9 * frame_count - 1
