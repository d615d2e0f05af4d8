"""The address page on a real AppContext and a real cache (no server): the form refuses what is wrong
before anything is queued, "select all" and one-by-one choice, children, the review in the current
language, one request per send however often it is clicked, the progress as pulls bring it, and an
accessible name on every control."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.config import AppConfig
from desktop.context import AppContext
from desktop.domain.address import AddressInput, ChildInput
from desktop.domain.changes import Changes
from desktop.domain.operation import Operation, OpState
from desktop.i18n import Translations, build
from desktop.store import open_store
from desktop.store.outbox import Outcome
from desktop.views.address_widgets import ChildDialog
from desktop.views.pages.address import AddressPage
from server.demo.address import DEMO_ADDRESS, address_department_rows, demo_address
from server.ops.address import DETAIL

NEW_HOME = AddressInput(district="taipa", street_zh="哥英布拉街", street_pt="Rua de Coimbra", number="225",
                        floor="3", flat="A")  # fmt: skip


def _put(entity: str, row: dict[str, Any]) -> dict[str, Any]:
    return {"entity": entity, "id": row["id"], "op": "put", "row": row, "version": 1}


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    """A cache as a pull leaves it for the demo resident: 23 departments, the address of six weeks ago."""
    path = tmp_path / "cache.sqlite3"
    changes = [_put("address_department", r) for r in address_department_rows()]
    changes += [_put(entity, row) for entity, _id, row, _owner in demo_address(time.time())]
    with open_store(path) as store:
        store.apply_changes(changes, "c1")
    return path


@pytest.fixture
def ctx(qapp: QApplication, tmp_path: Path, cache: Path) -> Iterator[AppContext]:
    config = AppConfig(server_url="http://127.0.0.1:9", data_dir=tmp_path / "data", remember_sign_in=False)
    ctx = AppContext(config)
    ctx.db.reopen(lambda: open_store(cache)).result(timeout=10)
    yield ctx
    ctx.shutdown()


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> AddressPage:
    page = AddressPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitUntil(lambda: len(page.model.state.departments) == 23, timeout=10_000)
    return page


@pytest.fixture
def chinese(qapp: QApplication, ctx: AppContext) -> Iterator[Translations]:
    build()
    translations = Translations(qapp)
    ctx.set_language("zh-Hant")
    translations.apply("zh-Hant")
    yield translations
    translations.remove()


def _outbox(ctx: AppContext) -> list[Operation]:
    return list(ctx.db.submit(lambda store: store.outbox.list_ops()).result(timeout=10))


def _fill(page: AddressPage, address: AddressInput) -> None:
    page.fields.set_value(address)


def test_overview_shows_the_registered_address_and_who_holds_it(page: AddressPage) -> None:
    text = page.current.text()
    assert "澳門半島高士德大馬路25號示範大廈8樓B" in text
    assert "Avenida de Horta e Costa, n.º 25, Edifício Demonstração, 8.º B" in text
    assert "陳小明" in text and "23 of 23" in text
    assert page.held.topLevelItemCount() == 23
    assert {page.held.topLevelItem(n).text(1) for n in range(23)} == {"Current address"}  # type: ignore[union-attr]
    assert page.progress.topLevelItemCount() == 23
    assert "Done: all 23 departments" in page.progress_summary.text()
    assert page.history.topLevelItemCount() == 1
    assert not page.on_its_way.isVisible()


def test_change_prefills_the_form_from_the_registered_address(page: AddressPage) -> None:
    page.change_button.click()
    assert page.stack.currentWidget() is page.form_scroll
    assert page.fields.value() == AddressInput.from_payload(DEMO_ADDRESS)
    assert len(page.picker.chosen()) == 23
    assert [c.name for c in page.children_editor.children_] == ["陳小明"]


def test_select_all_and_one_by_one(qtbot: QtBot, page: AddressPage) -> None:
    page.start_change()
    picker = page.picker
    assert picker.select_all.checkState() is Qt.CheckState.Checked
    picker.select_all.click()  # all → none
    assert picker.chosen() == [] and "0 of 23" in picker.count.text()
    picker.select_all.click()  # none → all
    assert len(picker.chosen()) == 23
    # By keyboard: move to the third department and leave it out with Space.
    picker.list.setFocus()
    picker.list.setCurrentRow(2)
    third = picker.list.item(2).data(Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]
    QTest.keyClick(picker.list, Qt.Key.Key_Space)
    assert third not in picker.chosen() and len(picker.chosen()) == 22
    assert picker.select_all.checkState() is Qt.CheckState.PartiallyChecked
    picker.select_all.click()  # partly → all
    assert len(picker.chosen()) == 23
    picker.set_chosen([])
    for row in (0, 11):
        picker.list.item(row).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    assert picker.chosen() == ["DSI", "IH"]
    assert "2 of 23" in picker.count.text()
    assert picker.select_all.checkState() is Qt.CheckState.PartiallyChecked


@pytest.mark.parametrize(
    ("change", "widget", "words"),
    [
        ({"district": ""}, "district", "Choose the district"),
        ({"street_zh": "", "street_pt": " "}, "street_zh", "Enter the street"),
        ({"street_pt": "R" * 121}, "street_pt", "at most 120 characters"),
        ({"number": "", "building_zh": "", "building_pt": ""}, "number", "door number or a building"),
        ({"floor": "12345678901"}, "floor", "at most 10 characters"),
    ],
)
def test_a_wrong_address_is_refused_before_it_is_queued(
    page: AddressPage, ctx: AppContext, change: dict[str, str], widget: str, words: str
) -> None:
    page.start_change()
    _fill(page, dataclasses.replace(page.fields.value(), **change))
    assert page.review() is False
    assert page.stack.currentWidget() is page.form_scroll
    error = page.fields.errors[widget]
    assert error.isVisible() and words in error.text()
    field = page.fields.district if widget == "district" else page.fields.edits[widget]
    assert field.hasFocus() and words in field.accessibleDescription()
    assert "must be corrected" in page.form_error.text()
    assert _outbox(ctx) == []


def test_no_department_and_bad_children_are_refused(page: AddressPage, ctx: AppContext) -> None:
    page.start_change()
    page.picker.set_chosen([])
    page.children_editor.set_children([ChildInput("陳小明"), ChildInput("  ")])
    assert page.review() is False
    assert "at least one department" in page.picker.error.text()
    assert "Child 2" in page.children_editor.error.text() and "name" in page.children_editor.error.text()
    page.picker.set_chosen(["DSI"])
    page.children_editor.set_children([ChildInput(f"child {n}") for n in range(11)])
    assert page.review() is False
    assert "At most 10 children" in page.children_editor.error.text()
    assert _outbox(ctx) == []


def test_the_child_dialog_checks_the_name_and_an_address_of_their_own(qtbot: QtBot) -> None:
    dialog = ChildDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._on_ok()
    assert dialog.result() != ChildDialog.DialogCode.Accepted
    assert dialog.name_error.isVisible() and "name" in dialog.name_error.text()
    dialog.name.setText("陳小華")
    dialog.same.setChecked(False)
    assert dialog.address.isVisible()
    dialog.address.set_value(AddressInput(district="taipa", number="3"))
    dialog._on_ok()
    assert dialog.result() != ChildDialog.DialogCode.Accepted
    assert dialog.address.errors["street_zh"].isVisible()
    dialog.address.set_value(NEW_HOME)
    dialog._on_ok()
    assert dialog.result() == ChildDialog.DialogCode.Accepted
    assert dialog.child() == ChildInput("陳小華", NEW_HOME)


def test_the_review_shows_everything_in_the_current_language(
    qtbot: QtBot, qapp: QApplication, page: AddressPage, ctx: AppContext, chinese: Translations
) -> None:
    page.start_change()
    _fill(page, NEW_HOME)
    page.picker.set_chosen(["DSI", "IH"])
    page.children_editor.set_children([ChildInput("陳小明"), ChildInput("陳小華", NEW_HOME)])
    assert page.review() is True
    text = page.review_text.toPlainText()
    for expected in ("新通訊地址", "氹仔哥英布拉街225號3樓A", "Rua de Coimbra, n.º 225, 3.º A, Taipa",
                     "街道（葡文）", "身份證明局 (DSI) — 1個工作日內", "房屋局 (IH)", "要通知的部門：2",
                     "陳小明 — 與上述地址相同", "陳小華 — 住在以下地址", "申請：更改地址"):  # fmt: skip
        assert expected in text, expected
    ctx.set_language("pt")
    chinese.apply("pt")
    qtbot.waitUntil(lambda: "Nova morada de correspondência" in page.review_text.toPlainText(), timeout=5_000)
    text = page.review_text.toPlainText()
    assert "Direcção dos Serviços de Identificação (DSI) — até 1 dia útil" in text
    assert "Pedido: alteração de morada" in text
    assert _outbox(ctx) == []


def test_send_queues_one_request_however_often_it_is_clicked(
    qtbot: QtBot, page: AddressPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, _t: told.append(title))
    page.start_change()
    _fill(page, NEW_HOME)
    page.picker.set_chosen(["DSI", "DSF", "IH"])
    assert page.review() is True
    page.send_button.click()
    page.send_button.click()
    page.send()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.overview, timeout=5_000)
    ops = _outbox(ctx)
    assert [(op.kind, op.stream) for op in ops] == [("register_address", "address")]
    assert ops[0].payload == {
        "address": NEW_HOME.to_payload(),
        "departments": ["DSI", "DSF", "IH"],
        "children": [{"name": "陳小明", "address": None}],
        "kind": "change",
    }
    qtbot.waitUntil(lambda: page.on_its_way.isVisible(), timeout=5_000)
    assert "Saved on this computer — will be sent" in page.on_its_way.label.text()
    assert "Saved on this computer — will be sent" in page.progress_summary.text()
    assert [page.progress.topLevelItem(n).text(1) for n in range(3)] == ["Waiting"] * 3  # type: ignore[union-attr]
    assert not page.change_button.isEnabled()
    assert page.history.topLevelItemCount() == 2
    # Another window, or a stale button: the outbox itself refuses a second request meanwhile.
    page.model.submit(ops[0].payload)
    qtbot.waitUntil(lambda: told == ["Already on its way"], timeout=5_000)
    assert len(_outbox(ctx)) == 1


def test_progress_follows_the_pulled_registration(qtbot: QtBot, page: AddressPage, ctx: AppContext) -> None:
    departments = address_department_rows()[:3]
    states = [
        ("done", "2026-11-27T10:00:00+08:00"),
        ("processing", ""),
        ("failed", "2026-11-27T10:05:00+08:00"),
    ]
    later = "2099-01-01T09:00:00+08:00"  # newer than the demo's registration: it is the latest
    registration = {
        "id": "AR-TEST00000001", "op_id": None, "kind": "change", "address": NEW_HOME.to_payload(),
        "children": [], "status": "processing", "created_at": later, "updated_at": later,
        "departments": [{"id": d["id"], "name": d["name"], "state": s, "detail": DETAIL[s], "updated_at": at}
                        for d, (s, at) in zip(departments, states, strict=True)],
    }  # fmt: skip

    def pull(store: Any) -> tuple[None, Changes]:
        return None, store.apply_changes([_put("address_registration", registration)], "c2")

    ctx.tasks.write(pull)
    qtbot.waitUntil(lambda: page.progress.topLevelItemCount() == 3, timeout=5_000)
    rows = [page.progress.topLevelItem(n) for n in range(3)]
    assert [r.text(1) for r in rows] == ["Done", "Processing", "Failed"]  # type: ignore[union-attr]
    # Server text comes in the resident's language (zh-Hant by default), whatever the catalogue.
    assert rows[2].text(3) == DETAIL["failed"]["zh"]  # type: ignore[union-attr]
    assert "In progress: 2 of 3 departments finished" in page.progress_summary.text()
    assert page.history.topLevelItemCount() == 2


def test_every_control_has_an_accessible_name_and_takes_the_keyboard(page: AddressPage) -> None:
    page.start_change()
    page.children_editor.set_children([ChildInput("陳小明")])
    _fill(page, NEW_HOME)
    screens = [(page.show_overview, page.overview), (page.start_change, page.form_scroll),
               (page.review, page.review_page)]  # fmt: skip
    for show, screen in screens:
        show()
        assert page.stack.currentWidget() is screen
        controls = [
            w
            for w in screen.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QLineEdit | QComboBox | QAbstractItemView | QTextBrowser)
            and not isinstance(w, QHeaderView)  # a tree's column titles, read with the tree
            and w.isVisible()
        ]
        assert len(controls) >= 2, [c.objectName() or type(c).__name__ for c in controls]
        for control in controls:
            if isinstance(control, QAbstractButton) and control.parent().inherits("QTabBar"):
                continue  # the tab bar's scroll arrows
            assert control.accessibleName(), (type(control).__name__, control.objectName())
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.objectName()


def test_a_refused_request_says_why_and_can_be_changed(
    qtbot: QtBot, page: AddressPage, ctx: AppContext
) -> None:
    problem = {"type": "https://oneaccount.example/problems/invalid-address", "title": "Invalid address",
               "field": "address.street"}  # fmt: skip

    def refused(store: Any) -> tuple[None, Changes]:
        op = store.outbox.enqueue("register_address", "address", {"address": {}, "departments": ["DSI"]})
        store.outbox.record(op.op_id, Outcome(OpState.REJECTED, "refused", 422, problem), datetime.now(UTC))
        return None, Changes.of(["outbox"])

    ctx.tasks.write(refused)
    qtbot.waitUntil(lambda: "did not accept the address" in page.failures.text(), timeout=5_000)
    assert "Needs your attention" in page.progress_summary.text()
    assert page.change_button.isEnabled() and not page.on_its_way.isVisible()
