"""Live "My information": periodic feed ingestion (``--feeds``) and the scripted typhoon replay.

Both write through :func:`publish`: the puts and deletes of one run or one step go in one transaction
of the change log, and the event log's hook raises an ``alert`` event for each pinned item put in it.
A put identical to the stored row is skipped, so an unchanged alert is not announced again (also not
after a restart). Ingestion keeps each feed's last good copy, in memory and in the ``meta`` table, so
a source that fails — at any run, also the first after a restart — leaves its items as they were.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from server.background import Background
from server.feeds import FeedIngest, FeedSources, Item, ParseContext, Step, typhoon_script
from server.store import ServerStore, Written
from server.timeutil import MACAO_TZ

log = logging.getLogger(__name__)

FEED_ENTITY = "feed_item"
_LAST_GOOD_KEY = "feeds_last_good"


def publish(store: ServerStore, puts: Iterable[Item], deletes: Iterable[str]) -> list[Written]:
    """Put and delete public feed items in one transaction; identical puts are skipped."""
    with store.write() as w:
        for item in puts:
            stored = w.get(FEED_ENTITY, item["id"])
            if stored is None or stored.row != item:
                w.put(FEED_ENTITY, item["id"], item)
        for item_id in deletes:
            w.delete(FEED_ENTITY, item_id)
        return list(w.written)


def _now(clock: Callable[[], float]) -> datetime:
    return datetime.fromtimestamp(clock(), MACAO_TZ)


@dataclass(slots=True)
class IngestRun:
    """What one ingestion run did: feed name → "ok" or the reason it failed; rows written."""

    at: float
    report: dict[str, str]
    written: int


class FeedIngestion:
    """Runs :meth:`FeedIngest.run_once` now and then and writes what changed."""

    def __init__(
        self,
        store: ServerStore,
        sources: FeedSources,
        clock: Callable[[], float],
        *,
        interval_s: float = 600.0,
    ) -> None:
        self._store = store
        self._clock = clock
        self.interval_s = interval_s
        self._ingest = FeedIngest(sources)
        self._lock = threading.Lock()  # one run at a time (the loop and a test's "run now")
        self.last: IngestRun | None = None
        saved = store.get_meta(_LAST_GOOD_KEY)
        if saved:
            self._ingest.last_good = json.loads(saved)

    def run_once(self) -> IngestRun:
        """Fetch and parse every feed, then write the changes in one transaction (blocking)."""
        with self._lock:
            before = json.dumps(self._ingest.last_good, sort_keys=True)
            puts, deletes = self._ingest.run_once(ctx=ParseContext(now=_now(self._clock)))
            written = publish(self._store, puts, deletes) if puts or deletes else []
            after = json.dumps(self._ingest.last_good, sort_keys=True)
            if after != before:
                self._store.set_meta(_LAST_GOOD_KEY, after)
            self.last = IngestRun(self._clock(), dict(self._ingest.report), len(written))
            report = self.last.report
            failed = {k: v for k, v in report.items() if v != "ok"}
            if failed:
                log.warning(
                    "feed ingestion: %d of %d feeds failed: %s", len(failed), len(self.last.report), failed
                )
            return self.last

    async def loop(self) -> None:
        while True:
            try:
                await asyncio.to_thread(self.run_once)
            except Exception:
                # A bug or a database fault: the next run tries again; the stored feed stays.
                log.exception("feed ingestion run failed")
            await asyncio.sleep(self.interval_s)


@dataclass(slots=True)
class ReplayState:
    pace: float
    steps: list[Step]
    done: list[str] = field(default_factory=list)
    future: Future[None] | None = None

    @property
    def running(self) -> bool:
        return self.future is not None and not self.future.done()


class TyphoonReplay:
    """Signal 1 → 3 → 8 → 3 → cancelled, one transaction per step, on the background loop."""

    def __init__(self, store: ServerStore, clock: Callable[[], float], background: Background) -> None:
        self._store = store
        self._clock = clock
        self._background = background
        self._lock = threading.Lock()
        self.state: ReplayState | None = None

    def start(self, pace: float) -> ReplayState:
        """Start a new replay (a running one stops first); item times begin at the server's now."""
        self.stop()
        state = ReplayState(pace, typhoon_script(_now(self._clock), pace))
        with self._lock:
            self.state = state
        state.future = self._background.start("typhoon replay", lambda: self._run(state))
        return state

    def stop(self) -> None:
        with self._lock:
            state = self.state
        if state is not None and state.future is not None:
            state.future.cancel()

    async def _run(self, state: ReplayState) -> None:
        for step in state.steps:
            await asyncio.sleep(step.delay)
            await asyncio.to_thread(publish, self._store, step.put, step.delete)
            state.done.append(step.label)
            log.info("typhoon replay: %s", step.label)

    def view(self) -> dict[str, Any]:
        with self._lock:
            state = self.state
        if state is None:
            return {"running": False, "pace": None, "steps": [], "done": []}
        return {
            "running": state.running,
            "pace": state.pace,
            "steps": [{"label": s.label, "delay_s": s.delay} for s in state.steps],
            "done": list(state.done),
        }
