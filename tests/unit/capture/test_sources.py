"""Opening camera sources, and the reason given for each way one fails, on every platform."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import cv2
import pytest

from desktop.capture import sources
from tests.unit.capture import media


def test_parse_source() -> None:
    assert sources.parse_source(0) == 0
    assert sources.parse_source("2") == 2
    assert sources.parse_source("clip.avi") == Path("clip.avi")


@pytest.mark.parametrize(
    ("platform", "stage", "node", "mac", "reason"),
    [
        ("linux", "open", "missing", "unknown", sources.NO_CAMERA),
        ("linux", "open", "denied", "unknown", sources.PERMISSION_DENIED),
        ("linux", "open", "present", "unknown", sources.CAMERA_BUSY),
        ("linux", "first_read", "present", "unknown", sources.CAMERA_BUSY),
        ("linux", "after_frames", "present", "unknown", sources.DISCONNECTED),
        ("darwin", "open", "unknown", "denied", sources.PERMISSION_DENIED),
        ("darwin", "open", "unknown", "undetermined", sources.PERMISSION_DENIED),
        ("darwin", "open", "unknown", "granted", sources.NO_CAMERA),
        ("darwin", "first_read", "unknown", "granted", sources.CAMERA_BUSY),
        ("darwin", "after_frames", "unknown", "granted", sources.DISCONNECTED),
        ("win32", "open", "unknown", "unknown", sources.NO_CAMERA),
        ("win32", "first_read", "unknown", "unknown", sources.CAMERA_BUSY),
    ],
)
def test_device_failures(platform: str, stage: str, node: str, mac: str, reason: str) -> None:
    got, detail = sources.classify_device_failure(1, platform, stage, node, mac)
    assert got == reason and detail


def test_macos_without_pyobjc_blames_permission_for_the_built_in_camera() -> None:
    assert (
        sources.classify_device_failure(0, "darwin", "open", "unknown", "unknown")[0]
        == sources.PERMISSION_DENIED
    )
    assert sources.classify_device_failure(2, "darwin", "open", "unknown", "unknown")[0] == sources.NO_CAMERA


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /dev/video*")
def test_missing_device_is_no_camera() -> None:
    index = next(i for i in range(40, 64) if not os.path.exists(f"/dev/video{i}"))
    with pytest.raises(sources.SourceError) as failure:
        sources.open_source(index)
    assert failure.value.reason == sources.NO_CAMERA


def test_files(tmp_path: Path, astronaut: media.Image) -> None:
    with pytest.raises(sources.SourceError) as missing:
        sources.open_source(tmp_path / "nothing.avi")
    assert missing.value.reason == sources.FILE_MISSING
    for name, content in [
        ("noise.avi", os.urandom(4000)),
        ("empty.avi", b""),
        ("cut.png", b"\x89PNG\r\n\x1a\n"),
    ]:
        (tmp_path / name).write_bytes(content)
        with pytest.raises(sources.SourceError) as bad:
            sources.open_source(tmp_path / name)
        assert bad.value.reason == sources.BAD_FILE, name
    with pytest.raises(sources.SourceError) as folder:
        sources.open_source(tmp_path)
    assert folder.value.reason == sources.BAD_FILE

    still_path = tmp_path / "portrait.jpg"
    cv2.imwrite(str(still_path), astronaut)
    still = sources.open_source(still_path)
    assert still.kind == "still" and still.still is not None and still.still.shape == astronaut.shape

    video = media.write_video(tmp_path / "clip.avi", [media.fit_frame(astronaut)] * 12, fps=24)
    opened = sources.open_source(video)
    try:
        assert (opened.kind, opened.fps, opened.frame_count) == ("video", 24.0, 12)
    finally:
        opened.release()
    assert opened.capture is None


def test_ended_early() -> None:
    assert sources.ended_early(29, 60)
    assert not sources.ended_early(58, 60)  # a container's length is an estimate
    assert not sources.ended_early(10, None)
