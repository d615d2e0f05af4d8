"""FeedDashboard: the blocks at the top of "My information", read from the cache in one trip.

Official alerts and civil-protection notices in force come first (most severe first), then the current
weather, air quality by station, border checkpoints, and the latest class-suspension notice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.context import AppContext
from desktop.domain.models import FeedItem

#: At most this many items per block (Macao has 6 air stations and about a dozen checkpoints).
BLOCK_LIMIT = 16


@dataclass(frozen=True)
class FeedDashboard:
    alerts: list[FeedItem] = field(default_factory=list)
    weather: FeedItem | None = None
    air: list[FeedItem] = field(default_factory=list)
    border: list[FeedItem] = field(default_factory=list)
    school: FeedItem | None = None
    as_of: datetime | None = None

    @property
    def empty(self) -> bool:
        return not (self.alerts or self.weather or self.air or self.border or self.school)


def load_dashboard(store: Any) -> FeedDashboard:
    """Runs on the DB worker."""
    feed = store.feed
    pinned = [item for item in feed.pinned() if item.category in ("alert", "civil_protection")]
    pinned.sort(key=lambda item: (-item.severity, item.category != "alert"))
    weather_items = feed.page(0, BLOCK_LIMIT, category="weather")
    weather = next((i for i in weather_items if i.kind == "actual_brief"), None)
    if weather is None:
        weather = next((i for i in weather_items if i.kind not in ("stations", "forecast")), None)
    schools = feed.page(0, 1, category="school")
    return FeedDashboard(
        alerts=pinned,
        weather=weather,
        air=feed.page(0, BLOCK_LIMIT, category="air_quality"),
        border=feed.page(0, BLOCK_LIMIT, category="border"),
        school=schools[0] if schools else None,
        as_of=store.sync_state.last_pull_at,
    )


class FeedDashboardModel(QObject):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dashboard = FeedDashboard()

    def reload(self) -> None:
        self._ctx.tasks.query(load_dashboard, self._on_loaded, self._on_failed)

    def clear(self) -> None:
        self.dashboard = FeedDashboard()
        self.loaded.emit()

    def _on_loaded(self, dashboard: FeedDashboard) -> None:
        self.dashboard = dashboard
        self.loaded.emit()

    def _on_failed(self, _error: BaseException) -> None:
        self.clear()
