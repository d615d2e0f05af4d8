"""My photos on a real AppContext and a real cache (no server): live guidance over the real portrait and
over the cat, the camera released when the page is hidden, a missing source said in words with a way
to retry, and a capture cropped to 450 × 540, saved in the account's folder and listed as saved."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.capture import crop
from desktop.config import AppConfig
from desktop.context import AppContext
from desktop.store import open_store
from desktop.viewmodels.photos import Captured, PhotoLibrary, add_months
from desktop.views.pages.photos import PhotosPage
from tests.qt.screenshots import chinese_look, save_shot
from tests.unit.capture import media
from tests.unit.capture.media import astronaut, chelsea, good_frame, images

__all__ = ["astronaut", "chelsea", "good_frame", "images"]


@pytest.fixture(scope="module")
def videos(
    tmp_path_factory: pytest.TempPathFactory, good_frame: media.Image, chelsea: media.Image
) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("photo-videos")
    swaying = [np.roll(good_frame, int(10 * np.sin(i / 5)), axis=1) for i in range(20)]
    return {
        "face": media.write_video(folder / "face.avi", swaying),
        "cat": media.write_video(folder / "cat.avi", [media.fit_frame(chelsea)] * 10),
    }


@pytest.fixture
def ctx(qapp: QApplication, tmp_path: Path) -> Iterator[AppContext]:
    config = AppConfig(server_url="http://127.0.0.1:9", data_dir=tmp_path / "data")
    ctx = AppContext(config)
    ctx.account_key = "acct-photos"
    cache = ctx.profile.cache_path(ctx.account_key)
    ctx.db.reopen(lambda: open_store(cache)).result(timeout=10)
    yield ctx
    ctx.shutdown()


def make_page(qtbot: QtBot, ctx: AppContext, source: Any) -> PhotosPage:
    page = PhotosPage(ctx, camera_source=source)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    return page


def released(page: PhotosPage) -> bool:
    """No camera thread left: none running, and every one stopped has ended (and released its capture)."""
    return page.camera.worker is None and not page.camera._retiring


def test_guidance_on_a_face_then_capture_is_saved(
    qtbot: QtBot, ctx: AppContext, videos: dict[str, Path]
) -> None:
    page = make_page(qtbot, ctx, videos["face"])
    qtbot.waitUntil(page.take_button.isEnabled, timeout=10_000)
    preview = page.camera.preview
    assert preview.accessibleDescription() == "All checks pass: take the photo"
    assert preview._face is not None and preview._face_ok and preview._guide is not None
    page.take_button.click()
    qtbot.waitUntil(lambda: page.captured is not None, timeout=10_000)
    captured = page.captured
    assert captured is not None and captured.jpeg is not None and captured.failing == ()
    photo = cv2.imdecode(np.frombuffer(captured.jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert photo.shape == (crop.PHOTO_HEIGHT_PX, crop.PHOTO_WIDTH_PX, 3)
    assert len(captured.jpeg) <= crop.MAX_JPEG_BYTES
    assert photo[:8].mean() > 230  # white above the head
    qtbot.waitUntil(lambda: released(page), timeout=5000)  # the result hides the camera: released
    assert page.verdict.text() == "Every check passed."
    page.use_button.click()
    qtbot.waitUntil(lambda: len(page.model.items) == 1, timeout=10_000)
    item = page.model.items[0]
    assert item.status == "saved" and item.op is None and item.path is not None
    assert item.path.read_bytes() == captured.jpeg
    assert item.path.parent == ctx.profile.account_dir("acct-photos") / "photos"
    record = PhotoLibrary(item.path.parent).records()[0]
    assert record.size == len(captured.jpeg) and record.purpose == "id_document"
    text = page.list.item(0).text()
    assert "Saved on this computer" in text and "Valid until" in text
    qtbot.waitUntil(lambda: page.camera.running, timeout=5000)  # back to the camera for the next one


def test_no_face_guidance_and_take_anyway_names_the_checks(
    qtbot: QtBot, ctx: AppContext, videos: dict[str, Path]
) -> None:
    page = make_page(qtbot, ctx, videos["cat"])
    qtbot.waitUntil(lambda: page.camera.preview.accessibleDescription() == "Face the camera", timeout=10_000)
    assert not page.take_button.isEnabled() and page.take_anyway_button.isEnabled()
    page.take_anyway_button.click()
    qtbot.waitUntil(lambda: page.captured is not None, timeout=10_000)
    assert page.captured is not None and page.captured.jpeg is None
    assert page.verdict.text() == "No photo: exactly one face must be in the picture."
    assert not page.use_button.isEnabled()
    page.again_button.click()
    qtbot.waitUntil(lambda: page.camera.running, timeout=5000)


def test_failing_checks_are_named(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, astronaut: media.Image
) -> None:
    video = media.write_video(tmp_path / "grey.avi", [media.webcam_frame(astronaut, fill=185)] * 10)
    page = make_page(qtbot, ctx, video)
    qtbot.waitUntil(
        lambda: page.camera.preview.accessibleDescription() == "Stand in front of a plain white wall",
        timeout=10_000,
    )
    assert not page.take_button.isEnabled()
    page.take_anyway_button.click()
    qtbot.waitUntil(lambda: page.captured is not None, timeout=10_000)
    assert page.captured is not None and "background_light" in page.captured.failing
    assert "White background" in page.verdict.text() and page.use_button.isEnabled()


def test_the_camera_is_released_when_the_page_hides(
    qtbot: QtBot, ctx: AppContext, videos: dict[str, Path]
) -> None:
    page = make_page(qtbot, ctx, videos["face"])
    qtbot.waitUntil(lambda: page.camera.preview.frames_shown > 2, timeout=10_000)
    worker = page.camera.worker
    assert worker is not None and worker.is_open
    with qtbot.waitSignal(worker.camera_stopped, timeout=5000):  # emitted once the capture is released
        page.hide()
    qtbot.waitUntil(lambda: released(page), timeout=5000)
    page.show()
    qtbot.waitUntil(lambda: page.camera.running and page.camera.worker is not worker, timeout=5000)
    qtbot.waitUntil(lambda: page.camera.preview.image is not None, timeout=10_000)


def test_a_missing_source_says_so_and_can_be_retried(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, videos: dict[str, Path]
) -> None:
    missing = tmp_path / "camera.avi"
    page = make_page(qtbot, ctx, missing)
    qtbot.waitUntil(lambda: page.camera.failure == "file_missing", timeout=10_000)
    assert "not there any more" in page.camera.message
    assert page.camera.preview.accessibleDescription() == page.camera.message
    assert page.camera.retry_button.isVisible() and not page.take_button.isEnabled()
    assert released(page)
    shutil.copy(videos["face"], missing)  # the resident plugs it in (here: the file comes back)
    page.camera.retry_button.click()
    qtbot.waitUntil(lambda: page.camera.preview.image is not None, timeout=10_000)
    assert page.camera.message == "" and page.camera.failure is None


def test_a_device_that_is_not_there(qtbot: QtBot, ctx: AppContext) -> None:
    page = make_page(qtbot, ctx, 7)  # no /dev/video7 here
    qtbot.waitUntil(lambda: page.camera.failure is not None, timeout=10_000)
    assert page.camera.failure in ("no_camera", "permission_denied", "camera_busy")
    assert page.camera.message and page.isVisible()
    combo = page.camera.source
    assert combo.currentData() == 3 or combo.count() >= 5  # a choice of other cameras and of a file


def test_validity_counts_twelve_months() -> None:
    taken = datetime(2024, 2, 29, 9, tzinfo=UTC)
    assert add_months(taken, 12) == datetime(2025, 2, 28, 9, tzinfo=UTC)
    assert add_months(datetime(2025, 11, 30, tzinfo=UTC), 3) == datetime(2026, 2, 28, tzinfo=UTC)


def test_every_control_has_an_accessible_name(qtbot: QtBot, ctx: AppContext, videos: dict[str, Path]) -> None:
    page = make_page(qtbot, ctx, videos["face"])
    page.views.setCurrentIndex(1)
    page.views.setCurrentIndex(0)
    controls = (
        page.findChildren(QAbstractButton) + page.findChildren(QComboBox) + page.findChildren(QListWidget)
    )
    unnamed = [
        w.objectName() or type(w).__name__
        for w in controls
        if isinstance(w, QWidget) and not w.accessibleName()
    ]
    assert unnamed == []


@pytest.fixture
def chinese(qapp: QApplication, ctx: AppContext) -> Iterator[None]:
    with chinese_look(qapp, ctx):
        yield


def test_screenshot_guidance_on_the_astronaut(
    qtbot: QtBot, ctx: AppContext, chinese: None, tmp_path: Path, astronaut: media.Image
) -> None:
    """docs/screenshots/photo-guidance-zh-Hant.png (written there with ONEACCOUNT_DOCSHOTS=1)."""
    # Her light-grey studio backdrop continued to the frame's edges: not the white DSI asks for.
    studio = media.write_video(tmp_path / "studio.avi", [media.webcam_frame(astronaut, fill=185)] * 10)
    page = make_page(qtbot, ctx, studio)
    page.resize(1280, 760)
    qtbot.waitUntil(lambda: page.take_anyway_button.isEnabled(), timeout=10_000)
    page.take_anyway_button.click()  # one photo in the list, taken anyway
    qtbot.waitUntil(lambda: page.captured is not None, timeout=10_000)
    page.use_button.click()
    qtbot.waitUntil(lambda: len(page.model.items) == 1, timeout=10_000)
    preview = page.camera.preview
    qtbot.waitUntil(lambda: preview.accessibleDescription() == "請站在純白色的牆前", timeout=10_000)
    assert page.heading.text() == "我的照片" and page.take_button.text() == "拍照"
    assert "已保存在本電腦" in page.list.item(0).text()
    qtbot.wait(300)
    out = save_shot(page, "photo-guidance-zh-Hant", tmp_path)
    shot = cv2.imread(str(out))
    assert shot.shape[:2] == (760, 1280)


def test_the_list_says_what_the_server_decided(
    qtbot: QtBot, ctx: AppContext, videos: dict[str, Path]
) -> None:
    """A photo refused as too old (its cached ``photo`` row), one accepted from another computer."""
    library = PhotoLibrary(ctx.profile.account_dir("acct-photos") / "photos")
    old = datetime.now(UTC).replace(microsecond=0) - timedelta(days=400)
    jpeg = crop.encode_jpeg(np.full((540, 450, 3), 255, np.uint8))[0]
    record = library.save(Captured(jpeg, 92, (), 0.0, old), "id_document")
    rows = [
        {"id": "ph-up-1", "upload_id": "up-1", "sha256": record.sha256, "purpose": "id_document",
         "taken_at": old.isoformat(), "status": "rejected", "reason": "photo-too-old", "valid_until": None},
        {"id": "ph-up-2", "upload_id": "up-2", "sha256": "ab" * 32, "purpose": "id_document",
         "taken_at": "2026-10-01T10:00:00+08:00", "status": "accepted", "reason": None,
         "valid_until": "2027-10-01T10:00:00+08:00"},
    ]  # fmt: skip
    changes = [{"entity": "photo", "id": r["id"], "op": "put", "row": r, "version": 1} for r in rows]
    ctx.db.submit(lambda store: store.apply_changes(changes, "c1")).result(timeout=10)
    page = make_page(qtbot, ctx, videos["face"])
    qtbot.waitUntil(lambda: len(page.model.items) == 2, timeout=10_000)
    by_status = {item.status: item for item in page.model.items}
    assert set(by_status) == {"refused", "accepted"}
    assert by_status["refused"].refusal == "photo-too-old" and by_status["refused"].path is not None
    assert by_status["accepted"].path is None  # sent from another computer: only the server has it
    texts = [page.list.item(i).text() for i in range(page.list.count())]
    assert texts[0].splitlines()[1:] == ["Accepted", "Valid until 2027-10-01"]
    assert texts[1].splitlines()[1:] == [
        "Refused. The photo is more than 12 months old.",
        "Older than 12 months: take a new photo",
    ]
