"""Fixtures for store tests: real SQLite files in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.store import Store, open_store


class FakeClock:
    """A clock that moves one second per reading, so ordering by time is deterministic."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "cache.sqlite3"


@pytest.fixture
def store(cache_path: Path) -> Iterator[Store]:
    s = open_store(cache_path, clock=FakeClock())
    yield s
    s.close()
