"""Submissions through the app: a fine paid while offline is saved, shown as waiting, sent when the
connection returns and charged exactly once; a refusal lands in "needs attention" with its reason."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.config import AppConfig
from desktop.domain.changes import Changes
from desktop.domain.operation import OpState, fine_stream
from desktop.domain.sync_status import Connection
from tests.support.app import running_app, wait_status, wait_synced
from tests.support.faultproxy import FaultProxy
from tests.support.server import ServerProcess, running_server


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_server(tmp_path / "server", "--demo", "--test-mode") as server:
        yield server


@pytest.fixture
def proxy(server: ServerProcess) -> Iterator[FaultProxy]:
    with FaultProxy(int(server.url.rsplit(":", 1)[1])) as proxy:
        yield proxy


def _unpaid_fine(app: Application) -> dict[str, Any]:
    rows = app.ctx.db.submit(
        lambda s: [
            json.loads(r[0])
            for r in s.connection.execute("SELECT row_json FROM cache_rows WHERE entity = 'fine' ORDER BY id")
        ]
    ).result()
    return next(r for r in rows if r["status"] == "unpaid")


def _pay(app: Application, fine: dict[str, Any]) -> None:
    payload = {"fine_id": fine["id"], "amount": fine["amount"], "method": "mpay"}
    app.ctx.tasks.write(
        lambda s: (
            s.outbox.enqueue("pay_fine", fine_stream(fine["id"]), payload, money=True),
            Changes.of(["outbox"]),
        ),
        lambda _op: app.ctx.sync.sync_now(manual=False),
    )


def _charges(server: ServerProcess, fine_id: str) -> int:
    effects = server.test_call("GET", "/v1/_test/effects").json()["effects"]
    return sum(1 for e in effects if e["target"].endswith(fine_id))


def test_paid_offline_then_sent_once(
    qtbot: QtBot, tmp_path: Path, server: ServerProcess, proxy: FaultProxy
) -> None:
    config = AppConfig(server_url=proxy.url, data_dir=tmp_path / "data", remember_sign_in=False)
    with running_app(config) as app:
        qtbot.waitUntil(lambda: app.ctx.sync.status.activity.value == "idle", timeout=30_000)
        app.ctx.sync.sign_in("demo", "demo")
        wait_synced(qtbot, app)
        fine = _unpaid_fine(app)
        proxy.refuse()  # the network goes away: connections are refused, nothing is sent
        _pay(app, fine)
        status = wait_status(qtbot, app, lambda s: s.waiting == 1 and s.connection is Connection.OFFLINE)
        assert status.oldest_waiting is not None
        page = app.window.page("submissions")
        app.window.show_page("submissions")
        qtbot.waitUntil(lambda: page.list.count() == 1, timeout=10_000)
        assert "已保存在本電腦" in page.list.item(0).text()
        qtbot.waitUntil(lambda: "1 項待發送" in app.window.status.waiting.text(), timeout=5_000)
        assert _charges(server, fine["id"]) == 0

        proxy.accept()
        app.ctx.sync.sync_now(manual=True)
        wait_status(qtbot, app, lambda s: s.waiting == 0 and s.connection is Connection.ONLINE)
        qtbot.waitUntil(lambda: "已收到" in page.list.item(0).text(), timeout=10_000)
        ops = app.ctx.db.submit(lambda s: s.outbox.list_ops()).result()
        assert [op.state for op in ops] == [OpState.ACKED]
        assert ops[0].receipt and ops[0].receipt["receipt_no"] in page.list.item(0).text()
        # The pull brought the fine as paid.
        qtbot.waitUntil(
            lambda: (
                app.ctx.db.submit(
                    lambda s: json.loads(
                        s.connection.execute(
                            "SELECT row_json FROM cache_rows WHERE entity='fine' AND id=?", (fine["id"],)
                        ).fetchone()[0]
                    )["status"]
                ).result()
                == "paid"
            ),
            timeout=10_000,
        )
    assert _charges(server, fine["id"]) == 1


def test_refusal_needs_attention(
    qtbot: QtBot, tmp_path: Path, server: ServerProcess, proxy: FaultProxy
) -> None:
    config = AppConfig(server_url=proxy.url, data_dir=tmp_path / "data", remember_sign_in=False)
    with running_app(config) as app:
        qtbot.waitUntil(lambda: app.ctx.sync.status.activity.value == "idle", timeout=30_000)
        app.ctx.sync.sign_in("demo", "demo")
        wait_synced(qtbot, app)
        fine = _unpaid_fine(app)
        server.test_call("POST", "/v1/_test/mark-paid-elsewhere", json={"fine_id": fine["id"]})
        _pay(app, fine)
        wait_status(qtbot, app, lambda s: s.attention == 1 and s.waiting == 0)
        qtbot.waitUntil(app.window.status.attention.isVisible, timeout=5_000)
        app.window.status.attention.click()
        page = app.window.page("submissions")
        assert app.window.current_page() == "submissions"
        qtbot.waitUntil(lambda: page.list.count() == 1, timeout=10_000)
        qtbot.waitUntil(lambda: "此罰款已繳交" in page.detail.toPlainText(), timeout=10_000)
        assert page.resubmit_button.isVisibleTo(page) and page.discard_button.isVisibleTo(page)
        assert not page.retry_button.isVisibleTo(page)
        assert _charges(server, fine["id"]) == 0
        # Discard it: kept in the list, never deleted.
        page.model.discard(page.model.ops[0].op_id)
        qtbot.waitUntil(lambda: "已捨棄" in page.list.item(0).text(), timeout=10_000)
        wait_status(qtbot, app, lambda s: s.attention == 0)
