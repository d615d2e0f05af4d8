"""Schema v1: meta, the typed cache tables (departments, services, feed items) and ``cache_rows``.

Localized server values are split into one column per language (``title_zh``, ``title_pt``,
``title_en``); every row also keeps the server's full ``row_json`` and ``version``, and the pull
generation ``gen`` used by the start-over sweep. Entities without a typed table go to ``cache_rows``.
"""

from __future__ import annotations

import sqlite3

VERSION = 1


def _langs(*names: str) -> dict[str, type]:
    return {f"{n}_{lang}": str for n in names for lang in ("zh", "pt", "en")}


def upgrade(conn: sqlite3.Connection) -> None:
    from sqlite_utils import Database
    from sqlite_utils.db import DescIndex

    db = Database(conn, recursive_triggers=False, execute_plugins=False)
    cache = {"version": int, "gen": int, "row_json": str}
    cache_defaults = {"version": 0, "gen": 0, "row_json": "{}"}

    db.create_table("meta", {"key": str, "value": str}, pk="key", not_null=["key"])

    db.create_table(
        "departments",
        {"id": str, "abbr": str, **_langs("name"), "appointment": int, "address_change": int, "sort": int,
         **cache},
        pk="id",
        not_null=["id", "abbr", "appointment", "address_change", "sort", *cache],
        defaults={"abbr": "", "appointment": 0, "address_change": 0, "sort": 0, **cache_defaults},
    )
    db.table("departments").create_index(["sort", "id"], index_name="departments_order")

    # ``sid`` is an INTEGER PRIMARY KEY (stable across VACUUM, unlike an implicit rowid) so the
    # search index of v2 can use it as its rowid.
    db.create_table(
        "services",
        {"sid": int, "id": str, "department_id": str, "category": str,
         **_langs("category_name", "title", "summary", "keywords"),
         "high_frequency": int, "bookable": int, "online": int, "popularity": int, **cache},
        pk="sid",
        not_null=["id", "department_id", "category", "high_frequency", "bookable", "online", "popularity",
                  *cache],
        defaults={"department_id": "", "category": "", "high_frequency": 0, "bookable": 0, "online": 0,
                  "popularity": 0, **cache_defaults},
    )
    services = db.table("services")
    services.create_index(["id"], index_name="services_id", unique=True)
    order = [DescIndex("high_frequency"), DescIndex("popularity"), "id"]
    services.create_index(order, index_name="services_order")
    services.create_index(["category", *order], index_name="services_category_order")
    services.create_index(["department_id", *order], index_name="services_department_order")

    db.create_table(
        "feed_items",
        {"id": str, "category": str, "kind": str, "severity": int, "level": str, "pinned": int,
         **_langs("title", "body"), "published_at": str, "published_ts": int, "expires_at": str,
         "source": str, **cache},
        pk="id",
        not_null=["id", "category", "kind", "severity", "level", "pinned", "source", *cache],
        defaults={"kind": "", "severity": 0, "level": "", "pinned": 0, "source": "", **cache_defaults},
    )
    feed = db.table("feed_items")
    # The feed list order; published_ts is UTC seconds because published_at strings carry offsets.
    feed_order = [DescIndex("pinned"), DescIndex("severity"), DescIndex("published_ts"), "id"]
    feed.create_index(feed_order, index_name="feed_order")
    feed.create_index(["category", *feed_order], index_name="feed_category_order")

    db.create_table(
        "cache_rows",
        {"entity": str, "id": str, **cache},
        pk=("entity", "id"),
        not_null=["entity", "id", *cache],
        defaults=cache_defaults,
    )
