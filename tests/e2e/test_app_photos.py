"""My photos end to end with the real server: a photo taken under guidance is saved on this computer,
uploaded through the resumable uploader, submitted once with ``submit_photo`` and accepted; the pull
brings the server's ``photo`` row and the list says it is accepted and until when it is valid."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.config import AppConfig
from desktop.domain.operation import OpState
from desktop.views.pages.photos import PhotosPage
from tests.support.app import running_app, wait_status, wait_synced
from tests.support.server import running_server
from tests.unit.capture import media
from tests.unit.capture.media import astronaut, good_frame, images

__all__ = ["astronaut", "good_frame", "images"]


def settle(qtbot: QtBot, app: Application) -> None:
    """No more syncs, and the feed page's 2-second refresh after the last pull has run, before the app
    closes (a refresh that fires after the close would ask the DB worker that is gone)."""
    app.ctx.sync.stop()
    qtbot.wait(2300)


@pytest.fixture
def face_video(tmp_path: Path, good_frame: media.Image) -> Path:
    frames = [np.roll(good_frame, int(8 * np.sin(i / 5)), axis=1) for i in range(20)]
    return media.write_video(tmp_path / "face.avi", frames)


def test_a_photo_is_uploaded_submitted_once_and_accepted(
    qtbot: QtBot, tmp_path: Path, face_video: Path
) -> None:
    with running_server(tmp_path / "server", "--demo", "--test-mode") as server:
        config = AppConfig(
            server_url=server.url, data_dir=tmp_path / "data", remember_sign_in=False, language="en"
        )
        with running_app(config) as app:
            qtbot.waitUntil(lambda: app.ctx.sync.status.activity.value == "idle", timeout=30_000)
            app.ctx.sync.sign_in("demo", "demo")
            wait_synced(qtbot, app)
            page = PhotosPage(app.ctx, camera_source=face_video)
            qtbot.addWidget(page)
            page.resize(1100, 720)
            page.show()
            qtbot.waitUntil(page.take_button.isEnabled, timeout=15_000)
            page.take_button.click()
            qtbot.waitUntil(lambda: page.captured is not None and page.use_button.isEnabled(), timeout=10_000)
            page.use_button.click()
            page.model.pump()  # an impatient second start of the upload changes nothing
            qtbot.waitUntil(lambda: [i.status for i in page.model.items] == ["accepted"], timeout=30_000)
            item = page.model.items[0]
            assert item.row is not None and item.row["sha256"] == item.record.sha256  # type: ignore[union-attr]
            assert item.row["width"] == 450 and item.row["height"] == 540
            assert "Accepted" in page.list.item(0).text()
            ops = app.ctx.db.submit(lambda s: s.outbox.list_ops()).result()
            assert [(op.kind, op.state) for op in ops] == [("submit_photo", OpState.ACKED)]
            assert ops[0].payload["upload_id"] == item.row["upload_id"]
            assert ops[0].payload["purpose"] == "id_document"
            wait_status(qtbot, app, lambda s: s.waiting == 0)
            page.hide()
            settle(qtbot, app)
