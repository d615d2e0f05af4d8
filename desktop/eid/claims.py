"""The payload of each kind of eID link, as typed values, with strict reading from a decoded payload.

Keys are short because every byte shows in the QR code; ``docs/EID.md`` lists them. Reading refuses
unknown keys: a version-1 token means exactly what version 1 says, and nothing rides along unseen
(a share token can hold no field the resident did not consent to under another key's name).
Times are whole seconds since the Unix epoch (UTC).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from desktop.eid.errors import EidError, Reason
from desktop.eid.fields import FIELD_NAMES, Disclosure
from desktop.eid.tokens import b64d, b64e

__all__ = [
    "LANGUAGES",
    "MACAO",
    "BindProof",
    "Course",
    "Credential",
    "Presentation",
    "Request",
    "Share",
    "iso",
]

LANGUAGES = ("zh", "pt", "en")
#: Times shown to people and printed by the command line are Macao time, as in the One Account API.
MACAO = timezone(timedelta(hours=8), "Asia/Macau")
_ID = re.compile(r"[A-Za-z0-9._:-]{1,40}")
_NONCE = re.compile(r"[A-Za-z0-9_-]{16,43}")


def iso(moment: int | datetime) -> str:
    """ISO 8601 in Macao time, from epoch seconds or an aware datetime."""
    if isinstance(moment, int):
        return datetime.fromtimestamp(moment, MACAO).isoformat()
    return moment.astimezone(MACAO).isoformat()


def _check_keys(
    payload: Mapping[str, Any], kind: str, required: set[str], optional: frozenset[str] = frozenset()
) -> None:
    if payload.get("t") != kind:
        raise EidError(Reason.WRONG_TYPE, f"expected {kind}, got {payload.get('t')!r}")
    keys = set(payload) - {"t"}
    if not required <= keys or not keys <= required | optional:
        raise EidError(Reason.MALFORMED, f"keys of a {kind} payload")


def _str(
    payload: Mapping[str, Any], key: str, pattern: re.Pattern[str] | None = None, limit: int = 80
) -> str:
    value = payload[key]
    if not isinstance(value, str) or not 0 < len(value) <= limit or not value.isprintable():
        raise EidError(Reason.MALFORMED, f"{key!r} is not a short text")
    if pattern is not None and not pattern.fullmatch(value):
        raise EidError(Reason.MALFORMED, f"{key!r} has the wrong form")
    return value


def _int(payload: Mapping[str, Any], key: str) -> int:
    value = payload[key]
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise EidError(Reason.MALFORMED, f"{key!r} is not a time")
    return value


def _times(payload: Mapping[str, Any]) -> tuple[int, int]:
    issued, expires = _int(payload, "iat"), _int(payload, "exp")
    if expires <= issued:
        raise EidError(Reason.MALFORMED, "expires before it is issued")
    return issued, expires


def _key(payload: Mapping[str, Any], key: str) -> str:
    value = _str(payload, key, limit=43)
    if len(b64d(value)) != 32:
        raise EidError(Reason.MALFORMED, f"{key!r} is not an Ed25519 public key")
    return value


@dataclass(frozen=True)
class Credential:
    """Signed by the authority: this resident holds the device key ``device_key`` until ``expires_at``."""

    kid: str  # the authority key that signs it
    cid: str  # credential id: what a revocation names
    sub: str  # the resident's id
    name: str  # display name, as the resident's eID shows it
    device_key: str  # base64url raw Ed25519 public key
    root: str  # digest root of the certified fields (see fields.py)
    issued_at: int
    expires_at: int

    TYPE = "cred"
    NAME_BYTES = 60  # 20 Chinese characters, 60 Latin ones

    def to_payload(self) -> dict[str, Any]:
        return {
            "t": self.TYPE, "kid": self.kid, "cid": self.cid, "sub": self.sub, "nm": self.name,
            "dk": self.device_key, "dh": self.root, "iat": self.issued_at, "exp": self.expires_at,
        }  # fmt: skip

    @classmethod
    def from_payload(cls, p: Mapping[str, Any]) -> Credential:
        _check_keys(p, cls.TYPE, {"kid", "cid", "sub", "nm", "dk", "dh", "iat", "exp"})
        root = _str(p, "dh", limit=22)
        if len(b64d(root)) != 16:
            raise EidError(Reason.MALFORMED, "'dh' is not a digest")
        name = _str(p, "nm", limit=cls.NAME_BYTES)
        if len(name.encode("utf-8")) > cls.NAME_BYTES:
            raise EidError(Reason.MALFORMED, f"'nm' is at most {cls.NAME_BYTES} bytes")
        return cls(_str(p, "kid", _ID), _str(p, "cid", _ID), _str(p, "sub", _ID), name,
                   _key(p, "dk"), root, *_times(p))  # fmt: skip


@dataclass(frozen=True)
class Presentation:
    """Signed by the device on its credential: "show eID", alive for at most a minute."""

    jti: str
    issued_at: int
    expires_at: int

    TYPE = "show"

    def to_payload(self) -> dict[str, Any]:
        return {"t": self.TYPE, "jti": self.jti, "iat": self.issued_at, "exp": self.expires_at}

    @classmethod
    def from_payload(cls, p: Mapping[str, Any]) -> Presentation:
        _check_keys(p, cls.TYPE, {"jti", "iat", "exp"})
        return cls(_str(p, "jti", _NONCE), *_times(p))


@dataclass(frozen=True)
class Course:
    """Signed by the device on its credential: signing in to or out of a continuing-education course."""

    programme: str
    course: str
    action: str  # "in" or "out"
    jti: str
    issued_at: int
    expires_at: int

    TYPE = "course"
    ACTIONS = ("in", "out")

    @property
    def qualified(self) -> str:
        """``programme/course``: a course id is unique within its programme."""
        return f"{self.programme}/{self.course}"

    def to_payload(self) -> dict[str, Any]:
        return {"t": self.TYPE, "prg": self.programme, "crs": self.course, "act": self.action,
                "jti": self.jti, "iat": self.issued_at, "exp": self.expires_at}  # fmt: skip

    @classmethod
    def from_payload(cls, p: Mapping[str, Any]) -> Course:
        _check_keys(p, cls.TYPE, {"prg", "crs", "act", "jti", "iat", "exp"})
        action = _str(p, "act")
        if action not in cls.ACTIONS:
            raise EidError(Reason.MALFORMED, "'act' is neither in nor out")
        return cls(_str(p, "prg", _ID), _str(p, "crs", _ID), action, _str(p, "jti", _NONCE), *_times(p))


@dataclass(frozen=True)
class Request:
    """Signed by an institution: who asks, for which fields, why; answered once through ``nonce``."""

    institution: str
    kid: str
    fields: tuple[str, ...]
    purpose: dict[str, str]
    nonce: str
    issued_at: int
    expires_at: int

    TYPE = "req"
    #: UTF-8 bytes of the purpose in each language: 40 Chinese characters, 120 Latin ones. Bytes, not
    #: characters, because bytes are what the QR code pays for.
    PURPOSE_BYTES = 120

    def to_payload(self) -> dict[str, Any]:
        return {
            "t": self.TYPE, "iid": self.institution, "kid": self.kid, "f": list(self.fields),
            "p": dict(self.purpose), "n": self.nonce, "iat": self.issued_at, "exp": self.expires_at,
        }  # fmt: skip

    @classmethod
    def from_payload(cls, p: Mapping[str, Any]) -> Request:
        _check_keys(p, cls.TYPE, {"iid", "kid", "f", "p", "n", "iat", "exp"})
        fields = p["f"]
        if (
            not isinstance(fields, list)
            or not fields
            or len(set(fields)) != len(fields)
            or not all(isinstance(name, str) and name in FIELD_NAMES for name in fields)
        ):
            raise EidError(Reason.MALFORMED, "'f' must list distinct fields of the vocabulary")
        purpose = p["p"]
        if not isinstance(purpose, dict) or set(purpose) != set(LANGUAGES):
            raise EidError(Reason.MALFORMED, "'p' must give the purpose in zh, pt and en")
        text = {lang: _str(purpose, lang, limit=cls.PURPOSE_BYTES) for lang in LANGUAGES}
        if any(len(value.encode("utf-8")) > cls.PURPOSE_BYTES for value in text.values()):
            raise EidError(Reason.MALFORMED, f"a purpose is at most {cls.PURPOSE_BYTES} bytes of UTF-8")
        # Vocabulary order, whatever order the institution listed them in: the consent screen and the
        # share token then always agree on order.
        ordered = tuple(name for name in FIELD_NAMES if name in fields)
        return cls(_str(p, "iid", _ID), _str(p, "kid", _ID), ordered, text, _str(p, "n", _NONCE), *_times(p))


@dataclass(frozen=True)
class Share:
    """Signed by the device on its credential: the consented fields, for one request of one institution."""

    institution: str
    nonce: str
    disclosed: dict[str, Disclosure]
    withheld: bytes  # digests of the fields not shared, vocabulary order
    user_verified: bool  # the app saw the resident's face just before making it
    issued_at: int
    expires_at: int

    TYPE = "share"

    def to_payload(self) -> dict[str, Any]:
        return {"t": self.TYPE, "iid": self.institution, "n": self.nonce,
                "v": {name: d.to_wire() for name, d in self.disclosed.items()}, "u": b64e(self.withheld),
                "uv": self.user_verified, "iat": self.issued_at, "exp": self.expires_at}  # fmt: skip

    @classmethod
    def from_payload(cls, p: Mapping[str, Any]) -> Share:
        _check_keys(p, cls.TYPE, {"iid", "n", "v", "u", "uv", "iat", "exp"})
        values, withheld, verified = p["v"], p["u"], p["uv"]
        if not isinstance(values, dict) or not values:
            raise EidError(Reason.MALFORMED, "'v' must hold the shared fields")
        if not isinstance(withheld, str) or not isinstance(verified, bool):
            raise EidError(Reason.MALFORMED, "'u' or 'uv'")
        disclosed = {name: Disclosure.from_wire(name, wire) for name, wire in values.items()}
        return cls(_str(p, "iid", _ID), _str(p, "n", _NONCE), disclosed, b64d(withheld), verified, *_times(p))


@dataclass(frozen=True)
class BindProof:
    """Self-signed by a new device key: proof that the device holds it, answering the server's challenge."""

    sub: str
    device_key: str
    challenge: str
    issued_at: int
    expires_at: int

    TYPE = "bind"

    def to_payload(self) -> dict[str, Any]:
        return {"t": self.TYPE, "sub": self.sub, "dk": self.device_key, "ch": self.challenge,
                "iat": self.issued_at, "exp": self.expires_at}  # fmt: skip

    @classmethod
    def from_payload(cls, p: Mapping[str, Any]) -> BindProof:
        _check_keys(p, cls.TYPE, {"sub", "dk", "ch", "iat", "exp"})
        return cls(_str(p, "sub", _ID), _key(p, "dk"), _str(p, "ch", _NONCE), *_times(p))
