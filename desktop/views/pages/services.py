"""我的服務 My services: the catalogue by category, search as you type, and each service's procedure."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.domain.models import Department, Service
from desktop.domain.text import LocalizedText
from desktop.viewmodels.paged import ItemRole
from desktop.viewmodels.services import ServiceListModel
from desktop.views.pages.base import Page
from desktop.views.payments import PaymentsPanel
from desktop.views.widgets import EmptyState, local_time

PROCEDURE_SECTIONS = (
    "eligibility",
    "documents",
    "fees",
    "processing_time",
    "where_when",
    "forms",
    "progress",
)


class ServiceDelegate(QStyledItemDelegate):
    """Two lines per service: its title, then its department and category."""

    def __init__(self, page: ServicesPage) -> None:
        super().__init__(page)
        self._page = page

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), QFontMetrics(option.font).height() * 2 + 18)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        service: Service | None = index.data(ItemRole)
        if service is None:
            return
        lang = self._page.ctx.language
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = option.rect.adjusted(10, 6, -10, -6)
        fm = QFontMetrics(option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(colour)
        title = service.title.get(lang)
        if service.high_frequency:
            title = "★ " + title
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), fm.height()),
            Qt.TextFlag.TextSingleLine,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(option.font)
        colour.setAlpha(170)
        painter.setPen(colour)
        subtitle = f"{self._page.department_name(service.department_id)} · {service.category_name.get(lang)}"
        painter.drawText(
            QRect(rect.left(), rect.top() + fm.height() + 4, rect.width(), fm.height()),
            Qt.TextFlag.TextSingleLine,
            fm.elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class ServicesPage(Page):
    WATCHES = ("service", "department", "fine", "vehicle", "bill", "outbox")
    LOADS_ASYNC = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = ServiceListModel(ctx.tasks, self)
        self.model.language = ctx.language
        self.model.loaded.connect(self._on_model_loaded)
        self._departments: dict[str, Department] = {}
        self._categories: list[tuple[str, LocalizedText, int]] = []
        self._last_pull: datetime | None = None

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("ServiceSearch")
        # Search as you type, but let a fast typist finish a character before querying.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(60)
        self._search_timer.timeout.connect(self._on_search_timer)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.as_of = QLabel(self)
        self.as_of.setObjectName("AsOf")
        bar.addWidget(self.search, 1)
        bar.addWidget(self.as_of)

        splitter = QSplitter(self)
        self.categories = QListWidget(splitter)
        self.categories.setObjectName("CategoryList")
        self.categories.currentItemChanged.connect(self._on_category_selected)
        self.list = QListView(splitter)
        self.list.setObjectName("ServiceList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ServiceDelegate(self))
        self.list.setUniformItemSizes(True)
        self.list.selectionModel().currentChanged.connect(self._on_service_selected)
        self.detail = QTextBrowser(splitter)
        self.detail.setObjectName("ServiceDetail")
        self.detail.setOpenExternalLinks(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 5)
        self.empty = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        catalogue = QWidget(self)
        catalogue_box = QVBoxLayout(catalogue)
        catalogue_box.setContentsMargins(0, 8, 0, 0)
        catalogue_box.addLayout(bar)
        catalogue_box.addWidget(self.stack, 1)
        self.payments = PaymentsPanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("ServicesTabs")
        self.tabs.addTab(catalogue, "")
        self.tabs.addTab(self.payments, "")
        self.layout_.addWidget(self.tabs, 1)
        self.retranslate()

    # --- texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("My services"))
        self.tabs.setTabText(0, self.tr("Find a service"))
        self.tabs.setTabText(1, self.tr("Pay fines, taxes and bills"))
        self.payments.retranslate()
        self.search.setPlaceholderText(self.tr("Search services, e.g. 身份證, certidão, vehicle tax"))
        self.search.setAccessibleName(self.tr("Search services"))
        self.categories.setAccessibleName(self.tr("Service categories"))
        self.list.setAccessibleName(self.tr("Services"))
        self.detail.setAccessibleName(self.tr("Service details"))
        self._fill_categories()
        self._update_as_of()
        self._update_empty()
        self._show_selected()

    def department_name(self, department_id: str) -> str:
        dept = self._departments.get(department_id)
        return dept.name.get(self.ctx.language) if dept else department_id

    # --- data --------------------------------------------------------------------------------------
    def show_payments(self) -> None:
        self.tabs.setCurrentWidget(self.payments)

    def forget(self) -> None:
        self.payments.forget()
        self.model.clear()
        self._departments, self._categories, self._last_pull = {}, [], None
        self.search.clear()
        self.detail.clear()
        self._fill_categories()
        self._update_as_of()
        self._update_empty()

    def refresh(self) -> None:
        self.model.reload()
        self.payments.refresh()

        def load(
            store: Any,
        ) -> tuple[list[Department], list[tuple[str, LocalizedText, int]], datetime | None]:
            return store.departments.all(), store.services.categories(), store.sync_state.last_pull_at

        self.ctx.tasks.query(load, self._on_reference_data)

    def _on_reference_data(self, result: tuple[list[Department], list[Any], datetime | None]) -> None:
        departments, categories, last_pull = result
        self._departments = {d.id: d for d in departments}
        self._categories = [(c[0], c[1], c[2]) for c in categories]
        self._last_pull = last_pull
        self._fill_categories()
        self._update_as_of()
        self.list.viewport().update()

    def _fill_categories(self) -> None:
        current = self.model.category
        self.categories.blockSignals(True)
        self.categories.clear()
        total = sum(count for _, _, count in self._categories)
        everything = QListWidgetItem(self.tr("All services (%1)").replace("%1", str(total)))
        everything.setData(Qt.ItemDataRole.UserRole, None)
        self.categories.addItem(everything)
        for category_id, name, count in self._categories:
            item = QListWidgetItem(f"{name.get(self.ctx.language)} ({count})")
            item.setData(Qt.ItemDataRole.UserRole, category_id)
            self.categories.addItem(item)
            if category_id == current:
                self.categories.setCurrentItem(item)
        if self.categories.currentItem() is None:
            self.categories.setCurrentRow(0)
        self.categories.blockSignals(False)

    def _update_as_of(self) -> None:
        self.as_of.setText(
            self.tr("As of %1").replace("%1", local_time(self._last_pull))
            if self._last_pull
            else self.tr("Not yet updated")
        )

    def _on_model_loaded(self) -> None:
        self._mark_loaded()
        self._update_empty()
        if not self.list.currentIndex().isValid():
            self._show_selected()

    def _update_empty(self) -> None:
        if self.model.total or self.model.query:
            self.stack.setCurrentIndex(0)
            if self.model.query and not self.model.total and self.model.is_loaded:
                self.detail.setHtml(
                    "<p>"
                    + escape(self.tr("No service matches “%1”.").replace("%1", self.model.query))
                    + "</p>"
                )
            return
        self.empty.set_text(
            self.tr("No services saved on this computer yet"),
            self.tr(
                "The catalogue of more than 600 government services appears here once it has been "
                "downloaded. After that it works without a connection."
            ),
        )
        self.stack.setCurrentWidget(self.empty)

    # --- interaction -------------------------------------------------------------------------------
    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer(self) -> None:
        self.model.set_query(self.search.text())

    def _on_category_selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.model.set_category(current.data(Qt.ItemDataRole.UserRole))

    def _on_service_selected(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        index = self.list.currentIndex()
        service: Service | None = self.model.item(index.row()) if index.isValid() else None
        if service is None:
            self.detail.setHtml("<p>" + escape(self.tr("Choose a service to see how to apply.")) + "</p>")
            return
        lang = self.ctx.language
        headings = {
            "eligibility": self.tr("Who may apply"),
            "documents": self.tr("Documents"),
            "fees": self.tr("Fees"),
            "processing_time": self.tr("Processing time"),
            "where_when": self.tr("Where and when"),
            "forms": self.tr("Forms"),
            "progress": self.tr("Following progress"),
        }
        parts = [
            f"<h2>{escape(service.title.get(lang))}</h2>",
            f"<p><i>{escape(self.department_name(service.department_id))}</i></p>",
            f"<p>{escape(service.summary.get(lang))}</p>",
        ]
        for key in PROCEDURE_SECTIONS:
            text = service.procedure.get(key)
            if text is not None and text.get(lang):
                parts.append(f"<h3>{escape(headings[key])}</h3><p>{escape(text.get(lang))}</p>")
        self.detail.setHtml("".join(parts))

    def _on_language_changed(self, lang: str) -> None:
        self.model.set_language(lang)
        if self.model.query:
            self.model.reload()  # ranking depends on the language searched
        self.list.viewport().update()
