"""The server's SQLite database: one connection, one lock, forward-only schema steps.

Every read and write goes through :class:`Database`, which serialises access with a lock. The
server's writes must be serialised anyway (one change sequence), and its reads are indexed range
queries, so one connection is simpler than a pool and fast enough for a reference server.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: Schema steps; step ``i`` moves ``PRAGMA user_version`` from ``i`` to ``i + 1``.
_SCHEMA_STEPS: tuple[str, ...] = (
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    -- One row per named counter; 'change_seq' is THE change sequence of the server.
    CREATE TABLE counters (
        name  TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    );
    INSERT INTO counters (name, value) VALUES ('change_seq', 0);

    -- Latest state of every synced row. owner NULL = public, else the id of the only user who sees it.
    -- Deletes keep the row as a tombstone (deleted = 1, row_json NULL) so clients learn about them.
    CREATE TABLE entities (
        entity   TEXT    NOT NULL,
        id       TEXT    NOT NULL,
        owner    TEXT,
        version  INTEGER NOT NULL,
        seq      INTEGER NOT NULL,
        deleted  INTEGER NOT NULL DEFAULT 0,
        row_json TEXT,
        PRIMARY KEY (entity, id)
    );
    CREATE UNIQUE INDEX entities_seq ON entities (seq);
    -- Serves both halves of the pull (owner IS NULL, owner = ?) as ordered range scans.
    CREATE INDEX entities_owner_seq ON entities (owner, seq);

    CREATE TABLE users (
        id                TEXT PRIMARY KEY,
        username          TEXT NOT NULL UNIQUE,
        password_hash     TEXT NOT NULL,
        display_name_json TEXT NOT NULL,
        created_at        REAL NOT NULL
    );

    -- Tokens are stored only as SHA-256 hashes of the secrets handed out.
    CREATE TABLE refresh_tokens (
        token_hash TEXT PRIMARY KEY,
        family     TEXT NOT NULL,
        user_id    TEXT NOT NULL REFERENCES users (id),
        issued_at  REAL NOT NULL,
        expires_at REAL NOT NULL,
        rotated_at REAL,
        revoked    INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX refresh_tokens_family ON refresh_tokens (family);

    CREATE TABLE access_tokens (
        token_hash TEXT PRIMARY KEY,
        family     TEXT NOT NULL,
        user_id    TEXT NOT NULL REFERENCES users (id),
        expires_at REAL NOT NULL
    );
    CREATE INDEX access_tokens_family ON access_tokens (family);
    CREATE INDEX access_tokens_expiry ON access_tokens (expires_at);
    """,
    """
    -- Operations and their idempotency records: one row per (resident, op_id), first written in the
    -- same transaction as the operation's effect. status/body_json hold the answer as it stands, so a
    -- retry with the same key gets it again. commit_seq is a change-sequence number the operation
    -- took at its latest commit (acked_ops of the pull).
    CREATE TABLE ops (
        user_id         TEXT    NOT NULL,
        op_id           TEXT    NOT NULL,
        fingerprint     TEXT    NOT NULL,
        kind            TEXT    NOT NULL,
        stream          TEXT    NOT NULL,
        supersedes      TEXT,
        state           TEXT    NOT NULL,
        status          INTEGER NOT NULL,
        body_json       TEXT    NOT NULL,
        receipt_json    TEXT,
        problem_json    TEXT,
        sub_status_json TEXT    NOT NULL DEFAULT '[]',
        commit_seq      INTEGER NOT NULL,
        job_due_at      REAL,
        job_json        TEXT,
        created_at      REAL    NOT NULL,
        updated_at      REAL    NOT NULL,
        PRIMARY KEY (user_id, op_id)
    );
    CREATE UNIQUE INDEX ops_user_commit ON ops (user_id, commit_seq);
    CREATE INDEX ops_updated ON ops (updated_at);
    CREATE INDEX ops_jobs ON ops (job_due_at) WHERE job_due_at IS NOT NULL;

    -- Payments of the demo provider. target: 'fine:F-1', 'vehicle:V-1:tax:2026'; op_id NULL = paid
    -- through another channel.
    CREATE TABLE payments (
        id         INTEGER PRIMARY KEY,
        target     TEXT NOT NULL,
        user_id    TEXT NOT NULL,
        op_id      TEXT,
        method     TEXT NOT NULL,
        amount     TEXT NOT NULL,
        state      TEXT NOT NULL CHECK (state IN ('pending', 'succeeded', 'declined')),
        receipt_no TEXT UNIQUE,
        created_at REAL NOT NULL,
        paid_at    REAL
    );
    -- Business uniqueness, the second guard behind the idempotency record: at most one live
    -- (pending or successful) payment per fine or per vehicle and tax year, ever.
    CREATE UNIQUE INDEX payments_one_live ON payments (target) WHERE state IN ('pending', 'succeeded');

    -- Every business effect applied (a charge…), for tests that count them from outside the client.
    CREATE TABLE effects (
        seq     INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL,
        op_id   TEXT,
        kind    TEXT NOT NULL,
        target  TEXT NOT NULL,
        amount  TEXT,
        at      REAL NOT NULL
    );

    -- Server-sent events; owner NULL = everybody. AUTOINCREMENT: ids are never reused after a purge,
    -- so a Last-Event-ID always means the same point.
    CREATE TABLE events (
        id        INTEGER PRIMARY KEY AUTOINCREMENT,
        type      TEXT NOT NULL,
        owner     TEXT,
        data_json TEXT NOT NULL,
        at        REAL NOT NULL
    );
    CREATE INDEX events_at ON events (at);

    -- Resumable uploads, content-addressed per resident; the bytes live in files under the data dir.
    CREATE TABLE uploads (
        id         TEXT    PRIMARY KEY,
        user_id    TEXT    NOT NULL,
        sha256     TEXT    NOT NULL,
        size       INTEGER NOT NULL,
        mime       TEXT    NOT NULL,
        received   INTEGER NOT NULL DEFAULT 0,
        complete   INTEGER NOT NULL DEFAULT 0,
        created_at REAL    NOT NULL,
        updated_at REAL    NOT NULL,
        UNIQUE (user_id, sha256)
    );
    """,
    """
    -- Counter appointments. A pattern says when a service is bookable at a location each week; the
    -- calendar makes slots from it for the days ahead (server.appointments).
    CREATE TABLE slot_patterns (
        service_id  TEXT    NOT NULL,
        location_id TEXT    NOT NULL,
        weekdays    TEXT    NOT NULL,  -- ISO weekday numbers: '1,4'
        times       TEXT    NOT NULL,  -- start times: '09:30,15:00'
        minutes     INTEGER NOT NULL,
        capacity    INTEGER NOT NULL,
        PRIMARY KEY (service_id, location_id)
    );
    -- Business uniqueness of bookings, the second guard behind the operation's record: a slot never
    -- holds more bookings than places (the CHECK refuses it whatever the code does), and a resident
    -- holds at most one live booking of a slot.
    CREATE TABLE slots (
        id          TEXT    PRIMARY KEY,
        service_id  TEXT    NOT NULL,
        location_id TEXT    NOT NULL,
        start_at    REAL    NOT NULL,
        end_at      REAL    NOT NULL,
        capacity    INTEGER NOT NULL,
        booked      INTEGER NOT NULL DEFAULT 0,
        CHECK (capacity >= 0 AND booked >= 0 AND booked <= capacity)
    );
    CREATE INDEX slots_service_start ON slots (service_id, start_at);
    CREATE INDEX slots_end ON slots (end_at);
    CREATE TABLE appointments (
        id          TEXT    PRIMARY KEY,
        user_id     TEXT    NOT NULL,
        service_id  TEXT    NOT NULL,
        slot_id     TEXT    NOT NULL,
        location_id TEXT    NOT NULL,
        state       TEXT    NOT NULL CHECK (state IN ('booked', 'cancelled', 'done')),
        ticket_code TEXT    NOT NULL UNIQUE,
        start_at    REAL    NOT NULL,
        end_at      REAL    NOT NULL,
        created_at  REAL    NOT NULL,
        updated_at  REAL    NOT NULL
    );
    CREATE UNIQUE INDEX appointments_one_per_slot ON appointments (user_id, slot_id) WHERE state = 'booked';
    CREATE INDEX appointments_due ON appointments (end_at) WHERE state = 'booked';
    """,
    """
    -- eID (電子身份). The authority's state exactly as Authority.export_state() gives it (one row),
    -- written in the transaction of every answer that changed it. Its signing key is not in it: that
    -- is made once per database and kept in meta ('eid_authority_key').
    CREATE TABLE eid_state (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        state_json TEXT    NOT NULL,
        updated_at REAL    NOT NULL
    );
    -- Face-presence checks; a binding uses one once (used_by: the credential it went to).
    CREATE TABLE eid_presence (
        id          TEXT PRIMARY KEY,
        user_id     TEXT NOT NULL,
        checked_at  REAL NOT NULL,
        frames_json TEXT NOT NULL,
        used_by     TEXT
    );
    CREATE INDEX eid_presence_checked ON eid_presence (checked_at);
    -- The answer to each binding proof, so the same proof sent again gets the same answer.
    CREATE TABLE eid_bindings (
        proof_sha256 TEXT PRIMARY KEY,
        user_id      TEXT NOT NULL,
        cid          TEXT NOT NULL,
        body_json    TEXT NOT NULL,
        expires_at   REAL NOT NULL
    );
    CREATE INDEX eid_bindings_expiry ON eid_bindings (expires_at);
    -- What each resident's active credential certified, as a digest of every field's value (not the
    -- values), so a write that changes one can mark the credential for re-issue.
    CREATE TABLE eid_certified (
        user_id      TEXT PRIMARY KEY,
        cid          TEXT NOT NULL,
        digests_json TEXT NOT NULL,
        changed_json TEXT NOT NULL DEFAULT '[]'
    );
    """,
)

SCHEMA_VERSION = len(_SCHEMA_STEPS)


class Database:
    """A SQLite file opened in WAL mode, shared by all request threads under one lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE) so a write never
        # starts as a read and fails to upgrade its lock halfway.
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode loses nothing when the process dies (only on power loss), which is
        # the failure the fault tests exercise ("crash after commit").
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._migrate()

    def _migrate(self) -> None:
        with self._lock:
            version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise RuntimeError(
                    f"{self.path.name} has schema version {version}; this server knows up to {SCHEMA_VERSION}"
                )
            for step in range(version, SCHEMA_VERSION):
                # executescript commits on its own, so the step and its version bump go in one script.
                self._conn.executescript(
                    f"BEGIN IMMEDIATE;\n{_SCHEMA_STEPS[step]}\nPRAGMA user_version = {step + 1};\nCOMMIT;"
                )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed when the block ends, rolled back if it raises."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every query in the block sees the same state of the database."""
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                self._conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()
