"""The verifier: what an institution, a course venue or the app needs to trust an eID token offline.

Checks, in order: the token's form; the authority's signature on the credential (by ``kid`` from the
published key set); the revocation list; the credential's validity; the device's signature over the
credential and its own payload; the token's time window (with a clock-skew allowance, and a cap on
how long each kind may claim to live); what binds it to this verifier (nonce, institution, course);
the shared fields against the credential's digest root; and last, once all else holds, the replay
cache, so a forged or failing token can never use up a genuine one's place.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from desktop.clock import Clock, SystemClock
from desktop.eid.claims import Course, Credential, Presentation, Request, Share, iso
from desktop.eid.errors import EidError, Reason
from desktop.eid.fields import FIELD_NAMES, root_from_share
from desktop.eid.keys import public_from_text
from desktop.eid.tokens import Link, parse, verify_link
from desktop.eid.trust import InstitutionInfo, PublishedKeys, RevocationList

__all__ = [
    "DEFAULT_SKEW_SECONDS",
    "MAX_LIFETIME_SECONDS",
    "MemoryReplayCache",
    "ReplayCache",
    "SqliteReplayCache",
    "Subject",
    "Verified",
    "Verifier",
]

DEFAULT_SKEW_SECONDS = 30
#: The longest life each kind may claim; a token claiming more is refused whatever its signature.
MAX_LIFETIME_SECONDS = {"show": 60, "share": 300, "course": 300, "req": 3600}


class ReplayCache(Protocol):
    def remember(self, key: str, until: int, now: int) -> bool:
        """Keep ``key`` until ``until`` (epoch seconds); False when it is already kept: a replay."""
        ...


class MemoryReplayCache:
    """Used token ids in this process, each forgotten once its token has expired anyway."""

    PRUNE_EVERY_SECONDS = 30

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}
        self._next_prune = 0
        self._lock = threading.Lock()

    def remember(self, key: str, until: int, now: int) -> bool:
        with self._lock:
            if now >= self._next_prune:  # now and then, not on every call: a busy counter scans a lot
                self._seen = {k: t for k, t in self._seen.items() if t >= now}
                self._next_prune = now + self.PRUNE_EVERY_SECONDS
            held = self._seen.get(key)
            if held is not None and held >= now:
                return False
            self._seen[key] = until
            return True


class SqliteReplayCache:
    """Used token ids in a file: for a verifier that runs as one command per scan."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, until INTEGER NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def remember(self, key: str, until: int, now: int) -> bool:
        db = self._connect()
        try:
            with db:  # one transaction: two scanners racing on one token cannot both win
                db.execute("DELETE FROM seen WHERE until < ?", (now,))
                cursor = db.execute("INSERT OR IGNORE INTO seen (key, until) VALUES (?, ?)", (key, until))
                return cursor.rowcount == 1
        finally:
            db.close()


@dataclass(frozen=True)
class Subject:
    resident_id: str
    name: str
    credential_id: str
    credential_expires_at: datetime


def _time(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


@dataclass(frozen=True)
class Verified:
    """A token that passed every check, and what it says."""

    kind: str  # "credential", "show", "share", "course" or "request"
    issued_at: datetime
    expires_at: datetime
    subject: Subject | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    user_verified: bool | None = None
    institution: InstitutionInfo | None = None
    request: Request | None = None
    course: Course | None = None
    revocation_version: int | None = None  # None: no revocation list was consulted
    demo: bool = False

    def to_json_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"valid": True, "type": self.kind, "issued_at": iso(self.issued_at),
                               "expires_at": iso(self.expires_at)}  # fmt: skip
        if self.subject is not None:
            out["subject"] = {"resident_id": self.subject.resident_id, "name": self.subject.name,
                              "credential_id": self.subject.credential_id,
                              "credential_expires_at": iso(self.subject.credential_expires_at)}  # fmt: skip
        if self.kind == "share":
            out["fields"] = self.fields
            out["user_verified"] = self.user_verified
        if self.institution is not None:
            out["institution"] = {"id": self.institution.id, "name": self.institution.name}
        if self.request is not None:
            out["request"] = {"fields": list(self.request.fields), "purpose": self.request.purpose,
                              "nonce": self.request.nonce}  # fmt: skip
        if self.course is not None:
            out["course"] = {"programme": self.course.programme, "course": self.course.course,
                             "action": self.course.action}  # fmt: skip
        out["revocation_checked"] = self.revocation_version is not None
        if self.revocation_version is not None:
            out["revocation_version"] = self.revocation_version
        out["demo"] = self.demo
        return out


class Verifier:
    """Verifies eID tokens against a published key set, a revocation list and a replay cache."""

    def __init__(
        self,
        keys: PublishedKeys,
        *,
        revocations: RevocationList | None = None,
        replay: ReplayCache | None = None,
        clock: Clock | None = None,
        skew_seconds: int = DEFAULT_SKEW_SECONDS,
    ) -> None:
        self.keys = keys
        self.revocations = revocations
        self.replay: ReplayCache = replay if replay is not None else MemoryReplayCache()
        self.clock: Clock = clock or SystemClock()
        self.skew = skew_seconds

    def update_revocations(self, newer: RevocationList) -> None:
        """Take a newer list; an older one (a replayed old list that unrevokes someone) is refused."""
        if self.revocations is not None and newer.version < self.revocations.version:
            raise EidError(Reason.STALE_LIST, f"version {newer.version} < {self.revocations.version}")
        self.revocations = newer

    def verify(
        self,
        token: str,
        *,
        nonce: str | None = None,
        institution: str | None = None,
        requested: Iterable[str] | None = None,
        course: str | None = None,
        expect: str | None = None,
    ) -> Verified:
        """Verify any eID token; raise ``EidError`` with the first reason it fails.

        A share token needs the ``nonce`` of the request it answers; ``institution`` (this verifier's
        id), ``requested`` (the fields asked for) and ``course`` are checked when given. ``expect``
        names the kind of token wanted ("show", "share", "course", "req", "cred").
        """
        now = int(self.clock.now().timestamp())
        links = parse(token)
        last = links[-1]
        if expect is not None and last.type != expect:
            raise EidError(Reason.WRONG_TYPE, f"expected {expect}, got {last.type or 'nothing'}")
        if last.type == Request.TYPE and len(links) == 1:
            return self._request(last, now)
        if last.type == Credential.TYPE and len(links) == 1:
            cred = self._credential(last, now)
            return self._result("credential", cred.issued_at, cred.expires_at, cred)
        if last.type not in (Presentation.TYPE, Share.TYPE, Course.TYPE):
            raise EidError(Reason.WRONG_TYPE, f"a {last.type or 'nameless'} token is not verified here")
        if len(links) != 2 or links[0].type != Credential.TYPE:
            raise EidError(Reason.MALFORMED, "a device token rides on a credential")
        cred = self._credential(links[0], now)
        verify_link(last, public_from_text(cred.device_key))
        if last.type == Presentation.TYPE:
            show = Presentation.from_payload(last.payload)
            self._window("show", show.issued_at, show.expires_at, now, cred)
            self._once(f"show:{cred.cid}:{show.jti}", show.expires_at, now)
            return self._result("show", show.issued_at, show.expires_at, cred)
        if last.type == Course.TYPE:
            attendance = Course.from_payload(last.payload)
            self._window("course", attendance.issued_at, attendance.expires_at, now, cred)
            if course is not None and course not in (attendance.course, attendance.qualified):
                raise EidError(Reason.WRONG_COURSE, attendance.qualified)
            self._once(f"course:{cred.cid}:{attendance.jti}", attendance.expires_at, now)
            issued, expires = attendance.issued_at, attendance.expires_at
            return self._result("course", issued, expires, cred, course=attendance)
        share = Share.from_payload(last.payload)
        self._window("share", share.issued_at, share.expires_at, now, cred)
        if nonce is None:
            raise EidError(Reason.NONCE_REQUIRED)
        if share.nonce != nonce:
            raise EidError(Reason.WRONG_NONCE)
        if institution is not None and share.institution != institution:
            raise EidError(Reason.WRONG_INSTITUTION, f"made for {share.institution}")
        if root_from_share(share.disclosed, share.withheld) != cred.root:
            raise EidError(Reason.BAD_DISCLOSURE)
        extra = set(share.disclosed) - set(requested if requested is not None else share.disclosed)
        if extra:
            raise EidError(Reason.NOT_REQUESTED, ", ".join(sorted(extra)))
        self._once(f"share:{share.institution}:{share.nonce}", share.expires_at, now)
        fields = {name: share.disclosed[name].value for name in FIELD_NAMES if name in share.disclosed}
        institution_info = self.keys.institutions.get(share.institution)
        return self._result(
            "share", share.issued_at, share.expires_at, cred,
            fields=fields, user_verified=share.user_verified, institution=institution_info,
        )  # fmt: skip

    def _result(self, kind: str, issued: int, expires: int, cred: Credential, **extra: Any) -> Verified:
        return Verified(kind, _time(issued), _time(expires), self._subject(cred),
                        revocation_version=self._rev_version, demo=self.keys.demo, **extra)  # fmt: skip

    def verify_request(self, token: str) -> Verified:
        """Verify an institution's request QR (what the app does after scanning one)."""
        return self.verify(token, expect=Request.TYPE)

    @property
    def _rev_version(self) -> int | None:
        return self.revocations.version if self.revocations is not None else None

    def _subject(self, cred: Credential) -> Subject:
        return Subject(cred.sub, cred.name, cred.cid, _time(cred.expires_at))

    def _credential(self, link: Link, now: int) -> Credential:
        cred = Credential.from_payload(link.payload)
        key = self.keys.authority.get(cred.kid)
        if key is None:
            raise EidError(Reason.UNKNOWN_KEY, f"authority key {cred.kid!r}")
        verify_link(link, key)
        revoked = self.revocations.is_revoked(cred.cid) if self.revocations is not None else None
        if revoked is not None:
            raise EidError(Reason.REVOKED, f"credential {cred.cid}, {revoked.reason}")
        if now > cred.expires_at + self.skew:
            raise EidError(Reason.CREDENTIAL_EXPIRED, f"at {iso(cred.expires_at)}")
        if now < cred.issued_at - self.skew:
            raise EidError(Reason.NOT_YET_VALID, "credential")
        return cred

    def _window(self, kind: str, issued: int, expires: int, now: int, cred: Credential | None) -> None:
        if expires - issued > MAX_LIFETIME_SECONDS[kind]:
            raise EidError(Reason.LIFETIME_TOO_LONG, f"{expires - issued} s for a {kind} token")
        if now > expires + self.skew:
            raise EidError(Reason.EXPIRED, f"at {iso(expires)}, now {iso(now)}")
        if now < issued - self.skew:
            raise EidError(Reason.NOT_YET_VALID, f"issued {iso(issued)}")
        if cred is not None and not cred.issued_at <= issued <= cred.expires_at:
            raise EidError(Reason.CREDENTIAL_EXPIRED, "the token was made outside the credential's life")

    def _once(self, key: str, expires: int, now: int) -> None:
        if not self.replay.remember(key, expires + self.skew, now):
            raise EidError(Reason.REPLAYED)

    def _request(self, link: Link, now: int) -> Verified:
        request = Request.from_payload(link.payload)
        info = self.keys.institutions.get(request.institution)
        if info is None:
            raise EidError(Reason.UNKNOWN_INSTITUTION, request.institution)
        key = info.keys.get(request.kid)
        if key is None:
            raise EidError(Reason.UNKNOWN_KEY, f"{request.institution} key {request.kid!r}")
        verify_link(link, key)
        self._window("req", request.issued_at, request.expires_at, now, None)
        return Verified("request", _time(request.issued_at), _time(request.expires_at), institution=info,
                        request=request, demo=self.keys.demo)  # fmt: skip
