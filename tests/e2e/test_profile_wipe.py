"""Kiosk and assisted sessions: after sign-out nothing of the resident is left on disk or in the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.config import AppConfig
from desktop.profile import ProfileKind, sessions_root
from tests.support.app import running_app, wait_synced
from tests.support.server import running_server


@pytest.mark.parametrize("kind", [ProfileKind.KIOSK, ProfileKind.ASSISTED])
def test_sign_out_leaves_nothing(qtbot: QtBot, tmp_path: Path, kind: ProfileKind, memory_keyring) -> None:
    with running_server(tmp_path / "server", "--demo") as server:
        config = AppConfig(profile=kind, server_url=server.url)
        with running_app(config) as app:
            session = app.ctx.profile.data_dir
            assert session.parent == sessions_root()
            qtbot.waitUntil(lambda: app.ctx.sync.status.activity.value == "idle", timeout=30_000)
            app.ctx.sync.sign_in("demo", "demo")
            wait_synced(qtbot, app)
            assert list(session.glob("accounts/*/cache.sqlite3"))
            app.ctx.sync.sign_out()
            qtbot.waitUntil(lambda: app.ctx.resident is None and not session.exists(), timeout=15_000)
            assert memory_keyring.entries == {}
            # The next resident starts in a new, empty session folder.
            fresh = app.ctx.profile.data_dir
            assert fresh != session and fresh.exists()
            assert [p.name for p in fresh.iterdir()] == [".session.lock"]
            assert app.window.page("feed").model.total == 0
        # Quitting removes the fresh folder too.
        assert not fresh.exists()
        assert [p for p in sessions_root().iterdir() if p.name.startswith("session-")] == []
        assert memory_keyring.entries == {}
