"""Pull cursors are opaque, round-trip exactly and reject anything else (server.cursor)."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from server.cursor import BadCursor, decode_cursor, encode_cursor

epochs = st.text(alphabet="0123456789abcdefABCDEF_-", min_size=1, max_size=32)


@given(epoch=epochs, seq=st.integers(min_value=0, max_value=2**62))
def test_round_trip(epoch: str, seq: int) -> None:
    cursor = encode_cursor(epoch, seq)
    assert "=" not in cursor and "+" not in cursor and "/" not in cursor
    assert decode_cursor(cursor) == (epoch, seq)


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "text",
    [
        "!!!",
        "abc def",
        _b64("no-colon"),
        _b64(":12"),
        _b64("abc:"),
        _b64("abc:-1"),
        _b64("abc:+1"),
        _b64("abc:1x"),
        _b64("abc:١٢"),  # digits, but not ASCII ones
        _b64("ab/c:1"),
        base64.urlsafe_b64encode(b"\xff\xfe:1").decode(),
    ],
)
def test_malformed_cursors_are_rejected(text: str) -> None:
    with pytest.raises(BadCursor):
        decode_cursor(text)


@given(st.text(max_size=60))
def test_decoding_never_fails_other_than_bad_cursor(text: str) -> None:
    try:
        epoch, seq = decode_cursor(text)
    except BadCursor:
        return
    assert epoch and seq >= 0
