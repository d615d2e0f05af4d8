"""The server's eID authority: ``desktop.eid.authority.Authority`` behind the ``/v1/eid`` endpoints.

- **One signing key per database**, made the first time the database is opened and kept in ``meta``
  (never sent anywhere; the key set publishes its public half).
- **State in the answer's transaction**: every call loads the authority from ``eid_state``, acts, and
  stores ``export_state()`` in the same SQLite transaction as the rows and events of its answer, so a
  crash leaves both or neither, and nothing in memory can drift from what was committed.
- **One call at a time**: a lock around every call (the library is not thread-safe). Lock order is
  always this lock, then the database's; the change watcher below runs inside other writers'
  transactions and therefore never takes this lock (it reads only the database).
- **Re-issue**: a pre-commit hook watches writes to the rows the certified values come from
  (``resident``, ``address``, ``photo``); when one changes a value the resident's active credential
  certified, the credential is marked for re-issue (its ``eid_credential`` row and an ``eid`` event).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from desktop.eid.authority import Authority, AuthorityState, CredentialRecord
from desktop.eid.errors import EidError, Reason
from desktop.eid.fields import FIELD_NAMES
from desktop.eid.keys import generate_key, private_from_text, private_to_text, public_from_text
from desktop.eid.trust import RevocationList
from server.db import Database
from server.eid.attributes import SOURCE_ENTITIES, gather
from server.eid.presence import check_frames
from server.problems import ProblemError
from server.store import ServerStore, Writer
from server.timeutil import iso_time
from server.uploads import UploadService

ENTITY = "eid_credential"
_KEY_META = "eid_authority_key"
ISSUER = "Macao One Account eID (reference server)"
DEMO_ISSUER = "DEMO Macao One Account eID (reference server, demo data)"
#: A presence check counts for a binding this long (the library's own limit).
PRESENCE_SECONDS = 300
#: Challenges a resident may hold at once; asking for more drops the oldest.
CHALLENGES_PER_RESIDENT = 5
_SKEW = 30


class _Clock:
    """The server's clock as the library wants it (``desktop.clock.Clock``)."""

    def __init__(self, base: Callable[[], float]) -> None:
        self._base = base

    def now(self) -> datetime:
        return datetime.fromtimestamp(self._base(), UTC)

    def monotonic(self) -> float:
        return time.monotonic()


def eid_problem(exc: EidError) -> ProblemError:
    """The problem answer of a refusal: the slug is the eID reason code (docs/EID.md)."""
    status = 409 if exc.reason is Reason.DEVICE_KEY_IN_USE else 422
    return ProblemError(status, exc.reason.value, exc.message)


def credential_row(record: CredentialRecord, changed: list[str]) -> dict[str, Any]:
    """The resident's ``eid_credential`` row of one credential."""
    revoked = record.revoked_at is not None
    return {
        "id": record.cid,
        "status": "revoked" if revoked else "active",
        "device_key": record.device_key,
        "issued_at": iso_time(record.issued_at),
        "expires_at": iso_time(record.expires_at),
        "revoked_at": iso_time(record.revoked_at) if record.revoked_at is not None else None,
        "reason": record.reason,
        "reissue_required": bool(changed) and not revoked,
        "changed_fields": [] if revoked else changed,
    }


def _event(row: Mapping[str, Any], revocation_version: int) -> dict[str, Any]:
    return {
        "credential_id": row["id"],
        "status": row["status"],
        "reason": row["reason"],
        "reissue_required": row["reissue_required"],
        "changed_fields": row["changed_fields"],
        "revocation_version": revocation_version,
    }


class EidService:
    def __init__(
        self, db: Database, store: ServerStore, uploads: UploadService, clock: Callable[[], float]
    ) -> None:
        self._db = db
        self._store = store
        self._uploads = uploads
        self._clock = clock
        self._authority_clock = _Clock(clock)
        self._lock = threading.Lock()
        with db.transaction() as conn:
            found = conn.execute("SELECT value FROM meta WHERE key = ?", (_KEY_META,)).fetchone()
            if found is None:
                key = generate_key()
                conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (_KEY_META, private_to_text(key)))
            else:
                key = private_from_text(str(found[0]))
            conn.execute(
                "INSERT OR IGNORE INTO eid_state (id, state_json, updated_at) VALUES (1, ?, ?)",
                (json.dumps(AuthorityState().to_json_dict()), clock()),
            )
        self._key = key
        # First: the rows and events it writes must still reach the event log's hook.
        store.add_precommit_hook(self._watch, first=True)

    # -- the authority, loaded and stored per call ---------------------------------------------------

    def _load(self, conn: sqlite3.Connection) -> Authority:
        state = json.loads(conn.execute("SELECT state_json FROM eid_state WHERE id = 1").fetchone()[0])
        demo = conn.execute("SELECT 1 FROM meta WHERE key = 'demo_seeded'").fetchone() is not None
        return Authority.from_state(
            self._key, state, clock=self._authority_clock, issuer=DEMO_ISSUER if demo else ISSUER, demo=demo
        )

    def _save(self, conn: sqlite3.Connection, authority: Authority) -> None:
        conn.execute(
            "UPDATE eid_state SET state_json = ?, updated_at = ? WHERE id = 1",
            (json.dumps(authority.export_state(), ensure_ascii=False, separators=(",", ":")), self._clock()),
        )

    @contextmanager
    def _changing(self) -> Iterator[tuple[Authority, Writer]]:
        """A call that may change the authority: its state is stored with the transaction's commit."""
        with self._lock, self._store.write() as w:
            authority = self._load(w.conn)
            yield authority, w
            self._save(w.conn, authority)

    @contextmanager
    def _reading(self) -> Iterator[tuple[Authority, sqlite3.Connection]]:
        with self._lock, self._db.snapshot() as conn:
            yield self._load(conn), conn

    # -- published ---------------------------------------------------------------------------------

    def key_set(self) -> dict[str, Any]:
        with self._reading() as (authority, _):
            return authority.published_keys().to_json_dict()

    def revocation_list(self) -> RevocationList:
        with self._reading() as (authority, _):
            return authority.revocation_list()

    # -- binding -----------------------------------------------------------------------------------

    def new_challenge(self, user_id: str) -> tuple[str, float]:
        with self._changing() as (authority, _):
            mine = sorted(
                (c for c in authority.state.challenges.values() if c.resident_id == user_id),
                key=lambda c: c.expires_at,
            )
            # Nobody needs more than a few at once; without a cap, a loop could grow the state at will.
            for old in mine[: max(0, len(mine) - CHALLENGES_PER_RESIDENT + 1)]:
                del authority.state.challenges[old.value]
            challenge = authority.new_challenge(user_id)
        return challenge.value, float(challenge.expires_at)

    def presence(
        self, user_id: str, upload_ids: list[str], faces: int | None, checked_at: float | None
    ) -> tuple[str, float]:
        """Record a face-presence check the device made over these uploaded frames (see docs)."""
        now = self._clock()
        if faces is not None and faces != 1:
            raise eid_problem(EidError(Reason.PRESENCE_REQUIRED, f"{faces} faces seen, not one"))
        seen = now if checked_at is None else checked_at
        if not now - PRESENCE_SECONDS <= seen <= now + _SKEW:
            raise eid_problem(EidError(Reason.PRESENCE_REQUIRED, "the check is older than five minutes"))
        with self._store.write() as w:
            check_frames(w.conn, self._uploads, user_id, upload_ids, now - PRESENCE_SECONDS)
            return self._add_presence(w.conn, user_id, min(seen, now), upload_ids), min(seen, now)

    def test_presence(self, user_id: str) -> tuple[str, float]:
        """Test mode: a presence check that passes, for this resident, now."""
        now = self._clock()
        with self._store.write() as w:
            return self._add_presence(w.conn, user_id, now, []), now

    def _add_presence(self, conn: sqlite3.Connection, user_id: str, at: float, frames: list[str]) -> str:
        conn.execute("DELETE FROM eid_presence WHERE checked_at < ?", (self._clock() - 86400,))
        presence_id = f"pr-{secrets.token_hex(12)}"
        conn.execute(
            "INSERT INTO eid_presence (id, user_id, checked_at, frames_json) VALUES (?, ?, ?, ?)",
            (presence_id, user_id, at, json.dumps(frames)),
        )
        return presence_id

    def bind(self, user_id: str, proof: str, presence_id: str) -> tuple[int, dict[str, Any]]:
        """``(201, Issued)`` for a new credential; ``(200, the same body)`` for a proof seen before."""
        digest = hashlib.sha256(proof.encode("utf-8")).hexdigest()
        with self._changing() as (authority, w):
            conn = w.conn
            kept = conn.execute(
                "SELECT body_json FROM eid_bindings WHERE proof_sha256 = ? AND user_id = ?", (digest, user_id)
            ).fetchone()
            if kept is not None:
                return 200, dict(json.loads(kept[0]))
            presence = conn.execute(
                "SELECT checked_at FROM eid_presence WHERE id = ? AND user_id = ? AND used_by IS NULL",
                (presence_id, user_id),
            ).fetchone()
            # No usable check: the epoch, which the library refuses (presence-required) — but only after
            # it has looked for its own answer to a retry, which needs no second check.
            seen = datetime.fromtimestamp(float(presence[0]) if presence is not None else 0.0, UTC)
            certified = gather(conn, user_id, self._clock())
            known = set(authority.state.credentials)
            try:
                issued = authority.bind(resident_id=user_id, display_name=certified.display_name,
                                        attributes=certified.values, proof=proof,
                                        presence_checked_at=seen)  # fmt: skip
            except EidError as exc:
                raise eid_problem(exc) from None
            body = issued.to_json_dict()
            if issued.cid in known:  # the same device key again on the same challenge: its first answer
                return 200, body
            conn.execute("DELETE FROM eid_bindings WHERE expires_at < ?", (self._clock(),))
            conn.execute(
                "INSERT INTO eid_bindings (proof_sha256, user_id, cid, body_json, expires_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (digest, user_id, issued.cid, json.dumps(body, ensure_ascii=False), issued.expires_at),
            )
            conn.execute("UPDATE eid_presence SET used_by = ? WHERE id = ?", (issued.cid, presence_id))
            conn.execute(
                "INSERT INTO eid_certified (user_id, cid, digests_json) VALUES (?, ?, ?)"
                " ON CONFLICT (user_id) DO UPDATE SET cid = excluded.cid,"
                " digests_json = excluded.digests_json, changed_json = '[]'",
                (user_id, issued.cid, json.dumps(certified.digests())),
            )
            for cid in issued.revoked:
                self._put_revoked(w, authority, cid)
            record = authority.credential_record(issued.cid)
            assert record is not None
            w.put(ENTITY, issued.cid, credential_row(record, []), user_id)
        return 201, body

    def _put_revoked(self, w: Writer, authority: Authority, cid: str) -> None:
        """The revoked credential's row says so, and every device of the resident hears it at once."""
        record = authority.credential_record(cid)
        assert record is not None
        row = credential_row(record, [])
        w.put(ENTITY, cid, row, record.resident_id)
        w.emit("eid", _event(row, authority.state.revocation_version), record.resident_id)

    def unbind(self, user_id: str) -> str | None:
        """Revoke the resident's eID (``unbound``); the credential id it had, if any."""
        with self._changing() as (authority, w):
            cid = authority.unbind(user_id)
            if cid is not None:
                self._put_revoked(w, authority, cid)
                w.conn.execute("DELETE FROM eid_certified WHERE user_id = ?", (user_id,))
        return cid

    def status(self, user_id: str, cid: str) -> dict[str, Any]:
        """The credential's status; another resident's credential is ``unknown`` to this one."""
        with self._reading() as (authority, conn):
            record = authority.credential_record(cid)
            if record is None or record.resident_id != user_id:
                return {"status": "unknown", "reissue_required": False, "changed_fields": []}
            status = authority.status(cid)
            found = conn.execute(
                "SELECT changed_json FROM eid_certified WHERE user_id = ? AND cid = ?", (user_id, cid)
            ).fetchone()
        changed: list[str] = json.loads(found[0]) if found is not None and status == "active" else []
        return {"status": status, "reissue_required": bool(changed), "changed_fields": changed}

    # -- institutions ------------------------------------------------------------------------------

    def register_institution(
        self, institution_id: str, name: Mapping[str, str], x: str, kid: str | None
    ) -> tuple[bool, dict[str, Any]]:
        """Register an institution or add a key to it; ``(created, its registry entry)``."""
        try:
            key = public_from_text(x)
        except (EidError, ValueError) as exc:
            raise eid_problem(EidError(Reason.MALFORMED, f"the key's x: {exc}")) from None
        with self._changing() as (authority, _):
            created = institution_id not in authority.state.institutions
            try:
                info = authority.register_institution(institution_id, name, key, kid=kid)
            except EidError as exc:
                raise eid_problem(exc) from None
        return created, info.to_json_dict()

    # -- re-issue when a certified value changes ---------------------------------------------------

    def _watch(self, w: Writer) -> None:
        owners = {x.owner for x in w.written if x.owner is not None and x.entity in SOURCE_ENTITIES}
        for owner in sorted(owners):
            self._recheck(w, owner)

    def _recheck(self, w: Writer, user_id: str) -> None:
        found = w.conn.execute(
            "SELECT cid, digests_json, changed_json FROM eid_certified WHERE user_id = ?", (user_id,)
        ).fetchone()
        if found is None:
            return
        cid, certified, before = str(found[0]), json.loads(found[1]), json.loads(found[2])
        current = gather(w.conn, user_id, self._clock()).digests()
        changed = [name for name in FIELD_NAMES if current.get(name) != certified.get(name)]
        if changed == before:
            return
        w.conn.execute(
            "UPDATE eid_certified SET changed_json = ? WHERE user_id = ?", (json.dumps(changed), user_id)
        )
        stored = w.get(ENTITY, cid)
        if stored is None or stored.row is None:
            return
        row = {**stored.row, "reissue_required": bool(changed), "changed_fields": changed}
        w.put(ENTITY, cid, row, user_id)
        state = json.loads(w.conn.execute("SELECT state_json FROM eid_state WHERE id = 1").fetchone()[0])
        w.emit("eid", _event(row, int(state["revocation_version"])), user_id)
