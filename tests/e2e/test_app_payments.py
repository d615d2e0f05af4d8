"""Paying through the app: a fine paid with two quick clicks is saved once, sent once and charged once;
while the provider has not confirmed, the item says so and cannot be paid again; then the receipt shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.config import AppConfig
from desktop.domain.operation import OpState
from desktop.views.payments import PayDialog
from tests.support.app import running_app, wait_status, wait_synced
from tests.support.server import running_server


def _select(app: Application, key: str) -> None:
    panel = app.window.page("services").payments
    tree = panel.tree
    for top in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(top)
        assert group is not None
        for child in range(group.childCount()):
            node = group.child(child)
            if node is not None and node.data(0, 0x0100) == key:
                tree.setCurrentItem(node)
                return
    raise AssertionError(f"{key} not listed")


def test_pay_a_fine_once_with_a_slow_provider(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PayDialog, "exec", lambda self: PayDialog.DialogCode.Accepted)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, _text: told.append(title))
    with running_server(tmp_path / "server", "--demo", "--test-mode") as server:
        server.test_call(
            "POST", "/v1/_test/provider", json={"async_methods": ["mpay"], "confirm_after_s": 3.0}
        )
        config = AppConfig(server_url=server.url, data_dir=tmp_path / "data", remember_sign_in=False)
        with running_app(config) as app:
            qtbot.waitUntil(lambda: app.ctx.sync.status.activity.value == "idle", timeout=30_000)
            app.ctx.sync.sign_in("demo", "demo")
            wait_synced(qtbot, app)
            app.window.show_page("services")
            page = app.window.page("services")
            page.show_payments()
            panel = page.payments
            qtbot.waitUntil(lambda: any(p.key == "fine:F-10001" for p in panel.model.items), timeout=10_000)
            _select(app, "fine:F-10001")
            assert panel.pay_button.isEnabled()
            panel.pay_button.click()
            panel.pay_button.click()  # a second, impatient click
            panel._on_pay_clicked()  # and a third one straight at the handler
            qtbot.waitUntil(
                lambda: next(p for p in panel.model.items if p.key == "fine:F-10001").in_doubt, timeout=15_000
            )
            assert told == ["已在處理中"]  # the third click was told the payment is already on its way
            _select(app, "fine:F-10001")
            assert not panel.pay_button.isEnabled()
            assert "請勿重複付款" in panel.detail.toPlainText()
            # The provider confirms; the pull brings the fine as paid and the receipt is shown.
            qtbot.waitUntil(
                lambda: next(p for p in panel.model.items if p.key == "fine:F-10001").status == "paid",
                timeout=30_000,
            )
            _select(app, "fine:F-10001")
            qtbot.waitUntil(lambda: "收據" in panel.detail.toPlainText(), timeout=5_000)
            assert not panel.pay_button.isVisible()
            ops = app.ctx.db.submit(lambda s: s.outbox.list_ops()).result()
            assert [(op.kind, op.state) for op in ops] == [("pay_fine", OpState.ACKED)]
            wait_status(qtbot, app, lambda s: s.waiting == 0)
        effects = server.test_call("GET", "/v1/_test/effects").json()["effects"]
        assert [e["target"] for e in effects if e["kind"] == "pay_fine"].count("fine:F-10001") == 1
