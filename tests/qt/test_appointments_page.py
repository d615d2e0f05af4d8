"""The appointments and memo pages on a real AppContext and a real cache (no server): browsing offline
with holidays closed, one booking however often Book is pressed, the ticket of a confirmed booking,
texts that follow the language, and an accessible name on every control."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.config import AppConfig
from desktop.context import AppContext
from desktop.domain.appointments import MACAO
from desktop.i18n import Translations, build
from desktop.store import open_store
from desktop.views.pages.appointments import AppointmentsPage
from desktop.views.pages.memo import MemoPage
from server.appointments.holidays import holidays

HOURS = {d: [["09:00", "13:00"], ["14:30", "17:45"]] for d in ("mon", "tue", "wed", "thu", "fri")}
PLACE = {
    "id": "loc-dsi",
    "name": {"zh": "身份證明局服務櫃枱", "pt": "Balcão da DSI", "en": "DSI counter"},
    "address": {"zh": "示範地址", "pt": "Morada de demonstração", "en": "Demo address"},
    "opening_hours": {**HOURS, "sat": [], "sun": []},
}


def _put(entity: str, row: dict[str, Any]) -> dict[str, Any]:
    return {"entity": entity, "id": row["id"], "op": "put", "row": row, "version": 1}


def _weekday_after(now: datetime, days: int) -> datetime:
    day = (now + timedelta(days=days)).astimezone(MACAO)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day.replace(hour=10, minute=30, second=0, microsecond=0)


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    """A cache as a pull leaves it: one department, one bookable service, its slots, the holidays and a
    booking the resident holds."""
    now = datetime.now(UTC)
    first, second = _weekday_after(now, 2), _weekday_after(now, 4)
    slots = [
        {
            "id": f"sl-{n}",
            "service_id": "ps-1002",
            "location_id": "loc-dsi",
            "start": start.isoformat(),
            "end": (start + timedelta(minutes=30)).isoformat(),
            "capacity": 3,
            "booked": booked,
        }
        for n, (start, booked) in enumerate([(first, 1), (second, 3), (second + timedelta(hours=4), 0)])
    ]
    service = {
        "id": "ps-1002",
        "service_id": "ps-1002",
        "department_id": "DSI",
        "title": {"zh": "首次申請居民身份證", "pt": "Primeiro pedido do BIR", "en": "First ID card"},
        "what_to_bring": {"zh": "身份證明文件", "pt": "Documento", "en": "Identity document"},
        "duration_minutes": 20,
        "slot_minutes": 30,
        "booking_days": 14,
        "locations": [PLACE],
    }
    department = {
        "id": "DSI",
        "abbr": "DSI",
        "name": {"zh": "身份證明局", "pt": "DSI", "en": "DSI"},
        "appointment": True,
        "address_change": True,
        "sort": 1,
    }
    booked = {
        "id": "AP-1",
        "service_id": "ps-1002",
        "slot_id": "sl-2",
        "start": slots[2]["start"],
        "end": slots[2]["end"],
        "location": PLACE,
        "status": "booked",
        "ticket_code": "K7MQ-2XDA",
        "ticket_token": "OA1.eyJhIjoiQVAtMSJ9.c2ln",
        "booked_at": now.isoformat(),
        "updated_at": now.isoformat(),
    }
    changes = [
        _put("department", department),
        _put("appointment_service", service),
        _put("appointment", booked),
    ]
    changes += [_put("slot", s) for s in slots]
    changes += [_put("public_holiday", h) for year in (now.year, now.year + 1) for h in holidays(year)]
    path = tmp_path / "cache.sqlite3"
    with open_store(path) as store:
        store.apply_changes(changes, "c1", caught_up_at=now)
    return path


@pytest.fixture
def ctx(qapp: QApplication, tmp_path: Path, cache: Path) -> Iterator[AppContext]:
    config = AppConfig(server_url="http://127.0.0.1:9", data_dir=tmp_path / "data", remember_sign_in=False)
    ctx = AppContext(config)
    ctx.db.reopen(lambda: open_store(cache)).result(timeout=10)
    yield ctx
    ctx.shutdown()


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> AppointmentsPage:
    page = AppointmentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitUntil(lambda: page.booking.calendar is not None and bool(page.model.mine), timeout=10_000)
    return page


def _ops(ctx: AppContext) -> list[Any]:
    return list(ctx.db.submit(lambda s: s.outbox.list_ops()).result())


def _controls(screen: QWidget) -> list[QWidget]:
    return [
        w
        for w in screen.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QComboBox | QAbstractItemView | QTextBrowser)
        and not isinstance(w, QHeaderView)
        and w.isVisible()
        and not (isinstance(w, QAbstractButton) and w.parent().inherits("QTabBar"))
    ]


def test_browsing_offline_and_booking_once(qtbot: QtBot, page: AppointmentsPage, ctx: AppContext) -> None:
    booking = page.booking
    assert "as of" in booking.as_of.text()  # the free places are as of the last pull
    days = [booking.picker.days.item(i).text() for i in range(booking.picker.days.count())]
    assert len(days) == 14
    slot = booking.picker.current_slot()
    assert slot is not None and slot.id == "sl-0"  # the first time with a free place
    booking.book_button.click()
    booking.book_button.click()
    booking.book()
    qtbot.waitUntil(
        lambda: page.mine.current() is not None and page.mine.current().key != "AP-1", timeout=5_000
    )
    assert [(op.kind, op.payload["slot_id"]) for op in _ops(ctx)] == [("book_appointment", "sl-0")]
    assert page.tabs.currentWidget() is page.mine
    assert "not confirmed yet" in page.mine.status.text()
    assert page.mine.discard_button.isVisibleTo(page) and not page.mine.ticket.isVisibleTo(page)


def test_a_confirmed_booking_shows_its_ticket(qtbot: QtBot, page: AppointmentsPage) -> None:
    page.show_appointment("AP-1")
    qtbot.waitUntil(lambda: page.mine.ticket.isVisibleTo(page), timeout=5_000)
    assert page.mine.ticket.code.text() == "K7MQ-2XDA"
    assert page.mine.ticket.qr.modules > 0
    for button in (page.mine.reminder_button, page.mine.reschedule_button, page.mine.cancel_button):
        assert button.isVisibleTo(page)


def test_every_control_has_an_accessible_name_and_takes_the_keyboard(
    qtbot: QtBot, page: AppointmentsPage, ctx: AppContext
) -> None:
    memo = MemoPage(ctx)
    qtbot.addWidget(memo)
    memo.show()
    qtbot.waitUntil(lambda: memo.tree.topLevelItemCount() == 2, timeout=5_000)
    page.show_appointment("AP-1")
    qtbot.waitUntil(lambda: page.mine.ticket.isVisibleTo(page), timeout=5_000)
    screens: list[QWidget] = [page.mine, memo]
    page.tabs.setCurrentWidget(page.booking)
    screens.insert(0, page.booking)
    for screen in screens:
        if screen is page.mine:
            page.tabs.setCurrentWidget(page.mine)
        controls = _controls(screen)
        assert len(controls) >= 3, [c.objectName() or type(c).__name__ for c in controls]
        for control in controls:
            assert control.accessibleName(), (type(control).__name__, control.objectName())
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.objectName()


def test_texts_follow_the_language(
    qtbot: QtBot, qapp: QApplication, page: AppointmentsPage, ctx: AppContext
) -> None:
    build()
    translations = Translations(qapp)
    try:
        translations.apply("zh-Hant")
        qtbot.waitUntil(lambda: page.heading.text() == "預約取籌", timeout=5_000)
        assert "名額資料截至" in page.booking.as_of.text()
        assert any(
            "聖母無原罪瞻禮" in page.booking.picker.days.item(i).text()
            or "休息" in page.booking.picker.days.item(i).text()
            for i in range(page.booking.picker.days.count())
        )
        ctx.set_language("pt")
        translations.apply("pt")
        qtbot.waitUntil(lambda: page.heading.text() == "Marcações", timeout=5_000)
        assert "Vagas livres em" in page.booking.as_of.text()
        assert page.booking.current_service() is not None
        assert page.booking.current_service().title.get(ctx.language) in page.booking.info.toPlainText()
    finally:
        translations.remove()
