"""Pull cursors: opaque to clients, ``base64url("<epoch>:<seq>")`` inside."""

from __future__ import annotations

import base64
import binascii
import re

_EPOCH = re.compile(r"[0-9A-Za-z_-]{1,64}")
_BASE64URL = re.compile(r"[0-9A-Za-z_-]{1,200}")


class BadCursor(ValueError):
    """The text is not a cursor this server could have made."""


def encode_cursor(epoch: str, seq: int) -> str:
    return base64.urlsafe_b64encode(f"{epoch}:{seq}".encode()).decode("ascii").rstrip("=")


def decode_cursor(text: str) -> tuple[str, int]:
    """``(epoch, seq)`` of a cursor; raises :class:`BadCursor` for anything malformed."""
    # The decoder silently skips characters outside the alphabet; a cursor never has any.
    if not _BASE64URL.fullmatch(text):
        raise BadCursor("cursor is not valid base64url")
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        epoch, _, seq_text = raw.decode("ascii").rpartition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise BadCursor("cursor is not valid base64url") from exc
    # int() alone would accept "+1", " 1" and "1_0"; a cursor only ever holds plain digits.
    if not _EPOCH.fullmatch(epoch) or not seq_text.isascii() or not seq_text.isdigit():
        raise BadCursor("cursor does not hold an epoch and a sequence number")
    return epoch, int(seq_text)
