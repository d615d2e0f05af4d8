"""My memo through the app and the real server: a note saved here reaches the server and comes back in
the pull (so it follows the resident), a second save replaces it, and a delete removes it everywhere."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.config import AppConfig
from desktop.domain.appointments import MACAO, Memo
from desktop.viewmodels.memo import new_memo_id
from desktop.views.pages.memo import ROLE, MemoDialog, MemoPage
from tests.support.app import running_app, wait_status, wait_synced
from tests.support.server import running_server


def _server_memos(app: Application) -> dict[str, dict[str, Any]]:
    """The memo rows the pull brought from the server (the cache, not the outbox)."""
    from desktop.store.appointments import AppointmentRepo

    rows = app.ctx.db.submit(lambda store: AppointmentRepo(store).memo_rows()).result()
    return {str(r["id"]): r for r in rows}


def _select(page: MemoPage, memo_id: str) -> None:
    upcoming = page.tree.topLevelItem(0)
    assert upcoming is not None
    for index in range(upcoming.childCount()):
        node = upcoming.child(index)
        if node is not None and node.data(0, ROLE) == memo_id:
            page.tree.setCurrentItem(node)
            return
    raise AssertionError(f"memo {memo_id} is not listed")


def test_memo_saved_replaced_and_deleted_through_the_server(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes)
    with running_server(tmp_path / "server", "--demo", "--test-mode") as server:
        config = AppConfig(server_url=server.url, data_dir=tmp_path / "data", remember_sign_in=False)
        with running_app(config) as app:
            qtbot.waitUntil(lambda: app.ctx.sync.status.activity.value == "idle", timeout=30_000)
            app.ctx.sync.sign_in("demo", "demo")
            wait_synced(qtbot, app)
            page = MemoPage(app.ctx)
            qtbot.addWidget(page)
            page.show()
            qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 2, timeout=10_000)

            at = (app.ctx.clock.now() + timedelta(days=3)).astimezone(MACAO).replace(second=0, microsecond=0)
            memo = Memo(new_memo_id(), "續領駕駛執照", "帶同舊執照及近照", at, (1440, 60))
            monkeypatch.setattr(MemoDialog, "exec", lambda self: MemoDialog.DialogCode.Accepted)
            monkeypatch.setattr(MemoDialog, "memo", lambda self: memo)
            page.new_button.click()
            qtbot.waitUntil(lambda: page.model.item(memo.id) is not None, timeout=10_000)
            wait_status(qtbot, app, lambda s: s.waiting == 0 and s.attention == 0)
            qtbot.waitUntil(lambda: memo.id in _server_memos(app), timeout=15_000)
            row = _server_memos(app)[memo.id]
            assert row["title"] == "續領駕駛執照" and row["remind_before_minutes"] == [1440, 60]
            assert row["appointment_id"] is None

            # Edit it: the last save wins on the server.
            changed = Memo(memo.id, "續領駕駛執照（改期）", memo.body, at + timedelta(hours=2), (60,))
            monkeypatch.setattr(MemoDialog, "memo", lambda self: changed)
            qtbot.waitUntil(lambda: page.model.item(memo.id) is not None, timeout=10_000)
            _select(page, memo.id)
            page.edit_button.click()
            qtbot.waitUntil(
                lambda: _server_memos(app).get(memo.id, {}).get("title") == changed.title, timeout=15_000
            )
            assert _server_memos(app)[memo.id]["remind_before_minutes"] == [60]

            _select(page, memo.id)
            page.delete_button.click()
            qtbot.waitUntil(
                lambda: page.model.item(memo.id) is None, timeout=5_000
            )  # gone at once, offline too
            qtbot.waitUntil(lambda: memo.id not in _server_memos(app), timeout=15_000)
            wait_status(qtbot, app, lambda s: s.waiting == 0 and s.attention == 0)
