"""Camera: per-frame cost of the ID-photo guidance, and the preview rate the camera thread sustains.

A 640 × 480, 30 fps MJPG video is made from astronaut.png (she sways, leans in and out, and the light
varies). Three figures, each beside its floor from the same run:

- guidance: ``PhotoGuide.analyse`` on every frame of the video, as the camera thread runs it (face
  tracked between full searches); median and 95th percentile per frame. Floor: decoding and converting
  the same frames with raw OpenCV (``VideoCapture.read`` + ``cvtColor`` to grey), per frame.
- preview: frames a second that reach a shown ``CameraPreview`` through ``CameraWorker`` (guidance
  on, Qt signals, offscreen), reading the 30 fps file paced to its own rate. Floor: the source's 30 fps.

    python -m bench.camera [--frames 150] [--seconds 4]

Last line: ``median_ms=… p95_ms=… floor_median_ms=… preview_fps=… source_fps=… ratio=…``
(ratio: guidance median ÷ floor median).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.capture.photo_rules import PhotoGuide  # noqa: E402

SOURCE = ROOT.parent / "shared" / "realdata" / "images" / "astronaut.png"
FPS = 30.0


def make_video(path: Path, frames: int) -> Path:
    portrait = cv2.imread(str(SOURCE))
    if portrait is None:
        raise SystemExit(f"cannot read {SOURCE}")
    upper = cv2.copyMakeBorder(portrait[0:400], 50, 0, 0, 0, cv2.BORDER_REPLICATE)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), FPS, (640, 480))
    for i in range(frames):
        scale = 480 / upper.shape[0] * (1.0 + 0.05 * np.sin(i / 23))  # leaning in and out
        turn = cv2.getRotationMatrix2D((upper.shape[1] / 2, upper.shape[0] / 2), 0, scale)
        turn[0, 2] += (640 - upper.shape[1]) / 2 + 25 * np.sin(i / 11)  # swaying
        turn[1, 2] += 6 * np.sin(i / 7)
        frame = cv2.warpAffine(upper, turn, (640, 480), borderMode=cv2.BORDER_REPLICATE)
        frame = cv2.convertScaleAbs(frame, alpha=1.0 + 0.12 * np.sin(i / 17), beta=0)  # light changing
        writer.write(frame)
    writer.release()
    return path


def read_all(path: Path) -> list[np.ndarray]:
    capture = cv2.VideoCapture(str(path))
    frames = []
    while True:
        ok, frame = capture.read()
        if not ok:
            break
        frames.append(frame)
    capture.release()
    return frames


def guidance_times(frames: list[np.ndarray]) -> tuple[list[float], int]:
    guide = PhotoGuide()
    for frame in frames[:10]:  # cascades loaded, buffers made
        guide.analyse(frame)
    guide.reset()
    times, faces = [], 0
    for frame in frames:
        started = time.perf_counter()
        guidance = guide.analyse(frame)
        times.append(time.perf_counter() - started)
        faces += guidance.face is not None
    return times, faces


def floor_times(path: Path) -> list[float]:
    capture = cv2.VideoCapture(str(path))
    times = []
    while True:
        started = time.perf_counter()
        ok, frame = capture.read()
        if not ok:
            break
        cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        times.append(time.perf_counter() - started)
    capture.release()
    return times


def preview_rate(path: Path, seconds: float) -> tuple[float, float, int, int]:
    """Frames a second shown by a CameraPreview fed by a CameraWorker with guidance on."""
    from PySide6.QtCore import QObject, QRectF, Slot
    from PySide6.QtWidgets import QApplication

    from desktop.capture.camera import CameraWorker, CapturedFrame
    from desktop.views.camera_view import CameraPreview

    app = QApplication.instance() or QApplication([])

    class Page(QObject):
        def __init__(self, preview: CameraPreview) -> None:
            super().__init__()
            self.preview = preview
            self.count = 0
            self.first = 0.0

        @Slot(object)
        def on_frame(self, frame: CapturedFrame) -> None:
            if not self.count:
                self.first = time.monotonic()
            self.count += 1
            guidance = frame.analysis
            self.preview.set_frame(frame.image)
            self.preview.set_face(QRectF(*guidance.face) if guidance.face else None, guidance.passed)
            self.preview.set_instruction(guidance.instruction)

    preview = CameraPreview()
    preview.resize(640, 480)
    preview.show()
    page = Page(preview)
    worker = CameraWorker(path, analyser=PhotoGuide().analyse, loop=True)
    worker.frame_captured.connect(page.on_frame)
    worker.start()
    deadline = time.monotonic() + seconds + 5
    while time.monotonic() < deadline and (page.count == 0 or time.monotonic() - page.first < seconds):
        app.processEvents()
        time.sleep(0.002)
    elapsed = time.monotonic() - page.first
    shown, read = page.count, worker.frames_read
    worker.stop()
    app.processEvents()
    return (shown - 1) / elapsed, read / (elapsed + 1 / FPS), worker.frames_dropped, preview.frames_shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--frames", type=int, default=150, help="frames in the test video")
    parser.add_argument("--seconds", type=float, default=4.0, help="how long to watch the preview")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="oneaccount-bench-camera-") as tmp:
        video = make_video(Path(tmp) / "astronaut.avi", args.frames)
        frames = read_all(video)
        floor = floor_times(video)
        times, faces = guidance_times(frames)
        fps, read_fps, dropped, painted = preview_rate(video, args.seconds)
    median, p95 = statistics.median(times) * 1000, float(np.percentile(times, 95)) * 1000
    floor_median = statistics.median(floor) * 1000
    print(f"video: {len(frames)} frames of 640x480 at {FPS:.0f} fps, face found in {faces}")
    print(f"guidance per frame (ms): median {median:.2f}, p95 {p95:.2f}, max {max(times) * 1000:.2f}")
    print(f"floor, read + grey (ms): median {floor_median:.2f}, p95 {np.percentile(floor, 95) * 1000:.2f}")
    print(
        f"preview: {fps:.1f} fps shown, camera read {read_fps:.1f} fps, {dropped} dropped, {painted} painted"
    )
    print(
        f"median_ms={median:.2f} p95_ms={p95:.2f} floor_median_ms={floor_median:.2f} "
        f"preview_fps={fps:.1f} source_fps={FPS:.0f} ratio={median / floor_median:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
