"""Operations: what the resident did that the server has not confirmed yet (the outbox).

An operation is an *intent* ("pay fine F-123 of 600.00 MOP") with an id minted once, when the user
acts; that id is the ``Idempotency-Key`` of every try. Its life:

    pending ──send──▶ in_flight ──201/200──▶ acked
       ▲                 │ ├──202──▶ accepted_async ──GET /v1/ops: succeeded──▶ acked
       │                 │ │                        └─────────────── rejected──▶ rejected
       └──retry later────┘ ├──business refusal──▶ rejected
                           ├──413 / invalid payload──▶ needs_attention
                           └──422 idempotency-key-reused──▶ dead

The resident may ``retry`` (same key) an op that needs attention, ``resubmit`` it edited (new key; the
old one becomes ``superseded``) or ``discard`` it. Nothing is ever deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class OpState(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    ACKED = "acked"
    ACCEPTED_ASYNC = "accepted_async"
    REJECTED = "rejected"
    NEEDS_ATTENTION = "needs_attention"
    DEAD = "dead"
    SUPERSEDED = "superseded"
    DISCARDED = "discarded"


#: Not finished: these hold their stream (later ops of the stream wait) and count as "waiting".
ACTIVE_STATES = frozenset({OpState.PENDING, OpState.IN_FLIGHT, OpState.ACCEPTED_ASYNC})
#: Finished without effect; the resident decides what happens next.
ATTENTION_STATES = frozenset({OpState.REJECTED, OpState.NEEDS_ATTENTION, OpState.DEAD})
#: Every state after which nothing more is sent or asked for this op.
FINAL_STATES = frozenset(OpState) - ACTIVE_STATES


class Badge(StrEnum):
    """What a screen shows next to a cached row that one of the resident's operations is about."""

    SAVED = "saved"  # saved on this computer, not sent yet
    SENDING = "sending"  # sent, no answer yet (or the answer is being checked)
    PROCESSING = "processing"  # the server accepted it and finishes it later
    CONFIRMING = "confirming"  # done on the server; the cache does not show it yet
    ATTENTION = "attention"  # refused or impossible; see the attention list


@dataclass(frozen=True, slots=True)
class Operation:
    op_id: str
    seq: int
    kind: str
    stream: str
    payload: dict[str, Any]
    payload_schema: int
    state: OpState
    created_at: datetime
    updated_at: datetime
    supersedes: str | None = None
    superseded_by: str | None = None
    #: A payment: its outcome must be known before it is sent again or given up.
    money: bool = False
    #: What the op is about, for overlays: ("fine", "F-123").
    entity: str | None = None
    entity_id: str | None = None
    attempts: int = 0
    #: Status checks (GET /v1/ops) of an accepted op so far; spaces out the next one.
    checks: int = 0
    next_attempt_at: datetime | None = None
    #: The last send got no answer (timeout, reset, bare 5xx): the server may have applied it.
    unanswered: bool = False
    last_status: int | None = None
    last_problem: dict[str, Any] | None = None
    receipt: dict[str, Any] | None = None
    sub_status: list[Any] | None = None
    #: When a pull brought a page that includes this op's final state (the write checkpoint).
    acked_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.state in ACTIVE_STATES

    @property
    def needs_attention(self) -> bool:
        return self.state in ATTENTION_STATES

    @property
    def in_doubt(self) -> bool:
        """A payment whose outcome is unknown: the Pay button stays disabled meanwhile."""
        return self.money and (
            self.state in (OpState.IN_FLIGHT, OpState.ACCEPTED_ASYNC)
            or (self.state is OpState.PENDING and self.unanswered)
        )

    @property
    def badge(self) -> Badge | None:
        """The overlay badge of this op, or None once the cache shows its effect (or it has none)."""
        if self.needs_attention:
            return Badge.ATTENTION
        if self.acked_at is not None:
            return None
        if self.state is OpState.PENDING:
            return Badge.SENDING if self.unanswered else Badge.SAVED
        if self.state is OpState.IN_FLIGHT:
            return Badge.SENDING
        if self.state is OpState.ACCEPTED_ASYNC:
            return Badge.PROCESSING
        if self.state is OpState.ACKED:
            return Badge.CONFIRMING
        return None

    @property
    def problem_slug(self) -> str | None:
        """The last path segment of the server's problem ``type`` (``fine-already-paid``…)."""
        kind = (self.last_problem or {}).get("type")
        return kind.rstrip("/").rsplit("/", 1)[-1] if isinstance(kind, str) and kind else None


@dataclass(frozen=True, slots=True)
class OpEvent:
    """One state change of one operation, as the outbox history keeps it."""

    op_id: str
    at: datetime
    from_state: OpState | None
    to_state: OpState
    detail: str = ""


#: Payload key naming the cached row each kind is about: kind → (entity, payload key).
_TARGETS: dict[str, tuple[str, str]] = {
    "pay_fine": ("fine", "fine_id"),
    "pay_vehicle_tax": ("vehicle", "vehicle_id"),
    "pay_bill": ("bill", "bill_id"),
    # A booking is about its slot until the server has made it an appointment; cancel and reschedule
    # are about the appointment; memo saves and deletes about the memo (ids minted by the client).
    "book_appointment": ("slot", "slot_id"),
    "cancel_appointment": ("appointment", "appointment_id"),
    "reschedule_appointment": ("appointment", "appointment_id"),
    "save_memo": ("memo", "memo_id"),
    "delete_memo": ("memo", "memo_id"),
}
#: Kinds that move money: their outcome must be reconciled before any resend.
MONEY_KINDS = frozenset({"pay_fine", "pay_vehicle_tax", "pay_bill"})


def target_of(kind: str, payload: dict[str, Any]) -> tuple[str, str] | None:
    """The (entity, id) of the cached row an operation of ``kind`` is about, when the kind says."""
    spec = _TARGETS.get(kind)
    if spec is None:
        return None
    value = payload.get(spec[1])
    return (spec[0], value) if isinstance(value, str) and value else None


def fine_stream(fine_id: str) -> str:
    return f"fine:{fine_id}"


def vehicle_tax_stream(vehicle_id: str, year: int) -> str:
    return f"vehicle:{vehicle_id}:tax:{year}"
