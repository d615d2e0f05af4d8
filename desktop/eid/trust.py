"""What a verifier trusts, as published by the authority: the key set and the revocation list.

The key set is JWKS-like (RFC 7517 / RFC 8037 ``OKP`` keys): the authority's credential keys by
``kid``, and the registered institutions with their names in three languages and their request keys.
A verifier fetches it from the authority over HTTPS and keeps it; nothing in it is secret.

The revocation list names the credentials revoked before their expiry (a binding on a new device
revokes the old one). It is signed by the authority, so it can travel by any channel (the app's sync, a
file on a USB stick) and still be trusted, and it is versioned, so a verifier never goes back to an
older list that someone replays to it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.eid.claims import LANGUAGES
from desktop.eid.errors import EidError, Reason
from desktop.eid.keys import public_from_text, public_to_text
from desktop.eid.tokens import b64d, b64e, canonical_json

__all__ = [
    "KEYS_FORMAT",
    "REVOCATIONS_FORMAT",
    "InstitutionInfo",
    "PublishedKeys",
    "RevocationList",
    "Revoked",
]

KEYS_FORMAT = "oae-keys/1"
REVOCATIONS_FORMAT = "oae-revocations/1"
CREDENTIAL_KEY_USE = "eid-credential"


def _jwk(kid: str, key: Ed25519PublicKey, use: str | None = None) -> dict[str, str]:
    jwk = {"kty": "OKP", "crv": "Ed25519", "kid": kid, "x": public_to_text(key)}
    if use:
        jwk["use"] = use
    return jwk


def _from_jwks(items: Any) -> dict[str, Ed25519PublicKey]:
    if not isinstance(items, list):
        raise EidError(Reason.MALFORMED, "a key list")
    keys: dict[str, Ed25519PublicKey] = {}
    for item in items:
        if not isinstance(item, dict) or item.get("kty") != "OKP" or item.get("crv") != "Ed25519":
            raise EidError(Reason.MALFORMED, "only Ed25519 OKP keys")
        kid, x = item.get("kid"), item.get("x")
        if not isinstance(kid, str) or not isinstance(x, str):
            raise EidError(Reason.MALFORMED, "a key without kid or x")
        keys[kid] = public_from_text(x)
    return keys


@dataclass(frozen=True)
class InstitutionInfo:
    """A registered institution: what the consent screen shows, and the keys its requests may use."""

    id: str
    name: dict[str, str]  # zh, pt, en
    keys: dict[str, Ed25519PublicKey]

    def to_json_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": dict(self.name), "keys": [_jwk(k, v) for k, v in self.keys.items()]}

    @classmethod
    def from_json_dict(cls, data: Any) -> InstitutionInfo:
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            raise EidError(Reason.MALFORMED, "an institution")
        name = data.get("name")
        if not isinstance(name, dict) or not all(isinstance(name.get(lang), str) for lang in LANGUAGES):
            raise EidError(Reason.MALFORMED, f"names of institution {data['id']}")
        return cls(data["id"], {lang: name[lang] for lang in LANGUAGES}, _from_jwks(data.get("keys")))


@dataclass(frozen=True)
class PublishedKeys:
    """The authority's published key set: credential keys by kid, and the institution registry."""

    authority: dict[str, Ed25519PublicKey]
    institutions: dict[str, InstitutionInfo] = field(default_factory=dict)
    issuer: str = "Macao One Account eID"
    demo: bool = False

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "format": KEYS_FORMAT,
            "issuer": self.issuer,
            "demo": self.demo,
            "keys": [_jwk(kid, key, CREDENTIAL_KEY_USE) for kid, key in self.authority.items()],
            "institutions": [info.to_json_dict() for info in self.institutions.values()],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_json_dict(), ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str | bytes) -> PublishedKeys:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise EidError(Reason.MALFORMED, "the key set is not JSON") from exc
        if not isinstance(data, dict) or data.get("format") != KEYS_FORMAT:
            raise EidError(Reason.MALFORMED, f"not an {KEYS_FORMAT} key set")
        institutions = [InstitutionInfo.from_json_dict(item) for item in data.get("institutions", [])]
        return cls(
            _from_jwks(data.get("keys")),
            {info.id: info for info in institutions},
            str(data.get("issuer", "")),
            data.get("demo") is True,
        )


@dataclass(frozen=True)
class Revoked:
    cid: str
    at: int
    reason: str  # "rebound", "renewed", "unbound", …


@dataclass(frozen=True)
class RevocationList:
    """Revoked credential ids, versioned and signed by the authority key ``kid``."""

    version: int
    issued_at: int
    entries: tuple[Revoked, ...]
    kid: str
    signature: bytes = b""
    issuer: str = "Macao One Account eID"

    def is_revoked(self, cid: str) -> Revoked | None:
        return next((entry for entry in self.entries if entry.cid == cid), None)

    def _body(self) -> dict[str, Any]:
        return {
            "format": REVOCATIONS_FORMAT,
            "issuer": self.issuer,
            "kid": self.kid,
            "version": self.version,
            "issued_at": self.issued_at,
            "revoked": [{"cid": e.cid, "at": e.at, "reason": e.reason} for e in self.entries],
        }

    def signed_by(self, key: Ed25519PrivateKey) -> RevocationList:
        return RevocationList(self.version, self.issued_at, self.entries, self.kid,
                              key.sign(canonical_json(self._body())), self.issuer)  # fmt: skip

    def to_json(self) -> str:
        return json.dumps({**self._body(), "sig": b64e(self.signature)}, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str | bytes, keys: PublishedKeys) -> RevocationList:
        """Read a published list and check its signature against ``keys``."""
        try:
            data = json.loads(text)
            body = {k: v for k, v in data.items() if k != "sig"}
            entries = tuple(Revoked(str(e["cid"]), int(e["at"]), str(e["reason"])) for e in data["revoked"])
            result = cls(int(data["version"]), int(data["issued_at"]), entries, str(data["kid"]),
                         b64d(str(data["sig"])), str(data["issuer"]))  # fmt: skip
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise EidError(Reason.MALFORMED, "not a revocation list") from exc
        if body.get("format") != REVOCATIONS_FORMAT:
            raise EidError(Reason.MALFORMED, f"not an {REVOCATIONS_FORMAT} list")
        key = keys.authority.get(result.kid)
        if key is None:
            raise EidError(Reason.UNKNOWN_KEY, f"revocation list signed by {result.kid!r}")
        try:
            key.verify(result.signature, canonical_json(body))
        except InvalidSignature as exc:
            raise EidError(Reason.BAD_SIGNATURE, "revocation list") from exc
        return result
