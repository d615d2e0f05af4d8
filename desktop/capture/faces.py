"""Finding the face and the eyes with the Haar cascades shipped in opencv-python-headless 4.x.

Speed is what shapes this module: a full frontal-face search over a 640 × 480 frame costs tens of
milliseconds, so the search runs on a small copy (the frame shrunk by a whole factor to about
``DETECT_HEIGHT`` rows: a whole factor makes the shrinking twenty times cheaper) and, while one face is
in view, only every ``FULL_SEARCH_EVERY``-th frame, looking then only for faces at least half as big as
the one in view. In between, the face is refined in a small window around where it was, at a scale
where the face is ``_TRACK_FACE_PX`` wide. A second person stepping in is seen at the next full search
(a third of a second at 30 fps).

Threading contract: the cascades are cached per thread (a ``CascadeClassifier`` must not be used by two
threads at once), and a ``FaceFinder`` keeps per-stream state and reused buffers: one per thread.
No Qt here.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from desktop.capture.crop import Box

__all__ = ["DETECT_HEIGHT", "FULL_SEARCH_EVERY", "EyePair", "FaceFinder", "cascade"]

Image = npt.NDArray[np.uint8]

#: About the rows of the small copy the full search runs on (240 for 480 and 720 lines, 216 for 1080).
DETECT_HEIGHT = 240
FULL_SEARCH_EVERY = 10
#: Smallest and largest face the full search looks for, as a share of the frame's height: 11 % is
#: 26 px at 240 rows, just above the cascade's 20 px window, where it starts to find faces reliably.
_MIN_FACE = 0.11
_MAX_FACE = 0.8
_TRACK_FACE_PX = 40
_EYE_FACE_PX = 80

_local = threading.local()


def cascade(name: str) -> cv2.CascadeClassifier:
    """The shipped cascade ``haarcascade_<name>.xml``, loaded once per thread."""
    cache: dict[str, cv2.CascadeClassifier] = getattr(_local, "cascades", None) or {}
    _local.cascades = cache
    found = cache.get(name)
    if found is None:
        folder = cv2.data.haarcascades  # type: ignore[attr-defined]  # the stubs omit cv2.data
        found = cv2.CascadeClassifier(f"{folder}haarcascade_{name}.xml")
        if found.empty():
            raise RuntimeError(f"OpenCV's {name} cascade is missing (opencv-python-headless<5 ships it)")
        cache[name] = found
    return found


@dataclass(frozen=True, slots=True)
class EyePair:
    """Eye centres in frame pixels, left and right as they appear in the image."""

    left: tuple[float, float]
    right: tuple[float, float]

    @property
    def tilt_degrees(self) -> float:
        (lx, ly), (rx, ry) = self.left, self.right
        return math.degrees(math.atan2(ry - ly, rx - lx))


def _as_boxes(found: object, scale: float, dx: int = 0, dy: int = 0) -> list[Box]:
    boxes: list[Box] = []
    for x, y, w, h in np.asarray(found, dtype=np.float64).reshape(-1, 4):
        boxes.append((round(x / scale) + dx, round(y / scale) + dy, round(w / scale), round(h / scale)))
    return boxes


class FaceFinder:
    """Frontal faces in BGR frames. ``track=False`` searches every frame in full (still images)."""

    def __init__(self, *, track: bool = True) -> None:
        self._track = track
        # A stream can afford only coarse scale steps; a still gets fine ones (a steadier box to crop by).
        self._refine_step = 1.1 if track else 1.04
        self._tracked: Box | None = None
        self._since_full = 0
        self._small_bgr: Image | None = None
        self._small_grey: Image | None = None
        self.scale = 1.0

    def reset(self) -> None:
        self._tracked = None
        self._since_full = 0

    @property
    def small_bgr(self) -> Image:
        """The frame at detection scale (``scale`` × the frame), from the last ``find``."""
        assert self._small_bgr is not None
        return self._small_bgr

    @property
    def small_grey(self) -> Image:
        assert self._small_grey is not None
        return self._small_grey

    def _downscale(self, frame: Image) -> None:
        height, width = frame.shape[:2]
        factor = max(1, round(height / DETECT_HEIGHT))
        self.scale = 1.0 / factor
        size = (max(1, width // factor), max(1, height // factor))
        # Reuse the buffers while the frame size stays the same (every frame of one camera).
        if self._small_bgr is None or self._small_bgr.shape[1::-1] != size:
            self._small_bgr = np.empty((size[1], size[0], 3), np.uint8)
            self._small_grey = np.empty((size[1], size[0]), np.uint8)
        cv2.resize(frame, size, dst=self._small_bgr, interpolation=cv2.INTER_AREA)
        cv2.cvtColor(self._small_bgr, cv2.COLOR_BGR2GRAY, dst=self._small_grey)

    def find(self, frame: Image) -> list[Box]:
        """Faces in ``frame`` (frame pixels), largest first. Also prepares ``small_bgr``/``small_grey``."""
        self._downscale(frame)
        if self._track and self._tracked is not None and self._since_full < FULL_SEARCH_EVERY - 1:
            refined = self._refine(frame, self._tracked)
            if refined is not None:
                self._since_full += 1
                self._tracked = refined
                return [refined]
        # With a face in view, a newcomer of less than half its size is no one to worry about.
        floor = self._tracked[3] * self.scale / 2 if self._tracked is not None else 0.0
        faces = self._full_search(floor)
        self._since_full = 0
        if len(faces) == 1:
            # The coarse box is quantised by the small image; the refinement measures it finely.
            faces = [self._refine(frame, faces[0]) or faces[0]]
        self._tracked = faces[0] if len(faces) == 1 else None
        return faces

    def _full_search(self, smallest: float = 0.0) -> list[Box]:
        grey = self.small_grey
        rows = grey.shape[0]
        least = max(20, round(rows * _MIN_FACE), round(smallest))
        found = cascade("frontalface_alt2").detectMultiScale(
            grey,
            # 1.15 steps over faces of 25 px (a person a little far back); 1.1 does not.
            scaleFactor=1.1,
            minNeighbors=4,
            minSize=(least, least),
            maxSize=(int(rows * _MAX_FACE),) * 2,
        )
        boxes = _as_boxes(found, self.scale)
        return sorted(boxes, key=lambda b: b[2] * b[3], reverse=True)

    def _refine(self, frame: Image, near: Box) -> Box | None:
        """The face near ``near``, searched in a window 1.7 times its size at a fixed face scale."""
        height, width = frame.shape[:2]
        x, y, w, h = near
        mx, my = int(0.35 * w), int(0.35 * h)
        x0, y0 = max(0, x - mx), max(0, y - my)
        x1, y1 = min(width, x + w + mx), min(height, y + h + my)
        if x1 - x0 < 20 or y1 - y0 < 20:
            return None
        scale = _TRACK_FACE_PX / max(w, 1)
        roi = cv2.cvtColor(frame[y0:y1, x0:x1], cv2.COLOR_BGR2GRAY)
        roi = cv2.resize(
            roi, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
        )
        found = cascade("frontalface_alt2").detectMultiScale(
            roi,
            scaleFactor=self._refine_step,
            minNeighbors=3,
            minSize=(int(_TRACK_FACE_PX * 0.75),) * 2,
            maxSize=(int(_TRACK_FACE_PX * 1.35),) * 2,
        )
        boxes = _as_boxes(found, scale, x0, y0)
        if not boxes:
            return None
        cx, cy = x + w / 2, y + h / 2
        return min(boxes, key=lambda b: (b[0] + b[2] / 2 - cx) ** 2 + (b[1] + b[3] / 2 - cy) ** 2)

    def eyes(self, frame: Image, face: Box) -> EyePair | None:
        """The two eyes in the upper part of ``face``, one each side of its middle; None if not both."""
        x, y, w, h = face
        top, bottom = y + int(0.15 * h), y + int(0.6 * h)
        if w < 20 or bottom - top < 10:
            return None
        scale = _EYE_FACE_PX / w
        roi = cv2.cvtColor(frame[max(0, top) : bottom, max(0, x) : x + w], cv2.COLOR_BGR2GRAY)
        if roi.size == 0:
            return None
        roi = cv2.resize(
            roi, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
        )
        # At 80 px of face the eyes are 20–28 px: just above the cascade's 20 px window, so few scales.
        found = cascade("eye").detectMultiScale(
            roi, scaleFactor=1.15, minNeighbors=3, minSize=(20, 20), maxSize=(32, 32)
        )
        middle = _EYE_FACE_PX / 2
        left: tuple[float, float, float] | None = None
        right: tuple[float, float, float] | None = None
        for ex, ey, ew, eh in np.asarray(found, dtype=np.float64).reshape(-1, 4):
            centre = (ex + ew / 2, ey + eh / 2, ew * eh)
            if centre[0] < middle and (left is None or centre[2] > left[2]):
                left = centre
            elif centre[0] >= middle and (right is None or centre[2] > right[2]):
                right = centre
        if left is None or right is None:
            return None
        ox, oy = max(0, x), max(0, top)
        return EyePair(
            (ox + left[0] / scale, oy + left[1] / scale),
            (ox + right[0] / scale, oy + right[1] / scale),
        )
