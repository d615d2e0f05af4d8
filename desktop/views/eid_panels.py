"""The eID page's lists: the continuing-education courses with their sign-in and sign-out code and the
programme's balance, and the consent history.

GUI thread only; plain values from ``EidModel``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.eid.fields import FIELD_NAMES, label
from desktop.views.eid_widgets import CodeView
from desktop.views.widgets import local_time

__all__ = ["CoursesView", "HistoryView"]


class HistoryView(QTreeWidget):
    """Every consent and refusal kept on this computer, newest first (field names, never values)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EidHistory")
        self.setRootIsDecorated(False)
        self.setColumnCount(4)
        self.setAlternatingRowColors(True)

    def show_records(self, records: list[Any], language: str) -> None:
        """``records``: ``ConsentRecord`` values, newest first; ``language``: zh, pt or en."""
        translate = QCoreApplication.translate
        self.setAccessibleName(translate("EidHistory", "Consent history"))
        headers = [translate("EidHistory", "When"), translate("EidHistory", "Institution"),
                   translate("EidHistory", "Decision"), translate("EidHistory", "Details")]  # fmt: skip
        self.setHeaderLabels(headers)
        words = {
            "consented": translate("EidHistory", "Shared"),
            "refused": translate("EidHistory", "Refused"),
        }
        words |= {name: label(name, language) for name in FIELD_NAMES}
        self.clear()
        for record in records:
            when: datetime = record.at
            name = record.institution_name.get(language) or record.institution_id
            fields = record.shared if record.decision == "consented" else record.requested
            labels = "、" if language == "zh" else ", "
            item = QTreeWidgetItem([local_time(when), name, words.get(record.decision, record.decision),
                                    labels.join(words.get(f, f) for f in fields)])  # fmt: skip
            purpose = record.purpose.get(language, "")
            item.setToolTip(1, purpose)
            self.addTopLevelItem(item)
        for column in range(3):
            self.resizeColumnToContents(column)


class CoursesView(QWidget):
    """The resident's continuing-education courses, the programme's balance, and the sign-in/out code."""

    code_asked = Signal(object, str)  # Course, "in" | "out"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.balance = QLabel(self)
        self.balance.setObjectName("EidBalance")
        self.balance.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("EidCourses")
        self.list.currentRowChanged.connect(self._on_row)
        self.sign_in = QPushButton(self)
        self.sign_in.setObjectName("CourseSignIn")
        self.sign_in.clicked.connect(lambda: self._ask("in"))
        self.sign_out = QPushButton(self)
        self.sign_out.setObjectName("CourseSignOut")
        self.sign_out.clicked.connect(lambda: self._ask("out"))
        self.code = CodeView(self)
        left = QVBoxLayout()
        left.addWidget(self.balance)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in)
        buttons.addWidget(self.sign_out)
        left.addLayout(buttons)
        box = QHBoxLayout(self)
        box.addLayout(left, 2)
        box.addWidget(self.code, 3)
        self.courses: list[Any] = []
        self._voucher: dict[str, Any] | None = None
        self._language = "zh"
        self._now: datetime | None = None

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.sign_in.setText(translate("EidCourses", "Sign in"))
        self.sign_in.setAccessibleName(
            translate("EidCourses", "Show the code to sign in to the chosen course")
        )
        self.sign_out.setText(translate("EidCourses", "Sign out"))
        self.sign_out.setAccessibleName(
            translate("EidCourses", "Show the code to sign out of the chosen course")
        )
        self.list.setAccessibleName(translate("EidCourses", "Your courses"))
        if not self.code.token:
            self.reset_code()
        self.show_courses(self.courses, self._voucher, self._language)

    def reset_code(self) -> None:
        """No code on screen: say how to get one."""
        self.code.clear()
        self.code.title.setText(
            QCoreApplication.translate("EidCourses", "Choose a course, then Sign in or Sign out.")
        )

    def show_courses(
        self, courses: list[Any], voucher: dict[str, Any] | None, language: str, now: datetime | None = None
    ) -> None:
        translate = QCoreApplication.translate
        self.courses, self._voucher, self._language = courses, voucher, language
        self._now = now or self._now
        self.list.clear()
        for course in courses:
            text = course.name.get(language) or course.id
            upcoming = course.next_session(self._now) if self._now is not None else None
            if upcoming is not None:
                text += "\n" + translate("EidCourses", "Next session: %1").replace("%1", local_time(upcoming))
            self.list.addItem(text)
        if not courses:
            self.list.addItem(translate("EidCourses", "No continuing-education courses yet"))
        if voucher is not None and voucher.get("balance") is not None:
            programme = voucher.get("programme")
            name = programme.get(language, "") if isinstance(programme, dict) else ""
            text = (
                translate("EidCourses", "%1: MOP %2 left of MOP %3")
                .replace("%1", name or translate("EidCourses", "Continuing Education Development Programme"))
                .replace("%2", str(voucher.get("balance")))
                .replace("%3", str(voucher.get("total", "—")))
            )
        else:
            text = translate(
                "EidCourses", "The programme's balance is shown here once it has been downloaded."
            )
        self.balance.setText(text)
        self.balance.setAccessibleName(text)
        self._on_row(self.list.currentRow())

    @Slot(int)
    def _on_row(self, row: int) -> None:
        enabled = 0 <= row < len(self.courses)
        self.sign_in.setEnabled(enabled)
        self.sign_out.setEnabled(enabled)

    def _ask(self, action: str) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.courses):
            self.code_asked.emit(self.courses[row], action)
