"""Appointment tickets: a short code a person can read out, and a signed token for the QR code.

- ``ticket_code``: 8 characters in two groups (``K7MQ-2XDA``) from an alphabet without look-alikes
  (no 0/O, 1/I/L, 5/S…), unique among all appointments.
- ``ticket_token``: ``OA1.<payload>.<signature>``, both parts base64url without padding. The payload is
  compact JSON ``{"a": appointment id, "c": ticket code, "s": service id, "l": location id,
  "t": start (seconds since the epoch), "e": end}`` — no personal data, so a QR shown on a screen tells
  a bystander nothing about the resident. The signature is HMAC-SHA256 over ``OA1.<payload>`` with the
  server's ticket key (made once per database), so the counter's scanner, which asks the same system,
  can tell a real ticket from a made-up one. The client treats the token as opaque.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from typing import Any

PREFIX = "OA1"
ALPHABET = "ACDEFGHJKMNPQRTUVWXY234679"


def new_code() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"{chars[:4]}-{chars[4:]}"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(key: bytes, signed: str) -> str:
    return _b64(hmac.new(key, signed.encode("ascii"), hashlib.sha256).digest())


def make_token(key: bytes, claims: dict[str, Any]) -> str:
    payload = _b64(json.dumps(claims, separators=(",", ":"), sort_keys=True).encode("utf-8"))
    signed = f"{PREFIX}.{payload}"
    return f"{signed}.{_sign(key, signed)}"


def read_token(key: bytes, token: str) -> dict[str, Any] | None:
    """The claims of a token this key signed; None for anything else."""
    parts = token.split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        return None
    signed = f"{parts[0]}.{parts[1]}"
    if not hmac.compare_digest(_sign(key, signed), parts[2]):
        return None
    try:
        claims = json.loads(_unb64(parts[1]))
    except ValueError:
        return None
    return claims if isinstance(claims, dict) else None
