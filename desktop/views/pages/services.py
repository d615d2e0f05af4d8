"""我的服務 My services: the catalogue by category, search as you type, and each service's procedure."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
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
from desktop.domain.changes import Changes
from desktop.domain.models import Department, Service
from desktop.domain.text import LocalizedText
from desktop.viewmodels.paged import ItemRole
from desktop.viewmodels.services import Browse, ServiceListModel
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
        prefix = "★ " if service.high_frequency else ""
        hit = self._page.model.highlights.get(service.id)
        spans = hit.title_spans if hit is not None else ()
        self._paint_title(
            painter, QRect(rect.left(), rect.top(), rect.width(), fm.height()), bold, prefix, title, spans
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

    @staticmethod
    def _paint_title(
        painter: QPainter,
        rect: QRect,
        font: QFont,
        prefix: str,
        title: str,
        spans: tuple[tuple[int, int], ...],
    ) -> None:
        """The title with the searched-for parts marked (as a highlighter pen would), elided to fit."""
        metrics = QFontMetrics(font)
        text = metrics.elidedText(prefix + title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.TextFlag.TextSingleLine, text)
        if not spans:
            return
        shown = len(text) - (1 if text.endswith("…") and not title.endswith("…") else 0)
        pen = painter.pen()
        for start, end in spans:
            start, end = start + len(prefix), min(end + len(prefix), shown)
            if start >= end:
                continue
            x = rect.left() + metrics.horizontalAdvance(text[:start])
            width = metrics.horizontalAdvance(text[start:end])
            mark = QRect(x, rect.top(), width, rect.height())
            painter.fillRect(mark, QColor(255, 216, 77, 190))
            painter.setPen(QColor("#1a1a1a"))
            painter.drawText(mark, Qt.TextFlag.TextSingleLine, text[start:end])
            painter.setPen(pen)


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
        detail_host = QWidget(splitter)
        detail_box = QVBoxLayout(detail_host)
        detail_box.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser(detail_host)
        self.detail.setObjectName("ServiceDetail")
        self.detail.setOpenExternalLinks(False)
        self.favourite_button = QPushButton(detail_host)
        self.favourite_button.setObjectName("FavouriteButton")
        self.favourite_button.setCheckable(True)
        self.favourite_button.setVisible(False)
        self.favourite_button.clicked.connect(self._on_favourite_clicked)
        detail_box.addWidget(self.detail, 1)
        detail_box.addWidget(self.favourite_button)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 5)
        splitter.setSizes([250, 420, 460])
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
        """The browse list: everything, favourites, recently used, then by category and by department."""
        current = self.model.browse
        lang = self.ctx.language
        self.categories.blockSignals(True)
        self.categories.clear()
        total = sum(count for _, _, count in self._categories)

        def add(text: str, browse: Browse | None) -> None:
            item = QListWidgetItem(text)
            if browse is None:  # a heading, not something to choose
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            else:
                item.setData(Qt.ItemDataRole.UserRole, browse)
            self.categories.addItem(item)
            if browse == current:
                self.categories.setCurrentItem(item)

        add(self.tr("All services (%1)").replace("%1", str(total)), Browse())
        add(self.tr("★ My favourites"), Browse("favourites"))
        add(self.tr("Recently used"), Browse("recent"))
        add(self.tr("By category"), None)
        for category_id, name, count in self._categories:
            add(f"  {name.get(lang)} ({count})", Browse("category", category_id))
        add(self.tr("By department"), None)
        for department in sorted(self._departments.values(), key=lambda d: (d.sort, d.id)):
            add(f"  {department.name.get(lang)}", Browse("department", department.id))
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
        browse = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        if isinstance(browse, Browse):
            if self.search.text():
                self.search.clear()  # choosing where to browse ends the search
            self.model.set_browse(browse)

    def _on_service_selected(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selected()
        service = self._selected()
        if service is None:
            return
        service_id = service.id

        def use(store: Any) -> tuple[bool, Changes]:
            store.services.mark_used(service_id)  # "recently used" is local; nothing is sent
            return store.services.is_favourite(service_id), Changes()

        self.ctx.tasks.write(use, lambda favourite: self._show_favourite(service_id, favourite))

    def _selected(self) -> Service | None:
        index = self.list.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _show_favourite(self, service_id: str, favourite: bool) -> None:
        service = self._selected()
        if service is None or service.id != service_id:
            return
        self.favourite_button.setVisible(True)
        self.favourite_button.setChecked(favourite)
        self.favourite_button.setText(
            self.tr("★ In my favourites") if favourite else self.tr("☆ Add to my favourites")
        )
        self.favourite_button.setAccessibleName(self.favourite_button.text())

    def _on_favourite_clicked(self, checked: bool) -> None:
        service = self._selected()
        if service is None:
            return
        service_id = service.id

        def toggle(store: Any) -> tuple[bool, Changes]:
            if checked:
                store.services.add_favourite(service_id)
            else:
                store.services.remove_favourite(service_id)
            return checked, Changes()

        self.ctx.tasks.write(toggle, lambda favourite: self._show_favourite(service_id, favourite))
        if self.model.browse.kind == "favourites":
            self.model.reload()

    def _show_selected(self) -> None:
        service = self._selected()
        if service is None:
            self.favourite_button.setVisible(False)
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
