"""Start with no server: the cache shows at once, the offline banner says why, nothing blocks.
Also: a damaged cache is set aside (never deleted), said in words, and rebuilt."""

from __future__ import annotations

import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.config import AppConfig
from desktop.domain.sync_status import Connection, Problem
from tests.support.app import running_app, wait_status, wait_synced
from tests.support.server import running_server

UNREACHABLE = "http://127.0.0.1:9"


def _sign_in_and_pull(qtbot: QtBot, config: AppConfig) -> None:
    with running_app(config) as app:
        qtbot.waitUntil(lambda: app.ctx.sync.status.activity.value == "idle", timeout=30_000)
        app.ctx.sync.sign_in("demo", "demo")
        wait_synced(qtbot, app)


def test_offline_start_shows_the_cache(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    with running_server(tmp_path / "server", "--demo") as server:
        _sign_in_and_pull(qtbot, AppConfig(server_url=server.url, data_dir=data))
    # Same profile, and now the server is gone.
    config = AppConfig(server_url=server.url, data_dir=data)
    started = time.monotonic()
    with running_app(config) as app:
        feed = app.window.page("feed")
        qtbot.waitUntil(lambda: feed.model.total > 0, timeout=5_000)
        shown_after = time.monotonic() - started
        status = wait_status(qtbot, app, lambda s: s.connection is Connection.OFFLINE, 30_000)
        assert status.problem is Problem.OFFLINE
        qtbot.waitUntil(app.window.offline_banner.isVisible, timeout=5_000)
        assert "離線" in app.window.offline_banner.label.text()
        assert "資料截至" in feed.as_of.text()
        # Choosing an item shows what it says in full, from the cache too.
        assert feed.detail is None or feed.detail.isHidden()
        first = feed.model.item(0)
        assert first is not None
        feed.list.setCurrentIndex(feed.model.index(0))
        assert feed.detail is not None and feed.detail.isVisible()
        assert first.title.get("zh-Hant") in feed.detail.toPlainText()
    assert shown_after < 5


def test_corrupt_cache_is_set_aside_and_rebuilt(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    with running_server(tmp_path / "server", "--demo") as server:
        config = AppConfig(server_url=server.url, data_dir=data)
        _sign_in_and_pull(qtbot, config)
        caches = list((data / "accounts").glob("*/cache.sqlite3"))
        assert len(caches) == 1
        cache = caches[0]
        for suffix in ("-wal", "-shm"):
            Path(str(cache) + suffix).unlink(missing_ok=True)
        cache.write_bytes(b"this is not a database" * 100)
        with running_app(config) as app:
            notices: list[object] = []
            app.ctx.notice_raised.connect(notices.append)
            wait_synced(qtbot, app)
            qtbot.waitUntil(lambda: app.window.notice_banner.isVisible(), timeout=10_000)
            assert "損壞" in app.window.notice_banner.label.text()
            feed = app.window.page("feed")
            qtbot.waitUntil(lambda: feed.model.total > 0, timeout=10_000)
        kept = list(cache.parent.glob("cache.sqlite3.corrupt-*"))
        assert kept and kept[0].read_bytes().startswith(b"this is not a database")


def test_garbage_from_the_server_keeps_the_cache(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    with running_server(tmp_path / "server", "--demo", "--test-mode") as server:
        config = AppConfig(server_url=server.url, data_dir=data)
        _sign_in_and_pull(qtbot, config)
        for kind in ("html", "truncated_json", "wrong_types"):
            server.test_call("DELETE", "/v1/_test/faults")
            server.test_call("POST", "/v1/_test/faults", json={"kind": kind, "path": "/v1/changes"})
            with running_app(config) as app:
                status = wait_status(qtbot, app, lambda s: s.problem is not Problem.NONE, 30_000)
                assert status.problem in (Problem.BAD_RESPONSE, Problem.SERVER_ERROR), kind
                qtbot.waitUntil(app.window.offline_banner.isVisible, timeout=5_000)
                model = app.window.page("feed").model
                qtbot.waitUntil(lambda m=model: m.total > 0, timeout=10_000)


def test_wrong_password_is_said_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    with running_server(tmp_path / "server", "--demo") as server:
        config = AppConfig(server_url=server.url, data_dir=tmp_path / "data")
        with running_app(config) as app:
            qtbot.waitUntil(lambda: app.ctx.sync.status.activity.value == "idle", timeout=30_000)
            account = app.window.page("account")
            app.window.show_page("account")
            account.sign_in.username.setText("demo")
            account.sign_in.password.setText("wrong")
            account.sign_in.submit.click()
            assert not account.sign_in.submit.isEnabled()
            qtbot.waitUntil(lambda: account.sign_in.error.text() != "", timeout=15_000)
            assert account.sign_in.error.text() == "用戶名稱或密碼錯誤。"
            assert account.sign_in.submit.isEnabled()
            assert account.sign_in.password.text() == ""
