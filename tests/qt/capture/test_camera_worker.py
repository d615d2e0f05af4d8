"""CameraWorker: copied frames, newest-only delivery, file pacing, stop/release and every failure reason."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.capture.photo_rules import PhotoGuide
from desktop.capture.scanner import QrScanner
from tests.qt.capture.conftest import QR_TEXT, Recorder
from tests.unit.capture import media

Start = Callable[..., tuple[Any, Recorder]]


def test_frames_are_copies(qtbot: QtBot, start_worker: Start, face_video: Path) -> None:
    worker, rec = start_worker(face_video)
    qtbot.waitUntil(lambda: len(rec.frames) >= 3, timeout=5000)
    first, second = rec.frames[0], rec.frames[1]
    assert first.image.format() == QImage.Format.Format_RGB32
    assert (first.image.width(), first.image.height()) == (640, 480) and first.bgr.shape == (480, 640, 3)
    assert second.index > first.index
    assert not np.shares_memory(first.bgr, second.bgr)
    before = second.bgr.copy()
    pixel = first.image.pixel(320, 20)
    first.bgr[:] = 0  # a consumer scribbling on its frame…
    assert np.array_equal(second.bgr, before)  # …changes no other frame
    assert first.image.pixel(320, 20) == pixel  # nor the picture on screen
    seen = len(rec.frames)
    qtbot.waitUntil(lambda: len(rec.frames) > seen, timeout=5000)
    assert rec.frames[-1].bgr.mean() > 150  # the next frame is whole: a white wall and her
    assert worker.kind == "video" and worker.fps == 30.0


def test_guidance_on_a_face_and_on_a_cat(
    qtbot: QtBot, start_worker: Start, face_video: Path, cat_video: Path
) -> None:
    _, face = start_worker(face_video, analyser=PhotoGuide().analyse)
    _, cat = start_worker(cat_video, analyser=PhotoGuide().analyse)
    qtbot.waitUntil(lambda: len(face.frames) >= 6 and len(cat.frames) >= 6, timeout=8000)
    assert all(f.analysis.by_code["face_count"].value == 1 for f in face.frames)
    assert sum(f.analysis.passed for f in face.frames) >= len(face.frames) // 2
    assert all(f.analysis.face is None and f.analysis.instruction == "face_camera" for f in cat.frames)


def test_stop_releases_at_once(qtbot: QtBot, start_worker: Start, face_video: Path) -> None:
    worker, rec = start_worker(face_video)
    qtbot.waitUntil(lambda: len(rec.frames) >= 1, timeout=5000)
    assert worker.is_open
    started = time.monotonic()
    assert worker.stop()
    assert time.monotonic() - started < 1.0
    assert not worker.is_open and not worker.isRunning()
    qtbot.waitUntil(lambda: rec.stopped == 1, timeout=2000)
    count = len(rec.frames)
    qtbot.wait(150)
    assert len(rec.frames) == count and rec.failures == []  # nothing after stop, and no error


def test_a_busy_window_gets_the_newest_frame_not_a_queue(
    qtbot: QtBot, start_worker: Start, face_video: Path
) -> None:
    worker, rec = start_worker(face_video)
    qtbot.waitUntil(lambda: len(rec.frames) >= 1, timeout=5000)
    read_before, delivered_before = worker.frames_read, len(rec.frames)
    time.sleep(0.5)  # the GUI thread is stuck: no events processed for half a second
    QApplication.processEvents()
    QApplication.processEvents()
    assert worker.frames_read - read_before >= 8  # the camera kept going at its pace
    assert len(rec.frames) - delivered_before <= 2  # the window got the newest, not a backlog
    assert worker.frames_dropped >= 6
    assert rec.frames[-1].index >= worker.frames_read - 2


def test_paced_to_the_file_frame_rate(qtbot: QtBot, start_worker: Start, face_video: Path) -> None:
    worker, rec = start_worker(face_video)
    qtbot.waitUntil(lambda: len(rec.frames) >= 1, timeout=5000)
    read, started = worker.frames_read, time.monotonic()
    qtbot.wait(700)
    rate = (worker.frames_read - read) / (time.monotonic() - started)
    assert 20 <= rate <= 36  # 30 fps, give or take a busy machine; never as fast as it can decode


def test_a_video_that_ends_without_loop(qtbot: QtBot, start_worker: Start, cat_video: Path) -> None:
    worker, rec = start_worker(cat_video, loop=False)
    qtbot.waitUntil(lambda: rec.stopped == 1, timeout=5000)
    assert rec.failures == [] and worker.frames_read == 15 and not worker.is_open


def test_a_video_cut_short_is_like_unplugging(
    qtbot: QtBot, start_worker: Start, face_video: Path, tmp_path: Path
) -> None:
    cut = media.truncate(Path(shutil.copy(face_video, tmp_path / "cut.avi")), 0.5)
    worker, rec = start_worker(cut)
    qtbot.waitUntil(lambda: rec.stopped == 1, timeout=5000)
    assert 0 < worker.frames_read < 30 and len(rec.frames) > 0
    assert [reason for reason, _ in rec.failures] == ["disconnected"]


def test_a_still_image_is_shown_still(qtbot: QtBot, start_worker: Start, images: Path) -> None:
    worker, rec = start_worker(images / "images" / "chelsea.png")
    qtbot.waitUntil(lambda: len(rec.frames) >= 2, timeout=5000)
    assert worker.kind == "still"
    assert np.array_equal(rec.frames[0].bgr, rec.frames[1].bgr)
    assert rec.frames[0].bgr.shape == (300, 451, 3)


@pytest.mark.parametrize(
    ("source", "reason"),
    [("missing", "file_missing"), ("corrupt", "bad_file"), ("device", "no_camera")],
)
def test_failures_say_why(
    qtbot: QtBot, start_worker: Start, tmp_path: Path, source: str, reason: str
) -> None:
    if source == "device":
        if not sys.platform.startswith("linux"):
            pytest.skip("knows there is no camera from /dev/video*")
        target: object = next(i for i in range(40, 64) if not Path(f"/dev/video{i}").exists())
    elif source == "corrupt":
        target = tmp_path / "corrupt.avi"
        (tmp_path / "corrupt.avi").write_bytes(b"RIFF\x00\x10\x00\x00AVI LIST" + bytes(range(256)) * 8)
    else:
        target = tmp_path / "nowhere.avi"
    worker, rec = start_worker(target)
    qtbot.waitUntil(lambda: rec.stopped == 1, timeout=5000)
    assert [r for r, _ in rec.failures] == [reason] and rec.frames == []
    assert not worker.is_open


def test_the_scanner_reports_once(qtbot: QtBot, start_worker: Start, qr_video: Path) -> None:
    scanner = QrScanner(every=3, agree=3)
    worker, rec = start_worker(qr_video, scanner=scanner)
    qtbot.waitUntil(lambda: rec.scanned == [QR_TEXT], timeout=5000)
    first = worker.frames_read
    qtbot.waitUntil(lambda: worker.frames_read > first + 40, timeout=5000)  # the clip loops: more codes
    assert rec.scanned == [QR_TEXT]
    scanner.reset()  # the page asks for the next code
    qtbot.waitUntil(lambda: len(rec.scanned) == 2, timeout=5000)
    assert rec.scanned == [QR_TEXT, QR_TEXT]


def test_frames_cost_no_reference_to_true(qtbot: QtBot, start_worker: Start, face_video: Path) -> None:
    # PySide6 6.12.0 on Python 3.11 takes a reference from True on every emit; the worker gives it back.
    before = sys.getrefcount(True)
    worker, rec = start_worker(face_video)
    qtbot.waitUntil(lambda: len(rec.frames) >= 20, timeout=5000)
    assert worker.stop()
    assert sys.getrefcount(True) - before > -10
