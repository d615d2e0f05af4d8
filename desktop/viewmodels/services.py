"""ServiceListModel: the service catalogue from the cache — browse by category or search as you type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.domain.models import Service
from desktop.viewmodels.paged import PagedListModel

#: Search results shown at most (the list is for finding, not for reading 600 rows).
SEARCH_LIMIT = 200


class ServiceListModel(PagedListModel[Service]):
    def __init__(self, tasks: Any, parent: Any = None) -> None:
        super().__init__(tasks, parent)
        self.category: str | None = None
        self.query = ""

    def set_category(self, category: str | None) -> None:
        if category != self.category:
            self.category = category
            self.reload()

    def set_query(self, query: str) -> None:
        query = query.strip()
        if query != self.query:
            self.query = query
            self.reload()

    def _first_load_fn(self) -> Callable[[Any], tuple[int, list[Service]]]:
        if not self.query:
            return super()._first_load_fn()
        query, lang = self.query, self.language

        def search(store: Any) -> tuple[int, list[Service]]:
            found = [hit.service for hit in store.services.search(query, lang, limit=SEARCH_LIMIT)]
            return len(found), found  # all hits at once: a search result is short

        return search

    def _count_fn(self) -> Callable[[Any], int]:
        category = self.category
        return lambda store: store.services.count(category=category)

    def _page_fn(self, offset: int, limit: int) -> Callable[[Any], list[Service]]:
        category = self.category
        return lambda store: store.services.page(offset, limit, category=category)

    def _display(self, item: Service) -> str:
        return item.title.get(self.language)
