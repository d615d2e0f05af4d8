"""The eID page on a real AppContext (no server; the credential comes from the demo authority library):
kiosks refuse, the "show eID" code renews itself and verifies, a request read from a picture or the
camera asks for exactly its fields, consent to a subset after the face check gives a share token with
only those fields and the nonce, a refusal is kept, and the history survives a restart."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.capture import qr
from desktop.clock import FakeClock
from desktop.config import AppConfig
from desktop.context import AppContext
from desktop.eid.demo import (
    DEMO_RESIDENT_ID,
    DEMO_RESIDENT_NAME,
    demo_attributes,
    demo_authority,
    demo_institution_key,
)
from desktop.eid.errors import EidError
from desktop.eid.holder import CredentialBundle, make_bind_proof
from desktop.eid.keys import DeviceKeyStore
from desktop.eid.request import MadeRequest, make_request
from desktop.eid.verify import Verifier
from desktop.profile import ProfileKind
from desktop.store import open_store
from desktop.viewmodels.eid import EidFiles, EidState
from desktop.views.pages.eid import EidPage
from tests.conftest import MemoryKeyring
from tests.qt.screenshots import chinese_look, save_shot
from tests.unit.capture import media
from tests.unit.capture.media import astronaut, good_frame, images

__all__ = ["astronaut", "good_frame", "images"]

ACCOUNT = "acct-eid"
FIELDS = ["name_zh", "date_of_birth", "address"]
PURPOSE = {"zh": "開立銀行戶口", "pt": "Abertura de conta bancária", "en": "Opening a bank account"}


@pytest.fixture(scope="module")
def face_video(tmp_path_factory: pytest.TempPathFactory, good_frame: media.Image) -> Path:
    return media.write_video(tmp_path_factory.mktemp("eid-media") / "face.avi", [good_frame] * 20)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_ctx(data: Path, clock: FakeClock, kind: ProfileKind = ProfileKind.RESIDENT) -> AppContext:
    ctx = AppContext(AppConfig(profile=kind, server_url="http://127.0.0.1:9", data_dir=data), clock=clock)
    ctx.account_key = ACCOUNT
    return ctx


@pytest.fixture
def ctx(qapp: QApplication, tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    ctx = make_ctx(tmp_path / "data", clock)
    yield ctx
    ctx.shutdown()


@pytest.fixture
def authority(clock: FakeClock) -> Any:
    return demo_authority(clock)


def bind_here(ctx: AppContext, authority: Any) -> None:
    """What binding leaves behind: the device key in the keyring, the bundle and key set in the folder."""
    key = DeviceKeyStore.for_profile(ctx.profile, ACCOUNT).create()
    challenge = authority.new_challenge(DEMO_RESIDENT_ID)
    issued = authority.bind(
        resident_id=DEMO_RESIDENT_ID, display_name=DEMO_RESIDENT_NAME, attributes=demo_attributes(),
        proof=make_bind_proof(key, DEMO_RESIDENT_ID, challenge.value, ctx.clock.now()),
        presence_checked_at=ctx.clock.now(),
    )  # fmt: skip
    files = EidFiles(ctx.profile.account_dir(ACCOUNT))
    keys = authority.published_keys()
    files.save(CredentialBundle.from_issued(issued), keys.to_json(), authority.revocation_list().to_json())


def open_page(qtbot: QtBot, ctx: AppContext, source: Any = 0) -> EidPage:
    page = EidPage(ctx, camera_source=source)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    return page


def bound_page(qtbot: QtBot, ctx: AppContext, authority: Any, source: Any = 0) -> EidPage:
    bind_here(ctx, authority)
    page = open_page(qtbot, ctx, source)
    qtbot.waitUntil(lambda: page.model.state is EidState.BOUND, timeout=10_000)
    return page


def decode_widget(widget: QWidget) -> str | None:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    data = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * image.height())
    grey = data.reshape(image.height(), image.bytesPerLine())[:, : image.width()].copy()
    return qr.decode(grey)


def request_png(path: Path, made: MadeRequest) -> Path:
    """The request QR as an institution's screen shows it: 5 px a module, with room around it."""
    code = qr.matrix_image(qr.encode_matrix(made.token, error_correction="M"), module_px=5)
    canvas = np.full((code.shape[0] * 2, code.shape[1] * 2), 235, np.uint8)
    y, x = code.shape[0] // 2, code.shape[1] // 2
    canvas[y : y + code.shape[0], x : x + code.shape[1]] = code
    cv2.imwrite(str(path), canvas)
    return path


def a_request(clock: FakeClock, fields: list[str] = FIELDS) -> MadeRequest:
    return make_request(demo_institution_key("demo-bank"), fields, PURPOSE, clock.now())


def test_a_kiosk_says_eid_lives_on_the_residents_computer(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, clock: FakeClock, memory_keyring: MemoryKeyring
) -> None:
    ctx = make_ctx(tmp_path / "kiosk", clock, ProfileKind.KIOSK)
    try:
        page = open_page(qtbot, ctx)
        qtbot.waitUntil(lambda: page.model.state is EidState.UNAVAILABLE, timeout=5000)
        assert page.stack.currentWidget() is page.message
        assert page.message.empty.title.text() == "eID lives on the resident's own computer"
        assert not page.message.action.isVisible()
        assert memory_keyring.entries == {}
        assert not (ctx.profile.data_dir / "accounts" / ACCOUNT / "eid.json").exists()
    finally:
        ctx.shutdown()


def test_not_bound_offers_set_up(qtbot: QtBot, ctx: AppContext) -> None:
    page = open_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.state is EidState.NOT_BOUND, timeout=5000)
    assert page.message.action.isVisible() and page.message.action.text() == "Set up eID"


def test_show_eid_renews_every_30_seconds_and_verifies(
    qtbot: QtBot, ctx: AppContext, authority: Any, clock: FakeClock
) -> None:
    page = bound_page(qtbot, ctx, authority)
    qtbot.waitUntil(lambda: bool(page.show_view.token), timeout=5000)
    verifier = Verifier(authority.published_keys(), revocations=authority.revocation_list(), clock=clock)
    first = page.show_view.token
    assert decode_widget(page.show_view.qr) == first
    assert page.show_view.qr.code_rect().width() // (page.show_view.qr.modules + 8) >= 4  # px a module
    shown = verifier.verify(first, expect="show")
    assert shown.subject is not None and shown.subject.name == DEMO_RESIDENT_NAME
    assert page.show_view.countdown.text() == "New code in 30 second(s)"
    assert page.show_view.countdown.accessibleName() == page.show_view.countdown.text()
    clock.advance(12)
    page.tick()
    assert page.show_view.token == first and page.show_view.countdown.text() == "New code in 18 second(s)"
    clock.advance(19)
    page.tick()
    second = page.show_view.token
    assert second != first and decode_widget(page.show_view.qr) == second
    assert verifier.verify(second, expect="show").kind == "show"
    with pytest.raises(EidError) as replay:
        verifier.verify(second)
    assert replay.value.reason == "replayed"


def consent_through(qtbot: QtBot, page: EidPage, untick: str, face: Path) -> str:
    """Untick one field, agree, let the camera see a face; the share token on screen."""
    assert sorted(page.consent_view.boxes) == sorted(FIELDS)  # exactly the fields asked for
    page.consent_view.boxes[untick].setChecked(False)
    page.presence.camera.set_source(face)
    page.consent_view.consent_button.click()
    qtbot.waitUntil(lambda: page.scan_stack.currentIndex() == 2, timeout=15_000)
    assert page.stack.currentWidget() is page.tabs
    return page.share_view.token


def test_consent_to_a_subset_from_a_picture(
    qtbot: QtBot, ctx: AppContext, authority: Any, clock: FakeClock, tmp_path: Path, face_video: Path
) -> None:
    page = bound_page(qtbot, ctx, authority)
    page.tabs.setCurrentIndex(1)
    made = a_request(clock)
    page.load_picture(request_png(tmp_path / "request.png", made))
    assert page.scan_stack.currentIndex() == 1
    assert page.consent_view.institution.text() == "示範銀行"
    assert "開立銀行戶口" in page.consent_view.purpose.text()
    assert page.consent_view.boxes["name_zh"].text() == "中文姓名: 陳大文"
    token = consent_through(qtbot, page, "address", face_video)
    assert decode_widget(page.share_view.qr) == token
    keys = authority.published_keys()
    shared = Verifier(keys, clock=clock).verify(
        token, nonce=made.nonce, institution="demo-bank", requested=FIELDS
    )
    assert shared.fields == {"name_zh": "陳大文", "date_of_birth": "1988-03-14"}
    assert shared.user_verified is True
    assert "address" not in token and page.share_view.countdown.text() == "Valid for 120 more second(s)"
    clock.advance(121)
    page.tick()
    assert page.share_view.qr.modules == 0 and "expired" in page.share_view.countdown.text()
    records = page.model.history()
    assert [(r.decision, r.shared, r.requested) for r in records] == [
        ("consented", ("name_zh", "date_of_birth"), tuple(FIELDS))
    ]
    assert page.history_view.topLevelItemCount() == 1
    assert "陳大文" not in EidFiles(ctx.profile.account_dir(ACCOUNT)).history.path.read_text("utf-8")


def test_scan_with_the_camera_refuse_and_history_survives_a_restart(
    qtbot: QtBot, ctx: AppContext, authority: Any, clock: FakeClock, tmp_path: Path
) -> None:
    page = bound_page(qtbot, ctx, authority, source=request_png(tmp_path / "shown.png", a_request(clock)))
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.scan_stack.currentIndex() == 1, timeout=15_000)  # read by the camera
    assert released_scanner(page)
    box = page.scanner.preview._scan_box  # the part of the picture read, drawn to fit this picture
    assert box is not None and box.width() == int(
        0.6 * min(cv2.imread(str(tmp_path / "shown.png")).shape[:2])
    )
    page.consent_view.refuse_button.click()
    assert (
        page.scan_stack.currentIndex() == 0 and page.scan_error.text() == "You refused. Nothing was shared."
    )
    assert [r.decision for r in page.model.history()] == ["refused"]
    page.load_picture(request_png(tmp_path / "second.png", a_request(clock, ["age_over_18"])))
    page.consent_view.refuse_button.click()
    page.hide()
    ctx.shutdown()
    again = make_ctx(tmp_path / "data", clock)  # the app starts again
    try:
        reopened = open_page(qtbot, again)
        qtbot.waitUntil(lambda: reopened.model.state is EidState.BOUND, timeout=10_000)
        reopened.tabs.setCurrentIndex(3)
        history = reopened.history_view
        assert history.topLevelItemCount() == 2
        newest = history.topLevelItem(0)
        assert newest is not None and (newest.text(2), newest.text(3)) == ("Refused", "年滿十八歲")
        assert [r.requested for r in reopened.model.history()] == [("age_over_18",), tuple(FIELDS)]
    finally:
        again.shutdown()


def released_scanner(page: EidPage) -> bool:
    return page.scanner.worker is None


@pytest.mark.parametrize(
    ("mangle", "reason"),
    [
        (
            lambda token: token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB"),
            "The signature does not match",
        ),
        (None, "The code has expired"),
    ],
)
def test_a_bad_request_is_said_in_words(
    qtbot: QtBot,
    ctx: AppContext,
    authority: Any,
    clock: FakeClock,
    tmp_path: Path,
    mangle: Callable[[str], str] | None,
    reason: str,
) -> None:
    page = bound_page(qtbot, ctx, authority)
    page.tabs.setCurrentIndex(1)
    made = a_request(clock)
    if mangle is None:
        clock.advance(3600)
        page._on_request_text(made.token)
    else:
        page._on_request_text(mangle(made.token))
    assert page.scan_stack.currentIndex() == 0
    assert page.scan_error.text().startswith(reason)
    path = tmp_path / "not-a-code.png"
    cv2.imwrite(str(path), np.full((50, 50), 255, np.uint8))
    page.load_picture(path)
    assert page.scan_error.text() == "No QR code was found in this picture."


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, ctx: AppContext, authority: Any, clock: FakeClock, tmp_path: Path
) -> None:
    page = bound_page(qtbot, ctx, authority)

    def unnamed() -> list[str]:
        buttons = [w for w in page.findChildren(QAbstractButton) if w.isVisibleTo(page)]
        return [w.objectName() or type(w).__name__ for w in buttons if not w.accessibleName()]

    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        assert unnamed() == [], tab
    page.tabs.setCurrentIndex(1)
    page.load_picture(request_png(tmp_path / "request.png", a_request(clock)))
    assert page.scan_stack.currentIndex() == 1 and unnamed() == []


def test_screenshot_of_the_share_screen(
    qtbot: QtBot,
    qapp: QApplication,
    ctx: AppContext,
    authority: Any,
    clock: FakeClock,
    tmp_path: Path,
    face_video: Path,
) -> None:
    """docs/screenshots/eid-share-zh-Hant.png (written there with ONEACCOUNT_DOCSHOTS=1)."""
    with chinese_look(qapp, ctx):
        page = bound_page(qtbot, ctx, authority)
        page.resize(1280, 800)
        page.tabs.setCurrentIndex(1)
        made = a_request(clock)
        page.load_picture(request_png(tmp_path / "request.png", made))
        assert page.consent_view.consent_button.text() == "同意並提供"
        token = consent_through(qtbot, page, "address", face_video)
        clock.advance(17)
        page.tick()
        assert page.share_view.countdown.text() == "尚餘 103 秒有效"
        assert page.share_view.title.text() == "請向示範銀行出示此二維碼"
        qtbot.wait(200)
        out = save_shot(page, "eid-share-zh-Hant", tmp_path)
        assert qr.decode(out) == token  # the code in the picture is the share token itself


def test_course_sign_in_code_and_the_programme_balance(
    qtbot: QtBot, ctx: AppContext, authority: Any, clock: FakeClock
) -> None:
    course = {
        "id": "crs-usr-demo-C-0137",
        "programme_id": "pdac",
        "course_id": "C-0137",
        "name": {"zh": "商務英語會話（中級）", "pt": "Conversação em Inglês", "en": "Business English"},
        "schedule": [
            {"start": "2026-11-20T19:00:00+08:00", "end": "2026-11-20T21:00:00+08:00"},
            {"start": "2026-11-27T19:00:00+08:00", "end": "2026-11-27T21:00:00+08:00"},
        ],
    }
    voucher = {
        "id": "vch-usr-demo-pdac",
        "kind": "continuing_education",
        "balance": "1600.00",
        "total": "6000.00",
        "programme": {"zh": "持續進修發展計劃", "pt": "Programa", "en": "Programme"},
    }
    changes = [{"entity": e, "id": r["id"], "op": "put", "row": r, "version": 1}
               for e, r in (("course", course), ("voucher", voucher))]  # fmt: skip
    cache = ctx.profile.cache_path(ACCOUNT)
    ctx.db.reopen(lambda: open_store(cache)).result(timeout=10)
    ctx.db.submit(lambda store: store.apply_changes(changes, "c1")).result(timeout=10)
    page = bound_page(qtbot, ctx, authority)
    page.tabs.setCurrentIndex(2)
    view = page.courses_view
    qtbot.waitUntil(lambda: len(view.courses) == 1, timeout=10_000)
    assert view.balance.text() == "持續進修發展計劃: MOP 1600.00 left of MOP 6000.00"
    assert view.list.item(0).text() == "商務英語會話（中級）\nNext session: 2026-11-27 19:00"
    assert not view.sign_in.isEnabled()
    view.list.setCurrentRow(0)
    view.sign_in.click()
    token = view.code.token
    assert token and decode_widget(view.code.qr) == token
    assert view.code.title.text() == "Sign in to 商務英語會話（中級）"
    verifier = Verifier(authority.published_keys(), clock=clock)
    checked = verifier.verify(token, course="pdac/C-0137")
    assert checked.course is not None and checked.course.action == "in"
    clock.advance(61)
    page.tick()
    assert view.code.token != token  # renewed every minute
    view.sign_out.click()
    assert verifier.verify(view.code.token, course="C-0137").course.action == "out"  # type: ignore[union-attr]
