"""The ``Store``: one SQLite connection and the repositories over it.

Threading contract: a Store is used by one thread at a time (the app's DB worker has one, the sync
worker another). Both may be open on the same file: WAL lets readers go on while the other writes,
and every write takes the lock with ``BEGIN IMMEDIATE`` and waits up to ``busy_timeout``.

Start-up reads through here (the DB worker opens the cache while the window is being built, and its
imports compete with the GUI thread's), so opening an up-to-date cache and reading the feed import
only the read side: migrations, the pull's apply code, the search index and the outbox (with uuid)
are imported when first used.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from desktop.store.db import SCHEMA_VERSION, connect, is_corruption, quick_check, set_aside, transaction
from desktop.store.departments import DepartmentRepo
from desktop.store.errors import CacheCorruptError, CacheTooNewError
from desktop.store.feed import FeedRepo
from desktop.store.meta import MetaRepo, SyncState
from desktop.store.services import ServiceRepo
from desktop.store.steps.v2_search import STALE_KEY

if TYPE_CHECKING:
    from desktop.domain.changes import Changes
    from desktop.store.outbox import OutboxRepo
    from desktop.store.overlay import OverlayRepo

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Store:
    """The local cache. Build it with :func:`open_store`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, clock: Clock = _utc_now) -> None:
        self._conn = conn
        self.path = path
        self.clock = clock
        self.meta = MetaRepo(conn)
        self.sync_state = SyncState(conn, self.meta)
        self.departments = DepartmentRepo(conn)
        self.services = ServiceRepo(conn, clock)
        self.feed = FeedRepo(conn)

    @cached_property
    def outbox(self) -> OutboxRepo:
        from desktop.store.outbox import OutboxRepo

        return OutboxRepo(self._conn, self.clock)

    @cached_property
    def overlay(self) -> OverlayRepo:
        from desktop.store.overlay import OverlayRepo

        return OverlayRepo(self._conn, self.outbox)

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for code in ``desktop.store`` (and its tests) only."""
        return self._conn

    # -- the pull path: the only writer of cache rows ---------------------------------------------

    def apply_changes(
        self,
        changes: list[Any],
        cursor: str,
        *,
        caught_up_at: datetime | None = None,
        acked_ops: Sequence[str] = (),
    ) -> Changes:
        """Apply one page of ``/v1/changes`` together with its cursor, in one transaction.

        Raises :class:`~desktop.store.errors.BadPayload` (nothing applied, cursor unchanged) when any
        change is malformed. Returns the entities the page touched (``outbox`` when ``acked_ops``
        ended some overlays). For the last page of a pull, pass ``caught_up_at``: it becomes
        ``sync_state.last_pull_at`` in the same transaction. ``acked_ops`` (the page's write
        checkpoint) get their ``acked_at`` in the same transaction too.
        """
        from desktop.store import apply

        return apply.apply_page(
            self._conn, self.sync_state, changes, cursor, caught_up_at, acked_ops=acked_ops, now=self.clock()
        )

    def begin_start_over(self) -> int:
        """The server expired our cursor: pull everything again, keeping what is shown meanwhile.

        Returns the new pull generation; rows not seen again are removed by :meth:`finish_start_over`.
        """
        from desktop.store import apply

        return apply.start_over(self._conn, self.sync_state)

    def finish_start_over(self, *, caught_up_at: datetime | None = None) -> Changes:
        """Sweep rows the complete re-pull did not bring; no-op unless a start-over is pending."""
        from desktop.store import apply

        return apply.sweep(self._conn, self.sync_state, caught_up_at)

    # -- life cycle ----------------------------------------------------------------------------------

    def integrity_ok(self) -> bool:
        """A full ``quick_check`` (slow on a large cache: run it in the background, not at start-up)."""
        rows = self._conn.execute("PRAGMA quick_check(1)").fetchall()
        return [r[0] for r in rows] == ["ok"]

    def close(self) -> None:
        try:
            # Refreshes the query planner's statistics where they went stale; cheap, and harmless
            # if another connection is busy.
            self._conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def open_store(path: Path | str, *, check: bool = False, clock: Clock = _utc_now) -> Store:
    """Open the cache at ``path``, creating or migrating it to the latest schema.

    Raises :class:`CacheCorruptError` (not a database, truncated, or — with ``check=True`` — failing
    ``quick_check``) and :class:`CacheTooNewError` (written by a newer build). The file is left where it
    is; :func:`open_or_replace` sets it aside instead.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        if check:
            quick_check(conn, path)
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) != SCHEMA_VERSION:
            from desktop.store import migrations

            if migrations.check_version(conn, path) < migrations.LATEST_VERSION:
                migrations.migrate(conn, path)
        if conn.execute("SELECT 1 FROM meta WHERE key = ?", (STALE_KEY,)).fetchone() is not None:
            from desktop.store import search_index

            with transaction(conn):
                search_index.rebuild(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if is_corruption(exc):
            raise CacheCorruptError(path, str(exc)) from exc
        raise
    except BaseException:
        conn.close()
        raise
    return Store(conn, path, clock=clock)


def open_or_replace(
    path: Path | str, *, check: bool = False, clock: Clock = _utc_now
) -> tuple[Store, Path | None]:
    """Like :func:`open_store`, but a corrupt or too-new cache is set aside and a fresh one created.

    Returns the store and where the old file went (``None`` if nothing was set aside). The cache is
    rebuilt from the server by the next pull; nothing is ever deleted.
    """
    try:
        return open_store(path, check=check, clock=clock), None
    except CacheCorruptError as exc:
        reason = "corrupt"
        log.warning("%s", exc)
    except CacheTooNewError as exc:
        reason = "too-new"
        log.warning("%s", exc)
    moved = set_aside(path, reason, now=clock())
    log.warning("the old cache file was kept as %s", moved.name)
    return open_store(path, check=check, clock=clock), moved
