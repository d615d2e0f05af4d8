"""FeedListModel: the information feed from the cache, alerts first, loaded page by page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.domain.models import FeedItem
from desktop.viewmodels.paged import PagedListModel


class FeedListModel(PagedListModel[FeedItem]):
    def __init__(self, tasks: Any, parent: Any = None) -> None:
        super().__init__(tasks, parent)
        self.category: str | None = None

    def set_category(self, category: str | None) -> None:
        if category != self.category:
            self.category = category
            self.reload()

    def _count_fn(self) -> Callable[[Any], int]:
        category = self.category
        return lambda store: store.feed.count(category=category)

    def _page_fn(self, offset: int, limit: int) -> Callable[[Any], list[FeedItem]]:
        category = self.category
        return lambda store: store.feed.page(offset, limit, category=category)

    def _display(self, item: FeedItem) -> str:
        return item.title.get(self.language)
