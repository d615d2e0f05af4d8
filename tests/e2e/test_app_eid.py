"""eID end to end with the real server: binding after the face-presence check (a key in the keyring, the
server's challenge, presence and binding, the credential checked against the published key set), the
"show eID" code verified with the server's key set and revocation list, a demo bank's request answered
with a subset of fields, and binding again revoking the first credential."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from desktop.config import AppConfig
from desktop.eid.demo import demo_institution_key
from desktop.eid.errors import EidError
from desktop.eid.holder import make_bind_proof
from desktop.eid.keys import generate_key
from desktop.eid.request import make_request
from desktop.eid.trust import PublishedKeys, RevocationList
from desktop.eid.verify import Verifier
from desktop.viewmodels.eid import EidState
from desktop.views.pages.eid import EidPage
from tests.conftest import MemoryKeyring
from tests.e2e.test_app_photos import settle
from tests.qt.test_eid_page import decode_widget, request_png
from tests.support.app import running_app, wait_synced
from tests.support.server import ServerProcess, running_server
from tests.unit.capture import media
from tests.unit.capture.media import astronaut, good_frame, images

__all__ = ["astronaut", "good_frame", "images"]


@pytest.fixture
def face_video(tmp_path: Path, good_frame: media.Image) -> Path:
    frames = [np.roll(good_frame, int(8 * np.sin(i / 5)), axis=1) for i in range(20)]
    return media.write_video(tmp_path / "face.avi", frames)


def published(server: ServerProcess) -> tuple[PublishedKeys, RevocationList]:
    with server.client() as client:
        keys = PublishedKeys.from_json(client.get("/v1/eid/keys").text)
        return keys, RevocationList.from_json(client.get("/v1/eid/revocations").text, keys)


def bind(qtbot: QtBot, page: EidPage) -> None:
    assert page.message.action.isVisible()
    page.message.action.click()  # "Set up eID": the camera looks for one face first
    assert page.stack.currentWidget() is page.presence
    qtbot.waitUntil(lambda: page.model.state is EidState.BOUND and not page.model.busy, timeout=30_000)
    assert page.stack.currentWidget() is page.tabs


def test_bind_show_share_and_bind_again(
    qtbot: QtBot, tmp_path: Path, face_video: Path, memory_keyring: MemoryKeyring
) -> None:
    with running_server(tmp_path / "server", "--demo", "--test-mode") as server:
        config = AppConfig(server_url=server.url, data_dir=tmp_path / "data", language="en")
        with running_app(config) as app:
            qtbot.waitUntil(lambda: app.ctx.sync.status.activity.value == "idle", timeout=30_000)
            app.ctx.sync.sign_in("demo", "demo")
            wait_synced(qtbot, app)
            page = EidPage(app.ctx, camera_source=face_video)
            qtbot.addWidget(page)
            page.resize(1100, 800)
            page.show()
            qtbot.waitUntil(lambda: page.model.state is EidState.NOT_BOUND, timeout=10_000)
            bind(qtbot, page)
            assert any(name.startswith("eid-device-key:") for _, name in memory_keyring.entries)
            folder = app.ctx.profile.account_dir(app.ctx.account_key or "")
            assert (folder / "eid.json").is_file() and (folder / "eid-keys.json").is_file()

            keys, revocations = published(server)
            verifier = Verifier(keys, revocations=revocations)
            qtbot.waitUntil(lambda: bool(page.show_view.token), timeout=5000)
            first = page.show_view.token
            assert decode_widget(page.show_view.qr) == first
            shown = verifier.verify(first, expect="show")
            assert shown.subject is not None and shown.subject.resident_id == app.ctx.resident.user_id  # type: ignore[union-attr]
            first_cid = shown.subject.credential_id

            # A demo bank asks for three details; the resident gives two.
            fields = ["name_zh", "date_of_birth", "phone"]
            made = make_request(demo_institution_key("demo-bank"), fields, "開戶", datetime.now(UTC))
            page.tabs.setCurrentIndex(1)
            page.load_picture(request_png(tmp_path / "request.png", made))
            assert sorted(page.consent_view.boxes) == sorted(fields)
            page.consent_view.boxes["phone"].setChecked(False)
            page.consent_view.consent_button.click()
            qtbot.waitUntil(lambda: page.scan_stack.currentIndex() == 2, timeout=15_000)
            share = verifier.verify(
                page.share_view.token, nonce=made.nonce, institution="demo-bank", requested=fields
            )
            assert set(share.fields) == {"name_zh", "date_of_birth"} and share.user_verified
            assert [r.shared for r in page.model.history()] == [("name_zh", "date_of_birth")]
            page._back_to_scan()

            # Bound again (as on a new computer): the first credential is revoked.
            page.model.state = EidState.NOT_BOUND
            page._show_state()
            bind(qtbot, page)
            _, newer = published(server)
            assert newer.is_revoked(first_cid) is not None
            verifier.update_revocations(newer)
            page.tabs.setCurrentIndex(0)
            page.tick()
            assert verifier.verify(page.show_view.token, expect="show").subject.credential_id != first_cid  # type: ignore[union-attr]
            with pytest.raises(EidError) as old:
                Verifier(keys, revocations=newer).verify(first)
            assert old.value.reason == "revoked"

            # The resident binds another computer: this one learns it at its next check and lets go.
            bind_elsewhere(server, app.ctx.resident.user_id)  # type: ignore[union-attr]
            page.refresh()
            qtbot.waitUntil(lambda: page.model.state is EidState.MOVED, timeout=15_000)
            assert page.message.empty.title.text() == "Your eID was set up on another computer"
            assert not (folder / "eid.json").exists()
            assert not any(name.startswith("eid-device-key:") for _, name in memory_keyring.entries)
            assert page.model.history() != []  # the consent history stays with the resident
            page.hide()
            settle(qtbot, app)


def bind_elsewhere(server: ServerProcess, user_id: str) -> None:
    """What the app on another computer does, straight through the API."""
    with server.client() as client:
        login = client.post("/v1/auth/login", json={"username": "demo", "password": "demo"}).json()
        auth = {"Authorization": f"Bearer {login['access_token']}"}
        challenge = client.post("/v1/eid/challenge", headers=auth, json={}).json()["challenge"]
        presence = server.test_call("POST", "/v1/_test/eid/presence", json={"user_id": user_id}).json()
        proof = make_bind_proof(generate_key(), user_id, challenge, datetime.now(UTC))
        answer = client.post(
            "/v1/eid/binding", headers=auth, json={"proof": proof, "presence_id": presence["presence_id"]}
        )
        assert answer.status_code == 201, answer.text
