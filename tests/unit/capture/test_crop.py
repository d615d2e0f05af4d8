"""Crop geometry (5:6 exactly, the face where documented, white fill) and the JPEG size limit."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from desktop.capture import crop
from desktop.capture.photo import take_photo
from desktop.capture.photo_rules import PhotoGuide
from tests.unit.capture import media


@pytest.mark.parametrize("face", [(0, 0, 20, 20), (100, 80, 117, 117), (5, 3, 301, 299), (-40, -10, 64, 64)])
def test_crop_rect_is_five_by_six_around_the_face(face: crop.Box) -> None:
    rect = crop.crop_rect(face)
    assert rect.width * 6 == rect.height * 5
    x, y, w, h = face
    assert abs(h / rect.height - crop.FACE_BOX_HEIGHT) < 0.03
    assert abs((y - rect.y) / rect.height - crop.FACE_BOX_TOP) < 0.03
    assert abs((x + w / 2) - (rect.x + rect.width / 2)) <= 1


def test_the_photo_has_the_face_where_documented(good_frame: media.Image) -> None:
    taken = take_photo(good_frame)
    assert taken.guidance.passed and taken.photo is not None
    assert taken.photo.shape == (crop.PHOTO_HEIGHT_PX, crop.PHOTO_WIDTH_PX, 3)
    assert crop.PHOTO_WIDTH_PX * 6 == crop.PHOTO_HEIGHT_PX * 5
    assert taken.white_fill == 0.0
    # Find the face again in the photo: 44 % of the height, its top at 31 %, centred.
    again = PhotoGuide(track=False).analyse(taken.photo).face
    assert again is not None
    x, y, w, h = again
    assert abs(h / crop.PHOTO_HEIGHT_PX - crop.FACE_BOX_HEIGHT) < 0.05
    assert abs(y / crop.PHOTO_HEIGHT_PX - crop.FACE_BOX_TOP) < 0.04
    assert abs((x + w / 2) / crop.PHOTO_WIDTH_PX - 0.5) < 0.04


def test_white_where_the_frame_does_not_reach() -> None:
    frame = np.full((480, 640, 3), 90, np.uint8)  # a dark frame, so the fill is plain to see
    face = (10, 20, 150, 150)  # near the top-left corner: the crop reaches past two edges
    rect = crop.crop_rect(face)
    assert rect.x < 0 and rect.y < 0
    photo = crop.crop_photo(frame, face)
    scale = crop.PHOTO_HEIGHT_PX / rect.height
    left, top = int(-rect.x * scale), int(-rect.y * scale)
    assert (photo[:, : left - 2] == 255).all() and (photo[: top - 2, :] == 255).all()
    assert (photo[top + 5 :, left + 5 :] == 90).all()  # past the interpolation's reach
    fill = crop.outside_fraction(rect, 640, 480)
    white_share = float((photo == 255).all(axis=2).mean())
    assert abs(white_share - fill) < 0.02
    with pytest.raises(ValueError):
        crop.crop_photo(frame, (2000, 2000, 50, 50))


def test_jpeg_fits_the_limit_and_says_300_dpi(good_frame: media.Image, tmp_path: Path) -> None:
    photo = take_photo(good_frame).photo
    assert photo is not None
    data, quality = crop.encode_jpeg(photo)
    assert len(data) <= crop.MAX_JPEG_BYTES and quality == 92
    assert data[13:18] == b"\x01\x01\x2c\x01\x2c"  # JFIF density in dots per inch: 300 × 300
    out = tmp_path / "photo.jpg"
    assert crop.save_jpeg(out, photo) == quality
    back = cv2.imread(str(out))
    assert back is not None and back.shape == photo.shape
    assert [p.name for p in tmp_path.iterdir()] == ["photo.jpg"]  # no temporary file left


def test_quality_goes_down_until_it_fits() -> None:
    noise = np.random.default_rng(7).integers(0, 256, (540, 450, 3), dtype=np.uint8)
    big, best = crop.encode_jpeg(noise, max_bytes=10**7)
    data, quality = crop.encode_jpeg(noise, max_bytes=len(big) * 2 // 3)
    assert quality < best and len(data) <= len(big) * 2 // 3
    with pytest.raises(crop.PhotoTooLarge):
        crop.encode_jpeg(noise, max_bytes=5_000)
