"""A new official alert pushed by the server reaches the resident within 2 seconds, and only once."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.config import AppConfig
from tests.support.app import running_app, wait_synced
from tests.support.server import running_server


def _alert(item_id: str, severity: int, title_zh: str) -> dict[str, Any]:
    return {
        "entity": "feed_item",
        "id": item_id,
        "row": {
            "id": item_id,
            "category": "alert",
            "kind": "typhoon",
            "severity": severity,
            "level": "8",
            "pinned": True,
            "title": {
                "zh": title_zh,
                "pt": "Sinal n.º 8 de tempestade tropical",
                "en": "Tropical cyclone signal No. 8",
            },
            "body": {"zh": "請留在室內。", "pt": "Fique em casa.", "en": "Stay indoors."},
            "published_at": "2026-11-27T19:30:00+08:00",
            "expires_at": None,
            "source": "SMG",
            "data": {},
        },
    }


def test_alert_arrives_within_two_seconds_once(qtbot: QtBot, tmp_path: Path) -> None:
    with running_server(tmp_path / "server", "--demo", "--test-mode") as server:
        config = AppConfig(server_url=server.url, data_dir=tmp_path / "data", remember_sign_in=False)
        with running_app(config) as app:
            qtbot.waitUntil(lambda: app.ctx.sync.status.activity.value == "idle", timeout=30_000)
            app.ctx.sync.sign_in("demo", "demo")
            wait_synced(qtbot, app)
            shown: list[tuple[str, str, int]] = []
            assert app.notifier is not None
            app.notifier.alert_shown.connect(lambda *args: shown.append(args))
            time.sleep(1.0)  # let the live connection open
            qtbot.wait(200)
            started = time.monotonic()
            server.test_call("POST", "/v1/_test/entities", json=_alert("alert-t8", 4, "八號風球信號生效"))
            qtbot.waitUntil(lambda: bool(shown), timeout=2_000)
            assert time.monotonic() - started < 2.0
            assert shown[0][0] == "八號風球信號生效" and shown[0][2] == 4
            qtbot.waitUntil(app.window.alert_banner.isVisible, timeout=1_000)
            assert "八號風球" in app.window.alert_banner.label.text()
            # The same alert again (a re-publish, a reconnect): no second announcement.
            server.test_call("POST", "/v1/_test/entities", json=_alert("alert-t8", 4, "八號風球信號生效"))
            qtbot.wait(1500)
            assert len(shown) == 1
            # The pull that follows puts it at the top of the feed.
            feed = app.window.page("feed")
            qtbot.waitUntil(
                lambda: feed.model.item(0) is not None and feed.model.item(0).id == "alert-t8", timeout=10_000
            )
