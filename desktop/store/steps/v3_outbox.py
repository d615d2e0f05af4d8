"""Schema v3: the outbox of the resident's operations and the history of their state changes.

Plain SQL rather than sqlite-utils: the exact column types, defaults and indexes are part of the
frozen step. ``state`` has no CHECK constraint on purpose: adding a state later would then need a
table rebuild, and a migration never rewrites outbox rows. Times are UTC ISO 8601 text of one fixed
width (see :mod:`desktop.store.outbox`), so they sort and compare as strings.
"""

from __future__ import annotations

import sqlite3

VERSION = 3

_SCHEMA = (
    """
    CREATE TABLE outbox (
        op_id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        stream TEXT NOT NULL,
        payload_json TEXT NOT NULL,
        payload_schema INTEGER NOT NULL DEFAULT 1,
        supersedes TEXT,
        superseded_by TEXT,
        money INTEGER NOT NULL DEFAULT 0,
        entity TEXT,
        entity_id TEXT,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        checks INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        unanswered INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        sent_at TEXT,
        last_status INTEGER,
        last_problem_json TEXT,
        receipt_json TEXT,
        sub_status_json TEXT,
        commit_seq INTEGER,
        acked_at TEXT
    )
    """,
    "CREATE INDEX outbox_stream ON outbox(stream, seq)",
    "CREATE INDEX outbox_state ON outbox(state, seq)",
    "CREATE INDEX outbox_target ON outbox(entity, entity_id, seq)",
    """
    CREATE TABLE outbox_events (
        id INTEGER PRIMARY KEY,
        op_id TEXT NOT NULL REFERENCES outbox(op_id),
        at TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX outbox_events_op ON outbox_events(op_id, id)",
)


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA:
        conn.execute(statement)
