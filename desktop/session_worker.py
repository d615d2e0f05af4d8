"""SessionWorker: one background thread for slow work a screen starts — network calls with the signed-in
session (eID binding, photo uploads) or local work too slow for the GUI thread (cropping and encoding
a photo, reading the keyring).

Why not the sync worker's queue: a call the resident waits for (binding, "send this photo") must not
sit behind a long pull. Why not a session of its own: refresh tokens rotate, and two sessions
refreshing one token would get it revoked; so calls use the sync worker's ``AuthSession``
(``SyncService.current_session()``), which is thread-safe and serialises its refreshes.

Threading contract:
- ``fn`` runs on this worker's one thread, in submission order;
- ``on_success`` / ``on_failure`` run on the GUI thread, delivered through one signal connected to a
  ``@Slot`` method (PySide6 has crashed on cross-thread signals delivered to lambdas);
- ``call`` hands ``fn`` the session and raises :class:`NotSignedIn` on the worker when there is none;
- ``shutdown`` stops taking work; a call already running finishes (its HTTP timeouts bound it) and
  its result is dropped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

__all__ = ["NotSignedIn", "SessionWorker"]

log = logging.getLogger(__name__)


class NotSignedIn(RuntimeError):
    """There is no signed-in session to make the call with (signed out, or not signed in yet)."""


@dataclass
class _Outcome:
    result: Any
    error: BaseException | None
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None


class SessionWorker(QObject):
    _finished = Signal(object)

    def __init__(
        self,
        session_of: Callable[[], Any] | None = None,
        *,
        name: str = "session",
        parent: QObject | None = None,
    ) -> None:
        """``session_of`` gives the current ``AuthSession`` or None (``ctx.sync.current_session``)."""
        super().__init__(parent)
        self._session_of = session_of
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._pending = 0
        self._lock = threading.Lock()
        self._closed = False
        self._finished.connect(self._on_finished)

    @property
    def pending(self) -> int:
        """Calls submitted whose answer has not reached the GUI thread yet."""
        return self._pending

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn()`` on the worker; its result (or error) comes back on the GUI thread."""
        if self._closed:
            return
        with self._lock:
            self._pending += 1
        future = self._executor.submit(fn)

        def done(fut: Future[Any]) -> None:
            # On the worker thread: only build a value and emit.
            error = CancelledError() if fut.cancelled() else fut.exception()
            outcome = _Outcome(None if error else fut.result(), error, on_success, on_failure)
            try:
                self._finished.emit(outcome)
            except RuntimeError:  # the page that asked is gone (the app is closing)
                pass

        future.add_done_callback(done)

    def call(
        self,
        fn: Callable[[Any], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn(session)`` on the worker with the signed-in session (``NotSignedIn`` without one)."""

        def with_session() -> Any:
            session = self._session_of() if self._session_of is not None else None
            if session is None:
                raise NotSignedIn("nobody is signed in")
            return fn(session)

        self.run(with_session, on_success, on_failure)

    def shutdown(self) -> None:
        """Take no more work; do not wait for a call in progress."""
        if self._closed:
            return
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)

    @Slot(object)
    def _on_finished(self, outcome: _Outcome) -> None:
        with self._lock:
            self._pending -= 1
        if self._closed:
            return
        if outcome.error is not None:
            if outcome.on_failure is not None:
                outcome.on_failure(outcome.error)
            else:
                log.error("background call failed", exc_info=outcome.error)
            return
        if outcome.on_success is not None:
            outcome.on_success(outcome.result)
