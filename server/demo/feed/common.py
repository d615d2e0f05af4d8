"""The shape of one feed item, shared by the feed sections."""

from __future__ import annotations

from typing import Any

from server.timeutil import iso_time

MINUTE = 60.0


def feed_item(
    id: str,
    category: str,
    kind: str,
    title: dict[str, str],
    body: dict[str, str],
    *,
    published: float,
    severity: int = 0,
    level: str = "",
    pinned: bool = False,
    expires: float | None = None,
    source: str = "",
    data: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "id": id,
        "category": category,
        "kind": kind,
        "severity": severity,
        "level": level,
        "pinned": pinned,
        "title": title,
        "body": body,
        "published_at": iso_time(published),
        "expires_at": None if expires is None else iso_time(expires),
        "source": source,
        "data": data or {},
    }
