"""Make the screenshots in docs/screenshots from the real app, offscreen, with the reference server.

    python -m tools.docshots [NAME ...]      # all of them, or only those named

Each shot starts a reference server in test mode (demo data), runs the app against it on a throw-away
profile, drives it to the state worth showing, and saves the window as a PNG.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from desktop.views.pages.appointments import AppointmentsPage


def _pump(seconds: float, until: Callable[[], bool] | None = None) -> bool:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.01)
    return until is None


class Session:
    """A test-mode reference server and the app signed in to it."""

    def __init__(self, lang: str, size: tuple[int, int] = (1366, 820)) -> None:
        import httpx

        from desktop.app import Application
        from desktop.config import AppConfig
        from desktop.demo import EmbeddedServer

        self.scratch = Path(tempfile.mkdtemp(prefix="oneaccount-docshots-"))
        self.server = EmbeddedServer(self.scratch / "server", extra_args=("--test-mode",))
        self.url = self.server.start()
        self.http = httpx.Client(base_url=self.url, timeout=30)
        config = AppConfig(
            server_url=self.url, data_dir=self.scratch / "data", language=lang, remember_sign_in=False
        )
        self.app = Application(config)
        self.app.window.resize(*size)
        self.app.window.show()
        self.app.ctx.start()
        status = self.app.ctx.sync.status
        _pump(30, lambda: self.app.ctx.sync.status.connection.value == "online")
        self.app.ctx.sync.sign_in("demo", "demo")
        if not _pump(60, lambda: self.app.ctx.sync.status.last_sync is not None):
            raise RuntimeError(f"no sync: {status}")

    def test_call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.http.request(method, path, **kwargs)
        response.raise_for_status()
        return response.json() if response.content else None

    def sync(self) -> None:
        before = self.app.ctx.sync.status.last_sync
        self.app.ctx.sync.sync_now(manual=True)
        _pump(
            30,
            lambda: (
                self.app.ctx.sync.status.last_sync != before
                and self.app.ctx.sync.status.activity.value == "idle"
            ),
        )
        _pump(1.0)

    def save(self, name: str) -> Path:
        _pump(0.8)
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"{name}.png"
        if not self.app.window.grab().save(str(path), "PNG"):
            raise RuntimeError(f"could not write {path}")
        print(f"wrote {path.relative_to(ROOT)}")
        return path

    def close(self) -> None:
        self.app.close()
        self.http.close()
        self.server.stop()
        shutil.rmtree(self.scratch, ignore_errors=True)


def typhoon(lang: str = "zh-Hant") -> None:
    """My information while the scripted typhoon has signal No. 8 up."""
    session = Session(lang)
    try:
        session.test_call("POST", "/v1/_test/typhoon", json={"pace": 0.05})
        _pump(
            20, lambda: any("8" in label for label in session.test_call("GET", "/v1/_test/typhoon")["done"])
        )
        session.test_call("DELETE", "/v1/_test/typhoon")
        session.sync()
        session.app.window.show_page("feed")
        session.save(f"feed-typhoon-{lang}")
    finally:
        session.close()


def receipt(lang: str = "zh-Hant") -> None:
    """A traffic fine paid through the outbox, with its receipt."""
    session = Session(lang)
    try:
        window = session.app.window
        window.show_page("services")
        page = window.page("services")
        page.show_payments()
        panel = page.payments
        _pump(10, lambda: any(p.key == "fine:F-10001" for p in panel.model.items))
        item = next(p for p in panel.model.items if p.key == "fine:F-10001")
        panel.model.pay(item, "mpay")
        _pump(30, lambda: any(p.key == "fine:F-10001" and p.status == "paid" for p in panel.model.items))
        tree = panel.tree
        for top in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(top)
            for child in range(group.childCount() if group else 0):
                node = group.child(child) if group else None
                if node is not None and node.data(0, 0x0100) == "fine:F-10001":
                    tree.setCurrentItem(node)
        session.save(f"payment-receipt-{lang}")
    finally:
        session.close()


def search() -> None:
    """My services searched as a resident types, in each language, with the first result open."""
    for lang, query in (("zh-Hant", "出生"), ("pt", "certidao"), ("en", "certificate")):
        session = Session(lang, (1280, 800))
        try:
            window = session.app.window
            window.show_page("services")
            page = window.page("services")
            _pump(10, lambda page=page: page.model.total > 0)  # type: ignore[misc]
            page.search.setText(query)
            _pump(10, lambda page=page, q=query: page.model.query == q and bool(page.model.highlights))  # type: ignore[misc]
            page.list.setCurrentIndex(page.model.index(0, 0))
            session.save(f"search-{lang}")
        finally:
            session.close()


def _wait(what: str, seconds: float, until: Callable[[], bool]) -> None:
    if not _pump(seconds, until):
        raise RuntimeError(f"timed out waiting for {what}")


def _settled(session: Session) -> bool:
    status = session.app.ctx.sync.status
    return status.waiting == 0 and status.activity.value == "idle"


@contextmanager
def _answered(dialog_class: type[QDialog], answer: Callable[[Any], QDialog.DialogCode]) -> Iterator[None]:
    """While inside, a ``dialog_class`` dialog is not shown: ``answer`` fills it in and closes it."""
    shown = dialog_class.exec
    dialog_class.exec = answer  # type: ignore[method-assign]
    try:
        yield
    finally:
        dialog_class.exec = shown  # type: ignore[method-assign]


def _choose_service(session: Session, department: str, service_id: str) -> AppointmentsPage:
    """Appointments (預約取籌) with one department's service chosen and its first free time picked."""
    from desktop.views.pages.appointments import ROLE, AppointmentsPage

    window = session.app.window
    window.show_page("appointments")
    page = window.page("appointments")
    assert isinstance(page, AppointmentsPage)
    booking = page.booking
    _wait("the services", 15, lambda: bool(page.model.catalogue.services))
    booking.department.setCurrentIndex(booking.department.findData(department))
    for row in range(booking.services.count()):
        if booking.services.item(row).data(ROLE) == service_id:
            booking.services.setCurrentRow(row)
    _wait(
        f"the times of {service_id}",
        15,
        lambda: (
            booking.calendar is not None
            and booking.calendar.service.id == service_id
            and booking.picker.current_slot() is not None
        ),
    )
    return page


def appointments(lang: str = "zh-Hant") -> None:
    """Appointments: a time chosen, the confirmed booking's QR ticket, its reminders with a note of one's
    own in the memo; then a booking whose time others took meanwhile, with the nearest free times."""
    from PySide6.QtCore import QDateTime, QTimeZone
    from PySide6.QtWidgets import QDialog

    from desktop.domain.appointments import MACAO
    from desktop.domain.bookings import Phase
    from desktop.views.pages.memo import ROLE, MemoDialog, MemoPage, ReminderDialog

    session = Session(lang, (1280, 800))
    try:
        window = session.app.window
        page = _choose_service(session, "DSI", "ps-1002")  # 首次申請居民身份證（未滿18歲）
        session.save(f"appointments-booking-{lang}")

        mine = page.mine
        page.booking.book_button.click()

        def confirmed() -> bool:
            a = mine.current()
            return (
                a is not None
                and a.phase is Phase.BOOKED
                and a.booking_op is None
                and a.appointment is not None
            )

        if not _pump(30, confirmed):
            session.sync()
        _wait("the booking confirmed", 30, lambda: confirmed() and mine.ticket.isVisibleTo(page))
        _wait("the outbox sent", 30, lambda: _settled(session))
        session.save(f"appointments-ticket-{lang}")

        with _answered(ReminderDialog, lambda _dialog: QDialog.DialogCode.Accepted):
            mine.reminder_button.click()  # one day and one hour before, the defaults
        _wait("the reminders", 15, lambda: (a := mine.current()) is not None and a.memo is not None)
        _wait("the memo button", 15, lambda: mine.memo_button.isVisibleTo(page))
        mine.memo_button.click()  # 我的備忘, one of My apps
        memo = window.page("memo")
        assert isinstance(memo, MemoPage)
        _wait("the memo", 15, lambda: len(memo.model.items) == 1)

        def write_note(dialog: MemoDialog) -> QDialog.DialogCode:
            at = (session.app.ctx.clock.now() + timedelta(days=5)).astimezone(MACAO)
            at = at.replace(hour=18, minute=0, second=0, microsecond=0)
            dialog.title.setText("交水費")
            dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(at.timestamp()), QTimeZone(8 * 3600)))
            dialog.body.setPlainText("十一月水費單，可在「我的服務」繳付。")
            for minutes, box in dialog.choices.boxes.items():
                box.setChecked(minutes == 1440)
            return QDialog.DialogCode.Accepted

        with _answered(MemoDialog, write_note):
            memo.new_button.click()
        _wait("the note", 15, lambda: len(memo.model.items) == 2)
        _wait("the outbox sent", 30, lambda: _settled(session))
        session.sync()
        _wait("the memo on the server", 15, lambda: all(i.badge is None for i in memo.model.items))
        coming = memo.tree.topLevelItem(0)
        for index in range(coming.childCount() if coming else 0):
            node = coming.child(index) if coming else None
            item = memo.model.item(str(node.data(0, ROLE))) if node is not None else None
            if node is not None and item is not None and item.memo.appointment_id:
                memo.tree.setCurrentItem(node)  # the booking's reminders
        session.save(f"appointments-memo-{lang}")
    finally:
        session.close()

    session = Session(lang, (1280, 800))
    try:
        page = _choose_service(session, "DSAT", "ps-1073")  # 補發駕駛執照
        slot = page.booking.picker.current_slot()
        assert slot is not None
        # Others take the last places of that time before this booking reaches the server.
        session.test_call("POST", "/v1/_test/slots", json={"id": slot.id, "fill": True})
        page.booking.book_button.click()
        mine = page.mine
        _wait(
            "the refusal",
            30,
            lambda: (
                (a := mine.current()) is not None
                and a.phase is Phase.REFUSED
                and bool(mine.nearest_buttons)
                and session.app.ctx.sync.status.attention == 1
                and _settled(session)
            ),
        )
        session.save(f"appointments-nearest-{lang}")
    finally:
        session.close()


SHOTS: dict[str, Callable[[], None]] = {
    "feed-typhoon": typhoon,
    "payment-receipt": receipt,
    "search": search,
    "appointments": appointments,
}


def main(argv: list[str]) -> int:
    names = argv or list(SHOTS)
    unknown = [n for n in names if n not in SHOTS]
    if unknown:
        print(f"unknown shots: {', '.join(unknown)}; known: {', '.join(SHOTS)}", file=sys.stderr)
        return 2
    for name in names:
        SHOTS[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
