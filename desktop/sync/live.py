"""Live events for one signed-in session: the SSE listener on a thread of its own.

Threading contract: ``start``/``stop`` are called from the sync worker; ``on_event`` runs on the
listener's thread and must only hand the event on (emit a signal, queue a command).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from desktop.sync.auth import AuthSession
from desktop.sync.events import Event, EventListener

log = logging.getLogger(__name__)


class LiveEvents:
    def __init__(self, on_event: Callable[[Event], None]) -> None:
        self._on_event = on_event
        self._listener: EventListener | None = None
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def last_event_id(self) -> str:
        return (self._listener.last_event_id or "") if self._listener is not None else ""

    def start(self, session: AuthSession, last_event_id: str | None) -> None:
        if self.running:
            return
        self._cancel = threading.Event()
        self._listener = EventListener(
            session, on_event=self._on_event, cancel=self._cancel, last_event_id=last_event_id or None
        )
        self._thread = threading.Thread(target=self._run, name="live-events", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        assert self._listener is not None
        try:
            reason = self._listener.run()
            log.info("live events stopped (%s)", reason.value)
        except Exception:  # a bug in the listener must not take the app down
            log.exception("live events failed")

    def stop(self, timeout_s: float = 5.0) -> None:
        listener, thread = self._listener, self._thread
        if listener is not None:
            listener.stop()
        if thread is not None:
            thread.join(timeout_s)
        self._thread = None
