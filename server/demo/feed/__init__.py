"""Demo "My information" feed: one active typhoon signal, weather, air quality, border checkpoints, a
class suspension and government news, all written for the demo in three languages.

Times are relative to when the demo is seeded, so a fresh demo always looks current.
"""

from __future__ import annotations

from typing import Any

from server.demo.feed.conditions import air_quality, border, weather
from server.demo.feed.news import news
from server.demo.feed.official import alerts, school


def build_feed(now: float) -> list[dict[str, Any]]:
    """The demo feed items as of ``now`` (seconds since the epoch)."""
    return [*alerts(now), *weather(now), *air_quality(now), *border(now), *school(now), *news(now)]
