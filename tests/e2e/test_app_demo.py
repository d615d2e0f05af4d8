"""The app in demo mode: the embedded reference server starts, the demo resident is signed in, the
cache fills, every section shows, the language switches at run time."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.config import AppConfig
from desktop.domain.sync_status import Connection, Problem
from desktop.views_catalogue import PAGE_NAMES
from tests.support.app import running_app, wait_idle, wait_synced


@pytest.fixture
def demo_config(tmp_path) -> AppConfig:  # type: ignore[no-untyped-def]
    return AppConfig(data_dir=tmp_path / "data", remember_sign_in=True)


def test_demo_start_signs_in_and_fills_the_cache(
    qtbot: QtBot, demo_config: AppConfig, memory_keyring
) -> None:
    with running_app(demo_config) as app:
        status = wait_synced(qtbot, app)
        assert status.signed_in and status.connection is Connection.ONLINE and status.problem is Problem.NONE
        window = app.window
        assert window.demo_badge.isVisible()
        assert window.demo_badge.text() == "示範"
        assert app.ctx.resident is not None and app.ctx.resident.username == "demo"
        # The refresh token went to the (test) OS keyring, nowhere else.
        assert len(memory_keyring.entries) == 1
        feed = window.page("feed")
        qtbot.waitUntil(lambda: feed.model.total > 0, timeout=10_000)
        # The blocks above the list fill in after the list's first paint: weather, air, alerts.
        qtbot.waitUntil(
            lambda: feed.dashboard_view is not None and "°C" in feed.dashboard_view.weather.text(),
            timeout=10_000,
        )
        view = feed.dashboard_view
        assert len(view.air.grid.rows()) >= 6 and view.border.grid.rows() and view.alerts_host.isVisible()
        services = window.page("services")
        window.show_page("services")
        qtbot.waitUntil(lambda: services.model.total >= 600, timeout=10_000)
        qtbot.waitUntil(lambda: services.as_of.text().startswith("資料截至"), timeout=10_000)
        for page_id in PAGE_NAMES:
            window.show_page(page_id)
            assert window.current_page() == page_id
        wait_idle(qtbot, app)


def test_language_switches_at_run_time(qtbot: QtBot, demo_config: AppConfig) -> None:
    with running_app(demo_config, start=False) as app:
        window = app.window
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert nav[:4] == ["我的資訊", "我的服務", "我的應用", "我的意見"]
        app.ctx.set_language("pt")
        # Qt posts LanguageChange to every widget; they retranslate on the next turn of the loop.
        qtbot.waitUntil(lambda: window.nav.item(0).text() == "A minha informação")
        assert window.windowTitle() == "Conta Única de Macau"
        assert window.language.currentData() == "pt"
        app.ctx.set_language("en")
        qtbot.waitUntil(lambda: window.nav.item(1).text() == "My services")
        account = window.page("account")
        assert account.heading.text() == "Account and settings"
        app.ctx.set_language("zh-Hant")
        qtbot.waitUntil(lambda: account.heading.text() == "帳戶及設定")
        assert account.language.currentData() == "zh-Hant"
        assert app.ctx.settings.get("language") == "zh-Hant"


def test_search_finds_portuguese_without_accents(qtbot: QtBot, demo_config: AppConfig) -> None:
    with running_app(demo_config) as app:
        wait_synced(qtbot, app)
        app.ctx.set_language("pt")
        page = app.window.page("services")
        app.window.show_page("services")
        page.search.setText("certidao")
        qtbot.waitUntil(
            lambda: page.model.query == "certidao" and page.model.is_loaded and page.model.total > 0,
            timeout=10_000,
        )
        titles = [page.model.item(i).title.pt.lower() for i in range(page.model.rowCount())]  # type: ignore[union-attr]
        assert any("certidão" in t for t in titles)
