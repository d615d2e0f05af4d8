"""desktop.eid.tokens: strict base64url, canonical JSON, link chains and their signatures."""

from __future__ import annotations

import pytest

from desktop.eid.errors import EidError, Reason
from desktop.eid.keys import demo_private_key
from desktop.eid.tokens import (
    MAX_TOKEN_CHARS,
    b64d,
    b64e,
    canonical_json,
    parse,
    parse_canonical,
    sign,
    verify_link,
)

KEY = demo_private_key("tokens-test")
OTHER = demo_private_key("tokens-test-other")


def reason(exc: pytest.ExceptionInfo[EidError]) -> Reason:
    return exc.value.reason


def test_base64url_is_strict() -> None:
    assert b64d(b64e(b"\x00\xff\x10")) == b"\x00\xff\x10"
    for bad in ("ab=", "a+b/", "a b", "abcde", "AB"):  # "AB" has non-zero trailing bits
        with pytest.raises(EidError) as exc:
            b64d(bad)
        assert reason(exc) is Reason.MALFORMED


def test_canonical_json_is_compact_sorted_utf8() -> None:
    assert canonical_json({"b": 1, "a": "陳"}) == '{"a":"陳","b":1}'.encode()
    assert parse_canonical('{"a":"陳","b":1}'.encode()) == {"a": "陳", "b": 1}
    for bad in (b'{"b":1,"a":2}', b'{"a": 1}', b'{"a":1,"a":1}', b'{"a":1.5}', b"[1]", b'{"a":NaN}',
                b'{"a":"\\u9673"}', b"\xff", b'{"a":9007199254740993}'):  # fmt: skip
        with pytest.raises(EidError) as exc:
            parse_canonical(bad)
        assert reason(exc) is Reason.MALFORMED, bad


def test_a_link_round_trips_and_its_signature_checks() -> None:
    token = sign({"t": "x", "v": "澳門"}, KEY)
    assert token.startswith("OAE1.") and token.count(".") == 2
    (link,) = parse(token)
    assert link.payload == {"t": "x", "v": "澳門"} and link.type == "x" and link.token == token
    verify_link(link, KEY.public_key())
    with pytest.raises(EidError) as exc:
        verify_link(link, OTHER.public_key())
    assert reason(exc) is Reason.BAD_SIGNATURE


def test_the_second_link_signs_over_the_first() -> None:
    first = sign({"t": "a"}, KEY)
    chained = sign({"t": "b"}, OTHER, on=first)
    outer, inner = parse(chained)
    assert outer.token == first and inner.token == chained
    verify_link(inner, OTHER.public_key())
    # The same device link on another first link no longer checks.
    other_first = sign({"t": "a", "x": 1}, KEY)
    swapped = other_first + chained[len(first) :]
    with pytest.raises(EidError) as exc:
        verify_link(parse(swapped)[1], OTHER.public_key())
    assert reason(exc) is Reason.BAD_SIGNATURE
    with pytest.raises(ValueError):
        sign({"t": "c"}, KEY, on=chained)  # two links at most


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Reason.MALFORMED),
        ("hello", Reason.MALFORMED),
        ("OAE2.e30.AA", Reason.UNSUPPORTED_VERSION),
        ("OAE1", Reason.MALFORMED),
        ("OAE1.e30", Reason.MALFORMED),
        ("OAE1.e30.AAAA", Reason.MALFORMED),  # a signature of the wrong length
        ("OAE1." + "A" * MAX_TOKEN_CHARS, Reason.TOO_LARGE),
    ],
)
def test_what_is_not_a_token(text: str, expected: Reason) -> None:
    with pytest.raises(EidError) as exc:
        parse(text)
    assert reason(exc) is expected
    assert exc.value.message.startswith(exc.value.words)
