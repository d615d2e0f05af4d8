"""我的資訊 My information: official alerts first, then weather, air, borders, schools and news."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.context import AppContext
from desktop.domain.models import FEED_CATEGORIES, FeedItem
from desktop.viewmodels.feed import FeedListModel
from desktop.viewmodels.paged import ItemRole
from desktop.views.pages.base import Page
from desktop.views.texts import feed_category_name
from desktop.views.widgets import EmptyState, local_time

#: Stripe colours by severity 0..5 (information, then the official blue → black warning scale).
SEVERITY_COLOURS = ("#8a94a6", "#1f6fd1", "#e6b800", "#f07d00", "#d92b2b", "#1a1a1a")


class FeedItemDelegate(QStyledItemDelegate):
    """Paints one feed item as a card: coloured stripe, title, two lines of text, time and source."""

    PADDING = 12

    def __init__(self, model: FeedListModel, view: QListView) -> None:
        super().__init__(view)
        self._model = model
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(option.rect.width(), self.PADDING * 2 + fm.height() * 4 + 10)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item: FeedItem | None = index.data(ItemRole)
        if item is None:
            return
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
        body_rect = QRect(inner.left(), inner.top() + fm_title.height() + 4, inner.width(), fm.height() * 2)
        body = " ".join(item.body.get(lang).split())
        painter.drawText(
            body_rect,
            Qt.TextFlag.TextWordWrap,
            fm.elidedText(body, Qt.TextElideMode.ElideRight, inner.width() * 2 - 20),
        )
        meta = f"{feed_category_name(item.category)} · {local_time(item.published_at)}"
        if item.source:
            meta += f" · {item.source}"
        muted = QColor(text_colour)
        muted.setAlpha(160)
        painter.setPen(muted)
        painter.drawText(
            QRect(inner.left(), body_rect.bottom() + 4, inner.width(), fm.height()),
            Qt.TextFlag.TextSingleLine,
            fm.elidedText(meta, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()


class FeedPage(Page):
    WATCHES = ("feed_item",)
    LOADS_ASYNC = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = FeedListModel(ctx.tasks, self)
        self.model.language = ctx.language
        self.model.loaded.connect(self._on_model_loaded)

        bar = QHBoxLayout()
        self.filter_label = QLabel(self)
        self.category = QComboBox(self)
        self.category.currentIndexChanged.connect(self._on_category_changed)
        self.filter_label.setBuddy(self.category)
        self.as_of = QLabel(self)
        self.as_of.setObjectName("AsOf")
        bar.addWidget(self.filter_label)
        bar.addWidget(self.category)
        bar.addStretch(1)
        bar.addWidget(self.as_of)
        self.layout_.addLayout(bar)

        self.list = QListView(self)
        self.list.setObjectName("FeedList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(FeedItemDelegate(self.model, self.list))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        self.layout_.addWidget(self.stack, 1)
        self._last_pull: object = None
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("My information"))
        self.filter_label.setText(self.tr("&Show:"))
        self.category.setAccessibleName(self.tr("Show information of category"))
        self.list.setAccessibleName(self.tr("Information feed"))
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Everything"), None)
        for category in FEED_CATEGORIES:
            self.category.addItem(feed_category_name(category), category)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(0, index))
        self.category.blockSignals(False)
        self._update_as_of()
        self._update_empty()

    def forget(self) -> None:
        self.model.clear()
        self._last_pull = None
        self._update_as_of()
        self._update_empty()

    def refresh(self) -> None:
        self.model.reload()
        self.ctx.tasks.query(lambda store: store.sync_state.last_pull_at, self._on_last_pull)

    def _on_last_pull(self, when: object) -> None:
        self._last_pull = when
        self._update_as_of()

    def _update_as_of(self) -> None:
        from datetime import datetime

        when = self._last_pull if isinstance(self._last_pull, datetime) else None
        self.as_of.setText(
            self.tr("As of %1").replace("%1", local_time(when)) if when else self.tr("Not yet updated")
        )

    def _on_category_changed(self, _index: int) -> None:
        self.model.set_category(self.category.currentData())

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
