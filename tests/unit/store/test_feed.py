"""The feed: list order (pinned, severity, newest), categories, paging, speed at 100,000 rows."""

from __future__ import annotations

import json
import random
import time
from datetime import timedelta

from desktop.store import Store

from .factories import feed_item, put


def test_order_is_pinned_then_severity_then_newest(store: Store) -> None:
    store.apply_changes(
        [
            put("feed_item", feed_item("old-news", published_at="2026-11-01T09:00:00+08:00")),
            put("feed_item", feed_item("new-news", published_at="2026-11-27T09:00:00+08:00")),
            # 02:00 UTC is after 09:00 in Macao (01:00 UTC): order follows real time, not the text.
            put("feed_item", feed_item("utc-news", published_at="2026-11-27T02:00:00+00:00")),
            put("feed_item", feed_item("undated", published_at=None)),
            put(
                "feed_item",
                feed_item(
                    "storm",
                    category="alert",
                    severity=4,
                    pinned=True,
                    published_at="2026-11-20T09:00:00+08:00",
                ),
            ),
            put("feed_item", feed_item("rain", category="alert", severity=2, pinned=True)),
            put("feed_item", feed_item("aqi", category="air_quality", severity=3)),
            put("feed_item", feed_item("naive-time", published_at="2026-11-27T12:00:00")),
        ],
        "c1",
    )
    ids = [f.id for f in store.feed.page(0, 100)]
    assert ids == ["storm", "rain", "aqi", "naive-time", "utc-news", "new-news", "old-news", "undated"]
    assert [f.id for f in store.feed.pinned()] == ["storm", "rain"]
    assert [f.id for f in store.feed.page(0, 100, category="news")] == [
        "naive-time",
        "utc-news",
        "new-news",
        "old-news",
        "undated",
    ]
    assert store.feed.count() == 8 and store.feed.count("alert") == 2 and store.feed.count("border") == 0
    assert store.feed.categories_present() == ["alert", "air_quality", "news"]
    naive = store.feed.get("naive-time")
    assert naive is not None and naive.published_at is not None
    assert naive.published_at.utcoffset() == timedelta(hours=8)


def test_unknown_categories_are_listed_after_known_ones(store: Store) -> None:
    store.apply_changes(
        [put("feed_item", feed_item("a", category="zeta")), put("feed_item", feed_item("b"))], "c"
    )
    assert store.feed.categories_present() == ["news", "zeta"]


def _bulk_feed(store: Store, n: int, seed: int = 7) -> None:
    """Insert ``n`` feed rows straight into the table (the apply path is tested elsewhere)."""
    rnd = random.Random(seed)
    cats = ["alert", "weather", "air_quality", "border", "school", "news"]
    rows = []
    for i in range(n):
        ts = 1_790_000_000 + rnd.randint(0, 5_000_000)
        row = feed_item(f"f-{i:06d}", category=rnd.choice(cats), severity=rnd.randint(0, 5))
        rows.append(
            (
                row["id"],
                row["category"],
                row["severity"],
                int(rnd.random() < 0.0005),
                "標題",
                "Título",
                "Title",
                None if i % 1000 == 0 else "2026-11-27T10:00:00+08:00",
                None if i % 1000 == 0 else ts,
                json.dumps(row),
            )
        )
    conn = store.connection
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO feed_items(id, category, severity, pinned, title_zh, title_pt, title_en, published_at,"
        " published_ts, row_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")


def test_pages_concatenate_to_the_full_order(store: Store) -> None:
    _bulk_feed(store, 3000)
    everything = store.connection.execute(
        "SELECT id FROM feed_items ORDER BY pinned DESC, severity DESC, published_ts DESC, id"
    ).fetchall()
    paged: list[str] = []
    for offset in range(0, 3000, 128):
        paged.extend(f.id for f in store.feed.page(offset, 128))
    assert paged == [r[0] for r in everything]
    weather = [f.id for f in store.feed.page(0, 10_000, category="weather")]
    assert len(weather) == store.feed.count("weather")
    assert store.feed.page(5000, 10) == []


def test_the_list_queries_use_the_indexes(store: Store) -> None:
    plans = []
    for where in ("", "WHERE category = 'news'"):
        plan = store.connection.execute(
            f"EXPLAIN QUERY PLAN SELECT rowid FROM feed_items {where}"
            " ORDER BY pinned DESC, severity DESC, published_ts DESC, id LIMIT 50 OFFSET 10"
        ).fetchall()
        plans.append(" ".join(r["detail"] for r in plan))
    assert all("TEMP B-TREE" not in p and "INDEX" in p for p in plans), plans


def test_paging_100k_rows_is_fast(store: Store) -> None:
    _bulk_feed(store, 100_000)
    assert store.feed.count() == 100_000
    worst = 0.0
    for offset in (0, 50_000, 99_950):
        for category in (None, "news"):
            start = time.perf_counter()
            page = store.feed.page(offset, 50, category=category)
            worst = max(worst, time.perf_counter() - start)
            assert len(page) == 50 or category is not None
    start = time.perf_counter()
    store.feed.categories_present()
    store.feed.pinned()
    worst = max(worst, time.perf_counter() - start)
    # Generous for slow machines; measured at a few milliseconds.
    assert worst < 0.25, f"slowest feed query took {worst * 1000:.0f} ms"
