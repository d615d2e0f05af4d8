"""Take an ID photo from a frame, and the ``check`` command that judges an image or video from the shell.

    python -m desktop.capture.photo check IMAGE_OR_VIDEO [--crop OUT.jpg] [--frames N] [--max-kb KB]

prints every guidance check with its verdict as JSON (UTF-8) and exits 0 only when the photo passes;
for a video (or a camera index) it judges the first ``N`` frames and reports the best one. ``--crop``
writes the 450 × 540 px, 300 dpi JPEG cut from that frame (when it has one face), within ``--max-kb``.

Exit codes: 0 passes; 1 does not pass; 2 unreadable input or bad arguments; 3 the photo could not be
written. No Qt here; ``take_photo`` may run on any thread.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop.capture import crop, sources
from desktop.capture.photo_rules import Guidance, PhotoGuide

__all__ = ["TakenPhoto", "main", "take_photo"]

Image = npt.NDArray[np.uint8]

EXIT_PASSED, EXIT_FAILED, EXIT_UNREADABLE, EXIT_UNWRITABLE = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class TakenPhoto:
    guidance: Guidance  # judged afresh on the frame as a still (a finer face box than the live one)
    photo: Image | None  # 450 × 540 BGR, or None when the frame has not exactly one face
    white_fill: float  # share of the photo filled with white where the frame did not reach


def take_photo(frame: Image, guide: PhotoGuide | None = None) -> TakenPhoto:
    """The photo cut from ``frame`` (e.g. the ``bgr`` of the frame on screen when the button was pressed).

    ``guide`` should be a still guide (``PhotoGuide(track=False)``) owned by the calling thread.
    """
    guidance = (guide or PhotoGuide(track=False)).analyse(frame)
    if guidance.face is None:
        return TakenPhoto(guidance, None, 0.0)
    rect = crop.crop_rect(guidance.face)
    fill = crop.outside_fraction(rect, frame.shape[1], frame.shape[0])
    return TakenPhoto(guidance, crop.crop_photo(frame, guidance.face), fill)


def _frames(source: sources.Source, count: int) -> list[Image]:
    opened = sources.open_source(source)
    try:
        if opened.still is not None:
            return [opened.still]
        frames: list[Image] = []
        while len(frames) < count:
            ok, frame = opened.capture.read()
            if not ok or frame is None:
                break
            frames.append(frame)
        if not frames:
            raise sources.SourceError(sources.BAD_FILE, "no frame could be decoded")
        return frames
    finally:
        opened.release()


def check(source: sources.Source, frames: int = 30) -> tuple[dict[str, Any], Image, Guidance]:
    """Judge up to ``frames`` frames of ``source``; the report of the best, that frame and its guidance."""
    guide = PhotoGuide(track=False)
    judged = [(guide.analyse(frame), i, frame) for i, frame in enumerate(_frames(source, frames))]
    best, index, frame = max(judged, key=lambda item: (item[0].passed, item[0].score, -item[1]))
    report: dict[str, Any] = {
        "source": str(source) if isinstance(source, int) else Path(source).name,
        "frames_checked": len(judged),
        "frame": index + 1,
        **best.as_dict(),
        "spec": {
            "width_px": crop.PHOTO_WIDTH_PX,
            "height_px": crop.PHOTO_HEIGHT_PX,
            "dpi": crop.PHOTO_DPI,
            "face_box_height": crop.FACE_BOX_HEIGHT,
            "face_box_top": crop.FACE_BOX_TOP,
        },
    }
    return report, frame, best


def _print_json(report: dict[str, Any]) -> None:
    # Bytes, not text: a Windows console's code page must not mangle (or refuse) the UTF-8.
    sys.stdout.buffer.write(json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
    sys.stdout.flush()


def _write_crop(
    report: dict[str, Any], frame: Image, guidance: Guidance, out: Path, max_kb: int
) -> int | None:
    """Cut and save the photo into ``report``; an exit code when that fails, else None."""
    if guidance.face is None:
        report["photo"] = None
        print("no photo written: the frame needs exactly one face", file=sys.stderr)
        return None
    rect = crop.crop_rect(guidance.face)
    try:
        quality = crop.save_jpeg(out, crop.crop_photo(frame, guidance.face), max_bytes=max_kb * 1024)
    except (OSError, crop.PhotoTooLarge) as exc:
        print(f"cannot write the photo to {out}: {exc}", file=sys.stderr)
        return EXIT_UNWRITABLE
    report["photo"] = {
        "path": str(out),
        "width_px": crop.PHOTO_WIDTH_PX,
        "height_px": crop.PHOTO_HEIGHT_PX,
        "bytes": out.stat().st_size,
        "jpeg_quality": quality,
        "white_fill": round(crop.outside_fraction(rect, frame.shape[1], frame.shape[0]), 4),
    }
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.capture.photo", description=__doc__.split("\n")[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("check", help="judge an image, a video or a camera as an ID photo")
    check_cmd.add_argument("source", help="an image or video file, or a camera index such as 0")
    check_cmd.add_argument("--crop", type=Path, metavar="OUT.jpg", help="write the ID photo here")
    check_cmd.add_argument("--frames", type=int, default=30, metavar="N", help="frames of a video to judge")
    check_cmd.add_argument("--max-kb", type=int, default=crop.MAX_JPEG_BYTES // 1024, help="JPEG size limit")
    args = parser.parse_args(argv)
    if args.frames < 1 or args.max_kb < 1:
        parser.error("--frames and --max-kb must be at least 1")
    try:
        report, frame, guidance = check(sources.parse_source(args.source), args.frames)
    except sources.SourceError as exc:
        print(f"cannot read {args.source}: {exc.reason}: {exc.detail}", file=sys.stderr)
        return EXIT_UNREADABLE
    status = None
    if args.crop is not None:
        status = _write_crop(report, frame, guidance, args.crop, args.max_kb)
    _print_json(report)
    if status is not None:
        return status
    return EXIT_PASSED if guidance.passed else EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
