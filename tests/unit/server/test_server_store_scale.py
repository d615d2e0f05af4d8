"""The pull stays an indexed range scan with 100,000+ rows (server.store)."""

from __future__ import annotations

import json
import sqlite3
import time

from server.services import Services
from server.store import PULL_QUERY

ROWS = 120_000


def _bulk_load(services: Services) -> None:
    """Rows written straight into the table: this test is about reading, and 120k puts take seconds."""
    conn = sqlite3.connect(services.config.db_path)
    try:
        with conn:
            row = json.dumps({"title": {"zh": "服務", "pt": "Serviço", "en": "Service"}, "n": 0})
            conn.executemany(
                "INSERT INTO entities (entity, id, owner, version, seq, deleted, row_json)"
                " VALUES (?, ?, ?, 1, ?, 0, ?)",
                (
                    ("service", f"ps-{n}", None if n % 10 else ("usr-lee" if n % 20 else "usr-demo"), n, row)
                    for n in range(1, ROWS + 1)
                ),
            )
            conn.execute("UPDATE counters SET value = ? WHERE name = 'change_seq'", (ROWS,))
    finally:
        conn.close()


def test_pull_query_searches_the_owner_seq_index(services: Services) -> None:
    conn = sqlite3.connect(services.config.db_path)
    try:
        plan = [str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + PULL_QUERY, (0, "usr-demo", 10))]
    finally:
        conn.close()
    on_entities = [step for step in plan if " entities " in f"{step} "]
    assert on_entities == ["SEARCH entities USING INDEX entities_owner_seq (owner=? AND seq>?)"] * 2, plan


def test_pages_deep_in_a_large_log_are_fast(services: Services) -> None:
    _bulk_load(services)
    store, epoch = services.store, services.store.epoch
    timings = []
    seen = 0
    for after in (0, ROWS // 2, ROWS - 2000):
        started = time.perf_counter()
        page = store.changes(epoch, after, "usr-demo", 1000)
        timings.append(time.perf_counter() - started)
        seen += len(page.rows)
        assert all(r.seq > after for r in page.rows)
        assert [r.seq for r in page.rows] == sorted(r.seq for r in page.rows)
    # usr-lee's rows are never in usr-demo's pages.
    assert all(
        int(r.id.removeprefix("ps-")) % 20 != 10 for r in store.changes(epoch, 0, "usr-demo", 1000).rows
    )
    assert seen == 3000
    # A page is a range scan of ~1000 index entries: milliseconds, however long the log is.
    assert max(timings) < 0.25, timings


def test_walking_the_whole_large_log(services: Services) -> None:
    _bulk_load(services)
    store, epoch = services.store, services.store.epoch
    after, total, started = 0, 0, time.perf_counter()
    while True:
        page = store.changes(epoch, after, "usr-lee", 1000)
        total += len(page.rows)
        after = page.next_seq
        if not page.has_more:
            break
    elapsed = time.perf_counter() - started
    assert total == ROWS - ROWS // 20  # public rows plus lee's, without demo's
    assert after == ROWS
    assert elapsed < 10, elapsed
