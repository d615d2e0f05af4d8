"""登記及更改地址 Address: the registered correspondence address, which department holds which address,
each department's progress on the latest request and the history; and the form to register or change
the address with up to 23 departments at once, minor children included.

The flow is form → review → send. The request is checked here with the server's own rules before it is
queued (:mod:`desktop.domain.address`), then saved in the outbox and shown as "saved on this computer —
will be sent" until the server answers; from then on each department's state comes with the pulls.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.domain import address as rules
from desktop.domain.address import AddressInput, ChildInput
from desktop.domain.operation import Badge, Operation
from desktop.viewmodels.address import AddressModel, AddressState, Registration
from desktop.views.address_widgets import (
    AddressFields,
    ChildrenEditor,
    DepartmentPicker,
    RequestReview,
    button,
    button_row,
    label,
    plain,
    tag,
)
from desktop.views.pages.base import Page
from desktop.views.texts import (
    address_error_text,
    address_refusal_text,
    address_registration_text,
    address_state_text,
    operation_state_text,
)
from desktop.views.widgets import ATTENTION_COLOUR, WAITING_COLOUR, Banner, local_time

COLOURS = {"failed": ATTENTION_COLOUR, "done": "#1e7b34"}


def _sub(text: str, *values: object) -> str:
    """Fill ``%1``, ``%2``… of a translated text (Qt's own placeholders, kept out of f-strings)."""
    for n, value in enumerate(values, start=1):
        text = text.replace(f"%{n}", str(value))
    return text


def _when(value: str) -> str:
    try:
        return local_time(datetime.fromisoformat(value))
    except ValueError:
        return value


def _tree(parent: QWidget, name: str, *, flat: bool = True) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setRootIsDecorated(not flat)
    tree.setAlternatingRowColors(True)
    return tree


def _stacked(box: QWidget, *widgets: QWidget) -> QGroupBox:
    """``widgets`` one under the other in a titled group."""
    group = QGroupBox(box)
    layout = QVBoxLayout(group)
    for widget in widgets:
        widget.setParent(group)
        layout.addWidget(widget)
    return group


class AddressPage(Page):
    WATCHES = ("address", "address_registration", "address_department", "outbox")
    LOADS_ASYNC = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = AddressModel(ctx, self)
        self.model.loaded.connect(self._on_loaded)
        self.model.submitted.connect(self._on_submitted)
        self.model.submit_refused.connect(self._on_submit_refused)
        #: The request on the review screen (what "Send" queues).
        self._payload: dict[str, Any] | None = None
        self.stack = QStackedWidget(self)
        self.layout_.addWidget(self.stack, 1)
        self._build_overview()
        self._build_form()
        self._build_review()
        self.retranslate()

    # --- building -----------------------------------------------------------------------------------
    def _build_overview(self) -> None:
        self.overview = QWidget(self)
        box = QVBoxLayout(self.overview)
        box.setContentsMargins(0, 0, 0, 0)
        self.on_its_way = Banner("notice", self.overview)
        self.on_its_way.setObjectName("AddressOnItsWay")
        self.current = label(self.overview, "CurrentAddress")
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = button(self.overview, "ChangeAddress", self.start_change)
        self.resend_button = button(self.overview, "ResendFailed", self.start_resend_failed)
        buttons = QWidget(self.overview)
        buttons.setLayout(button_row(self.change_button, self.resend_button))
        self.current_box = _stacked(self.overview, self.current, buttons)
        self.tabs = QTabWidget(self.overview)
        self.progress_summary = label(self.tabs, "ProgressSummary")
        # Failures, each with its reason in full, above the table (where a long reason is cut short).
        self.failures = label(self.tabs, "FormError", hidden=True)
        self.failures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = _tree(self.tabs, "AddressProgress")
        self.held = _tree(self.tabs, "AddressHeld")
        self.history = _tree(self.tabs, "AddressHistory", flat=False)
        progress_tab = QWidget(self.tabs)
        progress_box = QVBoxLayout(progress_tab)
        for widget in (self.progress_summary, self.failures, self.progress):
            widget.setParent(progress_tab)
            progress_box.addWidget(widget)
        for tab in (progress_tab, self.held, self.history):
            self.tabs.addTab(tab, "")
        box.addWidget(self.on_its_way)
        box.addWidget(self.current_box)
        box.addWidget(self.tabs, 1)
        self.stack.addWidget(self.overview)

    def _build_form(self) -> None:
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form = QWidget(self.form_scroll)
        box = QVBoxLayout(form)
        self.form_intro = label(form)
        self.fields = AddressFields(form)
        self.picker = DepartmentPicker(form)
        self.children_editor = ChildrenEditor(form)
        self.address_box = _stacked(form, self.fields)
        self.departments_box = _stacked(form, self.picker)
        self.children_box = _stacked(form, self.children_editor)
        self.form_error = label(form, "FormError", hidden=True)
        self.cancel_button = button(form, "CancelAddress", self.show_overview)
        self.review_button = button(form, "ReviewAddress", self.review, default=True)
        # The summary of what is wrong sits at the top, where the eye (and a screen reader) starts.
        for widget in (self.form_intro, self.form_error, self.address_box, self.departments_box):
            box.addWidget(widget)
        box.addWidget(self.children_box)
        box.addLayout(button_row(self.cancel_button, self.review_button))
        self.form_scroll.setWidget(form)
        self.stack.addWidget(self.form_scroll)

    def _build_review(self) -> None:
        self.review_page = QWidget(self)
        box = QVBoxLayout(self.review_page)
        box.setContentsMargins(0, 0, 0, 0)
        self.review_text = RequestReview(self.review_page)
        self.review_text.setObjectName("AddressReview")
        self.back_button = button(self.review_page, "BackToForm", self._on_back)
        self.send_button = button(self.review_page, "SendAddress", self.send, default=True)
        box.addWidget(self.review_text, 1)
        box.addLayout(button_row(self.back_button, self.send_button))
        self.stack.addWidget(self.review_page)

    # --- texts --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.ctx.language
        self.heading.setText(self.tr("Correspondence address"))
        self.current_box.setTitle(self.tr("Registered address"))
        self.resend_button.setText(self.tr("Send again to the departments that failed…"))
        for index, text in enumerate(
            (self.tr("Progress of the latest request"), self.tr("Address held by each department"),
             self.tr("History of requests"))
        ):  # fmt: skip
            self.tabs.setTabText(index, text)
            (self.progress, self.held, self.history)[index].setAccessibleName(text)
        self.tabs.setAccessibleName(self.tr("Address details"))
        department, status = self.tr("Department"), self.tr("Status")
        self.progress.setHeaderLabels([department, status, self.tr("Updated"), self.tr("Details")])
        self.held.setHeaderLabels([department, self.tr("Address held"), self.tr("Since")])
        self.history.setHeaderLabels([self.tr("Sent"), status, self.tr("Address")])
        self.form_intro.setText(
            self.tr(
                "Write the address as it is written in Macao: in Chinese, in Portuguese or in both. Choose "
                "the departments to tell; each takes a few working days. Fields marked in red must be "
                "corrected before the request can be sent."
            )
        )
        self.address_box.setTitle(self.tr("New correspondence address"))
        self.departments_box.setTitle(self.tr("Departments"))
        self.children_box.setTitle(self.tr("Minor children (optional)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.review_button.setText(self.tr("&Review…"))
        self.back_button.setText(self.tr("&Back to the form"))
        self.send_button.setText(self.tr("&Send the request"))
        self.review_text.setAccessibleName(self.tr("Everything that will be sent"))
        for widget in (self.resend_button, self.cancel_button, self.review_button, self.back_button,
                       self.send_button):  # fmt: skip
            widget.setAccessibleName(plain(widget.text()))
        self.fields.retranslate(lang)
        self.picker.set_departments(self.model.state.departments, lang)
        self.children_editor.retranslate(lang)
        self._fill()
        if self._payload is not None:
            self._show_review()

    # --- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.reload()

    def forget(self) -> None:
        self._payload = None
        self.fields.set_value(AddressInput())
        self.children_editor.set_children([])
        self.model.clear()
        self.show_overview()

    def _on_loaded(self) -> None:
        self._mark_loaded()
        self.picker.set_departments(self.model.state.departments, self.ctx.language)
        self._fill()

    def _fill(self) -> None:
        state, lang = self.model.state, self.ctx.language
        busy = state.on_its_way
        if busy is not None:
            self.on_its_way.show_message(self._busy_text(busy))
        self.on_its_way.setVisible(busy is not None)
        self.current.setText(self._current_html(state))
        if state.current:
            self.change_button.setText(self.tr("&Change the address or the departments…"))
        else:
            self.change_button.setText(self.tr("&Register an address…"))
        self.change_button.setAccessibleName(plain(self.change_button.text()))
        self.change_button.setEnabled(busy is None and bool(state.departments))
        latest = state.latest
        self.resend_button.setVisible(busy is None and latest is not None and latest.count("failed") > 0)
        self._fill_progress(latest, lang)
        self._fill_held(state, lang)
        self._fill_history(state, lang)

    def _busy_text(self, op: Operation) -> str:
        if op.badge in (Badge.SAVED, Badge.SENDING):
            text = self.tr("Your request: %1. It is sent as soon as there is a connection.")
            return _sub(text, operation_state_text(op))
        text = self.tr(
            "Your request of %1 is being processed by the departments. You can send another change when "
            "they have answered."
        )
        return _sub(text, local_time(op.created_at))

    def _current_html(self, state: AddressState) -> str:
        if not state.current:
            return escape(self.tr("No correspondence address is registered yet."))
        lines = [rules.format_address(state.current, form) for form in rules.forms_of(state.current)]
        html = "<p style='font-size:16px'><b>" + "<br>".join(map(escape, lines)) + "</b></p>"
        facts = []
        for child in state.current_children:
            own = child.get("address")
            where = rules.address_text(own, self.ctx.language) if isinstance(own, dict) else ""
            facts.append(
                _sub(self.tr("Child: %1, %2"), child.get("name", ""), where or self.tr("at this address"))
            )
        holding = sum(1 for h in state.held if rules.same_address(h.address, state.current))
        total = len(state.departments) or len(state.held)
        facts.append(_sub(self.tr("Held by %1 of %2 departments."), holding, total))
        return html + tag("p", " · ".join(facts))

    def registration_status(self, registration: Registration) -> str:
        """Where a whole request stands; before the server has it, where the resident's op stands."""
        if registration.op is not None and (registration.badge is Badge.ATTENTION or not registration.status):
            return operation_state_text(registration.op)
        done, failed = registration.count("done"), registration.count("failed")
        return address_registration_text(
            registration.status, done + failed, failed, len(registration.departments)
        )

    def _fill_progress(self, latest: Registration | None, lang: str) -> None:
        self.progress.clear()
        failed = [d for d in latest.departments if d.state == "failed"] if latest else []
        reason = self.tr("%1: %2")  # a department and why it did not take the address
        lines = [_sub(reason, d.name.get(lang), d.detail.get(lang)) for d in failed]
        op = latest.op if latest else None
        if op is not None and op.needs_attention:  # the server refused the request as a whole
            lines.append(
                address_refusal_text(op.problem_slug) or str((op.last_problem or {}).get("title", ""))
            )
        self.failures.setText("\n".join(lines))
        self.failures.setVisible(bool(lines))
        if latest is None:
            self.progress_summary.setText(self.tr("No request sent yet."))
            return
        kind = self.tr("Change of address") if latest.kind == "change" else self.tr("Registration")
        when, status = local_time(latest.created_at), self.registration_status(latest)
        self.progress_summary.setText(_sub(self.tr("%1 sent %2 — %3"), kind, when, status))
        for dept in latest.departments:
            detail = dept.detail.get(lang) if dept.state else ""
            texts = [dept.name.get(lang), address_state_text(dept.state), _when(dept.updated_at), detail]
            item = QTreeWidgetItem(self.progress, texts)
            item.setData(0, Qt.ItemDataRole.UserRole, dept.id)
            item.setToolTip(3, detail)
            colour = QColor(COLOURS.get(dept.state, WAITING_COLOUR))
            item.setForeground(1, colour)
            if dept.state == "failed":
                item.setForeground(3, colour)
        for column in (0, 1, 2):
            self.progress.resizeColumnToContents(column)

    def _fill_held(self, state: AddressState, lang: str) -> None:
        self.held.clear()
        held = {h.id: h for h in state.held}
        for dept in state.departments:
            h = held.get(dept.id)
            current = h is not None and rules.same_address(h.address, state.current)
            if h is None:
                where = self.tr("No address registered")
            elif current:
                where = self.tr("Current address")
            else:
                where = _sub(self.tr("Earlier address: %1"), rules.address_text(h.address, lang))
            item = QTreeWidgetItem(self.held, [dept.name.get(lang), where, _when(h.updated_at) if h else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, dept.id)
            item.setForeground(1, QColor(COLOURS["done"] if current else WAITING_COLOUR))
        self.held.resizeColumnToContents(0)

    def _fill_history(self, state: AddressState, lang: str) -> None:
        self.history.clear()
        for reg in state.registrations:
            texts = [
                local_time(reg.created_at),
                self.registration_status(reg),
                rules.address_text(reg.address, lang),
            ]
            top = QTreeWidgetItem(self.history, texts)
            for dept in reg.departments:
                child = QTreeWidgetItem(top, [dept.name.get(lang), address_state_text(dept.state)])
                child.setForeground(1, QColor(COLOURS.get(dept.state, WAITING_COLOUR)))
        for column in (0, 1):
            self.history.resizeColumnToContents(column)

    # --- the form -----------------------------------------------------------------------------------
    def show_overview(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        # The button that had the focus is gone with its screen: keyboard users start from the progress.
        self.progress.setFocus()

    def start_change(self) -> None:
        """Open the form, filled in with the registered address, its departments and children."""
        state = self.model.state
        self.fields.set_value(AddressInput.from_payload(state.current))
        self.picker.set_chosen([h.id for h in state.held] or [d.id for d in state.departments])
        self.children_editor.set_children(
            [
                ChildInput(
                    str(c.get("name", "")), AddressInput.from_payload(own) if isinstance(own, dict) else None
                )
                for c in state.current_children
                for own in [c.get("address")]
            ]
        )
        self._payload = None
        self.form_error.setVisible(False)
        self.picker.show_error("")
        self.children_editor.show_error("")
        self.stack.setCurrentWidget(self.form_scroll)
        self.fields.district.setFocus()

    def start_resend_failed(self) -> None:
        """Open the form with the latest request's address and only the departments that failed it."""
        latest = self.model.state.latest
        if latest is not None:
            self.start_change()
            self.fields.set_value(AddressInput.from_payload(latest.address))
            self.picker.set_chosen([d.id for d in latest.departments if d.state == "failed"])

    def review(self) -> bool:
        """Check the form; show what is wrong, or the review screen. True when the review is shown."""
        address, departments = self.fields.value(), self.picker.chosen()
        children = list(self.children_editor.children_)
        known = {d.id for d in self.model.state.departments}
        errors = rules.check_registration(address, departments, children, known)
        first = self.fields.show_errors(errors)
        dept_errors = [e for e in errors if e.field == "departments"]
        self.picker.show_error(address_error_text(dept_errors[0]) if dept_errors else "")
        child_texts = [
            address_error_text(e)
            if e.child is None
            else _sub(self.tr("Child %1: %2"), e.child + 1, address_error_text(e))
            for e in errors
            if e.field.startswith("children")
        ]
        self.children_editor.show_error("\n".join(child_texts))
        self.form_error.setVisible(bool(errors))
        if errors:
            self.form_error.setText(self.tr("%n field(s) must be corrected before sending.", "", len(errors)))
            target = first or (self.picker.list if dept_errors else self.children_editor.list)
            target.setFocus()
            self.form_scroll.ensureWidgetVisible(target)
            return False
        kind = "change" if self.model.state.current else "register"
        self._payload = rules.registration_payload(address, departments, children, kind)
        self._show_review()
        self.stack.setCurrentWidget(self.review_page)
        self.send_button.setEnabled(True)
        self.send_button.setFocus()
        return True

    def _show_review(self) -> None:
        if self._payload is not None:
            self.review_text.show_request(self._payload, self.model.state.departments, self.ctx.language)

    def _on_back(self) -> None:
        self.stack.setCurrentWidget(self.form_scroll)

    def send(self) -> None:
        """Queue the reviewed request once: the button is off until the outbox has it (or refused it)."""
        if self._payload is not None and self.send_button.isEnabled():
            self.send_button.setEnabled(False)
            self.model.submit(dict(self._payload))

    def _on_submitted(self, _op: Operation) -> None:
        self._payload = None
        self.show_overview()
        self.tabs.setCurrentIndex(0)

    def _on_submit_refused(self, reason: str) -> None:
        self.send_button.setEnabled(True)
        if reason != "already":
            text = self.tr("The request could not be saved. Try again.")
            QMessageBox.warning(self, self.tr("Not saved"), text)
            return
        self._payload = None
        self.show_overview()
        text = self.tr(
            "A request about your address is already saved or being processed. It will not be sent twice; "
            "you can send another change when the departments have answered it."
        )
        QMessageBox.information(self, self.tr("Already on its way"), text)
