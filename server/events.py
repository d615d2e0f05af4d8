"""Server-sent events: a persisted event sequence, and the hub that wakes the open streams.

Events are rows of the ``events`` table written by a pre-commit hook of the store, in the same
transaction as what they tell about, so an event id always names a committed state and a stream that
resumes with ``Last-Event-ID`` misses nothing. Types (``data`` in braces):

- ``changes`` ``{"seq"}``: rows visible to the owner (or, owner NULL, to everybody) changed: pull soon;
- ``alert`` ``{"feed_item_id", "category", "severity", "title"}``: a pinned feed item was put;
- ``op`` ``{"op_id", "state"}``: an operation reached a final state (emitted by the operations engine);
- ``eid`` ``{"credential_id", "status", "reason", "reissue_required", "changed_fields",
  "revocation_version"}``: a resident's eID credential was revoked or marked for re-issue (server.eid).

Threading: commits happen in request threads; the :class:`EventHub` hands "something was committed"
to each stream's event loop with ``call_soon_threadsafe``. Each stream then reads the table itself,
in a worker thread, so neither the database lock nor a slow client ever blocks the loop.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import anyio.to_thread

from server.db import Database
from server.store import Emitted, ServerStore, Writer

#: Events are kept at least this long (a stream may resume from any id younger than that).
RETENTION_S = 7 * 24 * 3600
#: Default seconds between keep-alive comments on an idle stream.
DEFAULT_KEEPALIVE_S = 15.0
#: Events read per query while a stream catches up.
_BATCH = 200
_PURGE_EVERY_S = 3600.0


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    type: str
    data: dict[str, Any]

    def to_sse(self) -> str:
        """The event as one SSE message: id, event type and a single data line."""
        data = json.dumps(self.data, ensure_ascii=False, separators=(",", ":"))
        return f"id: {self.id}\nevent: {self.type}\ndata: {data}\n\n"


KEEPALIVE = ": keep-alive\n\n"


class _Subscription:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.event = asyncio.Event()


class EventHub:
    """Wakes every open stream after a commit; safe to call from any thread."""

    def __init__(self, keepalive_s: float = DEFAULT_KEEPALIVE_S) -> None:
        self.keepalive_s = keepalive_s
        self.closed = False
        self._lock = threading.Lock()
        self._subs: set[_Subscription] = set()

    def subscribe(self) -> _Subscription:
        """Called on the stream's event loop."""
        sub = _Subscription(asyncio.get_running_loop())
        with self._lock:
            self._subs.add(sub)
        return sub

    def unsubscribe(self, sub: _Subscription) -> None:
        with self._lock:
            self._subs.discard(sub)

    @property
    def streams(self) -> int:
        with self._lock:
            return len(self._subs)

    def notify(self) -> None:
        with self._lock:
            subs = list(self._subs)
        for sub in subs:
            try:
                sub.loop.call_soon_threadsafe(sub.event.set)
            except RuntimeError:
                pass  # that loop is closed: its stream is gone

    def close(self) -> None:
        """End every stream (server shutdown): they would otherwise hold the graceful stop."""
        self.closed = True
        self.notify()


class EventLog:
    """Writes events with each commit, reads them back per resident, streams them."""

    def __init__(
        self, db: Database, store: ServerStore, clock: Callable[[], float], *, keepalive_s: float
    ) -> None:
        self._db = db
        self._clock = clock
        self.hub = EventHub(keepalive_s)
        self._last_purge = float("-inf")
        store.add_precommit_hook(self._record)
        store.add_listener(lambda written: self.hub.notify())

    # -- writing (inside the store's transaction) ----------------------------------------------------

    def _record(self, writer: Writer) -> None:
        events: list[Emitted] = []
        newest: dict[str | None, int] = {}
        for w in writer.written:
            newest[w.owner] = max(newest.get(w.owner, 0), w.seq)
        events += [Emitted("changes", {"seq": seq}, owner) for owner, seq in newest.items()]
        seen: set[str] = set()
        for w in writer.written:
            if w.entity != "feed_item" or w.op != "put" or w.id in seen:
                continue
            seen.add(w.id)
            stored = writer.get("feed_item", w.id)
            row = stored.row if stored is not None else None
            if row is not None and row.get("pinned") is True:
                events.append(Emitted("alert", _alert_data(w.id, row), w.owner))
        events += writer.emitted
        if not events:
            return
        now = self._clock()
        writer.conn.executemany(
            "INSERT INTO events (type, owner, data_json, at) VALUES (?, ?, ?, ?)",
            [(e.type, e.owner, json.dumps(e.data, ensure_ascii=False), now) for e in events],
        )
        if now - self._last_purge >= _PURGE_EVERY_S:
            self._last_purge = now
            writer.conn.execute("DELETE FROM events WHERE at < ?", (now - RETENTION_S,))

    # -- reading ---------------------------------------------------------------------------------

    def head(self) -> int:
        """The id of the newest event ever written (0 before the first)."""
        with self._db.snapshot() as conn:
            row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'events'").fetchone()
        return 0 if row is None else int(row[0])

    def read(self, after: int, user_id: str, limit: int = _BATCH) -> list[Event]:
        """Events after id ``after`` that ``user_id`` may see, oldest first."""
        with self._db.snapshot() as conn:
            rows = conn.execute(
                "SELECT id, type, data_json FROM events WHERE id > ? AND (owner IS NULL OR owner = ?)"
                " ORDER BY id LIMIT ?",
                (after, user_id, limit),
            ).fetchall()
        return [Event(int(r[0]), str(r[1]), json.loads(r[2])) for r in rows]

    async def stream(self, user_id: str, after: int | None) -> AsyncIterator[str]:
        """The SSE text of one resident's stream: events after ``after`` (None: from now on)."""
        # Subscribed before the first read, so a commit between the read and the wait still wakes us.
        sub = self.hub.subscribe()
        try:
            if after is None:
                after = await anyio.to_thread.run_sync(self.head)
            # An immediate first line: the client sees the stream is open before any event.
            yield ": connected\n\n"
            while not self.hub.closed:
                sub.event.clear()
                batch = await anyio.to_thread.run_sync(self.read, after, user_id)
                for event in batch:
                    yield event.to_sse()
                    after = event.id
                if len(batch) == _BATCH:
                    continue
                try:
                    await asyncio.wait_for(sub.event.wait(), timeout=self.hub.keepalive_s)
                except TimeoutError:
                    yield KEEPALIVE
        finally:
            self.hub.unsubscribe(sub)


def _alert_data(feed_item_id: str, row: dict[str, Any]) -> dict[str, Any]:
    return {
        "feed_item_id": feed_item_id,
        "category": row.get("category"),
        "severity": row.get("severity"),
        "title": row.get("title"),
    }
