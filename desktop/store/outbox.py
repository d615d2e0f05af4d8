"""The outbox: the resident's operations until the server has answered them, and their history.

Every write here is one short transaction that changes the op row *and* writes its ``outbox_events``
row, so the history never misses a step. The op id (the ``Idempotency-Key``) is minted with uuid4 in
the same transaction as the row, when the user acts; a retry never mints a new one. Nothing is ever
deleted: superseded and discarded ops stay, with their events.

The push engine's side (:meth:`OutboxRepo.due`, :meth:`mark_sending`, :meth:`record`) is used by the
one sync worker that holds the outbox lock; the resident's side (enqueue, retry, resubmit, discard)
by the DB worker. Both may run at once on their own connections: each write re-checks the state it
starts from under the write lock.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.domain.operation import (
    ACTIVE_STATES,
    ATTENTION_STATES,
    MONEY_KINDS,
    Operation,
    OpEvent,
    OpState,
    target_of,
)
from desktop.store.db import transaction
from desktop.store.errors import StoreError
from desktop.sync.crashpoints import crash_point

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
#: The name outbox writes go by in :class:`~desktop.domain.changes.Changes`, so overlays refresh.
ENTITY = "outbox"

_ACTIVE = tuple(s.value for s in ACTIVE_STATES)
_ATTENTION = tuple(s.value for s in ATTENTION_STATES)


class OutboxError(StoreError):
    """The outbox refused an action (unknown op, wrong state, a payment whose outcome is unknown)."""


@dataclass(frozen=True, slots=True)
class Waiting:
    """For the status bar: how many ops the server has not finished, and since when the oldest waits."""

    count: int
    oldest: datetime | None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the push engine learnt about one op; :meth:`OutboxRepo.record` writes it."""

    state: OpState
    detail: str
    status: int | None = None
    problem: dict[str, Any] | None = None
    receipt: dict[str, Any] | None = None
    sub_status: list[Any] | None = None
    commit_seq: int | None = None
    next_attempt_at: datetime | None = None
    #: Counts as a failed try (grows the backoff); 401 and 409 in-flight do not.
    attempt: bool = False
    #: Counts as one more status check of an accepted_async op.
    check: bool = False
    #: Set or clear "the last send got no answer"; None leaves it as it is.
    unanswered: bool | None = None


def stamp(when: datetime) -> str:
    """UTC ISO text of one fixed width, so times sort and compare as strings in SQL."""
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _loads(value: str | None) -> Any:
    return json.loads(value) if value else None


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def op_from_row(r: sqlite3.Row) -> Operation:
    return Operation(
        op_id=r["op_id"], seq=r["seq"], kind=r["kind"], stream=r["stream"],
        payload=json.loads(r["payload_json"]), payload_schema=r["payload_schema"],
        state=OpState(r["state"]), created_at=datetime.fromisoformat(r["created_at"]),
        updated_at=datetime.fromisoformat(r["updated_at"]), supersedes=r["supersedes"],
        superseded_by=r["superseded_by"], money=bool(r["money"]), entity=r["entity"],
        entity_id=r["entity_id"], attempts=r["attempts"], checks=r["checks"],
        next_attempt_at=_time(r["next_attempt_at"]),
        unanswered=bool(r["unanswered"]), last_status=r["last_status"],
        last_problem=_loads(r["last_problem_json"]), receipt=_loads(r["receipt_json"]),
        sub_status=_loads(r["sub_status_json"]), acked_at=_time(r["acked_at"]),
    )


def _event(conn: sqlite3.Connection, op_id: str, at: str, old: str | None, new: str, detail: str) -> None:
    conn.execute(
        "INSERT INTO outbox_events(op_id, at, from_state, to_state, detail) VALUES (?, ?, ?, ?, ?)",
        (op_id, at, old, new, detail[:1000]),
    )


def mark_acked(conn: sqlite3.Connection, op_ids: Iterable[str], now: datetime) -> int:
    """The write checkpoint, inside the transaction of the pulled page that lists ``op_ids``.

    Those ops' final state is now in the cache, so their overlay ends. An op we still wait for (its
    answer was lost, or it is accepted_async) is made due at once: the server has its answer.
    Unknown ids (another device's ops) are ignored. Returns how many ops were marked.
    """
    at = stamp(now)
    marked = 0
    for op_id in dict.fromkeys(op_ids):
        r = conn.execute(
            "UPDATE outbox SET acked_at = ?, updated_at = ?,"
            " next_attempt_at = CASE WHEN state = 'accepted_async' OR (state = 'pending' AND unanswered)"
            " THEN NULL ELSE next_attempt_at END"
            " WHERE op_id = ? AND acked_at IS NULL RETURNING state",
            (at, at, op_id),
        ).fetchone()
        if r is not None:
            _event(conn, op_id, at, r[0], r[0], "the cache includes it (acked_ops of a pulled page)")
            marked += 1
    return marked


class OutboxRepo:
    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    # -- reading ------------------------------------------------------------------------------------

    def get(self, op_id: str) -> Operation | None:
        r = self._conn.execute("SELECT * FROM outbox WHERE op_id = ?", (op_id,)).fetchone()
        return None if r is None else op_from_row(r)

    def list_ops(
        self, *states: OpState, stream: str | None = None, limit: int | None = None
    ) -> list[Operation]:
        """Ops in enqueue order, optionally only those in ``states`` and of one ``stream``."""
        sql, args = "SELECT * FROM outbox WHERE 1", []
        if states:
            sql += f" AND state IN ({', '.join('?' * len(states))})"
            args += [s.value for s in states]
        if stream is not None:
            sql += " AND stream = ?"
            args.append(stream)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [op_from_row(r) for r in self._conn.execute(sql, args)]

    def waiting(self) -> Waiting:
        """Ops not finished yet (pending, in flight, accepted and processing) and the oldest one's age."""
        r = self._conn.execute(
            f"SELECT count(*), min(created_at) FROM outbox WHERE state IN ({', '.join('?' * len(_ACTIVE))})",
            _ACTIVE,
        ).fetchone()
        return Waiting(int(r[0]), _time(r[1]))

    def attention(self) -> list[Operation]:
        """Refused, impossible and dead ops: the "needs attention" list (retry, resubmit, discard)."""
        return self.list_ops(*ATTENTION_STATES)

    def for_stream(self, stream: str) -> list[Operation]:
        return self.list_ops(stream=stream)

    def about(self, entity: str, entity_id: str) -> list[Operation]:
        """Ops about one cached row (``("fine", "F-123")``) that still have a badge to show."""
        rows = self._conn.execute(
            "SELECT * FROM outbox WHERE entity = ? AND entity_id = ? ORDER BY seq", (entity, entity_id)
        )
        return [op for op in map(op_from_row, rows) if op.badge is not None]

    def referring(self, key: str, value: str) -> list[Operation]:
        """Ops whose payload has ``key`` = ``value`` (``fine_id`` = ``F-123``), of any kind or state."""
        if not key.isidentifier():
            raise ValueError(f"not a payload key: {key!r}")
        rows = self._conn.execute(
            "SELECT * FROM outbox WHERE json_extract(payload_json, ?) = ? ORDER BY seq", (f"$.{key}", value)
        )
        return [op_from_row(r) for r in rows]

    def overlay(self, entity: str) -> dict[str, list[Operation]]:
        """Every row id of ``entity`` with ops still showing a badge, for a list screen in one query."""
        out: dict[str, list[Operation]] = {}
        rows = self._conn.execute(
            "SELECT * FROM outbox WHERE entity = ? AND entity_id IS NOT NULL"
            " AND (acked_at IS NULL OR state IN ({}))"
            " ORDER BY seq".format(", ".join("?" * len(_ATTENTION))),
            (entity, *_ATTENTION),
        )
        for op in map(op_from_row, rows):
            if op.badge is not None:
                out.setdefault(str(op.entity_id), []).append(op)
        return out

    def in_doubt(self, stream: str) -> bool:
        """True while a payment of ``stream`` has an unknown outcome: keep the Pay button disabled."""
        return any(op.in_doubt for op in self.list_ops(*ACTIVE_STATES, stream=stream))

    def events(self, op_id: str) -> list[OpEvent]:
        rows = self._conn.execute("SELECT * FROM outbox_events WHERE op_id = ? ORDER BY id", (op_id,))
        return [
            OpEvent(
                r["op_id"], datetime.fromisoformat(r["at"]),
                OpState(r["from_state"]) if r["from_state"] else None, OpState(r["to_state"]), r["detail"],
            )
            for r in rows
        ]

    # -- the resident's actions ---------------------------------------------------------------------

    def enqueue(
        self,
        kind: str,
        stream: str,
        payload: dict[str, Any],
        *,
        money: bool = False,
        supersedes: str | None = None,
        payload_schema: int = 1,
    ) -> Operation:
        """Save what the resident just did, with its idempotency key, in one transaction.

        Kinds that move money (``pay_fine``…) are money ops whatever ``money`` says.
        """
        with transaction(self._conn):
            money = money or kind in MONEY_KINDS
            op = self._insert(kind, stream, payload, money, supersedes, payload_schema)
        # Crash tests kill the process here: an op whose commit returned must survive a kill -9.
        crash_point("after_enqueue_commit")
        return op

    def _insert(
        self, kind: str, stream: str, payload: dict[str, Any], money: bool, supersedes: str | None,
        schema: int,
    ) -> Operation:
        if not kind or not stream:
            raise ValueError("an operation needs a kind and a stream")
        payload_json = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        op_id = str(uuid.uuid4())
        at = stamp(self._clock())
        target = target_of(kind, payload)
        seq = self._conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM outbox").fetchone()[0]
        self._conn.execute(
            "INSERT INTO outbox(op_id, seq, kind, stream, payload_json, payload_schema, supersedes, money,"
            " entity, entity_id, state, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (op_id, seq, kind, stream, payload_json, schema, supersedes, int(money),
             target[0] if target else None, target[1] if target else None, OpState.PENDING.value, at, at),
        )
        detail = f"enqueued, supersedes {supersedes}" if supersedes else "enqueued"
        _event(self._conn, op_id, at, None, OpState.PENDING.value, detail)
        op = self.get(op_id)
        assert op is not None
        return op

    def retry(self, op_id: str) -> Operation:
        """Send a refused or failed op again with the same key (the server replays a final answer)."""
        with transaction(self._conn):
            op = self._require(op_id, ATTENTION_STATES, "retry")
            self._move(op, OpState.PENDING, "retry requested", attempts=0, next_attempt_at=None)
            return self._reread(op_id)

    def resubmit(self, op_id: str, payload: dict[str, Any]) -> Operation:
        """Edit and send again: a new op with a new key that ``supersedes`` the old one, which is kept."""
        with transaction(self._conn):
            old = self._require(op_id, ATTENTION_STATES, "resubmit")
            new = self._insert(old.kind, old.stream, payload, old.money, old.op_id, old.payload_schema)
            self._move(old, OpState.SUPERSEDED, f"superseded by {new.op_id}", superseded_by=new.op_id)
            return new

    def discard(self, op_id: str) -> Operation:
        """Give up an op that has not been sent or has failed; refused for a payment in doubt."""
        with transaction(self._conn):
            op = self._require(op_id, {OpState.PENDING, *ATTENTION_STATES}, "discard")
            if op.in_doubt:
                # The refusal is history worth keeping too: its event commits, then we refuse.
                _event(self._conn, op_id, stamp(self._clock()), op.state.value, op.state.value,
                       "discard refused: the payment's outcome is not known yet")
            else:
                self._move(op, OpState.DISCARDED, "discarded by the resident")
        if op.in_doubt:
            raise OutboxError("this payment's outcome is not known yet; it cannot be discarded now")
        return self._reread(op_id)

    # -- the push engine's side ----------------------------------------------------------------------

    def recover_in_flight(self) -> int:
        """At start (with the outbox lock held): ops left in flight go back to pending, same key.

        Their send may have reached the server, so they are marked unanswered: a payment is then
        reconciled with ``GET /v1/ops/{id}`` before it is sent again.
        """
        with transaction(self._conn):
            stuck = self.list_ops(OpState.IN_FLIGHT)
            for op in stuck:
                self._move(op, OpState.PENDING, "recovered after an interrupted send", unanswered=1)
        if stuck:
            log.info("%d operation(s) were in flight when sending stopped; they go again", len(stuck))
        return len(stuck)

    def heads(self) -> list[Operation]:
        """The first unfinished op of each stream: only it may be sent (order within a stream)."""
        rows = self._conn.execute(
            f"SELECT o.* FROM outbox o JOIN (SELECT stream, min(seq) AS seq FROM outbox"
            f" WHERE state IN ({', '.join('?' * len(_ACTIVE))}) GROUP BY stream) h"
            f" ON o.stream = h.stream AND o.seq = h.seq ORDER BY o.seq",
            _ACTIVE,
        )
        return [op_from_row(r) for r in rows]

    def due(self, now: datetime, *, force: bool = False) -> list[Operation]:
        """Heads to send or to check now; ``force`` (a manual "Sync now") ignores backoff times."""
        return [
            op for op in self.heads()
            if op.state in (OpState.PENDING, OpState.ACCEPTED_ASYNC)
            and (force or op.next_attempt_at is None or op.next_attempt_at <= now)
        ]

    def next_due(self, now: datetime) -> datetime | None:
        """When the earliest waiting head becomes due (``now`` if one is due already; None: none waits)."""
        times = [op.next_attempt_at or now for op in self.heads()
                 if op.state in (OpState.PENDING, OpState.ACCEPTED_ASYNC)]
        return max(now, min(times)) if times else None

    def mark_sending(self, op_ids: Iterable[str], now: datetime, detail: str = "sending") -> list[str]:
        """pending → in_flight for those still pending; returns the ids actually marked."""
        at, marked = stamp(now), []
        with transaction(self._conn):
            for op_id in op_ids:
                r = self._conn.execute(
                    "UPDATE outbox SET state = 'in_flight', sent_at = ?, updated_at = ?"
                    " WHERE op_id = ? AND state = 'pending' RETURNING op_id",
                    (at, at, op_id),
                ).fetchone()
                if r is not None:
                    _event(self._conn, op_id, at, OpState.PENDING.value, OpState.IN_FLIGHT.value, detail)
                    marked.append(op_id)
        return marked

    def record(self, op_id: str, outcome: Outcome, now: datetime) -> Operation:
        """Write what one exchange with the server taught us, with its event, in one transaction."""
        at = stamp(now)
        with transaction(self._conn):
            old = self._require(op_id, OpState, "record").state
            self._conn.execute(
                "UPDATE outbox SET state = ?, updated_at = ?, last_status = coalesce(?, last_status),"
                " last_problem_json = ?, receipt_json = coalesce(?, receipt_json),"
                " sub_status_json = coalesce(?, sub_status_json), commit_seq = coalesce(?, commit_seq),"
                " next_attempt_at = ?, attempts = attempts + ?, checks = checks + ?,"
                " unanswered = coalesce(?, unanswered) WHERE op_id = ?",
                (outcome.state.value, at, outcome.status, _dumps(outcome.problem), _dumps(outcome.receipt),
                 _dumps(outcome.sub_status), outcome.commit_seq,
                 stamp(outcome.next_attempt_at) if outcome.next_attempt_at else None,
                 int(outcome.attempt), int(outcome.check),
                 None if outcome.unanswered is None else int(outcome.unanswered), op_id),
            )
            if old is not outcome.state:
                _event(self._conn, op_id, at, old.value, outcome.state.value, outcome.detail)
            return self._reread(op_id)

    # -- internals ----------------------------------------------------------------------------------

    def _reread(self, op_id: str) -> Operation:
        op = self.get(op_id)
        if op is None:
            raise OutboxError(f"no operation {op_id}")
        return op

    def _require(self, op_id: str, states: Iterable[OpState], action: str) -> Operation:
        op = self.get(op_id)
        if op is None:
            raise OutboxError(f"no operation {op_id}")
        if op.state not in set(states):
            raise OutboxError(f"cannot {action} an operation that is {op.state.value}")
        return op

    def _move(self, op: Operation, to: OpState, detail: str, **fields: Any) -> None:
        at = stamp(self._clock())
        sets = "".join(f", {name} = ?" for name in fields)
        self._conn.execute(
            f"UPDATE outbox SET state = ?, updated_at = ?{sets} WHERE op_id = ?",
            (to.value, at, *fields.values(), op.op_id),
        )
        _event(self._conn, op.op_id, at, op.state.value, to.value, detail)
