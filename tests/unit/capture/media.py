"""Test media made from the real images: portraits framed like a webcam's, and short MJPG videos of them.

astronaut.png is one frontal face on a light-grey studio backdrop; chelsea.png is a cat. ``on_white``
pastes the astronaut's head and shoulders on white, the background DSI asks for, so one source passes
every check. Videos are MJPG in AVI, which OpenCV writes and reads everywhere without extra codecs.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt
import pytest

Image = npt.NDArray[np.uint8]
WHITE = (255, 255, 255)
FRAME_SIZE = (640, 480)


def load(realdata: Path, name: str) -> Image:
    image = cv2.imread(str(realdata / "images" / f"{name}.png"), cv2.IMREAD_COLOR)
    assert image is not None, name
    return image


def on_white(astronaut: Image) -> Image:
    """Her head and shoulders on a white background (a soft-edged cut-out)."""
    mask = np.zeros(astronaut.shape[:2], np.float32)
    cv2.ellipse(mask, (225, 105), (72, 100), 0, 0, 360, 1.0, -1)
    cv2.rectangle(mask, (100, 170), (380, 512), 1.0, -1)
    mask = cv2.GaussianBlur(mask, (9, 9), 3)[..., None]
    white = np.full_like(astronaut, 250)
    return (astronaut * mask + white * (1 - mask)).astype(np.uint8)


def webcam_frame(
    portrait: Image, *, face_scale: float = 1.0, dx: int = 0, dy: int = 0, fill: int = 250
) -> Image:
    """The portrait as a 640 × 480 webcam would frame it: head room above, face about a quarter of the
    height (× ``face_scale``), shifted by ``dx``, ``dy``; ``fill`` where the portrait does not reach."""
    upper = portrait[0:400]
    padded = cv2.copyMakeBorder(upper, 50, 0, 0, 0, cv2.BORDER_CONSTANT, value=(fill, fill, fill))
    scale = FRAME_SIZE[1] / padded.shape[0] * face_scale
    scaled = cv2.resize(padded, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    frame = np.full((FRAME_SIZE[1], FRAME_SIZE[0], 3), fill, np.uint8)
    h, w = scaled.shape[:2]
    x0 = (FRAME_SIZE[0] - w) // 2 + dx
    y0 = (FRAME_SIZE[1] - h) // 2 + dy if face_scale < 1 else dy
    # Paste what overlaps the frame.
    fx0, fy0 = max(0, x0), max(0, y0)
    fx1, fy1 = min(FRAME_SIZE[0], x0 + w), min(FRAME_SIZE[1], y0 + h)
    frame[fy0:fy1, fx0:fx1] = scaled[fy0 - y0 : fy1 - y0, fx0 - x0 : fx1 - x0]
    return frame


def fit_frame(image: Image, fill: int = 0) -> Image:
    """Any image letterboxed into a 640 × 480 frame."""
    scale = min(FRAME_SIZE[0] / image.shape[1], FRAME_SIZE[1] / image.shape[0])
    scaled = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    frame = np.full((FRAME_SIZE[1], FRAME_SIZE[0], 3), fill, np.uint8)
    h, w = scaled.shape[:2]
    y0, x0 = (FRAME_SIZE[1] - h) // 2, (FRAME_SIZE[0] - w) // 2
    frame[y0 : y0 + h, x0 : x0 + w] = scaled
    return frame


def write_video(path: Path, frames: Iterable[Image], fps: float = 30.0) -> Path:
    frames = list(frames)
    height, width = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    assert writer.isOpened()
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path


def truncate(path: Path, keep: float) -> Path:
    """Cut a file to ``keep`` of its bytes, as when a recording is interrupted."""
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def qr_frame(matrix_img: Image, *, at: tuple[int, int] | None = None, noise: int = 0, seed: int = 0) -> Image:
    """A grey-wall camera frame holding the code image ``matrix_img`` (centred unless ``at``)."""
    frame = np.full((FRAME_SIZE[1], FRAME_SIZE[0], 3), 200, np.uint8)
    h, w = matrix_img.shape[:2]
    x, y = at if at is not None else ((FRAME_SIZE[0] - w) // 2, (FRAME_SIZE[1] - h) // 2)
    frame[y : y + h, x : x + w] = cv2.cvtColor(matrix_img, cv2.COLOR_GRAY2BGR)
    if noise:
        rng = np.random.default_rng(seed)
        frame = np.clip(frame.astype(np.int16) + rng.integers(-noise, noise + 1, frame.shape), 0, 255).astype(
            np.uint8
        )
    return frame


# --- fixtures, imported by the conftest of tests/unit/capture and tests/qt/capture ------------------


@pytest.fixture(scope="session")
def images() -> Path:
    root = Path(__file__).resolve().parents[4] / "shared" / "realdata"
    if not (root / "images" / "astronaut.png").is_file():
        pytest.skip("../shared/realdata/images is not present")
    return root


@pytest.fixture(scope="session")
def astronaut(images: Path) -> Image:
    return load(images, "astronaut")


@pytest.fixture(scope="session")
def chelsea(images: Path) -> Image:
    return load(images, "chelsea")


@pytest.fixture(scope="session")
def good_frame(astronaut: Image) -> Image:
    """A 640 × 480 frame that passes every check."""
    return webcam_frame(on_white(astronaut))
