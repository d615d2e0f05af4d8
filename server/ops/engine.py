"""The operations engine: Idempotency-Key semantics around the kinds of :mod:`server.ops.kinds`.

One ``PUT /v1/ops/{op_id}`` goes:

1. a stored record for (resident, op_id)? Same fingerprint: replay its answer; else
   ``422 idempotency-key-reused``;
2. claim the key in memory; held by a request still running: ``409 idempotency-in-flight``
   (``422`` if that one has another fingerprint). The claim is in memory on purpose: a crash drops it
   with everything else uncommitted, so no key is ever stuck "processing";
3. parse and prepare (outside the transaction), then **one transaction** writes the kind's effect,
   the idempotency record and the events: a crash leaves both or neither;
4. a ``202`` outcome leaves a job in the record (``job_due_at``), run later by :class:`JobRunner`
   and resumed after a restart.

Records live at least :data:`RETENTION_S` (30 days); older final ones are purged as writes go by.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from server.db import Database
from server.ops.jobs import JobRunner
from server.ops.kinds import Accepted, KindRegistry, OpContext, OpRefused, Outcome, Rejected, Succeeded
from server.problems import ProblemError
from server.store import ServerStore, Writer
from server.timeutil import iso_time

log = logging.getLogger(__name__)

#: Idempotency records are kept at least this long (a desktop may be offline for weeks).
RETENTION_S = 30 * 24 * 3600
_PURGE_EVERY_S = 3600.0
#: Seconds a client should wait before asking again about a key that is being processed.
IN_FLIGHT_RETRY_AFTER = 1
#: A job whose step failed unexpectedly is tried again after this long.
_JOB_RETRY_S = 5.0
FINAL_STATES = ("succeeded", "rejected")


def fingerprint(body: Any) -> str:
    """sha256 of the canonical JSON of a request body (sorted keys, no spaces, UTF-8)."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Answer:
    """What the route sends: status, JSON body, extra headers (problems have status >= 400)."""

    status: int
    body: dict[str, Any]
    headers: dict[str, str]


@dataclass(frozen=True, slots=True)
class OpRecord:
    user_id: str
    op_id: str
    fingerprint: str
    kind: str
    stream: str
    state: str
    status: int
    body: dict[str, Any]
    receipt: dict[str, Any] | None
    problem: dict[str, Any] | None
    sub_status: list[dict[str, Any]]
    commit_seq: int | None
    created_at: float
    updated_at: float
    job: dict[str, Any] | None = None

    def view(self) -> dict[str, Any]:
        """The ``GET /v1/ops/{op_id}`` body."""
        return {
            "op_id": self.op_id,
            "kind": self.kind,
            "stream": self.stream,
            "state": self.state,
            "receipt": self.receipt,
            "problem": self.problem,
            "sub_status": self.sub_status,
            "commit_seq": self.commit_seq,
            "created_at": iso_time(self.created_at),
            "updated_at": iso_time(self.updated_at),
        }


@dataclass(frozen=True, slots=True)
class _Claim:
    fingerprint: str
    kind: str
    stream: str
    since: float


_COLUMNS = (
    "user_id, op_id, fingerprint, kind, stream, state, status, body_json, receipt_json, problem_json,"
    " sub_status_json, commit_seq, created_at, updated_at, job_json"
)


def _record(r: sqlite3.Row) -> OpRecord:
    def load(text: str | None) -> Any:
        return None if text is None else json.loads(text)

    return OpRecord(
        r[0], r[1], r[2], r[3], r[4], r[5], int(r[6]), load(r[7]), load(r[8]), load(r[9]),
        load(r[10]), int(r[11]), float(r[12]), float(r[13]), load(r[14]),
    )  # fmt: skip


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class OpService:
    def __init__(
        self, db: Database, store: ServerStore, kinds: KindRegistry, clock: Callable[[], float]
    ) -> None:
        self._db = db
        self._store = store
        self.kinds = kinds
        self._clock = clock
        self._lock = threading.Lock()
        self._claims: dict[tuple[str, str], _Claim] = {}
        self._last_purge = float("-inf")
        self.jobs = JobRunner(self._run_job)

    # -- reading ---------------------------------------------------------------------------------

    def _load(self, conn: sqlite3.Connection, user_id: str, op_id: str) -> OpRecord | None:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM ops WHERE user_id = ? AND op_id = ?", (user_id, op_id)
        ).fetchone()
        return None if row is None else _record(row)

    def record(self, user_id: str, op_id: str) -> OpRecord | None:
        with self._db.snapshot() as conn:
            return self._load(conn, user_id, op_id)

    def view(self, user_id: str, op_id: str) -> dict[str, Any] | None:
        """The operation's status, ``processing`` while a request holds its key; None if unknown."""
        found = self.record(user_id, op_id)
        if found is not None:
            return found.view()
        with self._lock:
            claim = self._claims.get((user_id, op_id))
        if claim is None:
            return None
        since = iso_time(claim.since)
        return {
            "op_id": op_id, "kind": claim.kind, "stream": claim.stream, "state": "processing",
            "receipt": None, "problem": None, "sub_status": [], "commit_seq": None,
            "created_at": since, "updated_at": since,
        }  # fmt: skip

    # -- submitting ------------------------------------------------------------------------------

    def submit(self, user_id: str, op_id: str, body: dict[str, Any]) -> Answer:
        """Apply ``body`` (the validated request JSON) once for this key, or replay its answer.

        Raises :class:`ProblemError` for the answers that are not recorded (in flight, reused key).
        """
        fp = fingerprint(body)
        found = self.record(user_id, op_id)
        if found is not None:
            return _replay(found, fp)
        key = (user_id, op_id)
        with self._lock:
            held = self._claims.get(key)
            if held is None:
                self._claims[key] = _Claim(fp, str(body["kind"]), str(body["stream"]), self._clock())
        if held is not None:
            if held.fingerprint != fp:
                raise _reused(op_id)
            raise ProblemError(
                409, "idempotency-in-flight", "This operation is being processed; ask again shortly",
                headers={"Retry-After": str(IN_FLIGHT_RETRY_AFTER)}, op_id=op_id,
            )  # fmt: skip
        try:
            # The request that held the claim may have finished between the first look and ours.
            found = self.record(user_id, op_id)
            if found is not None:
                return _replay(found, fp)
            return self._run(user_id, op_id, body, fp)
        finally:
            with self._lock:
                del self._claims[key]

    def _run(self, user_id: str, op_id: str, body: dict[str, Any], fp: str) -> Answer:
        kind_name = str(body["kind"])
        kind = self.kinds.get(kind_name)
        outcome: Outcome | None = None
        parsed: Any = None
        prepared: Any = None
        try:
            if kind is None:
                raise OpRefused(
                    422, "unknown-kind", f"Unknown operation kind {kind_name!r}", known=self.kinds.names()
                )
            parsed = kind.parse(body["payload"])
            prepared = kind.prepare(parsed)
        except OpRefused as refused:
            outcome = refused.as_rejected()
        with self._store.write() as w:
            now = self._clock()
            if outcome is None:
                assert kind is not None
                ctx = OpContext(w, user_id, op_id, kind_name, now)
                try:
                    with w.savepoint():
                        outcome = kind.apply(ctx, parsed, prepared)
                except OpRefused as refused:
                    outcome = refused.as_rejected()
            seq = w.take_seq()
            status, answer = _answer(op_id, outcome, seq)
            job = outcome.job if isinstance(outcome, Accepted) else None
            w.conn.execute(
                f"INSERT INTO ops ({_COLUMNS}, supersedes, job_due_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    user_id, op_id, fp, kind_name, str(body["stream"]), _state(outcome), status,
                    _dump(answer), _dump(getattr(outcome, "receipt", None)),
                    _dump(outcome.problem(op_id) if isinstance(outcome, Rejected) else None),
                    _dump(outcome.sub_status), seq, now, now, _dump(job.data if job else None),
                    body.get("supersedes"), now + job.after_s if job else None,
                ),
            )  # fmt: skip
            self._emit_if_final(w, user_id, op_id, outcome)
            self._maybe_purge(w, now)
        if job is not None:
            self.jobs.schedule((user_id, op_id), job.after_s)
        headers = {"Location": f"/v1/ops/{op_id}"} if status == 202 else {}
        return Answer(status, answer, headers)

    # -- jobs ------------------------------------------------------------------------------------

    def resume_jobs(self) -> int:
        """Schedule the jobs a previous run of the server left (after a restart); returns how many."""
        with self._db.snapshot() as conn:
            due = conn.execute(
                "SELECT user_id, op_id, job_due_at FROM ops WHERE job_due_at IS NOT NULL"
            ).fetchall()
        now = self._clock()
        for user_id, op_id, due_at in due:
            self.jobs.schedule((user_id, op_id), max(0.0, float(due_at) - now))
        return len(due)

    def _run_job(self, key: tuple[str, str]) -> None:
        user_id, op_id = key
        next_after: float | None = None
        try:
            with self._store.write() as w:
                found = self._load(w.conn, user_id, op_id)
                kind = self.kinds.get(found.kind) if found is not None else None
                if found is None or found.job is None or kind is None:
                    return
                now = self._clock()
                ctx = OpContext(w, user_id, op_id, found.kind, now)
                try:
                    with w.savepoint():
                        outcome = kind.advance(ctx, found.job)
                except OpRefused as refused:
                    outcome = refused.as_rejected()
                seq = w.take_seq()
                status, answer = _answer(op_id, outcome, seq, first=False)
                job = outcome.job if isinstance(outcome, Accepted) else None
                next_after = job.after_s if job else None
                w.conn.execute(
                    "UPDATE ops SET state = ?, status = ?, body_json = ?, receipt_json = ?, problem_json = ?,"
                    " sub_status_json = ?, commit_seq = ?, updated_at = ?, job_json = ?, job_due_at = ?"
                    " WHERE user_id = ? AND op_id = ?",
                    (
                        _state(outcome), status, _dump(answer), _dump(getattr(outcome, "receipt", None)),
                        _dump(outcome.problem(op_id) if isinstance(outcome, Rejected) else None),
                        _dump(outcome.sub_status), seq, now, _dump(job.data if job else None),
                        now + job.after_s if job else None, user_id, op_id,
                    ),
                )  # fmt: skip
                self._emit_if_final(w, user_id, op_id, outcome)
        except Exception:
            log.exception("job of operation %s failed; trying again in %s s", op_id, _JOB_RETRY_S)
            next_after = _JOB_RETRY_S
        if next_after is not None:
            self.jobs.schedule(key, next_after)

    # -- housekeeping ----------------------------------------------------------------------------

    def _emit_if_final(self, w: Writer, user_id: str, op_id: str, outcome: Outcome) -> None:
        state = _state(outcome)
        if state in FINAL_STATES:
            w.emit("op", {"op_id": op_id, "state": state}, user_id)

    def _maybe_purge(self, w: Writer, now: float) -> None:
        if now - self._last_purge < _PURGE_EVERY_S:
            return
        self._last_purge = now
        w.conn.execute(
            "DELETE FROM ops WHERE updated_at < ? AND state IN ('succeeded', 'rejected')",
            (now - RETENTION_S,),
        )

    def close(self) -> None:
        self.jobs.close()


def _state(outcome: Outcome) -> str:
    if isinstance(outcome, Succeeded):
        return "succeeded"
    if isinstance(outcome, Accepted):
        return "accepted_async"
    return "rejected"


def _answer(op_id: str, outcome: Outcome, seq: int, *, first: bool = True) -> tuple[int, dict[str, Any]]:
    """Status and body of the answer as it stands after this commit (a late success answers 200)."""
    if isinstance(outcome, Rejected):
        return outcome.status, outcome.problem(op_id)
    receipt = outcome.receipt if isinstance(outcome, Succeeded) else None
    body = {"op_id": op_id, "state": _state(outcome), "receipt": receipt, "commit_seq": seq}
    if isinstance(outcome, Accepted):
        return 202, body
    return (201 if first else 200), body


def _reused(op_id: str) -> ProblemError:
    return ProblemError(
        422, "idempotency-key-reused", "This Idempotency-Key was used with another request body", op_id=op_id
    )


def _replay(found: OpRecord, fp: str) -> Answer:
    if found.fingerprint != fp:
        raise _reused(found.op_id)
    headers = {"Idempotent-Replayed": "true"}
    if found.status == 202:
        headers["Location"] = f"/v1/ops/{found.op_id}"
    # A 201 replays as 200; everything else (202 while processing, refusals) as it was.
    return Answer(200 if found.status == 201 else found.status, found.body, headers)
