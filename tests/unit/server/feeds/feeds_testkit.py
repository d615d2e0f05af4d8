"""Shared helpers for the feed-ingestion tests: where the real samples live and the item-shape check."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from server.feeds.items import CATEGORIES, ParseContext
from server.timeutil import MACAO_TZ

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
ROOT = Path(__file__).resolve().parents[4]
REALDATA = (ROOT / ".." / "shared" / "realdata").resolve()
SAMPLES = ROOT / "server" / "feeds" / "samples"
NOW = datetime(2026, 9, 23, 12, 0, tzinfo=MACAO_TZ)
CTX = ParseContext(now=NOW)


def real(pattern: str) -> list[Path]:
    """Real public samples matching ``pattern`` under realdata (empty when the folder is absent)."""
    return sorted(REALDATA.glob(pattern)) if REALDATA.is_dir() else []


def real_params(pattern: str) -> list[Any]:
    """Parametrize over real samples; one skipped case when there are none, so the suite stays green."""
    found = real(pattern)
    if found:
        return [pytest.param(p, id=p.name) for p in found]
    return [
        pytest.param(None, marks=pytest.mark.skip(reason=f"no real samples {pattern} (../shared absent)"))
    ]


def check_item(item: dict[str, Any]) -> None:
    """The ``feed_item`` shape of docs/API.md, with all three languages in title and body."""
    assert set(item) == {
        "id",
        "category",
        "kind",
        "severity",
        "level",
        "pinned",
        "title",
        "body",
        "published_at",
        "expires_at",
        "source",
        "data",
    }
    assert item["id"] and isinstance(item["id"], str)
    assert item["category"] in CATEGORIES
    assert isinstance(item["severity"], int) and 0 <= item["severity"] <= 5
    assert isinstance(item["pinned"], bool)
    for field in ("title", "body"):
        assert set(item[field]) == {"zh", "pt", "en"}, field
        assert all(isinstance(v, str) and v for v in item[field].values()), (field, item[field])
    assert datetime.fromisoformat(item["published_at"]).utcoffset() is not None
    if item["expires_at"] is not None:
        assert datetime.fromisoformat(item["expires_at"]) >= datetime.fromisoformat(item["published_at"])
    assert isinstance(item["data"], dict)
    json.dumps(item, ensure_ascii=False)  # JSON-serialisable as is
