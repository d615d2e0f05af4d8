"""The push's pure rules: every row of the contract table, backoff with full jitter, Retry-After."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from desktop.sync.outbox_policy import Backoff, Verdict, classify, parse_retry_after

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
V = Verdict


@pytest.mark.parametrize(
    ("args", "kwargs", "verdict"),
    [
        # PUT answers, in the order of the contract table
        ((201,), {"state": "succeeded"}, V.ACK),
        ((201,), {}, V.ACK),
        ((202,), {"state": "accepted_async"}, V.ACCEPTED),
        ((200,), {"state": "succeeded"}, V.ACK),  # replay of a 201
        ((200,), {"state": "rejected"}, V.REJECT),  # replay of an async op that ended refused
        ((409, "idempotency-in-flight"), {"problem": True, "retry_after": 2.0}, V.WAIT),
        ((422, "idempotency-key-reused"), {"problem": True}, V.DEAD),
        ((400, "idempotency-key-missing"), {"problem": True}, V.DEAD),
        ((400, "idempotency-key-mismatch"), {"problem": True}, V.DEAD),
        ((409, "fine-already-paid"), {"problem": True}, V.REJECT),
        ((422, "fine-not-found"), {"problem": True}, V.REJECT),
        ((409, "tax-already-paid"), {"problem": True}, V.REJECT),
        ((422, "amount-mismatch"), {"problem": True}, V.REJECT),
        ((409, "slot-taken"), {"problem": True}, V.REJECT),
        ((422, "voucher-insufficient"), {"problem": True}, V.REJECT),
        ((409, "payment-declined"), {"problem": True}, V.REJECT),
        ((422, "unknown-kind"), {"problem": True}, V.ATTENTION),
        ((422, "invalid-payload"), {"problem": True}, V.ATTENTION),
        ((422, "validation-error"), {"problem": True}, V.ATTENTION),
        ((413, "payload-too-large"), {"problem": True}, V.ATTENTION),
        ((413,), {}, V.ATTENTION),  # from a proxy, no problem body
        ((401, "unauthorized"), {"problem": True}, V.REFRESH),
        ((429, "rate-limited"), {"problem": True, "retry_after": 5.0}, V.BACKOFF),
        ((500, "internal"), {"problem": True}, V.BACKOFF),  # answered after the rollback
        ((500,), {}, V.UNKNOWN),  # bare 500: maybe after the commit
        ((502,), {}, V.UNKNOWN),
        ((503, "unavailable"), {"problem": True}, V.BACKOFF),
        ((None,), {}, V.UNKNOWN),  # timeout, reset, garbled body after sending
        ((None,), {"reached": False}, V.BACKOFF),  # never left: connection refused, no network
        # GET /v1/ops/{id} answers (reconciliation)
        ((200,), {"state": "processing"}, V.WAIT),
        ((200,), {"state": "accepted_async"}, V.WAIT),
        ((404, "op-not-found"), {"problem": True}, V.RESEND),
        # odd answers
        ((404, "not-found"), {"problem": True}, V.BACKOFF),  # a server without /v1/ops yet
        ((405, "method-not-allowed"), {"problem": True}, V.BACKOFF),
        ((408,), {}, V.BACKOFF),
        ((403, "forbidden"), {"problem": True}, V.ATTENTION),
        ((409,), {}, V.ATTENTION),  # a 409 without a problem body is not a business answer
        ((200,), {"state": "weird"}, V.UNKNOWN),
        ((302,), {}, V.UNKNOWN),
    ],
)
def test_classify(args: tuple[object, ...], kwargs: dict[str, object], verdict: Verdict) -> None:
    assert classify(*args, **kwargs).verdict is verdict  # type: ignore[arg-type]


def test_only_failures_count_as_attempts() -> None:
    counted = {v for v in Verdict if classify(*_example(v)).counts_attempt}
    assert counted == {V.BACKOFF, V.UNKNOWN}


def _example(v: Verdict) -> tuple[int | None, str | None]:
    return {
        V.ACK: (201, None), V.ACCEPTED: (202, None), V.WAIT: (409, "idempotency-in-flight"),
        V.REFRESH: (401, None), V.BACKOFF: (429, None), V.UNKNOWN: (None, None),
        V.RESEND: (404, "op-not-found"), V.REJECT: (409, "slot-taken"), V.ATTENTION: (413, None),
        V.DEAD: (422, "idempotency-key-reused"),
    }[v]


def test_classify_keeps_retry_after_and_says_why() -> None:
    action = classify(429, "rate-limited", retry_after=7.5, problem=True)
    assert action.retry_after == 7.5 and action.reason == "429 rate-limited"
    assert classify(None, reached=False).reason == "not sent (offline)"


def test_full_jitter_stays_within_its_bounds() -> None:
    policy = Backoff(base_s=2.0, cap_s=60.0)
    rng = random.Random(1234)
    for attempts in range(12):
        ceiling = min(60.0, 2.0 * 2**attempts)
        delays = [policy.delay(attempts, rng) for _ in range(200)]
        assert all(0.0 <= d <= ceiling for d in delays)
        # Full jitter: spread over the whole range, not bunched at the top.
        assert min(delays) < ceiling * 0.1 and max(delays) > ceiling * 0.9
    again = [Backoff().delay(3, random.Random(7)) for _ in range(2)]
    assert again[0] == again[1]  # a seeded rng gives the same schedule
    assert policy.delay(10_000, rng) <= 60.0  # no overflow however long it failed


def test_never_sooner_than_retry_after() -> None:
    policy = Backoff(base_s=1.0, cap_s=4.0)
    rng = random.Random(5)
    assert all(policy.delay(n, rng, retry_after=30.0) == 30.0 for n in range(8))
    assert all(policy.delay(2, rng, retry_after=0.5) >= 0.5 for _ in range(50))
    assert policy.poll(0) == policy.poll_s and policy.poll(20) == policy.poll_cap_s
    assert policy.poll(0, retry_after=99.0) == 99.0
    assert policy.wait(None) == policy.in_flight_s and policy.wait(3.0) == 3.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5", 5.0),
        ("0", 0.0),
        ("2.5", 2.5),
        ("-3", 0.0),
        (format_datetime(NOW + timedelta(seconds=90), usegmt=True), 90.0),
        ("Fri, 27 Nov 2026 12:02:00 GMT", 120.0),
        (format_datetime(NOW - timedelta(hours=1), usegmt=True), 0.0),  # in the past: now
        ("", None),
        (None, None),
        ("soon", None),
        ("nan", None),
        ("inf", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected
