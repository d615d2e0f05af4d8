"""Service search: time per query through the app's store, next to the same SQL issued with raw sqlite3.

Two catalogues: the demo's 1,000+ services, and a synthetic 60,000+ built from them (each demo service
in as many variants as that takes: 58 of each of the 1,047). Queries are Chinese, Portuguese and English,
1 to 10 characters, as a resident types them (one character, then two, then the word). For the floor,
every SQL statement the store runs for a query is captured with sqlite3's trace hook and replayed on a
bare connection with ``fetchall``.

    python -m bench.search [--repeat 5]

Last line (the 60,000+ catalogue): ``p50_ms=… p99_ms=… floor_p99_ms=… ratio=…``.
"""

from __future__ import annotations

import argparse
import math
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.store import open_store  # noqa: E402

#: Services in the large catalogue, at least.
LARGE = 60_000

QUERIES = {
    "zh-Hant": [
        "證",
        "身份",
        "身份證",
        "居民身份",
        "居民身份證",
        "車輛使用牌照稅",
        "申請出生登記證明",
        "交通違例罰款繳付",
    ],
    "pt": ["c", "ce", "cer", "certidao", "imposto", "licença", "certidão de", "bilhete de identidade"],
    "en": ["t", "ta", "tax", "vehicle", "vehicle tax", "identity", "certificate", "water bill"],
}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def build_catalogue(path: Path, variants: int) -> int:
    """A cache holding the demo departments and services, each service in ``variants`` copies."""
    from server.demo.departments import department_rows
    from server.demo.services import build_services

    departments = department_rows()
    services = build_services()
    store = open_store(path)
    try:
        changes: list[dict[str, Any]] = []
        for row in departments:
            changes.append({"entity": "department", "id": row["id"], "op": "put", "row": row, "version": 1})
        store.apply_changes(changes, "c0")
        batch: list[dict[str, Any]] = []
        count = 0
        for n in range(variants):
            for service in services:
                row = dict(service)
                if n:
                    row["id"] = f"{service['id']}-{n:03d}"
                    row["title"] = {k: f"{v} ({n})" for k, v in service["title"].items()}
                batch.append({"entity": "service", "id": row["id"], "op": "put", "row": row, "version": 1})
                count += 1
                if len(batch) == 2000:
                    store.apply_changes(batch, f"c{count}")
                    batch = []
        if batch:
            store.apply_changes(batch, f"c{count}")
    finally:
        store.close()
    return count


def measure(path: Path, repeat: int, warmup: int = 1) -> tuple[list[float], list[float]]:
    """(app times, floor times) in ms, one pair per query and repetition.

    The first ``warmup`` passes are not recorded: they warm the page caches and statement caches of
    the two connections measured (a warm-up on other connections warms neither).
    """
    store = open_store(path)
    raw = sqlite3.connect(path)
    statements: list[str] = []
    store.connection.set_trace_callback(statements.append)
    app_ms: list[float] = []
    floor_ms: list[float] = []
    try:
        for n in range(warmup + repeat):
            for lang, queries in QUERIES.items():
                for query in queries:
                    statements.clear()
                    started = time.perf_counter()
                    store.services.search(query, lang, limit=50)
                    app = (time.perf_counter() - started) * 1e3
                    captured = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
                    started = time.perf_counter()
                    for sql in captured:
                        raw.execute(sql).fetchall()
                    floor = (time.perf_counter() - started) * 1e3
                    if n >= warmup:
                        app_ms.append(app)
                        floor_ms.append(floor)
    finally:
        store.connection.set_trace_callback(None)
        store.close()
        raw.close()
    return app_ms, floor_ms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--variants", type=int, default=None, help=f"copies of each demo service (default: {LARGE:,}+ in all)"
    )
    args = parser.parse_args(argv)
    if args.variants is None:
        from server.demo.services import build_services

        args.variants = math.ceil(LARGE / len(build_services()))
    scratch = Path(tempfile.mkdtemp(prefix="oneaccount-bench-search-"))
    try:
        lines = []
        for label, variants in (("demo", 1), ("large", args.variants)):
            path = scratch / f"{label}.sqlite3"
            count = build_catalogue(path, variants)
            app_ms, floor_ms = measure(path, args.repeat)
            p50, p99, f99 = statistics.median(app_ms), _percentile(app_ms, 0.99), _percentile(floor_ms, 0.99)
            print(
                f"{count:>6} services: app p50 {p50:.2f} ms, p99 {p99:.2f} ms; "
                f"floor p50 {statistics.median(floor_ms):.2f} ms, p99 {f99:.2f} ms; "
                f"ratio(p99) {p99 / f99:.2f}; {len(app_ms)} queries"
            )
            lines.append(f"p50_ms={p50:.2f} p99_ms={p99:.2f} floor_p99_ms={f99:.2f} ratio={p99 / f99:.2f}")
        print(lines[-1])
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
