"""The authority's half of eID: binding devices, issuing credentials, revoking, publishing keys.

A pure library: the reference server mounts it behind its ``/v1/eid`` endpoints, and tests and demos
drive it directly. It keeps its state in an ``AuthorityState`` that the caller persists
(``export_state`` / ``Authority.from_state``) in the same transaction as the answer it gives; the
signing key is not part of that state and lives wherever the server keeps its keys.

Not thread-safe: the server runs one call at a time (one lock, or one database transaction per call).

Binding, in order: the device asks for a challenge; the server checks the resident's face is present;
the device proves it holds its new key by signing the challenge (a ``bind`` token); the authority
revokes the resident's earlier credential, if any (one eID per resident, the newest device wins) and
issues a credential for the new key, with salted digests of the resident's attributes. A retry of the
same proof gets the same answer, so a lost response costs nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.clock import Clock, SystemClock
from desktop.eid.claims import LANGUAGES, BindProof, Credential
from desktop.eid.errors import EidError, Reason
from desktop.eid.fields import Disclosure, make_disclosures, root_of
from desktop.eid.keys import public_from_text, public_to_text, thumbprint
from desktop.eid.tokens import b64e, parse, sign, verify_link
from desktop.eid.trust import InstitutionInfo, PublishedKeys, RevocationList, Revoked

__all__ = ["Authority", "AuthorityState", "Challenge", "CredentialRecord", "Issued"]

CHALLENGE_SECONDS = 300
PRESENCE_MAX_AGE_SECONDS = 300
PROOF_MAX_SECONDS = 300
SKEW_SECONDS = 30


@dataclass
class CredentialRecord:
    cid: str
    resident_id: str
    device_key: str
    issued_at: int
    expires_at: int
    revoked_at: int | None = None
    reason: str | None = None


@dataclass
class Challenge:
    value: str
    resident_id: str
    expires_at: int
    device_key: str | None = None
    answer: dict[str, Any] | None = None  # the Issued answer, for a retry of the same proof


@dataclass
class AuthorityState:
    """Everything the authority remembers besides its key: plain data, JSON round-trippable."""

    credentials: dict[str, CredentialRecord] = field(default_factory=dict)
    active: dict[str, str] = field(default_factory=dict)  # resident id → cid
    revocation_version: int = 0
    revoked: list[Revoked] = field(default_factory=list)
    institutions: dict[str, dict[str, Any]] = field(default_factory=dict)  # InstitutionInfo JSON
    challenges: dict[str, Challenge] = field(default_factory=dict)

    def to_json_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> AuthorityState:
        return cls(
            {cid: CredentialRecord(**rec) for cid, rec in data["credentials"].items()},
            dict(data["active"]),
            int(data["revocation_version"]),
            [Revoked(**entry) for entry in data["revoked"]],
            dict(data["institutions"]),
            {value: Challenge(**ch) for value, ch in data["challenges"].items()},
        )


@dataclass(frozen=True)
class Issued:
    """What the binding endpoint answers: the credential and the disclosures of every field."""

    credential: str
    cid: str
    expires_at: int
    disclosures: dict[str, Disclosure]
    revoked: tuple[str, ...] = ()  # credential ids this binding revoked

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "credential": self.credential,
            "credential_id": self.cid,
            "expires_at": self.expires_at,
            "disclosures": {name: d.to_wire() for name, d in self.disclosures.items()},
            "revoked": list(self.revoked),
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> Issued:
        disclosures = {name: Disclosure.from_wire(name, wire) for name, wire in data["disclosures"].items()}
        return cls(data["credential"], data["credential_id"], int(data["expires_at"]), disclosures,
                   tuple(data.get("revoked", ())))  # fmt: skip


class Authority:
    """Issues eID credentials with one Ed25519 key; keeps bindings, revocations and institutions."""

    def __init__(
        self,
        key: Ed25519PrivateKey,
        *,
        kid: str | None = None,
        state: AuthorityState | None = None,
        clock: Clock | None = None,
        credential_lifetime: timedelta = timedelta(days=180),
        issuer: str = "Macao One Account eID",
        demo: bool = False,
    ) -> None:
        self._key = key
        self.kid = kid or thumbprint(key)
        self.state = state or AuthorityState()
        self.clock: Clock = clock or SystemClock()
        self.credential_seconds = int(credential_lifetime.total_seconds())
        self.issuer = issuer
        self.demo = demo

    @classmethod
    def from_state(cls, key: Ed25519PrivateKey, data: Mapping[str, Any], **options: Any) -> Authority:
        return cls(key, state=AuthorityState.from_json_dict(data), **options)

    def export_state(self) -> dict[str, Any]:
        return self.state.to_json_dict()

    def _now(self) -> int:
        return int(self.clock.now().timestamp())

    # -- binding ---------------------------------------------------------------------------------

    def new_challenge(self, resident_id: str) -> Challenge:
        """A single-use challenge for this resident's next binding, valid five minutes."""
        now = self._now()
        self.state.challenges = {v: c for v, c in self.state.challenges.items() if c.expires_at > now}
        challenge = Challenge(b64e(os.urandom(16)), resident_id, now + CHALLENGE_SECONDS)
        self.state.challenges[challenge.value] = challenge
        return challenge

    def bind(
        self,
        *,
        resident_id: str,
        display_name: str,
        attributes: Mapping[str, Any],
        proof: str,
        presence_checked_at: datetime,
    ) -> Issued:
        """Bind the device key that signed ``proof`` to this resident and issue its credential.

        ``presence_checked_at`` is when the server last saw the resident's live face (the caller runs
        that check); ``attributes`` are the resident's values of the field vocabulary.
        """
        now = self._now()
        bind = self._read_proof(proof, resident_id, now)
        challenge = self.state.challenges.get(bind.challenge)
        if challenge is None or challenge.resident_id != resident_id or challenge.expires_at < now:
            raise EidError(Reason.CHALLENGE_INVALID, "unknown or expired")
        if challenge.answer is not None:
            if challenge.device_key == bind.device_key:
                return Issued.from_json_dict(challenge.answer)  # a retry: the first answer again
            raise EidError(Reason.CHALLENGE_INVALID, "already used")
        seen = int(presence_checked_at.timestamp())
        if not now - PRESENCE_MAX_AGE_SECONDS <= seen <= now + SKEW_SECONDS:
            raise EidError(Reason.PRESENCE_REQUIRED, "no face-presence check in the last five minutes")
        holder = next((r for r in self._active_records() if r.device_key == bind.device_key), None)
        if holder is not None and holder.resident_id != resident_id:
            raise EidError(Reason.DEVICE_KEY_IN_USE)
        disclosures = make_disclosures(attributes)
        cid = b64e(os.urandom(12))
        credential = Credential(self.kid, cid, resident_id, display_name, bind.device_key,
                                root_of(disclosures), now, now + self.credential_seconds)  # fmt: skip
        try:  # read back what is about to be signed: never issue a credential verifiers refuse
            Credential.from_payload(credential.to_payload())
        except EidError as exc:
            raise EidError(Reason.BAD_ATTRIBUTE, exc.detail) from exc
        # Only now that nothing can fail does the old credential go.
        revoked = []
        old_cid = self.state.active.get(resident_id)
        if old_cid is not None:
            old = self.state.credentials[old_cid]
            self._revoke(old, "renewed" if old.device_key == bind.device_key else "rebound", now)
            revoked.append(old_cid)
        token = sign(credential.to_payload(), self._key)
        self.state.credentials[cid] = CredentialRecord(cid, resident_id, bind.device_key, now,
                                                       credential.expires_at)  # fmt: skip
        self.state.active[resident_id] = cid
        issued = Issued(token, cid, credential.expires_at, disclosures, tuple(revoked))
        challenge.device_key, challenge.answer = bind.device_key, issued.to_json_dict()
        return issued

    def _read_proof(self, proof: str, resident_id: str, now: int) -> BindProof:
        links = parse(proof)
        if len(links) != 1:
            raise EidError(Reason.WRONG_TYPE, "a binding proof is one self-signed link")
        bind = BindProof.from_payload(links[0].payload)
        verify_link(links[0], public_from_text(bind.device_key))
        if bind.sub != resident_id:
            raise EidError(Reason.CHALLENGE_INVALID, "proof made for another resident")
        if bind.expires_at - bind.issued_at > PROOF_MAX_SECONDS:
            raise EidError(Reason.LIFETIME_TOO_LONG, "binding proof")
        if now > bind.expires_at + SKEW_SECONDS:
            raise EidError(Reason.EXPIRED, "binding proof")
        if now < bind.issued_at - SKEW_SECONDS:
            raise EidError(Reason.NOT_YET_VALID, "binding proof")
        return bind

    def unbind(self, resident_id: str, reason: str = "unbound") -> str | None:
        """Revoke the resident's eID (device lost, eID removed); the revoked credential id, if any."""
        cid = self.state.active.pop(resident_id, None)
        if cid is not None:
            self._revoke(self.state.credentials[cid], reason, self._now())
        return cid

    def _revoke(self, record: CredentialRecord, reason: str, now: int) -> None:
        record.revoked_at, record.reason = now, reason
        self.state.active.pop(record.resident_id, None)
        self.state.revoked.append(Revoked(record.cid, now, reason))
        self.state.revocation_version += 1

    def _active_records(self) -> list[CredentialRecord]:
        return [self.state.credentials[cid] for cid in self.state.active.values()]

    def status(self, cid: str) -> str:
        """``active``, ``revoked``, ``expired`` or ``unknown``: what the app asks after a sync."""
        record = self.state.credentials.get(cid)
        if record is None:
            return "unknown"
        if record.revoked_at is not None:
            return "revoked"
        return "expired" if record.expires_at < self._now() else "active"

    def credential_record(self, cid: str) -> CredentialRecord | None:
        return self.state.credentials.get(cid)

    # -- institutions ------------------------------------------------------------------------------

    def register_institution(
        self, institution_id: str, name: Mapping[str, str], key: Ed25519PublicKey, *, kid: str | None = None
    ) -> InstitutionInfo:
        """Register an institution, or add a key to one already registered (key rotation)."""
        if set(name) != set(LANGUAGES) or not all(isinstance(v, str) and v for v in name.values()):
            raise EidError(Reason.MALFORMED, "an institution is named in zh, pt and en")
        existing = self.state.institutions.get(institution_id)
        keys = dict(InstitutionInfo.from_json_dict(existing).keys) if existing else {}
        keys[kid or thumbprint(key)] = key
        info = InstitutionInfo(institution_id, {lang: name[lang] for lang in LANGUAGES}, keys)
        self.state.institutions[institution_id] = info.to_json_dict()
        return info

    def remove_institution_key(self, institution_id: str, kid: str) -> None:
        existing = self.state.institutions.get(institution_id)
        if existing is None:
            return
        info = InstitutionInfo.from_json_dict(existing)
        keys = {k: v for k, v in info.keys.items() if k != kid}
        if keys:
            self.state.institutions[institution_id] = InstitutionInfo(info.id, info.name, keys).to_json_dict()
        else:
            del self.state.institutions[institution_id]

    # -- what is published -------------------------------------------------------------------------

    def published_keys(self) -> PublishedKeys:
        institutions = {iid: InstitutionInfo.from_json_dict(d) for iid, d in self.state.institutions.items()}
        return PublishedKeys({self.kid: self._key.public_key()}, institutions, self.issuer, self.demo)

    def revocation_list(self) -> RevocationList:
        """The signed list of revoked credentials not yet expired (an expired one fails on its own)."""
        now = self._now()
        live = tuple(e for e in self.state.revoked if self.state.credentials[e.cid].expires_at >= now)
        unsigned = RevocationList(self.state.revocation_version, now, live, self.kid, issuer=self.issuer)
        return unsigned.signed_by(self._key)

    @property
    def public_key(self) -> str:
        return public_to_text(self._key)
