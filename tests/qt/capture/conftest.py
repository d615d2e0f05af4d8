"""Camera sources for the Qt tests: short MJPG videos made once per session from the real images."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QObject, Slot

from desktop.capture import qr
from desktop.capture.camera import CameraWorker, CapturedFrame
from tests.unit.capture import media
from tests.unit.capture.media import astronaut, chelsea, good_frame, images

__all__ = ["astronaut", "chelsea", "good_frame", "images"]

QR_TEXT = "澳門一戶通 · 科目簽到 course=PY-101 session=3"


class Recorder(QObject):
    """Everything a worker says, received the way the app must: by @Slot methods on the GUI thread."""

    def __init__(self, worker: CameraWorker) -> None:
        super().__init__()
        self.frames: list[CapturedFrame] = []
        self.failures: list[tuple[str, str]] = []
        self.stopped = 0
        self.scanned: list[str] = []
        worker.frame_captured.connect(self.on_frame)
        worker.camera_failed.connect(self.on_failed)
        worker.camera_stopped.connect(self.on_stopped)
        worker.qr_scanned.connect(self.on_scanned)

    @Slot(object)
    def on_frame(self, frame: CapturedFrame) -> None:
        self.frames.append(frame)

    @Slot(str, str)
    def on_failed(self, reason: str, detail: str) -> None:
        self.failures.append((reason, detail))

    @Slot()
    def on_stopped(self) -> None:
        self.stopped += 1

    @Slot(str)
    def on_scanned(self, text: str) -> None:
        self.scanned.append(text)


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("camera-media")


@pytest.fixture(scope="session")
def face_video(media_dir: Path, good_frame: media.Image) -> Path:
    """One second of a person swaying a little in front of a white wall, 30 fps."""
    frames = [np.roll(good_frame, int(12 * np.sin(i / 5)), axis=1) for i in range(30)]
    return media.write_video(media_dir / "face.avi", frames)


@pytest.fixture(scope="session")
def cat_video(media_dir: Path, chelsea: media.Image) -> Path:
    return media.write_video(media_dir / "cat.avi", [media.fit_frame(chelsea)] * 15)


@pytest.fixture(scope="session")
def qr_video(media_dir: Path) -> Path:
    """A code held up to the camera for most of the clip, with empty frames before and after."""
    code = qr.matrix_image(qr.encode_matrix(QR_TEXT), module_px=5)
    blank = media.qr_frame(np.full((8, 8), 200, np.uint8))
    frames = [blank] * 4 + [media.qr_frame(code, noise=5, seed=i) for i in range(22)] + [blank] * 4
    return media.write_video(media_dir / "qr.avi", frames)


@pytest.fixture
def start_worker() -> Iterator[object]:
    """Start workers and make sure every one is stopped at the end of the test."""
    started: list[CameraWorker] = []

    def start(source: object, **options: object) -> tuple[CameraWorker, Recorder]:
        worker = CameraWorker(source, **options)  # type: ignore[arg-type]
        recorder = Recorder(worker)
        started.append(worker)
        worker.start()
        return worker, recorder

    yield start
    for worker in started:
        assert worker.stop(5000)
