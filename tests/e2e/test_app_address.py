"""登記及更改地址 through the app and the real server: one request to 23 departments with one failing
(each department's state and the failure's reason on screen, the registered address held by the 22 that
took it); a request made offline is saved, shown as such, and sent once the connection is back; and the
progress screenshot, taken mid-way through the departments' work.

Set ``ONEACCOUNT_SCREENSHOTS`` to a folder (``docs/screenshots``) to keep the pictures.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.config import AppConfig
from desktop.domain.address import AddressInput
from desktop.domain.operation import OpState
from desktop.domain.sync_status import Connection
from desktop.views import main_window
from desktop.views.pages.address import AddressPage
from tests.support.app import running_app, wait_status, wait_synced
from tests.support.faultproxy import FaultProxy
from tests.support.server import ServerProcess, running_server

NEW_HOME = AddressInput(district="taipa", street_zh="哥英布拉街", street_pt="Rua de Coimbra", number="225",
                        building_zh="海洋花園", building_pt="Jardins do Oceano",
                        floor="3", flat="A")  # fmt: skip


@pytest.fixture(autouse=True)
def address_page(monkeypatch: pytest.MonkeyPatch) -> None:
    # Until the main window lists the page itself.
    monkeypatch.setitem(main_window.PAGE_CLASSES, "address", ("desktop.views.pages.address", "AddressPage"))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_server(tmp_path / "server", "--demo", "--test-mode") as server:
        yield server


def _open(qtbot: QtBot, app: Application, username: str) -> AddressPage:
    qtbot.waitUntil(lambda: app.ctx.sync.status.activity.value == "idle", timeout=30_000)
    app.ctx.sync.sign_in(username, username)
    wait_synced(qtbot, app)
    app.window.show_page("address")
    page = app.window.page("address")
    assert isinstance(page, AddressPage)
    qtbot.waitUntil(lambda: len(page.model.state.departments) == 23, timeout=10_000)
    return page


def _send_new_home(page: AddressPage) -> None:
    page.change_button.click()
    page.fields.set_value(NEW_HOME)
    page.picker.select_all.click()  # all 23 were chosen: none
    page.picker.select_all.click()  # and all again
    assert len(page.picker.chosen()) == 23
    assert page.review()
    page.send_button.click()
    page.send_button.click()  # an impatient second click
    page.send()  # and one straight at the handler


def _rows(page: AddressPage, tree: str) -> dict[str, list[str]]:
    widget = getattr(page, tree)
    items = (widget.topLevelItem(n) for n in range(widget.topLevelItemCount()))
    return {item.data(0, 0x0100): [item.text(c) for c in range(widget.columnCount())] for item in items}


def test_one_request_to_23_departments_with_one_failing(
    qtbot: QtBot, tmp_path: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, _t: told.append(title))
    server.test_call("POST", "/v1/_test/address", json={"fail_departments": ["IH"], "step_s": 0.2})
    config = AppConfig(server_url=server.url, data_dir=tmp_path / "data", remember_sign_in=False)
    with running_app(config) as app:
        page = _open(qtbot, app, "demo")
        assert page.model.state.current is not None  # the demo resident registered an address before
        _send_new_home(page)

        def finished() -> bool:
            latest = page.model.state.latest
            # Ours (it has an op), on the server (it has an id), and every department has answered.
            return latest is not None and latest.op is not None and latest.id is not None and latest.finished

        qtbot.waitUntil(finished, timeout=30_000)
        latest = page.model.state.latest
        assert latest is not None and latest.status == "partly_failed"
        assert [d.id for d in latest.departments if d.state == "failed"] == ["IH"]
        assert latest.count("done") == 22
        progress = _rows(page, "progress")
        assert progress["IH"][1] == "未能更新" and "未能核實地址資料" in progress["IH"][3]
        assert {row[1] for dept, row in progress.items() if dept != "IH"} == {"已更新"}
        assert "23 個部門中有 1 個未能更新" in page.progress_summary.text()
        assert page.failures.text().startswith("房屋局：未能更新：部門未能核實地址資料")
        # The final commit also moves the registered address: 22 departments hold the new one.
        qtbot.waitUntil(lambda: page.model.state.current == NEW_HOME.to_payload(), timeout=10_000)
        held = _rows(page, "held")
        assert held["IH"][1].startswith("舊地址：澳門半島高士德大馬路25號")
        assert {row[1] for dept, row in held.items() if dept != "IH"} == {"現時地址"}
        assert "氹仔哥英布拉街225號海洋花園3樓A" in page.current.text()
        assert "23 個部門中有 22 個已存此地址" in page.current.text()
        # Once the server has said the request is over, another may go: e.g. to the one that failed.
        wait_status(qtbot, app, lambda s: s.waiting == 0)
        qtbot.waitUntil(
            lambda: page.resend_button.isVisible() and page.change_button.isEnabled(), timeout=10_000
        )
        page.resend_button.click()
        assert page.picker.chosen() == ["IH"] and page.fields.value() == NEW_HOME
        ops = app.ctx.db.submit(lambda s: s.outbox.list_ops()).result()
        assert [(op.kind, op.state) for op in ops] == [("register_address", OpState.ACKED)]
        assert page.history.topLevelItemCount() == 2  # the demo's first registration and this one
        assert told in ([], ["已在處理中"])  # a click that came after the save was told, not sent


def test_a_request_made_offline_is_sent_when_the_connection_returns(
    qtbot: QtBot, tmp_path: Path, server: ServerProcess
) -> None:
    server.test_call("POST", "/v1/_test/address", json={"fail_departments": [], "step_s": 0.2})
    with FaultProxy(int(server.url.rsplit(":", 1)[1])) as proxy:
        config = AppConfig(server_url=proxy.url, data_dir=tmp_path / "data", remember_sign_in=False)
        with running_app(config) as app:
            page = _open(qtbot, app, "lee")
            assert page.model.state.current is None
            assert page.change_button.text().startswith("登記通訊地址")
            proxy.refuse()
            _send_new_home(page)
            wait_status(qtbot, app, lambda s: s.waiting == 1 and s.connection is Connection.OFFLINE)
            qtbot.waitUntil(page.on_its_way.isVisible, timeout=10_000)
            assert "已保存在本電腦 — 將會發送" in page.on_its_way.label.text()
            assert "已保存在本電腦" in page.progress_summary.text()
            assert not page.change_button.isEnabled()

            proxy.accept()
            app.ctx.sync.sync_now(manual=True)
            qtbot.waitUntil(lambda: page.model.state.current == NEW_HOME.to_payload(), timeout=30_000)
            latest = page.model.state.latest
            assert latest is not None and latest.status == "done" and latest.kind == "register"
            assert set(row[1] for row in _rows(page, "held").values()) == {"現時地址"}
            wait_status(qtbot, app, lambda s: s.waiting == 0)
            qtbot.waitUntil(lambda: not page.on_its_way.isVisible(), timeout=10_000)
            assert page.change_button.isEnabled()
            ops = app.ctx.db.submit(lambda s: s.outbox.list_ops()).result()
            assert [op.state for op in ops] == [OpState.ACKED]


def test_progress_screenshot_mid_way(qtbot: QtBot, tmp_path: Path, server: ServerProcess) -> None:
    # Steps of 1.5 s: every department is processing after 1.5–3 s, IH fails at 4.5 s, the last finish at 9 s.
    server.test_call("POST", "/v1/_test/address", json={"fail_departments": ["IH"], "step_s": 1.5})
    config = AppConfig(server_url=server.url, data_dir=tmp_path / "data", remember_sign_in=False)
    out = Path(os.environ.get("ONEACCOUNT_SCREENSHOTS") or tmp_path)
    with running_app(config) as app:
        app.window.resize(1280, 900)
        page = _open(qtbot, app, "demo")
        _send_new_home(page)

        def mid_way() -> bool:
            latest = page.model.state.latest
            if latest is None or latest.op is None or latest.id is None:
                return False
            return (
                latest.count("failed") >= 1 and latest.count("done") >= 1 and latest.count("processing") >= 1
            )

        qtbot.waitUntil(mid_way, timeout=30_000)
        for lang, words in (("zh-Hant", "未能更新"), ("pt", "Não actualizado"), ("en", "Failed")):
            app.ctx.set_language(lang)
            qtbot.waitUntil(lambda w=words: w in str(_rows(page, "progress")), timeout=5_000)
            qtbot.wait(300)  # the new texts' layout settles (button widths) before the picture
            path = out / f"address-progress-{lang}.png"
            assert app.window.grab().save(str(path), "PNG")
            image = QImage(str(path))
            assert (image.width(), image.height()) == (1280, 900)
            colours = {image.pixel(x, y) for x in range(0, 1280, 9) for y in range(0, 900, 9)}
            assert len(colours) > 20
