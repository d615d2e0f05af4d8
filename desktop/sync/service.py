"""SyncService: the background sync worker and its bridge to the GUI thread.

Threading contract: one worker thread owns the network client, the auth session and its own
``Store`` (its own sqlite connection). The GUI talks to it only by queueing commands; it answers only
through this object's signals, which Qt delivers on the GUI thread. The worker never holds a database
transaction across network I/O (the pull engine applies each page in its own short transaction) and
checks the cancel flag between pages.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.clock import Clock
from desktop.domain.changes import Changes
from desktop.domain.models import Resident
from desktop.domain.sync_status import Activity, Connection, Problem, SyncStatus

log = logging.getLogger(__name__)

#: Pause between pull pages that lets the GUI thread take the interpreter lock (see on_page).
YIELD_S = 0.003


@dataclass(frozen=True)
class SignedIn:
    resident: Resident
    account_key: str
    server_id: str
    #: The sign-in cannot be remembered on this PC (no OS keyring).
    remembered: bool


@dataclass(frozen=True)
class _Command:
    name: str
    args: tuple[Any, ...] = ()


class SyncBackend:
    """What the worker needs from the rest of the app; built by the context, used on the worker thread."""

    def __init__(
        self,
        *,
        resolve_server: Callable[[], tuple[str, str]],
        token_store_for: Callable[[str], Any],
        account_key_for: Callable[[str, str], str],
        open_store_for: Callable[[str], Any],
        demo_credentials: tuple[str, str] | None,
        initial_account: tuple[str, str] | None,
    ) -> None:
        #: () -> (base_url, server_id); may start the embedded demo server (slow, so on the worker).
        self.resolve_server = resolve_server
        self.token_store_for = token_store_for
        self.account_key_for = account_key_for
        self.open_store_for = open_store_for
        self.demo_credentials = demo_credentials
        #: (account_key, username) whose refresh token to try at start.
        self.initial_account = initial_account


class SyncService(QObject):
    status_changed = Signal(object)  # SyncStatus
    changes_applied = Signal(object)  # Changes
    signed_in = Signal(object)  # SignedIn
    signed_out = Signal()
    sign_in_failed = Signal(str)  # a Problem-like code: invalid_credentials, offline, …
    alert_received = Signal(object)  # dict: the data of an ``alert`` event (feed_item_id, severity, title…)

    def __init__(self, backend: SyncBackend, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._clock = clock
        self._queue: queue.Queue[_Command] = queue.Queue()
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._status = SyncStatus()
        self._status_lock = threading.Lock()
        #: Changes asked for per pull page (the server allows up to 1000).
        self.page_limit = 500
        # Worker-thread state (touched only by the worker).
        self._api: Any = None
        self._session: Any = None
        self._store: Any = None
        self._account_key: str | None = None
        self._server_id: str | None = None
        self._live: Any = None  # desktop.sync.live.LiveEvents, made on the worker
        self._push_engine: Any = None  # desktop.sync.push.PushEngine for the open store
        self._retry_timer: threading.Timer | None = None
        self._sync_queued = threading.Event()

    # --- GUI-thread API -------------------------------------------------------------------------
    @property
    def status(self) -> SyncStatus:
        with self._status_lock:
            return self._status

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="sync", daemon=True)
        self._thread.start()
        self._queue.put(_Command("start"))

    def sync_now(self, *, manual: bool = True) -> None:
        if not manual and self._sync_queued.is_set():
            return  # one background sync waiting is enough
        self._sync_queued.set()
        self._queue.put(_Command("sync", (manual,)))

    def sign_in(self, username: str, password: str) -> None:
        self._queue.put(_Command("login", (username, password)))

    def sign_out(self) -> None:
        self._queue.put(_Command("logout"))

    def current_session(self) -> Any:
        """The signed-in ``AuthSession`` (its ``api`` is the ``ApiClient``), or None; any thread.

        For background workers that call endpoints outside sync — eID binding, photo uploads
        (``desktop.session_worker``) — without blocking behind a pull on this worker's queue. They
        share this session rather than making a second one on the same refresh token: refresh tokens
        rotate, so two sessions refreshing on their own would get the whole family revoked, while one
        ``AuthSession`` serialises its refreshes under its lock and is safe from several threads.
        """
        return self._session

    def stop(self, timeout_s: float = 10.0) -> None:
        """Cancel what is running, end the worker and close its connection."""
        if self._thread is None:
            return
        self._cancel.set()
        self._queue.put(_Command("stop"))
        self._thread.join(timeout_s)
        self._thread = None

    # --- worker thread ---------------------------------------------------------------------------
    def _set_status(self, **changes: Any) -> None:
        with self._status_lock:
            self._status = self._status.with_(**changes)
            status = self._status
        self.status_changed.emit(status)

    def _run(self) -> None:
        try:
            while True:
                cmd = self._queue.get()
                if cmd.name == "stop":
                    break
                if self._cancel.is_set():
                    continue
                try:
                    getattr(self, f"_do_{cmd.name}")(*cmd.args)
                except Exception as exc:  # the worker must survive anything a command throws
                    log.exception("sync command %s failed", cmd.name)
                    self._set_status(activity=Activity.IDLE, problem=Problem.SERVER_ERROR, detail=str(exc))
        finally:
            self._close()

    def _close(self) -> None:
        self._stop_live()
        if self._retry_timer is not None:
            self._retry_timer.cancel()
        if self._store is not None:
            try:
                self._store.close()
            except Exception:
                log.exception("closing the sync connection failed")
            self._store = None
        if self._api is not None:
            try:
                self._api.close()
            except Exception:
                pass
            self._api = None

    def _ensure_api(self) -> bool:
        if self._api is not None:
            return True
        from desktop.sync.api import ApiClient  # httpx stays off the start path

        self._set_status(activity=Activity.STARTING)
        try:
            base_url, server_id = self._backend.resolve_server()
        except Exception as exc:
            log.error("No server: %s", exc)
            self._set_status(
                activity=Activity.IDLE,
                connection=Connection.OFFLINE,
                problem=Problem.DEMO_SERVER_FAILED,
                detail=str(exc),
            )
            return False
        self._api = ApiClient(base_url)
        self._server_id = server_id
        return True

    def _use_account(self, account_key: str) -> None:
        from desktop.sync.auth import AuthSession

        if self._account_key == account_key and self._session is not None:
            return
        self._push_engine = None
        if self._store is not None:
            self._store.close()
            self._store = None
        self._account_key = account_key
        self._session = AuthSession(self._api, self._backend.token_store_for(account_key))

    def _do_start(self) -> None:
        if not self._ensure_api():
            return
        initial = self._backend.initial_account
        resident = None
        if initial is not None:
            key, _username = initial
            self._use_account(key)
            resident = self._attempt(lambda: self._session.resume())
            if resident is _FAILED:
                return
        if resident is None and self._backend.demo_credentials is not None:
            self._do_login(*self._backend.demo_credentials)
            return
        if resident is None:
            # Nobody to sign in yet: still find out whether the server is there, for the status bar.
            if self._attempt(self._api.info) is not _FAILED:
                self._set_status(activity=Activity.IDLE, signed_in=False, connection=Connection.ONLINE)
            return
        self._announce_signed_in(resident)
        self._do_sync(False)

    def _do_login(self, username: str, password: str) -> None:
        from desktop.sync.errors import ProblemError

        if not self._ensure_api():
            self.sign_in_failed.emit(Problem.DEMO_SERVER_FAILED.value)
            return
        assert self._server_id is not None
        self._use_account(self._backend.account_key_for(self._server_id, username))
        self._set_status(activity=Activity.SIGNING_IN)
        try:
            resident = self._session.login(username, password)
        except ProblemError as exc:
            self._set_status(activity=Activity.IDLE, connection=Connection.ONLINE)
            self.sign_in_failed.emit(exc.slug.replace("-", "_"))
            return
        except Exception as exc:
            problem = self._problem_of(exc)
            self._set_status(activity=Activity.IDLE, **self._offline_fields(problem, exc))
            self.sign_in_failed.emit(problem.value)
            return
        self._announce_signed_in(resident)
        self._do_sync(False)

    def _announce_signed_in(self, resident: Resident) -> None:
        assert self._account_key is not None and self._server_id is not None
        tokens = self._session.token_store
        remembered = not getattr(tokens, "degraded", False) and not getattr(tokens, "ephemeral", False)
        self._set_status(activity=Activity.IDLE, signed_in=True, connection=Connection.ONLINE)
        self.signed_in.emit(SignedIn(resident, self._account_key, self._server_id, remembered))

    def _do_logout(self) -> None:
        self._stop_live()
        if self._session is not None:
            try:
                self._session.logout()
            except Exception as exc:  # signing out locally must work offline too
                log.warning("Server sign-out failed (%s); signed out on this computer", type(exc).__name__)
        if self._store is not None:
            self._store.close()
            self._store = None
        self._push_engine = None
        self._session = None
        self._account_key = None
        self._set_status(activity=Activity.IDLE, signed_in=False, problem=Problem.NONE, detail="")
        self.signed_out.emit()

    def _do_sync(self, manual: bool) -> None:
        """Push what waits in the outbox, then pull; the status says how it went."""
        from desktop.sync.engine import PullEngine

        self._sync_queued.clear()
        if self._session is None or self._account_key is None:
            if not self._ensure_api():
                return
            self._set_status(signed_in=False)
            return
        if not self._open_store():
            return
        self._set_status(activity=Activity.SYNCING, manual=manual)
        pushed = self._push(manual)
        if pushed is _FAILED:
            return
        engine = PullEngine(self._session, self._store)

        def on_page(changes: Changes) -> None:
            self.changes_applied.emit(changes)
            # Between pages, hand the interpreter to the GUI thread for a moment: a long pull is
            # Python work on this thread, and the window must keep answering while it runs.
            time.sleep(YIELD_S)

        def pull() -> Any:
            return engine.pull(cancel=self._cancel, page_limit=self.page_limit, on_page=on_page)

        result = self._attempt(pull, manual=manual)
        if result is _FAILED:
            self._report_waiting()
            return
        another_window = getattr(pushed, "paused", None) == "another-window"
        self._set_status(
            activity=Activity.IDLE,
            connection=Connection.ONLINE,
            problem=Problem.ANOTHER_WINDOW if another_window else Problem.NONE,
            detail="",
            last_sync=self._clock.now(),
            manual=manual,
        )
        self._report_waiting()
        self._schedule_next(getattr(pushed, "next_due", None))
        self._start_live()

    def _open_store(self) -> bool:
        if self._store is not None:
            return True
        assert self._account_key is not None
        try:
            self._store = self._backend.open_store_for(self._account_key)
        except Exception as exc:
            log.exception("cannot open the cache for sync")
            self._set_status(activity=Activity.IDLE, problem=Problem.CACHE_ERROR, detail=str(exc))
            return False
        self._push_engine = None
        # Ops a crashed run left "in flight" go back to pending with the same key, before anyone looks.
        try:
            self._pusher().recover()
        except Exception:
            log.exception("recovering the outbox failed")
        self._report_waiting()
        return True

    def _pusher(self) -> Any:
        from desktop.sync.push import PushEngine

        if self._push_engine is None:
            self._push_engine = PushEngine(self._session, self._store, self._clock.now)
        return self._push_engine

    def _push(self, manual: bool) -> Any:
        """One push; returns its PushResult, or _FAILED when the status already says what went wrong."""
        result = self._attempt(lambda: self._pusher().push(cancel=self._cancel, force=manual), manual=manual)
        if result is _FAILED:
            return _FAILED
        if result.touched:
            self.changes_applied.emit(result.touched)
        if result.paused in ("sign-in", "unauthorized"):
            self._session = None
            self._push_engine = None
            self._set_status(
                activity=Activity.IDLE, signed_in=False, problem=Problem.SIGN_IN_REQUIRED, manual=manual
            )
            self._report_waiting()
            self.signed_out.emit()
            return _FAILED
        if result.offline:
            self._set_status(
                activity=Activity.IDLE,
                manual=manual,
                **self._offline_fields(Problem.OFFLINE, RuntimeError("the server cannot be reached")),
            )
            self._report_waiting()
            self._schedule_next(result.next_due)
            return _FAILED
        return result

    def _report_waiting(self) -> None:
        """The status bar's "N waiting, oldest since …", read from this worker's own connection."""
        if self._store is None:
            return
        try:
            waiting = self._store.outbox.waiting()
            attention = len(self._store.outbox.attention())
        except Exception:
            log.exception("reading the outbox failed")
            return
        self._set_status(waiting=waiting.count, oldest_waiting=waiting.oldest, attention=attention)

    def _schedule_next(self, when: Any) -> None:
        """Come back when the next op is due (its backoff ends), if that is before the periodic sync."""
        if self._retry_timer is not None:
            self._retry_timer.cancel()
            self._retry_timer = None
        if when is None:
            return
        delay = max(0.2, (when - self._clock.now()).total_seconds())
        if delay > 3600:
            return
        timer = threading.Timer(delay, self.sync_now, kwargs={"manual": False})
        timer.daemon = True
        timer.start()
        self._retry_timer = timer

    # --- live events ---------------------------------------------------------------------------------
    def _start_live(self) -> None:
        from desktop.sync.live import LiveEvents

        if self._session is None or self._store is None:
            return
        if self._live is None:
            self._live = LiveEvents(self._on_live_event)
        if not self._live.running:
            self._live.start(self._session, self._store.meta.get("last_event_id"))

    def _stop_live(self) -> None:
        if self._live is not None:
            self._live.stop()
            self._remember_event_position()

    def _remember_event_position(self) -> None:
        if self._live is not None and self._store is not None and self._live.last_event_id:
            self._store.meta.set("last_event_id", self._live.last_event_id)

    def _on_live_event(self, event: Any) -> None:
        # On the listener's thread: alerts go straight to the GUI (seconds matter in a typhoon);
        # everything else becomes work for this worker.
        if event.type == "alert":
            try:
                self.alert_received.emit(event.json())
            except ValueError:
                log.warning("an alert event carried no readable data")
        self._queue.put(_Command("live_event", (event.type,)))

    def _do_live_event(self, kind: str) -> None:
        self._remember_event_position()
        if kind in ("changes", "op", "alert") and self._session is not None:
            self.sync_now(manual=False)

    def _attempt(self, call: Callable[[], Any], *, manual: bool = False) -> Any:
        """Run a network call; on failure set the status (offline, garbage, signed out) and return _FAILED."""
        from desktop.sync.auth import SignInRequired

        try:
            return call()
        except SignInRequired as exc:
            self._session = None
            self._set_status(
                activity=Activity.IDLE,
                signed_in=False,
                problem=Problem.SIGN_IN_REQUIRED,
                detail=str(exc),
                manual=manual,
            )
            self.signed_out.emit()
            return _FAILED
        except Exception as exc:
            problem = self._problem_of(exc)
            log.warning("Sync failed (%s): %s", problem.value, exc)
            self._set_status(activity=Activity.IDLE, manual=manual, **self._offline_fields(problem, exc))
            return _FAILED

    @staticmethod
    def _problem_of(exc: BaseException) -> Problem:
        from desktop.sync import errors

        if isinstance(exc, errors.OfflineError):
            return Problem.TIMEOUT if getattr(exc, "timeout", False) else Problem.OFFLINE
        if isinstance(exc, errors.BadResponseError):
            return Problem.BAD_RESPONSE
        return Problem.SERVER_ERROR

    @staticmethod
    def _offline_fields(problem: Problem, exc: BaseException) -> dict[str, Any]:
        offline = problem in (Problem.OFFLINE, Problem.TIMEOUT)
        return {
            "connection": Connection.OFFLINE if offline else Connection.ONLINE,
            "problem": problem,
            "detail": str(exc),
        }


_FAILED = object()
