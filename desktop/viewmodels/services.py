"""ServiceListModel: the service catalogue from the cache — browse by category, by department, the
resident's favourites and recently used services, or search as you type (with what matched, to highlight).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.domain.models import Service
from desktop.viewmodels.paged import PagedListModel

if TYPE_CHECKING:
    from desktop.store.search import ServiceHit

#: Search results shown at most (the list is for finding, not for reading 600 rows).
SEARCH_LIMIT = 200
RECENT_LIMIT = 30


class _HitList(list[Service]):
    highlights: dict[str, ServiceHit]


@dataclass(frozen=True)
class Browse:
    """What the list shows when nobody is searching."""

    kind: str = "all"  # all | category | department | favourites | recent
    key: str | None = None


class ServiceListModel(PagedListModel[Service]):
    def __init__(self, tasks: Any, parent: Any = None) -> None:
        super().__init__(tasks, parent)
        self.browse = Browse()
        self.query = ""
        #: For the current search: service id → its hit, whose spans say what to highlight (found
        #: when a row is first painted, so only for the rows shown).
        self.highlights: dict[str, ServiceHit] = {}

    @property
    def category(self) -> str | None:
        return self.browse.key if self.browse.kind == "category" else None

    def set_browse(self, browse: Browse) -> None:
        if browse != self.browse:
            self.browse = browse
            self.reload()

    def set_category(self, category: str | None) -> None:
        self.set_browse(Browse("category", category) if category else Browse())

    def set_query(self, query: str) -> None:
        query = query.strip()
        if query != self.query:
            self.query = query
            self.reload()

    def _first_load_fn(self) -> Callable[[Any], tuple[int, list[Service]]]:
        if self.query:
            query, lang = self.query, self.language

            def search(store: Any) -> tuple[int, list[Any]]:
                hits = store.services.search(query, lang, limit=SEARCH_LIMIT)
                return len(hits), hits  # all hits at once: a search result is short

            return self._unwrap_hits(search)
        if self.browse.kind in ("favourites", "recent"):
            kind = self.browse.kind

            def listed(store: Any) -> tuple[int, list[Service]]:
                found = (
                    store.services.favourites()
                    if kind == "favourites"
                    else store.services.recent(RECENT_LIMIT)
                )
                return len(found), list(found)

            return listed
        return super()._first_load_fn()

    @staticmethod
    def _unwrap_hits(
        search: Callable[[Any], tuple[int, list[Any]]],
    ) -> Callable[[Any], tuple[int, list[Service]]]:
        def run(store: Any) -> tuple[int, list[Service]]:
            total, hits = search(store)
            rows = _HitList(h.service for h in hits)
            rows.highlights = {h.service.id: h for h in hits}
            return total, rows

        return run

    def _on_reloaded(self, generation: int, result: tuple[int, list[Service]]) -> None:
        if generation == self._generation:
            # The highlights ride inside the result, so they always belong to the rows shown.
            self.highlights = getattr(result[1], "highlights", {})
        super()._on_reloaded(generation, result)

    def _count_fn(self) -> Callable[[Any], int]:
        category, department = self._filters()
        return lambda store: store.services.count(category=category, department_id=department)

    def _page_fn(self, offset: int, limit: int) -> Callable[[Any], list[Service]]:
        category, department = self._filters()
        return lambda store: store.services.page(offset, limit, category=category, department_id=department)

    def _filters(self) -> tuple[str | None, str | None]:
        if self.browse.kind == "category":
            return self.browse.key, None
        if self.browse.kind == "department":
            return None, self.browse.key
        return None, None

    def _display(self, item: Service) -> str:
        return item.title.get(self.language)
