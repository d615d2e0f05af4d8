"""Scan to provide data (掃碼提供資料): what the app does with an institution's request QR.

``read_request`` checks the scanned request against the published key set (a registered institution,
its key, its signature, not expired) and gives a ``ConsentPrompt``: the institution's names, its
purpose and exactly the fields it asks for, with the values that would go. The resident consents to
all or some of them, or refuses; consenting also needs a passed face-presence check from moments
before. Either way a ``ConsentRecord`` goes into the local history, which keeps names of fields,
never their values.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.clock import FakeClock
from desktop.eid.claims import Request
from desktop.eid.errors import EidError, Reason
from desktop.eid.fields import label
from desktop.eid.holder import SHARE_SECONDS, EidWallet
from desktop.eid.tokens import b64e
from desktop.eid.trust import InstitutionInfo, PublishedKeys
from desktop.eid.verify import Verifier

__all__ = [
    "PRESENCE_MAX_AGE",
    "ConsentHistory",
    "ConsentPrompt",
    "ConsentRecord",
    "PresenceCheck",
    "ShareOffer",
    "read_request",
]

#: How long a face-presence check vouches for the resident at the consent step.
PRESENCE_MAX_AGE = timedelta(minutes=2)


@dataclass(frozen=True)
class PresenceCheck:
    """The outcome of the app's face-presence check (one live frontal face, seen by the camera)."""

    passed: bool
    checked_at: datetime
    method: str = "face"


@dataclass(frozen=True)
class FieldRow:
    name: str
    label: str
    value: object


@dataclass(frozen=True)
class ConsentRecord:
    """One line of the consent history: who asked for what, why, and what the resident decided."""

    id: str
    at: datetime
    decision: str  # "consented" or "refused"
    institution_id: str
    institution_name: dict[str, str]
    purpose: dict[str, str]
    requested: tuple[str, ...]
    shared: tuple[str, ...]
    nonce: str
    credential_id: str | None = None
    token_expires_at: datetime | None = None

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "at": self.at.isoformat(), "decision": self.decision,
            "institution_id": self.institution_id, "institution_name": self.institution_name,
            "purpose": self.purpose, "requested": list(self.requested), "shared": list(self.shared),
            "nonce": self.nonce, "credential_id": self.credential_id,
            "token_expires_at": self.token_expires_at.isoformat() if self.token_expires_at else None,
        }  # fmt: skip

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> ConsentRecord:
        expires = data.get("token_expires_at")
        return cls(
            data["id"], datetime.fromisoformat(data["at"]), data["decision"], data["institution_id"],
            dict(data["institution_name"]), dict(data["purpose"]), tuple(data["requested"]),
            tuple(data["shared"]), data["nonce"], data.get("credential_id"),
            datetime.fromisoformat(expires) if expires else None,
        )  # fmt: skip


@dataclass(frozen=True)
class ShareOffer:
    """The share token to show as a QR code until ``expires_at``, and its history record."""

    token: str
    expires_at: datetime
    record: ConsentRecord


@dataclass(frozen=True)
class ConsentPrompt:
    """A verified request, ready for the consent screen."""

    request: Request
    institution: InstitutionInfo
    token: str
    demo: bool

    @property
    def fields(self) -> tuple[str, ...]:
        return self.request.fields

    @property
    def expires_at(self) -> datetime:
        return datetime.fromtimestamp(self.request.expires_at, UTC)

    def rows(self, wallet: EidWallet | None, language: str = "zh") -> list[FieldRow]:
        """Exactly the requested fields, labelled in ``language``, with the value that would be shared."""
        values = wallet.bundle.values() if wallet is not None else {}
        return [FieldRow(name, label(name, language), values.get(name)) for name in self.fields]

    def _record(
        self, decision: str, now: datetime, shared: tuple[str, ...] = (), **extra: Any
    ) -> ConsentRecord:
        return ConsentRecord(
            b64e(os.urandom(9)), now, decision, self.institution.id, dict(self.institution.name),
            dict(self.request.purpose), self.fields, shared, self.request.nonce, **extra,
        )  # fmt: skip

    def consent(
        self, wallet: EidWallet, fields: Iterable[str], presence: PresenceCheck, now: datetime
    ) -> ShareOffer:
        """The share token carrying only ``fields`` (a non-empty part of what was requested)."""
        chosen = tuple(name for name in self.fields if name in set(fields))
        extra = set(fields) - set(self.fields)
        if extra or not chosen:
            raise EidError(Reason.NOT_CONSENTED, ", ".join(sorted(extra)) or "nothing chosen")
        if now > self.expires_at:
            raise EidError(Reason.EXPIRED, "the request expired; ask the institution for a new one")
        if not presence.passed or not now - PRESENCE_MAX_AGE <= presence.checked_at <= now:
            raise EidError(Reason.PRESENCE_REQUIRED)
        token = wallet.share(self.institution.id, self.request.nonce, chosen, now, user_verified=True)
        expires = datetime.fromtimestamp(int(now.timestamp()) + SHARE_SECONDS, UTC)
        record = self._record(
            "consented", now, chosen, credential_id=wallet.claims.cid, token_expires_at=expires
        )
        return ShareOffer(token, expires, record)

    def refuse(self, now: datetime) -> ConsentRecord:
        return self._record("refused", now)


def read_request(text: str, keys: PublishedKeys, now: datetime) -> ConsentPrompt:
    """Verify a scanned request QR; raise ``EidError`` (unknown institution, bad signature, expired…)."""
    verified = Verifier(keys, clock=FakeClock(now)).verify_request(text)
    if verified.request is None or verified.institution is None:  # verify_request gives both
        raise EidError(Reason.WRONG_TYPE, "not a request")
    return ConsentPrompt(verified.request, verified.institution, text.strip(), keys.demo)


class ConsentHistory:
    """The local consent history: one JSON line per decision, in the resident's account folder."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def append(self, record: ConsentRecord) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record.to_json_dict(), ensure_ascii=False) + "\n")
            out.flush()
            os.fsync(out.fileno())  # a consent is a record the resident may be asked about later

    def records(self) -> list[ConsentRecord]:
        """Newest first; a torn last line (power cut mid-write) is skipped."""
        if not self.path.exists():
            return []
        found = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                found.append(ConsentRecord.from_json_dict(json.loads(line)))
            except (ValueError, KeyError, TypeError):
                continue
        return found[::-1]
