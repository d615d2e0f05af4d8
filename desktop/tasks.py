"""Background work for the UI: every database read and write runs on one DB worker thread.

Threading contract:
- ``fn`` runs on the DB worker with that thread's own ``Store`` (its own sqlite connection);
- ``on_success`` / ``on_failure`` run on the GUI thread, delivered through one signal connected to a
  ``@Slot`` method (PySide6 has crashed on cross-thread signals delivered to lambdas);
- a write's ``Changes`` go out on the change bus after ``on_success``.
Reads and writes share the one worker, so they are serialised and never race each other.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from desktop.changebus import ChangeBus
from desktop.domain.changes import Changes

log = logging.getLogger(__name__)

T = TypeVar("T")
StoreT = Any  # desktop.store.Store; kept loose so this module stays importable before the store is


class NoAccountOpen(RuntimeError):
    """A screen asked for data while nobody is signed in; it shows its empty state instead."""


@dataclass
class _Outcome(Generic[T]):
    result: T | None
    error: BaseException | None
    on_success: Callable[[T], None] | None
    on_failure: Callable[[BaseException], None] | None
    changes: Changes | None = None


class DbWorker:
    """One thread, one connection. ``opener`` makes the Store, on the worker thread, when first needed."""

    def __init__(self, opener: Callable[[], StoreT] | None = None) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._opener = opener
        self._store: StoreT | None = None
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def submit(self, fn: Callable[[StoreT], T]) -> Future[T]:
        return self._executor.submit(self._call, fn)

    def _call(self, fn: Callable[[StoreT], T]) -> T:
        if self._store is None:
            if self._opener is None:
                raise NoAccountOpen("no account is open")
            self._store = self._opener()
        return fn(self._store)

    def warm_up(self) -> None:
        """Open the store on the worker now, so the first query does not wait for it."""

        def open_quietly() -> None:
            if self._store is None and self._opener is not None:
                try:
                    self._store = self._opener()
                except Exception:  # the first real query reports it properly
                    log.warning("opening the cache failed", exc_info=True)

        self._executor.submit(open_quietly)

    def reopen(self, opener: Callable[[], StoreT] | None) -> Future[None]:
        """Close the current store and use ``opener`` from now on (account switch, session wipe)."""

        def swap() -> None:
            self._close_store()
            self._opener = opener

        return self._executor.submit(swap)

    def _close_store(self) -> None:
        if self._store is not None:
            try:
                self._store.close()
            finally:
                self._store = None

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._executor.submit(self._close_store).result(timeout=10)
        except Exception:  # closing is best effort on the way out
            log.exception("closing the cache failed")
        self._executor.shutdown(wait=True)


class TaskRunner(QObject):
    """Runs queries and writes on the DB worker and brings their results back to the GUI thread."""

    _finished = Signal(object)

    def __init__(self, worker: DbWorker, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._bus = bus
        self._pending = 0
        self._lock = threading.Lock()
        self._finished.connect(self._on_finished)

    @property
    def pending(self) -> int:
        return self._pending

    def query(
        self,
        fn: Callable[[StoreT], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Read on the DB worker; ``on_success(result)`` on the GUI thread."""
        self._start(fn, on_success, on_failure, write=False)

    def write(
        self,
        fn: Callable[[StoreT], tuple[T, Changes]],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Write on the DB worker; ``fn`` returns ``(result, changes)`` and the changes are published."""
        self._start(fn, on_success, on_failure, write=True)

    def _start(
        self,
        fn: Callable[[StoreT], Any],
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        *,
        write: bool,
    ) -> None:
        if self.worker.closed:
            log.debug("task dropped: the app is closing")
            return  # a timer that fires while the app closes must not raise out of its slot
        with self._lock:
            self._pending += 1
        future = self.worker.submit(fn)

        def done(fut: Future[Any]) -> None:
            # Runs on the DB worker thread: only build a value and emit.
            error = fut.exception()
            result = None if error else fut.result()
            changes = None
            if write and error is None:
                result, changes = fut.result()
            self._finished.emit(_Outcome(result, error, on_success, on_failure, changes))

        future.add_done_callback(done)

    @Slot(object)
    def _on_finished(self, outcome: _Outcome[Any]) -> None:
        with self._lock:
            self._pending -= 1
        if outcome.error is not None:
            if outcome.on_failure is not None:
                outcome.on_failure(outcome.error)
            elif isinstance(outcome.error, NoAccountOpen):
                log.debug("query skipped: no account is open")
            else:
                log.error("background task failed", exc_info=outcome.error)
            return
        if outcome.on_success is not None:
            outcome.on_success(outcome.result)
        if outcome.changes:
            self._bus.publish(outcome.changes)
