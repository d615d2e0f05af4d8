"""The institution's side: its key file, and the request QR a resident scans to provide data.

An institution makes a key pair (``python -m desktop.eid keys``), registers the public half with the
authority (which publishes it in the key set the app trusts), and signs each request with the private
half. A request is for one interaction: its nonce is answered by one share token, so a request QR
is shown fresh for each resident, not printed on a poster.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.eid import qrcodes
from desktop.eid.claims import LANGUAGES, Request, iso
from desktop.eid.errors import EidError, Reason
from desktop.eid.fields import FIELD_NAMES
from desktop.eid.keys import generate_key, private_from_text, private_to_text, public_to_text, thumbprint
from desktop.eid.tokens import b64e, sign

__all__ = ["KEY_FILE_FORMAT", "REQUEST_MAX_SECONDS", "InstitutionKey", "MadeRequest", "make_request"]

KEY_FILE_FORMAT = "oae-private-key/1"
REQUEST_MAX_SECONDS = 3600
REQUEST_DEFAULT_SECONDS = 600


@dataclass(frozen=True)
class InstitutionKey:
    """An institution's signing key and the id it is registered under."""

    institution: str
    key: Ed25519PrivateKey
    kid: str

    @classmethod
    def generate(cls, institution: str) -> InstitutionKey:
        key = generate_key()
        return cls(institution, key, thumbprint(key))

    def public_jwk(self) -> dict[str, str]:
        """What the authority registers: an RFC 8037 public key, with the institution's id."""
        return {"kty": "OKP", "crv": "Ed25519", "kid": self.kid, "x": public_to_text(self.key),
                "institution": self.institution}  # fmt: skip

    def to_json(self) -> str:
        data = {"format": KEY_FILE_FORMAT, "institution": self.institution, "kid": self.kid,
                "d": private_to_text(self.key), "x": public_to_text(self.key)}  # fmt: skip
        return json.dumps(data, indent=2)

    def save(self, path: Path | str) -> Path:
        """Write the key file readable by its owner only (it signs in the institution's name)."""
        target = Path(path)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(self.to_json() + "\n")
        return target

    @classmethod
    def from_json(cls, text: str | bytes) -> InstitutionKey:
        try:
            data = json.loads(text)
            if data.get("format") != KEY_FILE_FORMAT:
                raise ValueError(data.get("format"))
            key = private_from_text(str(data["d"]))
            return cls(str(data["institution"]), key, str(data.get("kid") or thumbprint(key)))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise EidError(Reason.MALFORMED, f"not an {KEY_FILE_FORMAT} key file") from exc

    @classmethod
    def load(cls, path: Path | str) -> InstitutionKey:
        return cls.from_json(Path(path).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class MadeRequest:
    """A signed request, and what the institution keeps to check the answer: the nonce."""

    token: str
    nonce: str
    fields: tuple[str, ...]
    expires_at: datetime

    def write_png(self, path: Path | str) -> Path:
        return qrcodes.write_png(self.token, path)

    def to_json_dict(self) -> dict[str, Any]:
        return {"token": self.token, "nonce": self.nonce, "fields": list(self.fields),
                "expires_at": iso(self.expires_at)}  # fmt: skip


def make_request(
    signer: InstitutionKey,
    fields: Iterable[str],
    purpose: Mapping[str, str] | str,
    now: datetime,
    *,
    lifetime: int = REQUEST_DEFAULT_SECONDS,
    nonce: str | None = None,
) -> MadeRequest:
    """Sign a request for ``fields`` with ``purpose`` (one text, or zh/pt/en), valid ``lifetime`` s."""
    wanted = list(dict.fromkeys(fields))
    unknown = [name for name in wanted if name not in FIELD_NAMES]
    if unknown or not wanted:
        raise EidError(Reason.BAD_ATTRIBUTE, f"fields must come from {', '.join(FIELD_NAMES)}")
    if not 0 < lifetime <= REQUEST_MAX_SECONDS:
        raise ValueError(f"a request lives at most {REQUEST_MAX_SECONDS} s")
    text = {lang: purpose for lang in LANGUAGES} if isinstance(purpose, str) else dict(purpose)
    at = int(now.timestamp())
    request = Request(signer.institution, signer.kid, tuple(wanted), text, nonce or b64e(os.urandom(16)),
                      at, at + lifetime)  # fmt: skip
    # Read back what is about to be signed, so an institution never hands out a request the app refuses.
    checked = Request.from_payload(request.to_payload())
    token = sign(request.to_payload(), signer.key)
    return MadeRequest(token, checked.nonce, checked.fields, datetime.fromtimestamp(checked.expires_at, UTC))
