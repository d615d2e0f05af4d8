"""The start-up read path imports only the read side of the store (see desktop/store/store.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import desktop.store
from desktop.store import open_store

from .factories import feed_item, put, service

ROOT = Path(__file__).resolve().parents[3]

#: Loaded on first use only: the pull's code, schema work, the search index and the outbox (uuid).
LAZY = (
    "desktop.store.apply",
    "desktop.store.columns",
    "desktop.store.migrations",
    "desktop.store.search_index",
    "desktop.store.search",
    "desktop.store.outbox",
    "desktop.store.overlay",
    "uuid",
    "sqlite_utils",
    "httpx",
)

_FIRST_PAGE = """
import sys
from desktop.store import open_store
store = open_store(sys.argv[1])
items = store.feed.page(0, 50)
store.feed.count(), store.feed.pinned(), store.sync_state.last_pull_at, store.departments.all()
print(len(items))
print(" ".join(m for m in sys.argv[2:] if m in sys.modules))
"""


def _cache(tmp_path: Path) -> Path:
    path = tmp_path / "cache.sqlite3"
    with open_store(path) as s:
        items = [put("feed_item", feed_item(f"f-{i}")) for i in range(60)]
        s.apply_changes([*items, put("service", service("ps-1"))], "c1")
    return path


def test_reading_the_first_feed_page_imports_no_write_side(tmp_path: Path) -> None:
    path = _cache(tmp_path)
    probe = [sys.executable, "-c", _FIRST_PAGE, str(path), *LAZY]
    out = subprocess.run(probe, cwd=ROOT, capture_output=True, text=True, check=True)
    count, imported = [*out.stdout.splitlines(), ""][:2]
    assert count == "50"
    assert imported.split() == []


def test_the_lazy_parts_still_work(tmp_path: Path) -> None:
    from desktop.store import OutboxError, Overlaid, ServiceHit, Waiting

    assert {OutboxError.__name__, Overlaid.__name__, ServiceHit.__name__, Waiting.__name__} == {
        "OutboxError", "Overlaid", "ServiceHit", "Waiting"
    }
    with open_store(_cache(tmp_path)) as s:
        assert s.outbox.waiting().count == 0 and s.overlay.row("fine", "F-1").row is None
        assert [h.service.id for h in s.services.search("ps-1", "en")] == ["ps-1"]
    with pytest.raises(AttributeError):
        desktop.store.no_such_name  # noqa: B018
