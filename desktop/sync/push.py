"""The push: send the outbox's operations (``PUT /v1/ops/{id}``) and learn how they ended.

Order and parallelism: only the first unfinished op of each stream is eligible, so one stream goes
in order, while different streams go at once through a small thread pool. The pool threads do only
HTTP; every database write happens on the calling thread, in a short transaction per op, and never
while that thread waits for the network. A slow or failing stream holds up no other stream: as soon
as one exchange ends, its result is written and the next eligible op is sent.

Keys: each op is sent with ``Idempotency-Key`` = its op id, the same on every try. A payment whose
send got no answer is first reconciled with ``GET /v1/ops/{id}`` (404: send again; processing: wait;
final: record it), and so is every op the server accepted for later (202).

Two app windows never drain one outbox: :class:`OutboxLock` (a file lock next to the cache) is held
while pushing; whoever finds it taken pushes nothing (``paused="another-window"``) but may still pull.

Threading contract: call :meth:`PushEngine.push` on the sync worker with that worker's own Store.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from desktop.domain.changes import Changes
from desktop.domain.operation import Operation, OpState
from desktop.filelock import FileLock, LockHeldError
from desktop.store import Store
from desktop.store.outbox import ENTITY, Outcome
from desktop.sync.api import error_of
from desktop.sync.auth import AuthSession
from desktop.sync.crashpoints import crash_point
from desktop.sync.errors import OfflineError, ProblemError, SignInRequired
from desktop.sync.outbox_policy import Action, Backoff, Verdict, classify, parse_retry_after

__all__ = ["Action", "Backoff", "OutboxLock", "PushEngine", "PushResult", "Verdict", "classify"]

log = logging.getLogger(__name__)

PAUSED_SIGN_IN = "sign-in"  # the refresh token is gone or refused: the resident must sign in
PAUSED_UNAUTHORIZED = "unauthorized"  # the server refused even a fresh access token
PAUSED_ANOTHER_WINDOW = "another-window"  # another app instance is sending this outbox


class OutboxLock:
    """``<cache path>.sync.lock``: held by the one process that sends this cache's outbox."""

    def __init__(self, cache_path: Path | str) -> None:
        self.path = Path(f"{cache_path}.sync.lock")
        self._lock = FileLock(self.path)

    def try_acquire(self) -> bool:
        try:
            self._lock.acquire()
        except LockHeldError:
            return False
        return True

    def release(self) -> None:
        self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.held


@dataclass(slots=True)
class PushResult:
    sent: int = 0  # PUTs that went out
    checked: int = 0  # GET /v1/ops status checks
    acked: int = 0
    accepted: int = 0  # accepted for later (202); checked again on later pushes
    failed: int = 0  # rejected, needs attention or dead in this push
    retrying: int = 0  # rescheduled (backoff, in flight elsewhere, still processing)
    paused: str | None = None
    offline: bool = False
    cancelled: bool = False
    #: When the next op becomes due (None: nothing waits); the service schedules its next push.
    next_due: datetime | None = None
    touched_ops: list[str] = field(default_factory=list)

    @property
    def touched(self) -> Changes:
        """For the change bus: outbox screens and overlays refresh."""
        return Changes.of([ENTITY]) if self.touched_ops else Changes()


@dataclass(frozen=True, slots=True)
class Answer:
    """One HTTP exchange as the pool thread saw it (no DB access there)."""

    status: int | None
    slug: str | None = None
    body: dict[str, Any] | None = None
    retry_after: str | None = None
    replayed: bool = False
    error: str = ""
    reached: bool = True
    sign_in: bool = False


@dataclass(frozen=True, slots=True)
class Exchange:
    op: Operation
    answers: tuple[Answer, ...]
    sent: bool  # a PUT went out in this exchange


class PushEngine:
    def __init__(
        self,
        session: AuthSession,
        store: Store,
        clock: Callable[[], datetime] | None = None,
        rng: random.Random | None = None,
        *,
        backoff: Backoff | None = None,
        workers: int = 4,
        lock: OutboxLock | None = None,
    ) -> None:
        """``clock`` is a callable returning aware UTC now (default: the store's clock)."""
        self._session = session
        self._store = store
        self._clock = clock or store.clock
        self._rng = rng or random.Random()
        self._backoff = backoff or Backoff()
        self._workers = max(1, workers)
        self.lock = lock or OutboxLock(store.path)

    def recover(self) -> int | None:
        """At start: ops a crashed sender left in flight go back to pending (same key), under the lock.

        Returns how many, or None when another window holds the lock (its in-flight ops are live).
        :meth:`push` does the same first thing, so calling this is only needed to show a correct
        outbox before the first push.
        """
        had_lock = self.lock.held
        if not had_lock and not self.lock.try_acquire():
            return None
        try:
            return self._store.outbox.recover_in_flight()
        finally:
            if not had_lock:
                self.lock.release()

    def push(self, cancel: threading.Event | None = None, *, force: bool = False) -> PushResult:
        """Send what is due until nothing is, the queue pauses, or ``cancel`` is set.

        ``force`` (a manual "Sync now") sends ops still waiting out a backoff. Each op is tried at
        most once per call. Never raises for what the server answers: everything ends up in the
        outbox and in the returned :class:`PushResult`.
        """
        result = PushResult()
        had_lock = self.lock.held
        if not had_lock and not self.lock.try_acquire():
            log.info("another window is sending this outbox; not pushing")
            result.paused = PAUSED_ANOTHER_WINDOW
            return result
        try:
            # With the lock ours, anything still in flight was left by a sender that died.
            self._store.outbox.recover_in_flight()
            self._drain(result, cancel, force)
        finally:
            if not had_lock:
                self.lock.release()
        result.next_due = self._store.outbox.next_due(self._clock())
        return result

    # -- the loop (calling thread: all DB work) -------------------------------------------------------

    def _drain(self, result: PushResult, cancel: threading.Event | None, force: bool) -> None:
        tried: set[str] = set()
        running: dict[Future[Exchange], Operation] = {}
        stop = False
        with ThreadPoolExecutor(self._workers, thread_name_prefix="push") as pool:
            while True:
                if cancel is not None and cancel.is_set() and not stop:
                    result.cancelled = stop = True
                if not stop:
                    busy = {op.stream for op in running.values()}
                    for op in self._eligible(tried, busy, self._workers - len(running), force):
                        tried.add(op.op_id)
                        running[pool.submit(self._exchange, op, self._reconcile_first(op))] = op
                if not running:
                    return
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    running.pop(future)
                    self._settle(future.result(), result)
                if result.paused or result.offline:
                    stop = True  # let what is out come back, send nothing more

    def _eligible(self, tried: set[str], busy: set[str], room: int, force: bool) -> list[Operation]:
        if room <= 0:
            return []
        now = self._clock()
        picked = [
            op for op in self._store.outbox.due(now, force=force)
            if op.op_id not in tried and op.stream not in busy
        ][:room]
        sending = self._store.outbox.mark_sending(
            [op.op_id for op in picked if op.state is OpState.PENDING], now
        )
        # An accepted op is only asked about; it stays accepted_async meanwhile.
        return [op for op in picked if op.op_id in sending or op.state is OpState.ACCEPTED_ASYNC]

    @staticmethod
    def _reconcile_first(op: Operation) -> bool:
        return op.state is OpState.ACCEPTED_ASYNC or (op.money and op.unanswered)

    # -- one exchange (pool thread: HTTP only) -------------------------------------------------------

    def _exchange(self, op: Operation, reconcile: bool) -> Exchange:
        path = f"/v1/ops/{op.op_id}"
        answers: list[Answer] = []
        if reconcile:
            answers.append(self._call("GET", path))
            if classify(answers[0].status, answers[0].slug).verdict is not Verdict.RESEND:
                return Exchange(op, tuple(answers), False)
        body = {"kind": op.kind, "stream": op.stream, "payload": op.payload,
                "payload_schema": op.payload_schema, "supersedes": op.supersedes}
        answers.append(self._call("PUT", path, json=body, headers={"Idempotency-Key": op.op_id}))
        return Exchange(op, tuple(answers), True)

    def _call(self, method: str, path: str, **kwargs: Any) -> Answer:
        api = self._session.api
        reached = False

        def call() -> httpx.Response:
            nonlocal reached
            reached = True
            response = api.request(method, path, check=False, **kwargs)
            # Crash tests kill the process here: the request went out and the server's answer is
            # back in this process, but the push has not looked at it (httpx gives no hook between
            # writing a request and reading its answer, so this is the closest place we own).
            crash_point("after_send")
            if response.status_code == 401:
                raise error_of(response)  # AuthSession refreshes once and calls again
            return response

        try:
            return _answer(self._session.authorized(call), path.rsplit("/", 1)[-1])
        except SignInRequired as exc:
            return Answer(None, error=str(exc), reached=False, sign_in=True)
        except ProblemError as exc:
            return Answer(exc.status, exc.slug, exc.body or None, reached=reached)
        except OfflineError as exc:
            return Answer(None, error=exc.reason, reached=reached and exc.sent)
        except Exception as exc:  # a refresh answered 5xx or garbage; or a bug: never lose the op
            log.warning("%s %s failed: %s", method, path, type(exc).__name__)
            return Answer(None, error=f"{type(exc).__name__}: {exc}", reached=reached)

    # -- writing the outcome (calling thread) --------------------------------------------------------

    def _settle(self, ex: Exchange, result: PushResult) -> None:
        op, last, now = ex.op, ex.answers[-1], self._clock()
        result.sent += int(ex.sent)
        result.checked += len(ex.answers) - int(ex.sent)
        action = classify(
            last.status, last.slug, state=_state(last), problem=_is_problem(last),
            retry_after=parse_retry_after(last.retry_after, now), reached=last.reached,
        )
        note = f"{action.reason}{' (replayed)' if last.replayed else ''}"
        if len(ex.answers) == 2:
            note = f"not found on the server, sent again: {note}"
        if last.error:
            note = f"{note}: {last.error}"[:300]
        outcome = self._outcome(op, action, last, note, ex.sent, now)
        if last.sign_in or action.verdict is Verdict.REFRESH:
            result.paused = PAUSED_SIGN_IN if last.sign_in else PAUSED_UNAUTHORIZED
        if action.verdict is Verdict.BACKOFF and not last.reached:
            result.offline = True
        if action.verdict is Verdict.DEAD:
            log.error(
                "operation %s (%s, stream %s) is dead: %s; it will not be sent again",
                op.op_id, op.kind, op.stream, note,
            )
        # Crash tests kill the process here: the answer is understood but not yet in the outbox.
        crash_point("after_response_before_ack")
        recorded = self._store.outbox.record(op.op_id, outcome, now)
        result.touched_ops.append(op.op_id)
        if recorded.state is OpState.ACKED:
            result.acked += 1
        elif recorded.state is OpState.ACCEPTED_ASYNC and op.state is not OpState.ACCEPTED_ASYNC:
            result.accepted += 1
        elif recorded.needs_attention:
            result.failed += 1
        elif not result.paused:
            result.retrying += 1

    def _outcome(
        self, op: Operation, action: Action, last: Answer, note: str, sent: bool, now: datetime
    ) -> Outcome:
        body = last.body or {}
        v, later = action.verdict, lambda s: now + timedelta(seconds=s)
        accepted = op.state is OpState.ACCEPTED_ASYNC
        # Where an op goes while it waits: an accepted op stays accepted, the rest go back to pending.
        waiting = OpState.ACCEPTED_ASYNC if accepted else OpState.PENDING
        checks = op.checks
        if last.sign_in or v is Verdict.REFRESH:
            return Outcome(waiting, f"paused: {note}", status=last.status, next_attempt_at=op.next_attempt_at)
        if v is Verdict.ACK:
            return Outcome(OpState.ACKED, note, status=last.status, receipt=_dict(body.get("receipt")),
                           sub_status=_list(body.get("sub_status")), commit_seq=_int(body.get("commit_seq")),
                           unanswered=False)
        if v is Verdict.ACCEPTED or (v is Verdict.WAIT and not sent):
            # 202, or GET says processing: the server has it; ask again later.
            poll = self._backoff.poll(checks + int(not sent), action.retry_after)
            return Outcome(OpState.ACCEPTED_ASYNC, note, status=last.status,
                           sub_status=_list(body.get("sub_status")), commit_seq=_int(body.get("commit_seq")),
                           next_attempt_at=later(poll), check=not sent, unanswered=False)
        if v is Verdict.WAIT:  # 409 in flight: the same key is being processed right now
            return Outcome(waiting, note, status=last.status, problem=body or None,
                           next_attempt_at=later(self._backoff.wait(action.retry_after)), unanswered=True)
        if v in (Verdict.BACKOFF, Verdict.UNKNOWN):
            count = checks if accepted else op.attempts
            delay = self._backoff.delay(count, self._rng, action.retry_after)
            return Outcome(waiting, f"{note}; retry in {delay:.1f} s", status=last.status,
                           problem=body if _is_problem(last) else None, next_attempt_at=later(delay),
                           attempt=not accepted, check=accepted,
                           unanswered=True if (v is Verdict.UNKNOWN and sent) else None)
        if v is Verdict.RESEND:
            return Outcome(OpState.PENDING, note, status=last.status, unanswered=False)
        final = {Verdict.REJECT: OpState.REJECTED, Verdict.ATTENTION: OpState.NEEDS_ATTENTION,
                 Verdict.DEAD: OpState.DEAD}[v]
        problem = _dict(body.get("problem")) if not _is_problem(last) else body
        return Outcome(final, note, status=last.status, problem=problem or None,
                       sub_status=_list(body.get("sub_status")), unanswered=False)


# -- reading answers ------------------------------------------------------------------------------------


def _answer(response: httpx.Response, op_id: str) -> Answer:
    headers = response.headers
    body: Any = None
    if "json" in headers.get("content-type", ""):
        try:
            body = response.json()
        except ValueError:
            body = None
    status = response.status_code
    ours = isinstance(body, dict) and body.get("op_id") in (None, op_id)
    if 200 <= status < 300 and not (ours and isinstance(body.get("state"), str | None)):
        # A proxy's HTML page, a cut answer, another op's answer: we cannot tell what happened.
        return Answer(None, error=f"{status} with a body that is not the contract's")
    body = body if isinstance(body, dict) else None
    slug = None
    if body is not None and status >= 400 and isinstance(body.get("type"), str):
        slug = body["type"].rstrip("/").rsplit("/", 1)[-1] or None
    replayed = headers.get("idempotent-replayed", "").lower() == "true"
    return Answer(status, slug, body, headers.get("retry-after"), replayed)


def _state(answer: Answer) -> str | None:
    value = (answer.body or {}).get("state") if answer.status is not None and answer.status < 300 else None
    return value if isinstance(value, str) else None


def _is_problem(answer: Answer) -> bool:
    failed = answer.status is not None and answer.status >= 400
    return failed and isinstance((answer.body or {}).get("type"), str)


def _dict(value: Any) -> dict[str, Any] | None:
    return value if isinstance(value, dict) else None


def _list(value: Any) -> list[Any] | None:
    return value if isinstance(value, list) else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
