"""Appointment widgets: the QR ticket decodes back to its token, the slip is a real PDF, the day picker
says why counters are closed and offers only times that can be booked."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.capture.qr import decode
from desktop.domain.appointments import MACAO, AppointmentService, Holiday, Place, Slot
from desktop.domain.bookings import Phase
from desktop.domain.text import LocalizedText
from desktop.viewmodels.appointments import Calendar
from desktop.views.appointment_slip import Slip, print_slip, save_slip_pdf
from desktop.views.appointment_widgets import SlotPicker, TicketView

TOKEN = (
    "OA1.eyJhIjoiQVAtMDY0N0JBOTc5RkVFIiwiYyI6IlFZUlktSzRXRSIsImUiOjE3OTYwMTEyMDAsImwiOiJsb2MtY3MtaWxoYXMiL"
    "CJzIjoicHMtMTAwMiIsInQiOjE3OTYwMDk0MDB9.2tdmWQ0Wo1RK-VIC6UZ4A_NzJFT1L4BrEwHHCY9CMG0"
)
MONDAY = datetime(2026, 12, 7, 8, 0, tzinfo=MACAO)  # the day before the Immaculate Conception holiday
HOURS = {d: (("09:00", "13:00"), ("14:30", "17:45")) for d in ("mon", "tue", "wed", "thu", "fri")}


def _service() -> AppointmentService:
    place = Place("loc-dsi", LocalizedText("身份證明局服務櫃枱"), LocalizedText("示範地址"), dict(HOURS))
    return AppointmentService(
        "ps-1002",
        "DSI",
        LocalizedText("首次申請居民身份證"),
        LocalizedText("身份證明文件"),
        20,
        30,
        14,
        (place,),
    )


def _slot(day: int, hour: int, capacity: int, booked: int) -> Slot:
    start = datetime(2026, 12, day, hour, 30, tzinfo=MACAO)
    return Slot(
        f"sl-{day}-{hour}", "ps-1002", "loc-dsi", start, start + timedelta(minutes=30), capacity, booked
    )


def test_qr_ticket_round_trip(qtbot: QtBot, tmp_path: Path) -> None:
    view = TicketView()
    qtbot.addWidget(view)
    view.set_ticket(TOKEN, "QYRY-K4WE")
    view.show()
    qtbot.waitExposed(view)
    png = tmp_path / "ticket.png"
    assert view.qr.grab().save(str(png), "PNG")
    assert decode(png) == TOKEN
    # Also straight from the painted pixels, as a camera would see the screen.
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    assert decode(rows[:, : image.width()].copy()) == TOKEN
    assert view.code.text() == "QYRY-K4WE"


def test_slip_is_a_real_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    slip = Slip(
        "預約憑條",
        (
            ("服務", "首次申請居民身份證"),
            ("地點", "離島政府綜合服務中心"),
            ("時間", "2026-11-30 11:30–12:00"),
        ),
        "取籌編號",
        "QYRY-K4WE",
        TOKEN,
        "請於預約時段內到場。",
    )
    path = save_slip_pdf(tmp_path / "slip.pdf", slip)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    assert len(data) > 2_000
    # Read it back as a PDF viewer would, and scan the QR code printed on it.
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    page = tmp_path / "slip.png"
    assert document.render(0, QSize(1240, 1760)).save(str(page), "PNG")
    assert decode(page) == TOKEN


def test_printing_goes_through_the_print_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slip = Slip("預約憑條", (("服務", "首次申請居民身份證"),), "取籌編號", "QYRY-K4WE", TOKEN, "")
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert print_slip(None, slip) is False  # the resident closed the dialog: nothing printed
    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> QDialog.DialogCode:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # "print to file"
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert print_slip(None, slip) is True
    assert target.read_bytes().startswith(b"%PDF-")


def test_day_picker_closed_days_and_bookable_times(qtbot: QtBot) -> None:
    holiday = Holiday(date(2026, 12, 8), LocalizedText("聖母無原罪瞻禮", "Imaculada Conceição"), "all_day")
    slots = (
        _slot(7, 9, 2, 2),  # Monday: full
        _slot(7, 14, 3, 1),  # Monday: 2 free
        _slot(8, 9, 3, 0),  # the holiday: counters closed
        _slot(9, 9, 3, 0),  # Wednesday: mine already
    )
    calendar = Calendar(_service(), slots, (holiday,), MONDAY, {"sl-9-9": Phase.BOOKED})
    picker = SlotPicker()
    qtbot.addWidget(picker)
    picker.set_calendar(calendar, MONDAY)
    texts = [picker.days.item(i).text() for i in range(picker.days.count())]
    assert len(texts) == 14
    assert "聖母無原罪瞻禮" in texts[1]
    assert "closed" in texts[5] and "12" in texts[5]  # Saturday (the test runs without translations)
    assert picker.current_slot() == slots[1]  # the first bookable time of the first day with room
    enabled = [picker.times.item(i).flags() & picker.times.item(i).flags().ItemIsEnabled for i in range(2)]
    assert not enabled[0] and enabled[1]
    picker.days.setCurrentRow(1)
    assert picker.times.count() == 0 and picker.current_slot() is None
    picker.days.setCurrentRow(2)
    assert picker.current_slot() is None  # the one time that day is already mine
    assert picker.select_slot("sl-7-14")
