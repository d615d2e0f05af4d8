"""Per-frame ID-photo guidance: is this frame a photo DSI would accept, and if not, what to tell the person.

Each check gives a ``CheckResult`` with a stable ``code``, a verdict, the measured ``value`` and the
range it must lie in (``low`` ≤ value ≤ ``high``), and an ``instruction`` code the UI translates
("move_closer", "too_dark", "hold_still", …). The checks, in the order their instructions are shown:

=================  ===========================================================  ==============
code               measured value                                               passes when
=================  ===========================================================  ==============
face_count         frontal faces found                                          exactly 1
face_size          face box height ÷ frame height                               0.17 – 0.46
face_centred       |face centre − frame centre| ÷ frame width                   ≤ 0.15
photo_fits         share of the 5:6 crop outside the frame (to be filled white)  ≤ 0.10
eyes_level         tilt of the line through the eyes, degrees                   −6 – 6
brightness         mean grey level of the face (0–255)                          70 – 210
even_light         |left cheek − right cheek| ÷ face mean                       ≤ 0.22
sharpness          variance of the Laplacian ÷ variance of grey, face at 96 px  ≥ 0.12
background_light   mean of each pixel's darkest channel beside/above the head   ≥ 190
background_plain   share of edge pixels beside and above the head               ≤ 0.05
=================  ===========================================================  ==============

The reason for each number is beside it in ``Thresholds``. They were set on astronaut.png and on
blurred, shaken, darkened, brightened, side-lit and tilted variants of it; chelsea.png (a cat) gives no
face. Astronaut.png passes every check but ``background_light``: the backdrop beside her head is plain
(no edges: the flag and the model shuttle are outside the crop) but light grey-beige, about 185, not the
white DSI asks for. Pasted on white, the same portrait passes. The background is judged where it will be
in the photo: inside the crop, beside and above the head, down to the mouth.

Threading contract: no Qt; a ``PhotoGuide`` keeps a ``FaceFinder`` (per-thread cascades, reused
buffers, tracking state), so use one per thread — the camera thread or the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from desktop.capture.crop import FACE_BOX_HEIGHT, Box, crop_rect, outside_fraction
from desktop.capture.faces import EyePair, FaceFinder

__all__ = ["CHECK_ORDER", "INSTRUCTIONS", "CheckResult", "Guidance", "PhotoGuide", "Thresholds", "guide_oval"]

Image = npt.NDArray[np.uint8]

CHECK_ORDER = (
    "face_count",
    "face_size",
    "face_centred",
    "photo_fits",
    "eyes_level",
    "brightness",
    "even_light",
    "sharpness",
    "background_light",
    "background_plain",
)
#: Every instruction code a check can give; the UI has one translated sentence for each.
INSTRUCTIONS = (
    "face_camera",
    "one_person",
    "move_closer",
    "move_back",
    "centre_face",
    "show_eyes",
    "level_head",
    "too_dark",
    "too_bright",
    "uneven_light",
    "hold_still",
    "light_background",
    "plain_background",
)
_NORMAL_FACE = 96
#: The ideal face box for the guide oval, as a share of the frame's height (middle of face_size).
_IDEAL_FACE = 0.34


@dataclass(frozen=True, slots=True)
class Thresholds:
    #: Below this the 450 × 540 photo is blown up more than about 3 × from a 480-line webcam.
    min_face: float = 0.17
    #: Above this the 5:6 crop is taller than the frame (FACE_BOX_HEIGHT = 0.44) and gets white bands.
    max_face: float = 0.46
    #: Only a guide for the person: the crop re-centres the face anyway.
    max_off_centre: float = 0.15
    #: White fill where the frame ends (above the hair, say) vanishes into the white background the
    #: background checks ask for; past a tenth of the photo the frame's edge cuts the head or shoulders.
    max_outside: float = 0.10
    #: Haar eye boxes jitter by about ±2 px at the 80 px face they are found in, ±3°; 6° is a visible tilt.
    max_tilt: float = 6.0
    #: The face's mean grey: below 70 a webcam's noise swamps the face; above 210 skin burns out (and
    #: the eyes are lost before that).
    min_brightness: float = 70.0
    max_brightness: float = 210.0
    #: Side light shows as one cheek darker; 0.22 keeps soft room light and fails a lamp beside the face.
    max_uneven: float = 0.22
    #: Astronaut.png measures 0.55 (0.37 in a 640 × 480 frame); a Gaussian blur of 1.2 px, or a 7 px
    #: up-down (9 px diagonal) shake, brings it under 0.12.
    min_sharpness: float = 0.12
    #: DSI asks for white: a white wall measures 200+ when the face is well exposed; astronaut.png's
    #: light-grey studio backdrop measures about 185 and fails, honestly.
    min_background: float = 190.0
    #: Share of pixels with a step of more than 24 grey levels per pixel at the detection scale: 0 for a
    #: wall or a backdrop, 0.06 for a door's edge beside the head, 0.15+ for tiles, shelves or posters.
    max_background_edges: float = 0.05


@dataclass(frozen=True, slots=True)
class CheckResult:
    code: str
    passed: bool
    #: None when it could not be measured (no single face, or no background in view).
    value: float | None
    low: float | None = None
    high: float | None = None
    #: What to tell the person when it fails; "" when it passes or another check already says it.
    instruction: str = ""

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "not_measured"
        return "pass" if self.passed else "fail"

    def as_dict(self) -> dict[str, Any]:
        value = None if self.value is None else round(self.value, 4)
        return {
            "code": self.code,
            "verdict": self.verdict,
            "value": value,
            "low": self.low,
            "high": self.high,
            "instruction": self.instruction,
        }


@dataclass(frozen=True, slots=True)
class Guidance:
    checks: tuple[CheckResult, ...]
    frame_size: tuple[int, int]  # width, height
    face: Box | None = None
    eyes: EyePair | None = None
    by_code: dict[str, CheckResult] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_code", {c.code: c for c in self.checks})

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)

    @property
    def instruction(self) -> str:
        """The one thing to tell the person now: the first failing check's instruction, or ""."""
        return next((c.instruction for c in self.checks if not c.passed and c.instruction), "")

    @property
    def score(self) -> tuple[int, float]:
        """For picking the best of several frames: checks passed, then sharpness."""
        sharp = self.by_code["sharpness"].value
        return sum(c.passed for c in self.checks), sharp or 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "instruction": self.instruction,
            "frame_size": list(self.frame_size),
            "face": list(self.face) if self.face else None,
            "checks": [c.as_dict() for c in self.checks],
        }


def _range(
    code: str, value: float | None, low: float | None, high: float | None, below: str, above: str
) -> CheckResult:
    if value is None:
        return CheckResult(code, False, None, low, high)
    if low is not None and value < low:
        return CheckResult(code, False, value, low, high, below)
    if high is not None and value > high:
        return CheckResult(code, False, value, low, high, above)
    return CheckResult(code, True, value, low, high)


def guide_oval(frame_width: int, frame_height: int) -> tuple[float, float, float, float]:
    """Where the head should be (x, y, width, height in frame pixels): the oval the preview draws.

    A face box of ``_IDEAL_FACE`` of the frame's height, placed so its crop is centred in the frame;
    the head reaches about half a box above the box and an eighth below it, and a quarter wider.
    """
    box = _IDEAL_FACE * frame_height
    crop_h = box / FACE_BOX_HEIGHT
    box_top = (frame_height - crop_h) / 2 + 0.31 * crop_h
    width, height = 1.25 * box, 1.62 * box
    return frame_width / 2 - width / 2, box_top - 0.5 * box, width, height


class PhotoGuide:
    """Runs every check on a BGR frame. ``track=True`` for a camera stream, False for unrelated stills."""

    def __init__(self, thresholds: Thresholds | None = None, *, track: bool = True) -> None:
        self.thresholds = thresholds or Thresholds()
        self._finder = FaceFinder(track=track)
        self._face_buf = np.empty((_NORMAL_FACE, _NORMAL_FACE), np.uint8)

    def reset(self) -> None:
        """Forget the tracked face (a new person, a new source)."""
        self._finder.reset()

    def analyse(self, frame: Image) -> Guidance:
        if frame.ndim != 3 or frame.shape[2] != 3 or frame.dtype != np.uint8:
            raise ValueError("expected an 8-bit BGR frame")
        t = self.thresholds
        height, width = frame.shape[:2]
        faces = self._finder.find(frame)
        count_instruction = "face_camera" if not faces else "one_person"
        checks = [_range("face_count", float(len(faces)), 1, 1, count_instruction, count_instruction)]
        if len(faces) != 1:
            checks += [CheckResult(code, False, None) for code in CHECK_ORDER[1:]]
            return Guidance(tuple(checks), (width, height))
        face = faces[0]
        x, _, w, h = face
        eyes = self._finder.eyes(frame, face)
        checks.append(_range("face_size", h / height, t.min_face, t.max_face, "move_closer", "move_back"))
        off_centre = abs(x + w / 2 - width / 2) / width
        checks.append(_range("face_centred", off_centre, None, t.max_off_centre, "", "centre_face"))
        outside = outside_fraction(crop_rect(face), width, height)
        checks.append(_range("photo_fits", outside, None, t.max_outside, "", "centre_face"))
        if eyes is None:
            checks.append(CheckResult("eyes_level", False, None, -t.max_tilt, t.max_tilt, "show_eyes"))
        else:
            tilt = eyes.tilt_degrees
            checks.append(_range("eyes_level", tilt, -t.max_tilt, t.max_tilt, "level_head", "level_head"))
        checks += self._light_and_sharpness(frame, face)
        checks += self._background(face, (width, height))
        return Guidance(tuple(checks), (width, height), face, eyes)

    def _light_and_sharpness(self, frame: Image, face: Box) -> list[CheckResult]:
        t = self.thresholds
        x, y, w, h = face
        height, width = frame.shape[:2]
        region = frame[max(0, y) : min(height, y + h), max(0, x) : min(width, x + w)]
        grey = cv2.cvtColor(region, cv2.COLOR_BGR2GRAY)
        # One scale for every face, so the numbers mean the same near and far.
        normal = cv2.resize(
            grey, (_NORMAL_FACE, _NORMAL_FACE), dst=self._face_buf, interpolation=cv2.INTER_AREA
        )
        # The skin: eyes, cheeks, nose, mouth; not the hair at the sides and top of the box.
        inner = normal[24:86, 19:77]  # rows 25–90 %, columns 20–80 % of the 96 px face
        third = inner.shape[1] // 3
        mean = float(inner.mean())
        # The cheeks, not the nose between them: a lamp to one side darkens the far cheek most.
        left, right = float(inner[:, :third].mean()), float(inner[:, -third:].mean())
        uneven = abs(left - right) / max(mean, 1.0)
        # Blur removes fine detail (the Laplacian) faster than contrast (the grey spread); the ratio
        # does not change with the light or the skin's tone, where the bare Laplacian variance does.
        sharp = float(cv2.Laplacian(inner, cv2.CV_16S).var()) / max(float(inner.var()), 1.0)
        return [
            _range("brightness", mean, t.min_brightness, t.max_brightness, "too_dark", "too_bright"),
            _range("even_light", uneven, None, t.max_uneven, "", "uneven_light"),
            _range("sharpness", sharp, t.min_sharpness, None, "hold_still", ""),
        ]

    def _background(self, face: Box, frame_size: tuple[int, int]) -> list[CheckResult]:
        """Whiteness and edges of what will be background in the photo: the crop beside and above the head."""
        t = self.thresholds
        s = self._finder.scale
        small_bgr, small_grey = self._finder.small_bgr, self._finder.small_grey
        rows, cols = small_grey.shape
        x, y, w, h = face
        rect = crop_rect(face)
        # Down to the mouth: lower, collars and shoulders come into the sides.
        x0, y0 = max(0, int(rect.x * s)), max(0, int(rect.y * s))
        x1, y1 = min(cols, int((rect.x + rect.width) * s)), min(rows, int((y + 0.85 * h) * s))
        unmeasured = [
            CheckResult("background_light", False, None, t.min_background, None, "light_background"),
            CheckResult("background_plain", False, None, None, t.max_background_edges, "plain_background"),
        ]
        if x1 - x0 < 4 or y1 - y0 < 4:
            return unmeasured
        yy, xx = np.ogrid[y0:y1, x0:x1]
        # The head with its hair, a little generous: everything outside it here is background.
        cx, cy = (x + w / 2) * s, (y + 0.31 * h) * s
        ax, ay = 0.8 * w * s, 1.0 * h * s
        mask = ((xx - cx) / ax) ** 2 + ((yy - cy) / ay) ** 2 > 1.0
        if int(mask.sum()) < 20:  # the head fills the crop: nothing to judge the background by
            return unmeasured
        darkest = small_bgr[y0:y1, x0:x1].min(axis=2)
        whiteness = float(darkest[mask].mean())
        region = small_grey[y0:y1, x0:x1]
        gx = cv2.Sobel(region, cv2.CV_16S, 1, 0, ksize=3)
        gy = cv2.Sobel(region, cv2.CV_16S, 0, 1, ksize=3)
        # |gx| + |gy| of a 3×3 Sobel is 4 × the grey step per pixel: 96 is a step of 24 levels per pixel.
        edges = (np.abs(gx.astype(np.int32)) + np.abs(gy.astype(np.int32))) > 96
        edge_share = float(edges[mask].mean())
        return [
            _range("background_light", whiteness, t.min_background, None, "light_background", ""),
            _range("background_plain", edge_share, None, t.max_background_edges, "", "plain_background"),
        ]
