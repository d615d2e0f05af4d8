"""The resident's side: the credential kept on the device, and the tokens the device signs with it.

``CredentialBundle`` is what binding returns (the credential and every field's disclosure); the app
keeps it with the resident's account data (it holds personal data, so never on a kiosk). ``EidWallet``
pairs it with the device key from the keyring and signs the "show eID", share and course tokens.
``RefreshingCode`` is the clock logic of the "show eID" screen: a new code every 30 seconds, each
valid for 60, and how many seconds the countdown shows; the screen only asks it once a second.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.eid.authority import Issued
from desktop.eid.claims import BindProof, Course, Credential, Presentation, Share
from desktop.eid.errors import EidError, Reason
from desktop.eid.fields import FIELD_NAMES, Disclosure, root_of, withheld_digests
from desktop.eid.keys import public_to_text
from desktop.eid.tokens import b64e, parse, sign

__all__ = [
    "COURSE_SECONDS",
    "REFRESH_SECONDS",
    "SHARE_SECONDS",
    "SHOW_SECONDS",
    "CredentialBundle",
    "EidWallet",
    "RefreshingCode",
    "ShownCode",
    "make_bind_proof",
]

SHOW_SECONDS = 60
REFRESH_SECONDS = 30
SHARE_SECONDS = 120
COURSE_SECONDS = 120


def _seconds(moment: datetime) -> int:
    return int(moment.timestamp())


def _jti() -> str:
    return b64e(os.urandom(12))


def make_bind_proof(key: Ed25519PrivateKey, resident_id: str, challenge: str, now: datetime) -> str:
    """The self-signed token that proves to the authority this device holds ``key``."""
    at = _seconds(now)
    proof = BindProof(resident_id, public_to_text(key), challenge, at, at + 120)
    return sign(proof.to_payload(), key)


@dataclass(frozen=True)
class CredentialBundle:
    """The authority's credential for this device and the disclosures of every certified field."""

    credential: str
    disclosures: dict[str, Disclosure]

    @property
    def claims(self) -> Credential:
        return Credential.from_payload(parse(self.credential)[0].payload)

    @classmethod
    def from_issued(cls, issued: Issued) -> CredentialBundle:
        return cls(issued.credential, dict(issued.disclosures))

    def to_json(self) -> str:
        return json.dumps(
            {"credential": self.credential,
             "disclosures": {name: d.to_wire() for name, d in self.disclosures.items()}},
            ensure_ascii=False,
        )  # fmt: skip

    @classmethod
    def from_json(cls, text: str | bytes) -> CredentialBundle:
        try:
            data = json.loads(text)
            wires = data["disclosures"].items()
            credential = str(data["credential"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise EidError(Reason.MALFORMED, "not a credential bundle") from exc
        return cls(credential, {name: Disclosure.from_wire(name, wire) for name, wire in wires})

    def values(self) -> dict[str, object]:
        """The resident's certified values, for the eID card screen."""
        return {name: self.disclosures[name].value for name in FIELD_NAMES if name in self.disclosures}


class EidWallet:
    """Signs the resident's eID tokens with the device key the credential was issued for."""

    def __init__(self, bundle: CredentialBundle, key: Ed25519PrivateKey) -> None:
        claims = bundle.claims
        if claims.device_key != public_to_text(key):
            raise EidError(Reason.KEY_MISMATCH, "bind this device again")
        if set(bundle.disclosures) != set(FIELD_NAMES) or root_of(bundle.disclosures) != claims.root:
            raise EidError(Reason.BAD_DISCLOSURE, "the stored fields do not match the credential")
        self.bundle = bundle
        self.claims = claims
        self._key = key

    def _on_credential(self, payload: Mapping[str, object]) -> str:
        return sign(payload, self._key, on=self.bundle.credential)

    def show(self, now: datetime, lifetime: int = SHOW_SECONDS) -> str:
        """A "show eID" token: who the resident is, valid ``lifetime`` seconds, used once."""
        at = _seconds(now)
        return self._on_credential(Presentation(_jti(), at, at + lifetime).to_payload())

    def share(
        self,
        institution_id: str,
        nonce: str,
        fields: Iterable[str],
        now: datetime,
        *,
        user_verified: bool,
        lifetime: int = SHARE_SECONDS,
    ) -> str:
        """A share token with exactly ``fields`` (their values and salts) for one request's ``nonce``."""
        chosen = [name for name in FIELD_NAMES if name in set(fields)]
        if not chosen:
            raise EidError(Reason.NOT_CONSENTED, "no field chosen")
        at = _seconds(now)
        disclosed = {name: self.bundle.disclosures[name] for name in chosen}
        withheld = withheld_digests(self.bundle.disclosures, chosen)
        share = Share(institution_id, nonce, disclosed, withheld, user_verified, at, at + lifetime)
        return self._on_credential(share.to_payload())

    def course(
        self, programme: str, course: str, action: str, now: datetime, lifetime: int = COURSE_SECONDS
    ) -> str:
        """A continuing-education course sign-in (``action="in"``) or sign-out (``"out"``) token."""
        if action not in Course.ACTIONS:
            raise ValueError(f"action must be 'in' or 'out', not {action!r}")
        at = _seconds(now)
        return self._on_credential(Course(programme, course, action, _jti(), at, at + lifetime).to_payload())


@dataclass(frozen=True)
class ShownCode:
    token: str
    refresh_in: int  # whole seconds the countdown shows before the next code
    valid_until: datetime


class RefreshingCode:
    """A code that renews itself: ``current(now)`` gives the same token until it is due for renewal.

    A token lives ``lifetime`` seconds but is replaced after ``refresh_every``, so a code scanned just
    before the switch still has half its life to reach the verifier.
    """

    def __init__(
        self,
        make: Callable[[datetime], str],
        *,
        refresh_every: int = REFRESH_SECONDS,
        lifetime: int = SHOW_SECONDS,
    ) -> None:
        if not 0 < refresh_every < lifetime:
            raise ValueError("refresh_every must be shorter than lifetime")
        self._make = make
        self.refresh_every = refresh_every
        self.lifetime = lifetime
        self._token: str | None = None
        self._made_at: datetime | None = None

    @classmethod
    def for_show(cls, wallet: EidWallet) -> RefreshingCode:
        """The "show eID" code of ``wallet``: 60-second tokens, renewed every 30 seconds."""
        return cls(lambda now: wallet.show(now, SHOW_SECONDS))

    def current(self, now: datetime) -> ShownCode:
        made = self._made_at
        # A clock that jumped back (or forward past the refresh) also gets a fresh code.
        due = made is None or not made <= now < made + timedelta(seconds=self.refresh_every)
        if self._token is None or made is None or due:
            self._token, self._made_at = self._make(now), now
            made = now
        left = made + timedelta(seconds=self.refresh_every) - now
        valid_until = (made + timedelta(seconds=self.lifetime)).astimezone(UTC)
        return ShownCode(self._token, max(1, math.ceil(left.total_seconds())), valid_until)

    def reset(self) -> None:
        """Forget the code (the screen was left): the next ``current`` makes a new one."""
        self._token = self._made_at = None
