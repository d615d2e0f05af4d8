"""ID-photo geometry and output: crop around the face to the DSI ratio, fill with white, save as JPEG.

DSI asks for a 1.5 × 1.8 inch colour photo (ratio 5:6) on a white background, and publishes no pixel
size and no head proportion. We choose and document both here:

- **pixel size**: 450 × 540 px, i.e. 1.5 × 1.8 inch at 300 dpi (the JPEG says 300 dpi, so it prints
  at the right size);
- **head proportion**: the face box that OpenCV's frontal-face cascade finds (it runs from about the
  middle of the forehead to the chin, cheek to cheek) is 44 % of the photo's height, its top at 31 %
  from the top, centred left to right. For ordinary faces the head from crown to chin is about 1.5 face
  boxes, so the head fills about two thirds of the photo's height, the crown sits about 9 % below the top
  edge and the eyes about 46 % from the top — the usual ID-photo framing (head and top of the shoulders).

Where the camera's frame does not reach the crop, the photo is filled with white (the background DSI
asks for); the guidance's ``photo_fits`` check keeps that fill small.

No Qt here; pure functions, safe on any thread.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import cv2
import numpy as np
import numpy.typing as npt

__all__ = [
    "FACE_BOX_HEIGHT",
    "FACE_BOX_TOP",
    "MAX_JPEG_BYTES",
    "PHOTO_DPI",
    "PHOTO_HEIGHT_PX",
    "PHOTO_WIDTH_PX",
    "Box",
    "CropRect",
    "PhotoTooLarge",
    "crop_photo",
    "crop_rect",
    "encode_jpeg",
    "outside_fraction",
    "save_jpeg",
]

Image = npt.NDArray[np.uint8]
#: A face box in frame pixels: x, y, width, height.
Box = tuple[int, int, int, int]

PHOTO_DPI = 300
PHOTO_WIDTH_PX = 450  # 1.5 inch at 300 dpi
PHOTO_HEIGHT_PX = 540  # 1.8 inch at 300 dpi
FACE_BOX_HEIGHT = 0.44
FACE_BOX_TOP = 0.31
#: What the My Photos upload accepts without fuss; 450 × 540 is usually 40–90 KB at quality 92.
MAX_JPEG_BYTES = 240 * 1024
_QUALITIES = (92, 88, 84, 80, 75, 70, 65, 60, 55, 50, 45, 40)
_WHITE = (255, 255, 255)


class PhotoTooLarge(ValueError):
    """Even the lowest JPEG quality we accept does not fit the size limit."""


@dataclass(frozen=True, slots=True)
class CropRect:
    """The part of the frame that becomes the photo; may reach past the frame's edges."""

    x: int
    y: int
    width: int
    height: int


def crop_rect(face: Box) -> CropRect:
    """The 5:6 rectangle around ``face`` with the face at the documented proportion.

    Width and height are 5k and 6k pixels for a whole k, so the ratio is exactly 5:6 before resizing.
    """
    fx, fy, fw, fh = face
    k = max(1, round(fh / FACE_BOX_HEIGHT / 6))
    width, height = 5 * k, 6 * k
    centre_x = fx + fw / 2
    return CropRect(round(centre_x - width / 2), round(fy - FACE_BOX_TOP * height), width, height)


def outside_fraction(rect: CropRect, frame_width: int, frame_height: int) -> float:
    """The share of the crop that lies outside the frame (and so is filled with white)."""
    inside_w = max(0, min(rect.x + rect.width, frame_width) - max(rect.x, 0))
    inside_h = max(0, min(rect.y + rect.height, frame_height) - max(rect.y, 0))
    return 1.0 - (inside_w * inside_h) / float(rect.width * rect.height)


def crop_photo(frame: Image, face: Box) -> Image:
    """The ID photo: ``PHOTO_WIDTH_PX`` × ``PHOTO_HEIGHT_PX`` BGR, white where the frame does not reach."""
    if frame.ndim != 3 or frame.shape[2] != 3:
        raise ValueError("expected a BGR frame")
    rect = crop_rect(face)
    frame_h, frame_w = frame.shape[:2]
    x0, y0 = max(rect.x, 0), max(rect.y, 0)
    x1, y1 = min(rect.x + rect.width, frame_w), min(rect.y + rect.height, frame_h)
    if x0 >= x1 or y0 >= y1:
        raise ValueError("the face is outside the frame")
    if (x0, y0, x1, y1) == (rect.x, rect.y, rect.x + rect.width, rect.y + rect.height):
        region = frame[y0:y1, x0:x1]
    else:
        region = np.full((rect.height, rect.width, 3), _WHITE, dtype=np.uint8)
        region[y0 - rect.y : y1 - rect.y, x0 - rect.x : x1 - rect.x] = frame[y0:y1, x0:x1]
    # Shrinking wants area averaging (no moiré); enlarging a webcam crop wants a smooth interpolation.
    shrinking = rect.height >= PHOTO_HEIGHT_PX
    interpolation = cv2.INTER_AREA if shrinking else cv2.INTER_CUBIC
    return cast(Image, cv2.resize(region, (PHOTO_WIDTH_PX, PHOTO_HEIGHT_PX), interpolation=interpolation))


def _with_dpi(jpeg: bytes, dpi: int) -> bytes:
    """Write the print resolution into the JFIF header OpenCV's encoder leaves at 1:1 aspect units."""
    if len(jpeg) < 18 or jpeg[:4] != b"\xff\xd8\xff\xe0" or jpeg[6:11] != b"JFIF\x00":
        return jpeg
    density = dpi.to_bytes(2, "big")
    return jpeg[:13] + b"\x01" + density + density + jpeg[18:]


def encode_jpeg(photo: Image, max_bytes: int = MAX_JPEG_BYTES, dpi: int = PHOTO_DPI) -> tuple[bytes, int]:
    """JPEG bytes within ``max_bytes`` and the quality used: the best quality that fits.

    Raises ``PhotoTooLarge`` when even the lowest quality we accept is too big (a limit far too small
    for a 450 × 540 photo, or a frame of pure noise).
    """
    for quality in _QUALITIES:
        ok, buffer = cv2.imencode(
            ".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, quality, cv2.IMWRITE_JPEG_OPTIMIZE, 1]
        )
        if not ok:
            raise ValueError("the photo could not be encoded as JPEG")
        data = _with_dpi(buffer.tobytes(), dpi)
        if len(data) <= max_bytes:
            return data, quality
    raise PhotoTooLarge(f"{len(data)} bytes at quality {_QUALITIES[-1]}; the limit is {max_bytes}")


def save_jpeg(path: Path | str, photo: Image, max_bytes: int = MAX_JPEG_BYTES) -> int:
    """Write the photo as JPEG (replacing the file whole, never half-written); returns the quality used."""
    data, quality = encode_jpeg(photo, max_bytes)
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".photo-", suffix=".jpg", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return quality
