"""A list model that loads rows from the cache page by page, on the DB worker."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.tasks import NoAccountOpen, TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

#: Role that returns the row's domain object (FeedItem, Service…).
ItemRole = int(Qt.ItemDataRole.UserRole) + 1


class PagedListModel(QAbstractListModel, Generic[T]):
    """Subclasses give ``_count_fn`` and ``_page_fn`` (both run on the DB worker) and ``_display``."""

    loaded = Signal()  # the first page of a (re)load is in
    PAGE_SIZE = 100

    def __init__(self, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._rows: list[T] = []
        self._total = 0
        self._generation = 0
        self._fetching = False
        self.language = "zh-Hant"
        self.is_loaded = False

    # --- to override -------------------------------------------------------------------------------
    def _count_fn(self) -> Callable[[Any], int]:
        raise NotImplementedError

    def _page_fn(self, offset: int, limit: int) -> Callable[[Any], list[T]]:
        raise NotImplementedError

    def _display(self, item: T) -> str:
        raise NotImplementedError

    def _first_load_fn(self) -> Callable[[Any], tuple[int, list[T]]]:
        """The total and the first page, in one trip to the DB worker."""
        count_fn, page_fn = self._count_fn(), self._page_fn(0, self.PAGE_SIZE)
        return lambda store: (count_fn(store), page_fn(store))

    # --- loading -----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Count and fetch the first page again (filters changed, the cache changed)."""
        self._generation += 1
        generation = self._generation
        self._tasks.query(
            self._first_load_fn(),
            lambda result: self._on_reloaded(generation, result),
            lambda error: self._on_reload_failed(generation, error),
        )

    def _on_reloaded(self, generation: int, result: tuple[int, list[T]]) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        total, rows = result
        self.beginResetModel()
        self._total = total
        self._rows = list(rows)
        self._fetching = False
        self.endResetModel()
        self.is_loaded = True
        self.loaded.emit()

    def _on_reload_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        # Never leave rows of a previous account (or a closed cache) on screen.
        if not isinstance(error, NoAccountOpen):
            log.error("loading the list failed", exc_info=error)
        self.clear()
        self.is_loaded = True
        self.loaded.emit()

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows, self._total, self._fetching = [], 0, False
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._fetching or len(self._rows) >= self._total:
            return
        self._fetching = True
        generation = self._generation
        self._tasks.query(
            self._page_fn(len(self._rows), self.PAGE_SIZE),
            lambda rows: self._on_page(generation, rows),
        )

    def _on_page(self, generation: int, rows: list[T]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if not rows:
            self._total = len(self._rows)  # the cache shrank under us; stop asking
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # --- Qt model ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item)
        if role == ItemRole:
            return item
        return None

    def item(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_language(self, lang: str) -> None:
        if lang == self.language:
            return
        self.language = lang
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
