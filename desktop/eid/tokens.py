"""The eID token format: ``OAE1`` and base64url segments, every link signed with Ed25519.

A token is a chain of one or two *links*. A link is a payload (canonical compact JSON, base64url
without padding) followed by the Ed25519 signature of **all the text before that signature**::

    OAE1.<credential payload>.<authority signature>.<device payload>.<device signature>
    '------ signed by the authority ------'
    '------------------- signed by the device ---------------------'

So a device link covers the exact credential it rides on: swapping the credential breaks the device
signature, and nothing has to be hashed or embedded twice (a QR code pays for every byte). The version
prefix is inside every signed text too, so a token cannot be re-read under another version's rules.

Payloads must be canonical (sorted keys, no spaces, UTF-8, integers only, no duplicate keys): one
meaning has one encoding, and a verifier never has to wonder which of two equal keys a signer meant.
Decoding is strict (no padding, no stray characters, no non-zero trailing bits) for the same reason.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.eid.errors import EidError, Reason

__all__ = [
    "MAX_TOKEN_CHARS",
    "PREFIX",
    "Link",
    "b64d",
    "b64e",
    "canonical_json",
    "parse",
    "parse_canonical",
    "sign",
    "verify_link",
]

PREFIX = "OAE1"
#: No eID token is longer: a share of every field, each at its longest, stays below it (a QR code of
#: version 33 at level L). Longer input is refused before any decoding work.
MAX_TOKEN_CHARS = 2000
MAX_LINKS = 2
_B64 = re.compile(r"[A-Za-z0-9_-]*")
_MAX_INT = 2**53  # what every JSON reader holds exactly


def b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def b64d(text: str) -> bytes:
    """Strict base64url without padding: the one encoding of each byte string, nothing else."""
    if not _B64.fullmatch(text) or len(text) % 4 == 1:
        raise EidError(Reason.MALFORMED, "not base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise EidError(Reason.MALFORMED, "not base64url") from exc
    if b64e(data) != text:  # non-zero trailing bits: a second spelling of the same bytes
        raise EidError(Reason.MALFORMED, "not canonical base64url")
    return data


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8 (Chinese stays 3 bytes a character, not a 6-byte escape)."""
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
    ).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise EidError(Reason.MALFORMED, "duplicate key")
    return result


def _no_float(text: str) -> Any:
    raise EidError(Reason.MALFORMED, "numbers are integers only")


def _check_ints(value: Any) -> None:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return
    if isinstance(value, int):
        if abs(value) > _MAX_INT:
            raise EidError(Reason.MALFORMED, "integer out of range")
    elif isinstance(value, list):
        for item in value:
            _check_ints(item)
    elif isinstance(value, dict):
        for item in value.values():
            _check_ints(item)


def parse_canonical(data: bytes) -> dict[str, Any]:
    """The JSON object in ``data``, which must be exactly its canonical encoding."""
    try:
        value = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_no_duplicates,
            parse_float=_no_float,
            parse_constant=_no_float,
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise EidError(Reason.MALFORMED, "payload is not JSON") from exc
    if not isinstance(value, dict):
        raise EidError(Reason.MALFORMED, "payload is not a JSON object")
    _check_ints(value)
    if canonical_json(value) != data:
        raise EidError(Reason.MALFORMED, "payload is not canonical JSON")
    return value


@dataclass(frozen=True)
class Link:
    """One signed payload of a token and the text its signature covers."""

    payload: dict[str, Any]
    signature: bytes
    signed_text: str

    @property
    def type(self) -> str:
        kind = self.payload.get("t")
        return kind if isinstance(kind, str) else ""

    @property
    def token(self) -> str:
        """This link and everything before it, as a token of its own."""
        return f"{self.signed_text}.{b64e(self.signature)}"


def sign(payload: Mapping[str, Any], key: Ed25519PrivateKey, *, on: str | None = None) -> str:
    """A token whose last link is ``payload`` signed by ``key``, appended to the token ``on``."""
    if on is not None and len(parse(on)) >= MAX_LINKS:
        raise ValueError(f"a token has at most {MAX_LINKS} links")
    text = f"{on if on is not None else PREFIX}.{b64e(canonical_json(dict(payload)))}"
    return f"{text}.{b64e(key.sign(text.encode('ascii')))}"


def parse(token: str) -> tuple[Link, ...]:
    """The links of ``token``, decoded but not verified (signatures are checked by ``verify_link``)."""
    token = token.strip()
    if len(token) > MAX_TOKEN_CHARS:
        raise EidError(Reason.TOO_LARGE, f"{len(token)} characters")
    segments = token.split(".")
    if segments[0] != PREFIX:
        if re.fullmatch(r"OAE\d+", segments[0]):
            raise EidError(Reason.UNSUPPORTED_VERSION, segments[0])
        raise EidError(Reason.MALFORMED, "no OAE1 prefix")
    pairs = len(segments) - 1
    if pairs == 0 or pairs % 2 or pairs // 2 > MAX_LINKS:
        raise EidError(Reason.MALFORMED, "wrong number of segments")
    links = []
    for end in range(2, len(segments), 2):
        signature = b64d(segments[end])
        if len(signature) != 64:
            raise EidError(Reason.MALFORMED, "an Ed25519 signature is 64 bytes")
        payload = parse_canonical(b64d(segments[end - 1]))
        links.append(Link(payload, signature, ".".join(segments[:end])))
    return tuple(links)


def verify_link(link: Link, key: Ed25519PublicKey) -> None:
    """Raise ``bad-signature`` unless ``key`` signed ``link``."""
    try:
        key.verify(link.signature, link.signed_text.encode("ascii"))
    except InvalidSignature as exc:
        raise EidError(Reason.BAD_SIGNATURE, f"{link.type or 'token'} link") from exc
