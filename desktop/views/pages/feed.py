"""我的資訊 My information: official alerts first, then weather, air, borders, schools and news."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.domain.models import FEED_CATEGORIES, FeedItem
from desktop.domain.text import LocalizedText
from desktop.viewmodels.feed import FeedListModel
from desktop.viewmodels.feed_dashboard import FeedDashboardModel
from desktop.viewmodels.paged import ItemRole
from desktop.views.flow_layout import FlowLayout
from desktop.views.pages.base import Page
from desktop.views.texts import feed_category_name
from desktop.views.widgets import SEVERITY_COLOURS, EmptyState, elided_lines, local_time

if TYPE_CHECKING:
    from desktop.views.feed_dashboard_view import FeedDashboardView


class FeedItemDelegate(QStyledItemDelegate):
    """Paints one feed item as a card: coloured stripe, title, two lines of text, time and source."""

    PADDING = 12

    def __init__(self, model: FeedListModel, view: QListView, painting: Callable[[], None]) -> None:
        super().__init__(view)
        self._model = model
        self._view = view
        self._painting = painting

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(option.rect.width(), self.PADDING * 2 + fm.height() * 4 + 10)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item: FeedItem | None = index.data(ItemRole)
        if item is None:
            return
        self._painting()
        lang = self._model.language
        painter.save()
        rect = option.rect.adjusted(4, 4, -4, -4)
        palette = option.palette
        # Asked of the view, not of QStyle: its Python wrapper is costly to load on the start path.
        selected = self._view.selectionModel().isSelected(index)
        background = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        painter.fillRect(rect, background)
        stripe = QColor(SEVERITY_COLOURS[max(0, min(item.severity, 5))])
        painter.fillRect(QRect(rect.left(), rect.top(), 6, rect.height()), stripe)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        inner = rect.adjusted(self.PADDING + 6, self.PADDING, -self.PADDING, -self.PADDING)
        title_font = QFont(option.font)
        title_font.setBold(True)
        fm_title = QFontMetrics(title_font)
        fm = QFontMetrics(option.font)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title = item.title.get(lang)
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), fm_title.height()),
            Qt.TextFlag.TextSingleLine,
            fm_title.elidedText(title, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.setFont(option.font)
        # Two lines of the body, wrapped as Qt wraps them: the second ends in "…" if there is more.
        body = " ".join(item.body.get(lang).split())
        body_top = inner.top() + fm_title.height() + 4
        for number, line in enumerate(elided_lines(body, option.font, inner.width(), 2)):
            painter.drawText(
                QRect(inner.left(), body_top + number * fm.height(), inner.width(), fm.height()),
                Qt.TextFlag.TextSingleLine,
                line,
            )
        body_bottom = body_top + 2 * fm.height() - 1
        meta = f"{feed_category_name(item.category)} · {local_time(item.published_at)}"
        if item.source:
            meta += f" · {item.source}"
        muted = QColor(text_colour)
        muted.setAlpha(160)
        painter.setPen(muted)
        painter.drawText(
            QRect(inner.left(), body_bottom + 4, inner.width(), fm.height()),
            Qt.TextFlag.TextSingleLine,
            fm.elidedText(meta, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()


class FeedPage(Page):
    """Left: what matters now (alerts, weather, air, borders, schools). Right: everything, by category."""

    WATCHES = ("feed_item",)
    LOADS_ASYNC = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = FeedListModel(ctx.tasks, self)
        self.model.language = ctx.language
        self.model.loaded.connect(self._on_model_loaded)
        self.dashboard = FeedDashboardModel(ctx, self)
        self.dashboard.loaded.connect(self._on_dashboard_loaded)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        self.as_of = QLabel(self)
        self.as_of.setObjectName("AsOf")
        top.addWidget(self.as_of)
        self.layout_.insertLayout(0, top)

        splitter = QSplitter(self)
        # What matters now: its blocks are built when first shown, just after the list's first paint.
        self.dashboard_scroll = QScrollArea(splitter)
        self.dashboard_scroll.setWidgetResizable(True)
        self.dashboard_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.dashboard_scroll.setObjectName("FeedDashboard")
        self.dashboard_view: FeedDashboardView | None = None

        # Everything, filtered by category.
        right = QWidget(splitter)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(8, 0, 0, 0)
        chips_host = QWidget(right)
        chips = FlowLayout(chips_host)  # the chips wrap: in Portuguese one row is wider than the page
        self.filter_label = QLabel(chips_host)
        chips.addWidget(self.filter_label)
        self.category_group = QButtonGroup(self)
        self.category_group.setExclusive(True)
        self.category_buttons: dict[str | None, QPushButton] = {}
        for category in (None, *FEED_CATEGORIES):
            button = QPushButton(chips_host)
            button.setObjectName("CategoryChip")
            button.setCheckable(True)
            button.setProperty("category", category or "")
            self.category_group.addButton(button)
            self.category_buttons[category] = button
            chips.addWidget(button)
        self.category_buttons[None].setChecked(True)
        self.category_group.buttonClicked.connect(self._on_chip_clicked)
        right_box.addWidget(chips_host)
        self.list = QListView(right)
        self.list.setObjectName("FeedList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(FeedItemDelegate(self.model, self.list, self._mark_painted))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(self._on_item_selected)
        #: What the selected item says in full; built when an item is first selected.
        self.detail: QTextBrowser | None = None
        self.empty = EmptyState(right)
        self.stack = QStackedWidget(right)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        right_box.addWidget(self.stack, 1)
        self._right_box = right_box
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([460, 640])
        self.layout_.addWidget(splitter, 1)
        self._last_pull: object = None
        self._shown_dashboard: object = None
        self._dashboard_stale = False
        self._dashboard_timer = QTimer(self)
        self._dashboard_timer.setSingleShot(True)
        self._dashboard_timer.setInterval(2000)
        self._dashboard_timer.timeout.connect(self._on_dashboard_timer)
        # The list tells when it paints an item (its delegate); the empty state, when there is no
        # cache, through this filter. Not the list's viewport: the first wrapper of a widget Qt made
        # itself costs PySide ~10 ms of loading every widget type, on the start path.
        self.empty.installEventFilter(self)
        self.content_painted.connect(self._on_content_painted)
        self.retranslate()

    def retranslate(self) -> None:
        self._shown_dashboard = None  # texts of the blocks change with the language
        self.heading.setText(self.tr("My information"))
        self.filter_label.setText(self.tr("Show:"))
        self.list.setAccessibleName(self.tr("Information feed"))
        if self.detail is not None:
            self.detail.setAccessibleName(self.tr("Selected information"))
        for category, button in self.category_buttons.items():
            button.setText(feed_category_name(category) if category else self.tr("Everything"))
            button.setAccessibleName(self.tr("Show: %1").replace("%1", button.text()))
        self._update_as_of()
        self._update_empty()
        if self.content_shown:
            self._show_dashboard()
        self._on_item_selected()

    def forget(self) -> None:
        self.model.clear()
        self.dashboard.clear()
        self._show_dashboard()
        self._last_pull = None
        if self.detail is not None:
            self.detail.setVisible(False)
        self._update_as_of()
        self._update_empty()

    def refresh(self) -> None:
        self.model.reload()
        # The blocks change rarely but cost a layout each time: during a long pull, at most every 2 s.
        if not self._dashboard_timer.isActive():
            self.dashboard.reload()
            self._dashboard_timer.start()
        else:
            self._dashboard_stale = True

    @property
    def refresh_pending(self) -> bool:
        return super().refresh_pending or self._dashboard_stale

    def _on_dashboard_timer(self) -> None:
        if self._dashboard_stale:
            self._dashboard_stale = False
            self.dashboard.reload()

    @property
    def category(self) -> str | None:
        return self.model.category

    def set_category(self, category: str | None) -> None:
        self.category_buttons[category].setChecked(True)
        self.model.set_category(category)

    def _on_chip_clicked(self, button: QAbstractButton) -> None:
        self.model.set_category(button.property("category") or None)

    def _on_dashboard_loaded(self) -> None:
        self._last_pull = self.dashboard.dashboard.as_of
        self._update_as_of()
        if self.content_shown:
            self._show_dashboard()
        # Otherwise the blocks fill right after the feed list's first paint (_on_content_painted): the
        # list is what a resident looks at first, and laying out the blocks would hold it back a few frames.

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.empty and event.type() == QEvent.Type.Paint:
            self._mark_painted()
        return False

    def _on_content_painted(self) -> None:
        self.empty.removeEventFilter(self)
        QTimer.singleShot(0, self._show_dashboard)

    def _show_dashboard(self) -> None:
        board = self.dashboard.dashboard
        lang = self.ctx.language
        if (board, lang) == self._shown_dashboard:
            return  # a pull page that did not change what these blocks show
        self._shown_dashboard = (board, lang)
        if self.dashboard_view is None:
            from desktop.views.feed_dashboard_view import FeedDashboardView

            self.dashboard_view = FeedDashboardView(self.dashboard_scroll)
            self.dashboard_scroll.setWidget(self.dashboard_view)
        self.dashboard_view.show_board(board, lang)

    def _update_as_of(self) -> None:
        from datetime import datetime

        when = self._last_pull if isinstance(self._last_pull, datetime) else None
        self.as_of.setText(
            self.tr("As of %1").replace("%1", local_time(when)) if when else self.tr("Not yet updated")
        )

    def _on_item_selected(self, *_args: object) -> None:
        index = self.list.currentIndex()
        item = self.model.item(index.row()) if index.isValid() else None
        if item is None:
            if self.detail is not None:
                self.detail.setVisible(False)
            return
        lang = self.ctx.language
        guidance = (
            LocalizedText.from_row(item.data.get("guidance")).get(lang) if item.data.get("guidance") else ""
        )
        if self.detail is None:
            self.detail = QTextBrowser(self)
            self.detail.setObjectName("FeedDetail")
            self.detail.setMaximumHeight(180)
            self.detail.setAccessibleName(self.tr("Selected information"))
            self._right_box.addWidget(self.detail)
        self.detail.setHtml(
            f"<h3>{escape(item.title.get(lang))}</h3><p>{escape(item.body.get(lang))}</p>"
            + (f"<p><b>{escape(guidance)}</b></p>" if guidance else "")
            + f"<p style='color:#52606d'>{escape(feed_category_name(item.category))} · "
            f"{escape(local_time(item.published_at))} · {escape(item.source)}</p>"
        )
        self.detail.setVisible(True)

    def _on_model_loaded(self) -> None:
        self._mark_loaded()
        self._update_empty()

    def _update_empty(self) -> None:
        if self.model.total:
            self.stack.setCurrentWidget(self.list)
            return
        if not self.ctx.has_account:
            self.empty.set_text(
                self.tr("Nothing here yet"),
                self.tr(
                    "Sign in to see official alerts, weather, air quality, border checkpoints, class "
                    "suspensions and government news. They stay available when you are offline."
                ),
            )
        else:
            self.empty.set_text(
                self.tr("No information saved on this computer yet"),
                self.tr("Information appears here as soon as it has been downloaded from the server."),
            )
        self.stack.setCurrentWidget(self.empty)

    def _on_language_changed(self, lang: str) -> None:
        self.model.set_language(lang)
        self.list.viewport().update()
        if self.content_shown:
            self._show_dashboard()
