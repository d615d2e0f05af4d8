"""Booking counter appointments through the app against the real server.

- Booked while offline: saved once however often Book is pressed, marked "not confirmed yet", sent when
  the connection returns; the QR ticket then decodes to the server's ticket token, the slip is a PDF,
  the booking goes into the memo with reminders, and cancelling it takes the reminders away.
- A time someone else filled meanwhile is refused with the nearest free times; one click books one;
  changing its time keeps the appointment and its ticket code and gives a new QR token.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.capture.qr import decode
from desktop.config import AppConfig
from desktop.domain.bookings import Phase
from desktop.domain.operation import OpState
from desktop.domain.sync_status import Connection
from desktop.viewmodels.memo import memo_items, pending_reminders
from desktop.views import main_window
from desktop.views.appointment_widgets import RescheduleDialog
from desktop.views.pages.appointments import AppointmentsPage
from desktop.views.pages.memo import ReminderDialog
from tests.support.app import running_app, wait_status, wait_synced
from tests.support.faultproxy import FaultProxy
from tests.support.server import ServerProcess, running_server

PAGE = ("desktop.views.pages.appointments", "AppointmentsPage")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_server(tmp_path / "server", "--demo", "--test-mode") as server:
        yield server


@pytest.fixture(autouse=True)
def appointments_page(monkeypatch: pytest.MonkeyPatch) -> None:
    # Until the main window lists the page itself.
    monkeypatch.setitem(main_window.PAGE_CLASSES, "appointments", PAGE)


def _free_slots(app: Application, min_free: int = 1) -> list[dict[str, Any]]:
    """Bookable slots in the cache, soonest first (starting at least two hours from now)."""
    soon = datetime.now(UTC) + timedelta(hours=2)

    def read(store: Any) -> list[dict[str, Any]]:
        rows = store.connection.execute("SELECT row_json FROM cache_rows WHERE entity = 'slot'")
        return [json.loads(r[0]) for r in rows]

    slots = [
        s for s in app.ctx.db.submit(read).result()
        if s["capacity"] - s["booked"] >= min_free and datetime.fromisoformat(s["start"]) > soon
    ]  # fmt: skip
    return sorted(slots, key=lambda s: (s["start"], s["id"]))


def _open(qtbot: QtBot, app: Application, slot: dict[str, Any]) -> AppointmentsPage:
    app.window.show_page("appointments")
    page = app.window.page("appointments")
    assert isinstance(page, AppointmentsPage)
    qtbot.waitUntil(lambda: bool(page.model.catalogue.services), timeout=10_000)
    page.booking.select_service(slot["service_id"])
    qtbot.waitUntil(
        lambda: page.booking.calendar is not None and page.booking.calendar.service.id == slot["service_id"],
        timeout=10_000,
    )
    assert page.booking.picker.select_slot(slot["id"])
    return page


def _ops(app: Application) -> list[Any]:
    return list(app.ctx.db.submit(lambda s: s.outbox.list_ops()).result())


def _signed_in(qtbot: QtBot, app: Application) -> None:
    qtbot.waitUntil(lambda: app.ctx.sync.status.activity.value == "idle", timeout=30_000)
    app.ctx.sync.sign_in("demo", "demo")
    wait_synced(qtbot, app)


def test_booked_offline_confirmed_once_with_ticket_slip_reminders_and_cancel(
    qtbot: QtBot, tmp_path: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, _text: told.append(title))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(ReminderDialog, "exec", lambda self: ReminderDialog.DialogCode.Accepted)
    with FaultProxy(int(server.url.rsplit(":", 1)[1])) as proxy:
        config = AppConfig(server_url=proxy.url, data_dir=tmp_path / "data", remember_sign_in=False)
        with running_app(config) as app:
            _signed_in(qtbot, app)
            slot = _free_slots(app)[0]
            page = _open(qtbot, app, slot)
            proxy.refuse()  # the network goes away
            page.booking.book_button.click()
            page.booking.book_button.click()  # an impatient double click
            page.booking.book()  # and once more, straight at the handler
            wait_status(qtbot, app, lambda s: s.waiting == 1 and s.connection is Connection.OFFLINE)
            qtbot.waitUntil(lambda: page.mine.current() is not None, timeout=10_000)
            mine = page.mine.current()
            assert mine is not None and mine.phase is Phase.SAVED
            assert "已保存在本電腦 — 尚未確認" in page.mine.status.text()
            assert not page.mine.ticket.isVisibleTo(page)
            assert [op.kind for op in _ops(app)] == ["book_appointment"]
            assert told in ([], ["已在處理中"])

            proxy.accept()
            app.ctx.sync.sync_now(manual=True)

            def confirmed() -> bool:
                current = page.mine.current()
                return current is not None and current.booking_op is None and current.appointment is not None

            qtbot.waitUntil(confirmed, timeout=30_000)
            booked = page.mine.current()
            assert booked is not None and booked.appointment is not None
            assert booked.phase is Phase.BOOKED and booked.appointment.slot_id == slot["id"]
            assert "已確認" in page.mine.status.text()
            # The QR ticket reads back as the server's ticket token; the code is there to read out.
            assert page.mine.ticket.isVisibleTo(page)
            png = tmp_path / "ticket.png"
            assert page.mine.ticket.qr.grab().save(str(png), "PNG")
            assert decode(png) == booked.appointment.ticket_token
            assert page.mine.ticket.code.text() == booked.appointment.ticket_code
            pdf = page.mine.save_pdf(tmp_path / "slip.pdf")
            assert pdf is not None and pdf.read_bytes().startswith(b"%PDF-") and pdf.stat().st_size > 2_000

            page.mine.reminder_button.click()  # one day and one hour before, the defaults
            qtbot.waitUntil(
                lambda: (m := page.mine.current()) is not None and m.memo is not None, timeout=10_000
            )
            wait_status(qtbot, app, lambda s: s.waiting == 0)
            reminders = app.ctx.db.submit(pending_reminders).result()
            assert sorted(r.before_minutes for r in reminders) == [60, 1440]

            page.mine.cancel_button.click()
            qtbot.waitUntil(
                lambda: (m := page.mine.current()) is not None and m.phase is Phase.CANCELLED, timeout=30_000
            )
            wait_status(qtbot, app, lambda s: s.waiting == 0 and s.attention == 0)
            assert app.ctx.db.submit(pending_reminders).result() == []
            assert app.ctx.db.submit(memo_items).result() == []
            kinds = [(op.kind, op.state) for op in _ops(app)]
            assert kinds == [
                ("book_appointment", OpState.ACKED),
                ("save_memo", OpState.ACKED),
                ("cancel_appointment", OpState.ACKED),
                ("delete_memo", OpState.ACKED),
            ]


def test_a_taken_time_offers_the_nearest_free_and_one_click_books_it_then_moves_it(
    qtbot: QtBot, tmp_path: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = AppConfig(server_url=server.url, data_dir=tmp_path / "data", remember_sign_in=False)
    with running_app(config) as app:
        _signed_in(qtbot, app)
        slots = _free_slots(app)
        by_service: dict[str, int] = {}
        for s in slots:
            by_service[s["service_id"]] = by_service.get(s["service_id"], 0) + 1
        slot = next(s for s in slots if by_service[s["service_id"]] >= 3)
        page = _open(qtbot, app, slot)
        # Other people take every place before our booking reaches the server.
        server.test_call("POST", "/v1/_test/slots", json={"id": slot["id"], "fill": True})
        page.booking.book()

        def refused() -> bool:
            current = page.mine.current()
            return current is not None and current.phase is Phase.REFUSED and bool(page.mine.nearest_buttons)

        qtbot.waitUntil(refused, timeout=30_000)
        assert "最後名額已被他人預約" in page.mine.status.text()
        refused_op = page.mine.current()
        assert refused_op is not None and refused_op.booking_op is not None
        nearest = refused_op.nearest
        assert nearest and all(n[0] != slot["id"] for n in nearest)
        wait_status(qtbot, app, lambda s: s.attention == 1)

        page.mine.nearest_buttons[0].click()

        def booked() -> bool:
            current = page.mine.current()
            return current is not None and current.phase is Phase.BOOKED and current.booking_op is None

        qtbot.waitUntil(booked, timeout=30_000)
        current = page.mine.current()
        assert current is not None and current.appointment is not None
        assert current.appointment.slot_id == nearest[0][0]
        wait_status(qtbot, app, lambda s: s.attention == 0 and s.waiting == 0)
        states = [(op.kind, op.state, op.supersedes) for op in _ops(app)]
        assert states == [
            ("book_appointment", OpState.SUPERSEDED, None),
            ("book_appointment", OpState.ACKED, refused_op.booking_op.op_id),
        ]

        # Change the time: the same appointment and ticket code, a new QR token.
        before = current.appointment

        def choose_a_time(dialog: RescheduleDialog) -> QDialog.DialogCode:
            qtbot.waitUntil(lambda: dialog.picker.current_slot() is not None, timeout=10_000)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(RescheduleDialog, "exec", choose_a_time)
        assert page.mine.reschedule_button.isVisibleTo(page)
        page.mine.reschedule_button.click()

        def moved() -> bool:
            now = page.mine.current()
            return (
                now is not None and now.appointment is not None and not now.confirming
                and now.appointment.slot_id != before.slot_id and now.change_op is None
            )  # fmt: skip

        qtbot.waitUntil(moved, timeout=30_000)
        after = page.mine.current()
        assert after is not None and after.appointment is not None
        assert after.key == before.id and after.appointment.ticket_code == before.ticket_code
        assert after.appointment.ticket_token != before.ticket_token
        assert page.mine.ticket.token == after.appointment.ticket_token
