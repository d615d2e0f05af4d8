"""Server-Sent Events from ``GET /v1/events``: a small incremental parser and a listener that stays connected.

The parser follows the WHATWG event-stream rules (``id``, ``event``, ``data``, ``retry``, comments,
CRLF/LF/CR line ends, a leading BOM, pending data dropped when the stream ends) and accepts text or
bytes split anywhere, even inside a line or a UTF-8 character.

Threading contract: :meth:`EventListener.run` blocks and is meant for a thread of its own. It calls
``on_event`` and ``on_state`` on that thread (a Qt app forwards them with a signal). Setting the
``cancel`` event from any thread makes ``run()`` return within a fraction of a second: a small
watcher shuts the live connection's socket so a blocked read wakes at once. :meth:`EventListener.stop`
does the same and also returns at once. Nothing else of the listener is meant to be touched from
other threads, except reading :attr:`EventListener.last_event_id` and :attr:`EventListener.state`.
"""

from __future__ import annotations

import codecs
import enum
import json
import logging
import random
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import httpx

from desktop.sync.auth import AuthSession
from desktop.sync.errors import (
    BadResponseError,
    OfflineError,
    ProblemError,
    ServerError,
    SignInRequired,
)

__all__ = ["Event", "EventListener", "ListenerState", "SseParser", "StopReason", "backoff_delay"]

log = logging.getLogger(__name__)

EVENTS_PATH = "/v1/events"
#: The server sends ``: keep-alive`` every 15 s; a read that waits longer means the line is dead.
KEEPALIVE_S = 15.0
DEFAULT_READ_TIMEOUT_S = KEEPALIVE_S + 5.0


@dataclass(frozen=True, slots=True)
class Event:
    """One dispatched event.

    ``id`` is the ``id:`` field of this very event, or None when it carried none (the spec's
    "last event ID" that persists across events is :attr:`SseParser.last_event_id`): an event
    without an id of its own cannot be told apart from another, so it is never deduplicated.
    """

    type: str
    data: str
    id: str | None = None

    def json(self) -> Any:
        """``data`` parsed as JSON; raises ``ValueError`` when it is not."""
        return json.loads(self.data)


class SseParser:
    """Turns an event stream, fed in pieces of any size, into :class:`Event` values.

    One parser reads one connection; a new connection starts a new parser (given the last event id),
    so that half an event cut off by a drop is never glued to the start of the next stream.
    """

    def __init__(self, last_event_id: str = "") -> None:
        self.last_event_id = last_event_id
        #: The reconnection time the server asked for with ``retry:``, in milliseconds (None until sent).
        self.retry_ms: int | None = None
        #: Comment lines seen (keep-alives); lets a caller tell a live but quiet stream from a dead one.
        self.comments = 0
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending = ""  # the start of a line whose end has not arrived yet
        self._skip_lf = False  # the last piece ended in CR: a LF at the start of the next one is its pair
        self._started = False  # the BOM check is done
        self._data: list[str] = []
        self._type = ""
        self._id: str | None = None  # the id field of the event being built

    def feed(self, chunk: str | bytes) -> list[Event]:
        """Parse one more piece; return the events it completed (possibly none)."""
        text = self._decoder.decode(chunk) if isinstance(chunk, bytes) else chunk
        if not text:
            return []
        if not self._started:
            self._started = True
            if text.startswith("\ufeff"):
                text = text[1:]
        if self._skip_lf:
            self._skip_lf = False
            if text.startswith("\n"):
                text = text[1:]
        events: list[Event] = []
        buffer = self._pending + text
        start = 0
        n = len(buffer)
        while True:
            # The nearest CR or LF ends the line; find() on both is much faster than a char loop.
            cr = buffer.find("\r", start)
            lf = buffer.find("\n", start)
            if cr < 0 and lf < 0:
                break
            end = lf if cr < 0 or (0 <= lf < cr) else cr
            line = buffer[start:end]
            if buffer[end] == "\r":
                if end + 1 < n:
                    start = end + 2 if buffer[end + 1] == "\n" else end + 1
                else:
                    start = end + 1
                    self._skip_lf = True
            else:
                start = end + 1
            event = self._line(line)
            if event is not None:
                events.append(event)
        self._pending = buffer[start:]
        return events

    def _line(self, line: str) -> Event | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            self.comments += 1
            return None
        field, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._type = value
        elif field == "id":
            if "\0" not in value:  # the spec ignores an id with NULL in it
                self._id = value
                self.last_event_id = value
        elif field == "retry" and value.isascii() and value.isdigit():
            self.retry_ms = int(value)
        # Any other field is ignored, as the spec says.
        return None

    def _dispatch(self) -> Event | None:
        data, kind, event_id = self._data, self._type or "message", self._id
        self._data, self._type, self._id = [], "", None
        if not data:
            return None
        return Event(type=kind, data="\n".join(data), id=event_id or None)


class ListenerState(enum.Enum):
    CONNECTING = "connecting"
    OPEN = "open"  # the first bytes of the stream arrived
    WAITING = "waiting"  # between connections, backing off
    STOPPED = "stopped"


class StopReason(enum.Enum):
    CANCELLED = "cancelled"
    SIGN_IN_REQUIRED = "sign-in-required"


def backoff_delay(
    failures: int,
    rng: random.Random,
    *,
    initial: float,
    maximum: float,
    floor: float = 0.0,
) -> float:
    """Seconds to wait before reconnect number ``failures + 1`` (``failures`` ≥ 0).

    Full jitter on an exponential ceiling spreads the reconnects of many desktops after a server
    restart; ``floor`` (the server's ``retry:`` or a ``Retry-After``) is added under the jitter,
    because the server asked for at least that long. The jitter part is capped at ``maximum``.
    """
    ceiling = min(maximum, initial * (2 ** min(failures, 30)))
    return floor + rng.uniform(0.0, ceiling)


class _SeenIds:
    """The most recent event ids delivered, in order; old ones fall off so memory stays bounded.

    A set rather than a high-water mark: ids are sequence numbers, but two events committed at about
    the same time may be published out of order, and the later-numbered one must not hide the other.
    """

    def __init__(self, capacity: int) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity

    def add(self, event_id: str) -> bool:
        """Remember ``event_id``; False if it was already known."""
        if event_id in self._ids:
            self._ids.move_to_end(event_id)
            return False
        self._ids[event_id] = None
        if len(self._ids) > self._capacity:
            self._ids.popitem(last=False)
        return True


class EventListener:
    """Keeps one ``GET /v1/events`` stream open and hands each new event to ``on_event``.

    Reconnects after any drop with exponential backoff and full jitter, never sooner than the
    server's ``retry:`` (or a ``Retry-After``), sends ``Last-Event-ID`` so the server resumes after
    the last event seen, refreshes the access token through the session on a 401, and never delivers
    the same event id twice. ``run()`` returns a :class:`StopReason`; it raises only on a programming
    error.
    """

    def __init__(
        self,
        session: AuthSession,
        *,
        on_event: Callable[[Event], object],
        cancel: threading.Event,
        last_event_id: str | None = None,
        on_state: Callable[[ListenerState], object] | None = None,
        read_timeout: float = DEFAULT_READ_TIMEOUT_S,
        connect_timeout: float = 10.0,
        initial_delay: float = 1.0,
        max_delay: float = 60.0,
        stable_after: float = 10.0,
        remember: int = 4096,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] | None = None,
        rng: random.Random | None = None,
        cancel_poll: float = 0.1,
    ) -> None:
        self._session = session
        self._on_event = on_event
        self._on_state = on_state
        self._cancel = cancel
        self._last_event_id = last_event_id or ""
        self._timeout = httpx.Timeout(read_timeout, connect=connect_timeout)
        self._initial = initial_delay
        self._max = max_delay
        self._stable_after = stable_after
        self._clock = clock
        # Waiting on the cancel event makes the pause between connections end as soon as it is set.
        self._sleep: Callable[[float], object] = sleep if sleep is not None else cancel.wait
        self._rng = rng or random.Random()
        self._cancel_poll = cancel_poll
        self._seen = _SeenIds(remember)
        if self._last_event_id:
            self._seen.add(self._last_event_id)
        self._retry_floor = 0.0  # seconds, from the server's retry: field
        self._state = ListenerState.STOPPED
        self._response: httpx.Response | None = None
        self._response_lock = threading.Lock()
        self._running = threading.Event()
        self._opened_at: float | None = None  # when the current connection opened
        self._delivered = 0  # new events the current connection delivered
        #: How many times a connection was opened (tests and the status bar use it).
        self.connections = 0

    @property
    def last_event_id(self) -> str | None:
        """The id to resume after: persist it when the app closes and pass it back in next time."""
        return self._last_event_id or None

    @property
    def state(self) -> ListenerState:
        return self._state

    def stop(self) -> None:
        """Set the cancel event and break the live connection now; safe from any thread."""
        self._cancel.set()
        self._interrupt()

    # -- the loop -----------------------------------------------------------------------------------

    def run(self) -> StopReason:
        """Listen until cancelled or until the sign-in is gone; blocking."""
        self._running.set()
        watcher = threading.Thread(target=self._watch_cancel, name="sse-cancel-watch", daemon=True)
        watcher.start()
        try:
            return self._loop()
        finally:
            self._running.clear()
            self._set_state(ListenerState.STOPPED)

    def _loop(self) -> StopReason:
        failures = 0
        while not self._cancel.is_set():
            self._set_state(ListenerState.CONNECTING)
            self._opened_at, self._delivered = None, 0
            floor = 0.0
            try:
                self._connect_and_read()
                log.info("the event stream ended; reconnecting")
            except SignInRequired:
                log.info("the event stream stops: the sign-in has ended")
                return StopReason.SIGN_IN_REQUIRED
            except OfflineError as exc:
                log.info("the event stream dropped: %s", exc.reason)
            except ProblemError as exc:
                log.warning("the event stream was refused: %s", exc)
                floor = exc.retry_after or 0.0
            except ServerError as exc:
                log.warning("the event stream failed: %s", exc)
                floor = exc.retry_after or 0.0
            except BadResponseError as exc:
                log.warning("the event stream broke the contract: %s", exc)
            except _Interrupted:
                pass
            except httpx.HTTPError as exc:
                # What the API client does not map: a body that fails to decode, a stream closed by
                # stop() from another thread. Both end this connection only.
                log.info("the event stream broke off: %s", type(exc).__name__)
            if self._cancel.is_set():
                break
            opened_at = self._opened_at
            if opened_at is not None and (
                self._delivered > 0 or self._clock() - opened_at >= self._stable_after
            ):
                # A connection that worked for a while ends no failure streak: come back quickly.
                failures = 0
            delay = backoff_delay(
                failures,
                self._rng,
                initial=self._initial,
                maximum=self._max,
                floor=max(floor, self._retry_floor),
            )
            failures += 1
            self._set_state(ListenerState.WAITING)
            log.debug("reconnecting to the event stream in %.2f s", delay)
            self._sleep(delay)
        return StopReason.CANCELLED

    def _connect_and_read(self) -> None:
        """One connection: open it and read it to its end (or until it breaks, which raises)."""
        api = self._session.api
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-cache"}
        if self._last_event_id:
            headers["Last-Event-ID"] = self._last_event_id
        with ExitStack() as stack:
            # authorized() opens the stream again after one token refresh on a 401; the body is read
            # only once the stream is open, so a refresh never happens halfway through a stream.
            response = self._session.authorized(
                lambda: stack.enter_context(
                    api.stream("GET", EVENTS_PATH, headers=headers, timeout=self._timeout)
                )
            )
            kind = response.headers.get("content-type", "")
            if response.status_code != 200 or not kind.startswith("text/event-stream"):
                raise BadResponseError(
                    f"{EVENTS_PATH}: expected 200 text/event-stream, got {response.status_code} {kind!r}"
                )
            with self._response_lock:
                self._response = response
            try:
                if self._cancel.is_set():  # cancelled while connecting: the watcher had nothing to shut
                    raise _Interrupted
                self.connections += 1
                self._opened_at = self._clock()
                self._read(response)
            except OfflineError:
                if self._cancel.is_set():
                    raise _Interrupted from None
                raise
            finally:
                with self._response_lock:
                    self._response = None

    def _read(self, response: httpx.Response) -> None:
        parser = SseParser(self._last_event_id)
        for chunk in response.iter_bytes():
            # OPEN once the first bytes flow, not at the headers: the server sends a comment right
            # after it has fixed where the stream starts, so from then on nothing published is missed.
            self._set_state(ListenerState.OPEN)
            for event in parser.feed(chunk):
                # The spec's last-event-id buffer: what the server must resume after.
                self._last_event_id = parser.last_event_id
                if event.id is not None and not self._seen.add(event.id):
                    log.debug("event %s already delivered; skipped", event.id)
                    continue
                self._delivered += 1
                self._deliver(event)
            if parser.retry_ms is not None:
                self._retry_floor = parser.retry_ms / 1000.0
            if self._cancel.is_set():
                raise _Interrupted

    def _deliver(self, event: Event) -> None:
        try:
            self._on_event(event)
        except Exception:
            # A fault in the app's handler must not end the alerts; it is logged with its traceback.
            log.exception("the handler of event %s (%s) failed", event.id, event.type)

    def _set_state(self, state: ListenerState) -> None:
        if state is self._state:
            return
        self._state = state
        if self._on_state is not None:
            try:
                self._on_state(state)
            except Exception:
                log.exception("the state handler failed")

    # -- cancelling from another thread ------------------------------------------------------------

    def _watch_cancel(self) -> None:
        # threading.Event cannot wait on two events at once, so poll: a few wake-ups a second is nothing.
        while self._running.is_set():
            if self._cancel.wait(self._cancel_poll):
                self._interrupt()
                return

    def _interrupt(self) -> None:
        with self._response_lock:
            response = self._response
        if response is None:
            return
        stream = response.extensions.get("network_stream")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            # close() does not wake a recv() blocked in another thread on Linux; shutdown() does, and
            # the reader then sees the connection end.
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        else:
            # Transports without a socket (tests' MockTransport) end the read when the stream closes.
            try:
                response.close()
            except Exception:
                log.debug("closing the event stream failed", exc_info=True)


class _Interrupted(Exception):
    """The read was broken on purpose because cancel was set."""
