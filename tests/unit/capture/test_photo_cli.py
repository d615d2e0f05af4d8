"""``python -m desktop.capture.photo check``: JSON verdicts, the best frame of a video, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cv2
import pytest

from desktop.capture import crop
from desktop.capture.photo import main
from desktop.capture.photo_rules import CHECK_ORDER
from tests.unit.capture import media

ROOT = Path(__file__).resolve().parents[3]


def run(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> tuple[int, dict | None, str]:  # type: ignore[type-arg]
    code = main(["check", *args])
    out, err = capsysbinary.readouterr()
    return code, (json.loads(out.decode("utf-8")) if out else None), err.decode("utf-8")


def test_astronaut_fails_on_her_backdrop_only(
    images: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code, report, _ = run(capsysbinary, str(images / "images" / "astronaut.png"))
    assert code == 1 and report is not None
    assert [c["code"] for c in report["checks"]] == list(CHECK_ORDER)
    assert [c["code"] for c in report["checks"] if c["verdict"] != "pass"] == ["background_light"]
    assert report["instruction"] == "light_background"


def test_a_passing_photo_and_its_crop(
    tmp_path: Path, good_frame: media.Image, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    source = tmp_path / "good.png"
    cv2.imwrite(str(source), good_frame)
    out = tmp_path / "id-photo.jpg"
    code, report, _ = run(capsysbinary, str(source), "--crop", str(out))
    assert code == 0 and report is not None and report["passed"]
    photo = cv2.imread(str(out))
    assert photo is not None and photo.shape == (crop.PHOTO_HEIGHT_PX, crop.PHOTO_WIDTH_PX, 3)
    assert report["photo"]["bytes"] == out.stat().st_size <= 240 * 1024
    code, _, err = run(capsysbinary, str(source), "--crop", str(out), "--max-kb", "2")
    assert code == 3 and "cannot write the photo" in err


def test_the_best_frame_of_a_video(
    tmp_path: Path, good_frame: media.Image, chelsea: media.Image, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    cat = media.fit_frame(chelsea)
    blurred = cv2.GaussianBlur(good_frame, (0, 0), 3)
    video = media.write_video(tmp_path / "clip.avi", [cat, cat, blurred, good_frame, good_frame, cat])
    code, report, _ = run(capsysbinary, str(video), "--frames", "5")
    assert code == 0 and report is not None
    assert (report["frames_checked"], report["frame"]) == (5, 4)
    code, report, _ = run(capsysbinary, str(video), "--frames", "3")
    assert code == 1 and report is not None and report["instruction"] == "hold_still"


def test_no_face_and_unreadable_input(
    tmp_path: Path, images: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code, report, err = run(
        capsysbinary, str(images / "images" / "chelsea.png"), "--crop", str(tmp_path / "x.jpg")
    )
    assert code == 1 and report is not None and report["instruction"] == "face_camera"
    assert not (tmp_path / "x.jpg").exists() and "exactly one face" in err
    code, report, err = run(capsysbinary, str(tmp_path / "missing.png"))
    assert (code, report) == (2, None) and "file_missing" in err
    (tmp_path / "broken.avi").write_bytes(b"RIFF....AVI junk")
    code, report, err = run(capsysbinary, str(tmp_path / "broken.avi"))
    assert (code, report) == (2, None) and "bad_file" in err


def test_as_a_command_in_utf8(images: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop.capture.photo", "check", str(images / "images" / "chelsea.png")],
        cwd=ROOT,
        capture_output=True,
        env={"PATH": "", "PYTHONIOENCODING": "ascii", "SYSTEMROOT": ""},
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout.decode("utf-8"))
    assert report["source"] == "chelsea.png" and not report["passed"]
