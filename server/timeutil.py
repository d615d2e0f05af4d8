"""Times as the API writes them: ISO 8601 in Macao time (UTC+8)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

#: Macao time has no daylight saving, so a fixed offset is exact and needs no tz database (Windows).
MACAO_TZ = timezone(timedelta(hours=8), "Asia/Macau")


def iso_time(seconds: float) -> str:
    """``seconds`` since the epoch as ``2026-11-27T18:30:00+08:00``."""
    return datetime.fromtimestamp(seconds, UTC).astimezone(MACAO_TZ).isoformat(timespec="seconds")
