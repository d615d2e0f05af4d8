"""What the push does with each answer of ``PUT /v1/ops`` and ``GET /v1/ops`` — pure functions only.

:func:`classify` is the contract table of docs/OPS-CONTRACT-DRAFT.md as code: every status and problem
slug maps to one :class:`Verdict`. :class:`Backoff` gives retry delays with full jitter that are never
shorter than the server's ``Retry-After``; :func:`parse_retry_after` reads that header (seconds or an
HTTP date) against the engine's clock, so tests can pin time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum


class Verdict(StrEnum):
    ACK = "ack"  # applied (201, or 200 replay): store the receipt
    ACCEPTED = "accepted"  # 202: accepted, finishes later; ask GET /v1/ops/{id} later
    WAIT = "wait"  # ask again after Retry-After: 409 in flight, or still processing; not an attempt
    REFRESH = "refresh"  # 401 even after a refresh: pause the queue; not an attempt
    BACKOFF = "backoff"  # not applied (429, 5xx with a problem, never sent): retry with backoff
    UNKNOWN = "unknown"  # no answer after sending: maybe applied; retry (a payment is checked first)
    RESEND = "resend"  # GET: the server never got it; sending again with the same key is safe
    REJECT = "reject"  # a business refusal: the final answer for this key
    ATTENTION = "attention"  # 413, invalid payload, unknown kind, other 4xx: this op cannot go as is
    DEAD = "dead"  # the key was reused with another body, or not sent right: a bug; never resent


#: Refusals that say the op itself cannot be sent as it is, rather than a business "no".
_ATTENTION_SLUGS = frozenset(
    {"payload-too-large", "invalid-payload", "unknown-kind", "validation-error", "bad-request"}
)
_DEAD_SLUGS = frozenset({"idempotency-key-reused", "idempotency-key-missing", "idempotency-key-mismatch"})
_FINAL_OK = frozenset({"succeeded"})
_PROCESSING = frozenset({"processing", "accepted_async"})


@dataclass(frozen=True, slots=True)
class Action:
    verdict: Verdict
    #: Short words for the op's history ("409 idempotency-in-flight").
    reason: str
    #: The server's ``Retry-After`` in seconds: no retry before it.
    retry_after: float | None = None

    @property
    def counts_attempt(self) -> bool:
        """Only failures grow the backoff; 401 and 409 in flight are not the op's fault."""
        return self.verdict in (Verdict.BACKOFF, Verdict.UNKNOWN)


def classify(
    status: int | None,
    slug: str | None = None,
    *,
    state: str | None = None,
    retry_after: float | None = None,
    problem: bool = False,
    reached: bool = True,
) -> Action:
    """Map one answer to what the push does with the op.

    ``status`` None means no usable answer (timeout, reset, a garbled body); ``reached`` False says
    the request never left (connection refused, no network, the refresh failed), so it cannot have
    been applied. ``state`` is the ``state`` of a 2xx body; ``problem`` whether the error answer had
    an RFC 9457 body; ``slug`` is its type's last segment.
    """
    ra = retry_after
    if status is None:
        if not reached:
            return Action(Verdict.BACKOFF, "not sent (offline)", ra)
        return Action(Verdict.UNKNOWN, "no answer", ra)
    label = f"{status} {slug}" if slug else str(status)
    if status == 202:
        return Action(Verdict.ACCEPTED, label, ra)
    if 200 <= status < 300:
        if (status == 201 and state is None) or state in _FINAL_OK:
            return Action(Verdict.ACK, f"{status} {state or 'succeeded'}")
        if state == "rejected":
            return Action(Verdict.REJECT, f"{status} rejected")
        if state in _PROCESSING:
            return Action(Verdict.WAIT, f"{status} {state}", ra)
        return Action(Verdict.UNKNOWN, f"{status} with an unexpected state {state!r}", ra)
    if status == 401:
        return Action(Verdict.REFRESH, label)
    if slug in _DEAD_SLUGS:
        return Action(Verdict.DEAD, label)
    if status == 409 and slug == "idempotency-in-flight":
        return Action(Verdict.WAIT, label, ra)
    if status == 404 and slug == "op-not-found":
        return Action(Verdict.RESEND, label)
    if status == 413 or slug in _ATTENTION_SLUGS:
        return Action(Verdict.ATTENTION, label)
    if status in (408, 429):
        return Action(Verdict.BACKOFF, label, ra)
    if status >= 500:
        # A bare 5xx may come after the effect committed (error_after_commit); one with a problem
        # body was answered by the server's own error handling, after the rollback.
        return Action(Verdict.BACKOFF if problem else Verdict.UNKNOWN, label, ra)
    if status in (404, 405):
        return Action(Verdict.BACKOFF, f"{label}: the server does not take operations", ra)
    if status in (409, 422) and problem:
        return Action(Verdict.REJECT, label)
    if 400 <= status < 500:
        return Action(Verdict.ATTENTION, label)
    return Action(Verdict.UNKNOWN, f"unexpected status {status}", ra)


@dataclass(frozen=True, slots=True)
class Backoff:
    """Retry delays: exponential with full jitter, capped, never sooner than ``Retry-After``."""

    base_s: float = 2.0
    cap_s: float = 600.0
    #: Status checks of an accepted op: first after poll_s, doubling up to poll_cap_s (no jitter
    #: needed: each op has its own start).
    poll_s: float = 3.0
    poll_cap_s: float = 300.0
    #: The same key is being processed right now and the server gave no Retry-After.
    in_flight_s: float = 1.0

    def delay(self, attempts: int, rng: random.Random, retry_after: float | None = None) -> float:
        """uniform(0, min(cap, base·2^attempts)), raised to ``retry_after``; ``attempts`` before this one."""
        ceiling = min(self.cap_s, self.base_s * 2.0 ** min(max(attempts, 0), 62))
        return max(rng.uniform(0.0, ceiling), retry_after or 0.0)

    def poll(self, checks: int, retry_after: float | None = None) -> float:
        wait = min(self.poll_cap_s, self.poll_s * 2.0 ** min(max(checks, 0), 62))
        return max(wait, retry_after or 0.0)

    def wait(self, retry_after: float | None) -> float:
        return retry_after if retry_after is not None else self.in_flight_s


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """``Retry-After`` as seconds from ``now``: delta-seconds or an HTTP date; None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if seconds == seconds and seconds != float("inf") else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - now).total_seconds())
