"""The parts of the address form: the address fields (Macao style, Chinese and Portuguese), the
department picker ("select all 23" or one by one) and the minor children's list with its dialog.

Every field shows its own error under it, in words, naming what is wrong; the rules themselves live in
:mod:`desktop.domain.address`, so the form refuses exactly what the server would.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import address as rules
from desktop.domain.address import AddressInput, ChildInput, FieldError
from desktop.viewmodels.address import AddressDepartment
from desktop.views.texts import address_error_text, district_label

#: The form's text fields (the names of :class:`AddressInput`) and how long each may be.
LIMITS: dict[str, int] = {
    "street_zh": rules.NAME_MAX,
    "street_pt": rules.NAME_MAX,
    "number": rules.NUMBER_MAX,
    "building_zh": rules.NAME_MAX,
    "building_pt": rules.NAME_MAX,
    "floor": rules.FLOOR_MAX,
    "flat": rules.FLAT_MAX,
}


def field_labels() -> dict[str, str]:
    """The address form's labels (with their keyboard mnemonics), also used by the review."""
    return {
        "district": QCoreApplication.translate("AddressFields", "&District"),
        "street_zh": QCoreApplication.translate("AddressFields", "&Street (Chinese)"),
        "street_pt": QCoreApplication.translate("AddressFields", "Street (&Portuguese)"),
        "number": QCoreApplication.translate("AddressFields", "Door &number"),
        "building_zh": QCoreApplication.translate("AddressFields", "&Building (Chinese)"),
        "building_pt": QCoreApplication.translate("AddressFields", "Building (Portu&guese)"),
        "floor": QCoreApplication.translate("AddressFields", "&Floor"),
        "flat": QCoreApplication.translate("AddressFields", "F&lat"),
    }


def plain(text: str) -> str:
    """A label without its keyboard mnemonic ("&Floor", "樓層(&F)" → "Floor", "樓層"), to be read out."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "")


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons on the right, in reading order."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    for widget in buttons:
        row.addWidget(widget)
    return row


def button(parent: QWidget, name: str, slot: Callable[[], object], *, default: bool = False) -> QPushButton:
    widget = QPushButton(parent)
    widget.setObjectName(name)
    widget.setDefault(default)
    widget.clicked.connect(slot)
    return widget


def label(parent: QWidget, name: str = "", *, hidden: bool = False) -> QLabel:
    widget = QLabel(parent)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setVisible(not hidden)
    return widget


class AddressFields(QWidget):
    """District, street, door number, building, floor and flat; each with its error line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.district = QComboBox(self)
        self.district.setObjectName("AddressDistrict")
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._add_row("district", self.district)
        for name, limit in LIMITS.items():
            edit = QLineEdit(self)
            edit.setObjectName(f"Address_{name}")
            # Typing past the limit is stopped a little later than the limit, so the resident sees
            # the message rather than text silently cut off.
            edit.setMaxLength(limit + 20)
            self.edits[name] = edit
            self._add_row(name, edit)
        self._lang = "zh-Hant"

    def _add_row(self, name: str, widget: QWidget) -> None:
        buddy = QLabel(self)
        buddy.setBuddy(widget)
        error = label(self, "FormError", hidden=True)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(buddy, box)
        self.labels[name] = buddy
        self.errors[name] = error

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        for name, text in field_labels().items():
            self.labels[name].setText(text)
            widget = self.district if name == "district" else self.edits[name]
            widget.setAccessibleName(plain(text))
        self.edits["street_zh"].setPlaceholderText(self.tr("e.g. 高士德大馬路"))
        self.edits["street_pt"].setPlaceholderText(self.tr("e.g. Avenida de Horta e Costa"))
        current = self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("Choose the district…"), "")
        for code in rules.DISTRICTS:
            self.district.addItem(district_label(code, lang), code)
        self.district.setCurrentIndex(max(0, self.district.findData(current or "")))
        self.district.blockSignals(False)

    def value(self) -> AddressInput:
        texts = {name: edit.text() for name, edit in self.edits.items()}
        return AddressInput(district=str(self.district.currentData() or ""), **texts)

    def set_value(self, value: AddressInput) -> None:
        self.district.setCurrentIndex(max(0, self.district.findData(value.district)))
        for name, edit in self.edits.items():
            edit.setText(getattr(value, name))
        self.show_errors([])

    def show_errors(self, errors: Sequence[FieldError], prefix: str = "address") -> QWidget | None:
        """Show the errors of this address (fields under ``prefix``); returns the first field in error."""
        by_name: dict[str, str] = {}
        for error in errors:
            if not error.field.startswith(prefix + "."):
                continue
            field = error.field[len(prefix) + 1 :].replace(".", "_")
            # "street" (neither language given) is shown under the Chinese street, the first one.
            name = field if field in self.edits or field == "district" else f"{field}_zh"
            by_name.setdefault(name, address_error_text(error))
        first: QWidget | None = None
        for name, label in self.errors.items():
            text = by_name.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
            widget = self.district if name == "district" else self.edits[name]
            widget.setAccessibleDescription(text)
            if text and first is None:
                first = widget
        return first


class DepartmentPicker(QWidget):
    """A "select all" box and a checkable list of the departments, each with its usual processing time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.select_all = QCheckBox(self)
        self.select_all.setObjectName("SelectAllDepartments")
        self.select_all.clicked.connect(self._on_select_all_clicked)
        self.count = QLabel(self)
        top.addWidget(self.select_all)
        top.addStretch(1)
        top.addWidget(self.count)
        box.addLayout(top)
        self.list = QListWidget(self)
        self.list.setObjectName("DepartmentList")
        self.list.setMinimumHeight(220)
        self.list.itemChanged.connect(self._update_count)
        box.addWidget(self.list, 1)
        self.error = label(self, "FormError", hidden=True)
        box.addWidget(self.error)
        self._departments: tuple[AddressDepartment, ...] = ()

    def retranslate(self) -> None:
        self.select_all.setText(self.tr("Select &all %n department(s)", "", len(self._departments)))
        self.select_all.setAccessibleName(plain(self.select_all.text()))
        self.list.setAccessibleName(self.tr("Departments to tell"))
        self.list.setAccessibleDescription(self.tr("Press Space to choose or leave out a department."))
        self._update_count()

    def set_departments(self, departments: Sequence[AddressDepartment], lang: str) -> None:
        chosen = set(self.chosen())
        self._departments = tuple(departments)
        self.list.blockSignals(True)
        self.list.clear()
        for dept in self._departments:
            item = QListWidgetItem(f"{dept.name.get(lang)} ({dept.id}) — {dept.processing_time.get(lang)}")
            item.setData(Qt.ItemDataRole.UserRole, dept.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if dept.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.retranslate()

    def chosen(self) -> list[str]:
        """The chosen ids, in the departments' own order."""
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item is not None and item.checkState() is Qt.CheckState.Checked
        ]

    def set_chosen(self, ids: Sequence[str]) -> None:
        wanted = set(ids)
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None:
                checked = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update_count()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.list.setAccessibleDescription(
            text or self.tr("Press Space to choose or leave out a department.")
        )

    def _on_select_all_clicked(self, _checked: bool) -> None:
        # A click on a partly checked box means "all"; on a fully checked one, "none".
        everything = len(self.chosen()) < self.list.count()
        self.set_chosen([d.id for d in self._departments] if everything else [])

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self._update_count()

    def _update_count(self, *_changed: object) -> None:
        n, total = len(self.chosen()), self.list.count()
        state = Qt.CheckState.Unchecked if n == 0 else Qt.CheckState.Checked
        if 0 < n < total:
            state = Qt.CheckState.PartiallyChecked
        self.select_all.setCheckState(state)
        self.count.setText(self.tr("%1 of %2 chosen").replace("%1", str(n)).replace("%2", str(total)))
        if n:
            self.show_error("")


class ChildDialog(QDialog):
    """One minor child: the name, and whether they live at the resident's address or at their own."""

    def __init__(self, lang: str, child: ChildInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Child"))
        box = QVBoxLayout(self)
        self.name = QLineEdit(child.name if child else "", self)
        self.name.setObjectName("ChildName")
        self.name.setMaxLength(rules.CHILD_NAME_MAX + 20)
        self.name.setAccessibleName(self.tr("Child's name"))
        self.name_error = label(self, "FormError", hidden=True)
        self.same = QCheckBox(self.tr("Lives at &my address"), self)
        self.same.setObjectName("ChildSameAddress")
        self.same.setAccessibleName(self.tr("Lives at my address"))
        self.address = AddressFields(self)
        self.address.retranslate(lang)
        self.address.set_value(child.address if child and child.address else AddressInput())
        self.same.toggled.connect(self.address.setHidden)
        self.same.setChecked(child is None or child.address is None)
        self.address.setHidden(self.same.isChecked())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        name_label = label(self)
        name_label.setText(self.tr("&Name"))
        name_label.setBuddy(self.name)
        for widget in (name_label, self.name, self.name_error, self.same, self.address, buttons):
            box.addWidget(widget)

    def child(self) -> ChildInput:
        return ChildInput(self.name.text(), None if self.same.isChecked() else self.address.value())

    def _on_ok(self) -> None:
        errors = rules.check_child(self.child(), 0)
        name_errors = [address_error_text(e) for e in errors if e.field == "children[0].name"]
        self.name_error.setText(name_errors[0] if name_errors else "")
        self.name_error.setVisible(bool(name_errors))
        self.name.setAccessibleDescription(self.name_error.text())
        first = self.address.show_errors(errors, "children[0].address")
        if not errors:
            self.accept()
        (self.name if name_errors else first or self.name).setFocus()


class ChildrenEditor(QWidget):
    """The minor children included in the request: add, change, remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.children_: list[ChildInput] = []
        self._lang = "zh-Hant"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        box = QHBoxLayout()
        outer.addLayout(box)
        self.list = QListWidget(self)
        self.list.setObjectName("ChildrenList")
        self.list.setMaximumHeight(110)
        self.list.itemActivated.connect(self._on_edit)
        box.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = button(self, "AddChild", self._on_add)
        self.edit_button = button(self, "EditChild", self._on_edit)
        self.remove_button = button(self, "RemoveChild", self._on_remove)
        for widget in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.error = label(self, "FormError", hidden=True)
        outer.addWidget(self.error)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.add_button.setText(self.tr("Add a c&hild…"))
        self.edit_button.setText(self.tr("Change…"))
        self.remove_button.setText(self.tr("Remove"))
        self.add_button.setAccessibleName(self.tr("Add a child"))
        self.edit_button.setAccessibleName(self.tr("Change the chosen child"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen child"))
        self.list.setAccessibleName(self.tr("Minor children in this request"))
        self._fill()

    def set_children(self, children: Sequence[ChildInput]) -> None:
        self.children_ = list(children)
        self._fill()

    def describe(self, child: ChildInput) -> str:
        if child.address is None:
            return self.tr("%1 — lives at my address").replace("%1", child.name.strip())
        where = rules.address_text(child.address.to_payload(), self._lang)
        return f"{child.name.strip()} — {where}"

    def _fill(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for child in self.children_:
            self.list.addItem(self.describe(child))
        if self.children_:
            self.list.setCurrentRow(min(max(row, 0), len(self.children_) - 1))
        full = len(self.children_) >= rules.CHILDREN_MAX
        self.add_button.setEnabled(not full)
        self.edit_button.setEnabled(bool(self.children_))
        self.remove_button.setEnabled(bool(self.children_))

    def _ask(self, child: ChildInput | None) -> ChildInput | None:
        dialog = ChildDialog(self._lang, child, self)
        return dialog.child() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _on_add(self) -> None:
        child = self._ask(None)
        if child is not None:
            self.children_.append(child)
            self._fill()
            self.list.setCurrentRow(len(self.children_) - 1)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _on_edit(self, *_args: object) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.children_):
            child = self._ask(self.children_[row])
            if child is not None:
                self.children_[row] = child
                self._fill()

    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.children_):
            del self.children_[row]
            self._fill()


def tag(name: str, text: str) -> str:
    """``text`` escaped inside an HTML element (keeps translated text out of f-strings)."""
    return f"<{name}>{escape(text)}</{name}>"


class RequestReview(QTextBrowser):
    """The review screen: everything the request will send, in the current language."""

    def show_request(
        self, payload: dict[str, Any], departments: Sequence[AddressDepartment], lang: str
    ) -> None:
        change = payload.get("kind") == "change"
        html = tag("h3", self.tr("Check your request before sending it"))
        html += tag(
            "p", self.tr("Request: change of address") if change else self.tr("Request: registration")
        )
        html += tag("h4", self.tr("New correspondence address")) + self._parts(payload["address"], lang)
        children = payload.get("children") or []
        html += tag("h4", self.tr("Minor children: %1").replace("%1", str(len(children))))
        html += "" if children else tag("p", self.tr("None"))
        for child in children:
            own = child.get("address")
            where = self.tr("lives at their own address:") if own else self.tr("lives at the address above")
            html += tag("p", f"{child.get('name', '')} — {where}") + (self._parts(own, lang) if own else "")
        by_id = {d.id: d for d in departments}
        chosen = [str(d) for d in payload.get("departments") or []]
        html += tag("h4", self.tr("Departments to tell: %1").replace("%1", str(len(chosen)))) + "<ul>"
        for d in chosen:
            known = by_id.get(d)
            days = known.processing_time.get(lang) if known else ""
            html += tag("li", f"{known.name.get(lang) if known else d} ({d}) — {days}")
        note = self.tr(
            "When you send it, the request is saved on this computer first and sent as soon as there is a "
            "connection. Each department then processes it on its own; this page shows where each one stands."
        )
        self.setHtml(html + "</ul>" + tag("p", note))

    def _parts(self, address: dict[str, Any], lang: str) -> str:
        """Every part of one address as it will be sent, labelled like the form."""
        value, labels = AddressInput.from_payload(address), field_labels()
        rows = (
            [(labels["district"], district_label(value.district, lang))]
            if value.district in rules.DISTRICTS
            else []
        )
        rows += [(labels[name], getattr(value, name)) for name in LIMITS if getattr(value, name).strip()]
        cells = "".join(
            "<tr><th align='left'>" + escape(plain(k)) + "</th>" + tag("td", v) + "</tr>" for k, v in rows
        )
        lines = "<br>".join(escape(rules.format_address(address, form)) for form in rules.forms_of(address))
        return f"<p><b>{lines}</b></p><table cellpadding='3'>{cells}</table>"
