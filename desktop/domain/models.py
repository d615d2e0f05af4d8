"""The cached things the app shows: departments, services, feed items, the signed-in resident."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.domain.text import LocalizedText

#: Feed categories in the order the information page lists them (alerts always first).
FEED_CATEGORIES: tuple[str, ...] = (
    "alert",
    "civil_protection",
    "weather",
    "air_quality",
    "border",
    "school",
    "news",
)


@dataclass(frozen=True, slots=True)
class Department:
    id: str
    abbr: str
    name: LocalizedText
    appointment: bool = False
    address_change: bool = False
    sort: int = 0


@dataclass(frozen=True, slots=True)
class Service:
    id: str
    department_id: str
    category: str
    category_name: LocalizedText
    title: LocalizedText
    summary: LocalizedText
    high_frequency: bool = False
    bookable: bool = False
    online: bool = False
    popularity: int = 0
    procedure: dict[str, LocalizedText] = field(default_factory=dict)
    #: Space-separated search words per language (used by search; not usually shown).
    keywords: LocalizedText = field(default_factory=LocalizedText)


@dataclass(frozen=True, slots=True)
class FeedItem:
    id: str
    category: str
    kind: str
    title: LocalizedText
    body: LocalizedText
    published_at: datetime | None
    severity: int = 0
    level: str = ""
    pinned: bool = False
    expires_at: datetime | None = None
    source: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Resident:
    """Who is signed in, as the server describes them (no secrets)."""

    user_id: str
    username: str
    display_name: LocalizedText
