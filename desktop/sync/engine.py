"""The pull: bring the cache up to date with the server's change log, one page at a time.

Each page is applied in its own short transaction together with its cursor, and no transaction is
open while a request is out, so a crash or a cancel loses at most the page in flight and the next pull
resumes from the saved cursor. When the server expires the cursor (``410 cursor-expired``) the
engine starts over from no cursor without blanking the cache: rows are tagged with a new pull
generation and those the full re-pull did not bring are swept at its end. Local-only tables
(favourites, recent services, the outbox) are never touched. A page's ``acked_ops`` (the server's
write checkpoint) are marked in the outbox in the page's own transaction: from then on the cache
shows those operations' effects and their "sending…" overlays end.

Threading contract: call :meth:`PullEngine.pull` on the sync worker, with that worker's own Store.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.domain.changes import Changes
from desktop.store import BadPayload, Store
from desktop.sync.api import ApiClient, ChangesPage
from desktop.sync.auth import AuthSession
from desktop.sync.errors import BadResponseError, ProblemError, SyncError

log = logging.getLogger(__name__)

#: A server that keeps expiring the cursor of a fresh re-pull is broken; stop after this many.
MAX_START_OVERS = 3


@dataclass(frozen=True, slots=True)
class PullResult:
    pages: int
    #: Number of changes applied (puts and deletes).
    changes: int
    #: Every entity touched, for the change bus; ``reset`` after a completed start-over.
    touched: Changes
    #: True when the cache caught up with the server; False when cancelled.
    finished: bool
    started_over: bool = False


class PullEngine:
    """Pulls through an :class:`AuthSession` (token refresh handled) or a bare :class:`ApiClient`."""

    def __init__(
        self,
        client: AuthSession | ApiClient,
        store: Store,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._client = client
        self._store = store
        self._clock = clock or (lambda: datetime.now(UTC))

    def pull(
        self,
        cancel: threading.Event | None = None,
        page_limit: int = 500,
        on_page: Callable[[Changes], None] | None = None,
    ) -> PullResult:
        """Pull until ``has_more`` is false or ``cancel`` is set (checked between pages).

        ``on_page`` is called after each committed page that changed something, so screens can refresh
        while a long pull runs. Errors are recorded as the last error and raised: ``OfflineError``,
        ``ServerError``, ``ProblemError``, ``BadResponseError`` (also for rows the store refused) and
        ``SignInRequired``. Pages applied before the error stay applied.
        """
        state = self._store.sync_state
        pages = applied = start_overs = 0
        touched = Changes()

        def announce(changes: Changes) -> None:
            nonlocal touched
            touched = touched | changes
            if changes and on_page is not None:
                on_page(changes)

        try:
            cursor = state.cursor
            if cursor is None and state.epoch is None:
                self._record_epoch()
            while True:
                if cancel is not None and cancel.is_set():
                    log.info("pull cancelled after %d pages", pages)
                    return PullResult(pages, applied, touched, False, start_overs > 0)
                try:
                    page = self._fetch(cursor, page_limit)
                except ProblemError as exc:
                    if exc.slug != "cursor-expired" or start_overs >= MAX_START_OVERS:
                        raise
                    start_overs += 1
                    log.info("the server expired our cursor; pulling everything again")
                    self._store.begin_start_over()
                    self._record_epoch()
                    cursor = None
                    continue
                if page.has_more and not page.changes and page.cursor == cursor:
                    raise BadResponseError("the server says there is more but the cursor does not move")
                # The last page records the "as of" time in its own transaction (unless a sweep
                # is still to come), so screens refreshing on it already show the new time.
                caught_up = self._clock() if not page.has_more and not state.sweep_pending else None
                try:
                    changes = self._store.apply_changes(
                        page.changes, page.cursor, caught_up_at=caught_up, acked_ops=page.acked_ops
                    )
                except BadPayload as exc:
                    raise BadResponseError(f"the server sent a change this app cannot use: {exc}") from exc
                pages += 1
                applied += len(page.changes)
                cursor = page.cursor
                announce(changes)
                if not page.has_more:
                    break
            if state.sweep_pending:
                announce(self._store.finish_start_over(caught_up_at=self._clock()))
            return PullResult(pages, applied, touched, True, start_overs > 0)
        except Exception as exc:
            self._record_error(exc)
            raise

    def _fetch(self, cursor: str | None, limit: int) -> ChangesPage:
        client = self._client
        if isinstance(client, AuthSession):
            session = client
            return session.authorized(lambda: session.api.changes(cursor, limit))
        return client.changes(cursor, limit)

    def _record_epoch(self) -> None:
        """Remember the server's epoch (informational; the cursor carries it too). Best effort."""
        api = self._client.api if isinstance(self._client, AuthSession) else self._client
        try:
            self._store.sync_state.set_epoch(api.info().epoch)
        except SyncError as exc:
            log.info("could not read the server epoch: %s", exc)

    def _record_error(self, exc: BaseException) -> None:
        try:
            self._store.sync_state.record_error(f"{type(exc).__name__}: {exc}")
        except Exception:  # the cache may be the problem; the original error matters more
            log.exception("could not record the pull error")
