"""Writing pulled changes into the cache: one page per transaction, and the start-over sweep.

This is the only code that writes cache rows. A page is checked whole before anything is written,
so a bad row refuses the page and leaves both the rows and the cursor as they were.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.domain.changes import Changes
from desktop.store import outbox, search_index
from desktop.store.db import transaction
from desktop.store.errors import BadPayload
from desktop.store.meta import SyncState
from desktop.store.rows import TYPED, Columns, RowError, dump_json

#: Tables the start-over sweep clears of old-generation rows, with the entity each holds.
_SWEPT = (("departments", "department"), ("services", "service"), ("feed_items", "feed_item"))


@dataclass(frozen=True, slots=True)
class _Change:
    entity: str
    id: str
    op: str
    version: int
    row_json: str
    columns: Columns | None  # typed columns of a put of a known entity


def _check(change: Any, n: int) -> _Change:
    if not isinstance(change, dict):
        raise BadPayload("", "", f"change #{n} is not an object")
    entity, row_id, op = change.get("entity"), change.get("id"), change.get("op")
    if not isinstance(entity, str) or not entity:
        raise BadPayload("", "", f"change #{n} has no entity name")
    if not isinstance(row_id, str) or not row_id:
        raise BadPayload(entity, "", f"change #{n} has no id")
    version = change.get("version", 0)
    if version is None:
        version = 0
    if isinstance(version, bool) or not isinstance(version, int) or not -(2**63) <= version < 2**63:
        raise BadPayload(entity, row_id, "version must be an integer")
    if op == "delete":
        return _Change(entity, row_id, op, version, "", None)
    if op != "put":
        raise BadPayload(entity, row_id, f"unknown op {op!r}")
    row = change.get("row")
    if not isinstance(row, dict):
        raise BadPayload(entity, row_id, "a put needs a row object")
    if "id" in row and row["id"] != row_id:
        raise BadPayload(entity, row_id, f"row id {row['id']!r} differs from the change id")
    columns = None
    if entity in TYPED:
        try:
            columns = TYPED[entity][1](row)
        except RowError as exc:
            raise BadPayload(entity, row_id, str(exc)) from None
    return _Change(entity, row_id, op, version, dump_json(row), columns)


def _upsert(conn: sqlite3.Connection, table: str, key: str, c: _Change, gen: int) -> sqlite3.Row:
    assert c.columns is not None
    values = {key: c.id, **c.columns, "version": c.version, "gen": gen, "row_json": c.row_json}
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    updates = ", ".join(f"{n} = excluded.{n}" for n in values if n != key)
    # ON CONFLICT … DO UPDATE keeps the row's sid, which the search index uses as its rowid.
    row: sqlite3.Row = conn.execute(
        f"INSERT INTO {table}({names}) VALUES ({marks}) ON CONFLICT({key}) DO UPDATE SET {updates}"
        f" RETURNING rowid",
        tuple(values.values()),
    ).fetchone()
    return row


def _write(conn: sqlite3.Connection, c: _Change, gen: int, departments: set[str]) -> None:
    if c.entity not in TYPED:
        if c.op == "delete":
            conn.execute("DELETE FROM cache_rows WHERE entity = ? AND id = ?", (c.entity, c.id))
        else:
            conn.execute(
                "INSERT INTO cache_rows(entity, id, version, gen, row_json) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(entity, id) DO UPDATE SET version = excluded.version, gen = excluded.gen,"
                " row_json = excluded.row_json",
                (c.entity, c.id, c.version, gen, c.row_json),
            )
        return
    table = TYPED[c.entity][0]
    if c.entity == "service":
        if c.op == "delete":
            r = conn.execute("DELETE FROM services WHERE id = ? RETURNING sid", (c.id,)).fetchone()
            if r is not None:
                search_index.unindex_service(conn, r["sid"])
        else:
            search_index.index_service(conn, _upsert(conn, table, "id", c, gen)[0])
        return
    if c.op == "delete":
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (c.id,))
    else:
        _upsert(conn, table, "id", c, gen)
    if c.entity == "department":
        departments.add(c.id)


def apply_page(
    conn: sqlite3.Connection,
    state: SyncState,
    changes: list[Any],
    cursor: str,
    caught_up_at: datetime | None = None,
    *,
    acked_ops: Sequence[str] = (),
    now: datetime | None = None,
) -> Changes:
    """Apply one page of ``/v1/changes`` and its cursor in one transaction; returns what it touched.

    ``caught_up_at`` (for the last page of a pull) is recorded as the "as of" time in the same
    transaction, so whoever reacts to the page already sees the new time. The ops in ``acked_ops``
    get their write checkpoint (``acked_at`` = ``now``) in that transaction as well.
    """
    if not isinstance(acked_ops, list | tuple) or not all(isinstance(a, str) for a in acked_ops):
        raise BadPayload("", "", "acked_ops must be a list of op ids")
    if not isinstance(changes, list):
        raise BadPayload("", "", "changes must be a list")
    if not isinstance(cursor, str):
        raise BadPayload("", "", "cursor must be a string")
    checked = [_check(change, n) for n, change in enumerate(changes)]
    touched: set[str] = set()
    with transaction(conn):
        gen = state.generation
        departments: set[str] = set()
        for c in checked:
            _write(conn, c, gen, departments)
            touched.add(c.entity)
        if departments:
            search_index.reindex_departments(conn, departments)
        if acked_ops and outbox.mark_acked(conn, acked_ops, now or datetime.now(UTC)):
            touched.add(outbox.ENTITY)
        state._set_cursor(cursor)
        if caught_up_at is not None:
            state._caught_up(caught_up_at)
    return Changes.of(touched)


def start_over(conn: sqlite3.Connection, state: SyncState) -> int:
    """Begin a full re-pull: forget the cursor and tag what comes next with a new generation.

    Nothing is deleted now, so the user keeps seeing the old rows until the re-pull completes.
    """
    with transaction(conn):
        return state._start_over()


def sweep(conn: sqlite3.Connection, state: SyncState, caught_up_at: datetime | None = None) -> Changes:
    """After a complete re-pull: delete cache rows the re-pull did not bring (older generations).

    Local-only tables (favourites, recent services, the outbox and its events) are never touched.
    """
    touched: set[str] = set()
    with transaction(conn):
        if not state.sweep_pending:
            return Changes()
        gen = state.generation
        for table, entity in _SWEPT:
            if table == "services":
                gone = conn.execute("DELETE FROM services WHERE gen < ? RETURNING sid", (gen,)).fetchall()
                for r in gone:
                    search_index.unindex_service(conn, r["sid"])
                deleted = len(gone)
            else:
                deleted = conn.execute(f"DELETE FROM {table} WHERE gen < ?", (gen,)).rowcount
            if deleted:
                touched.add(entity)
        for r in conn.execute("DELETE FROM cache_rows WHERE gen < ? RETURNING entity", (gen,)).fetchall():
            touched.add(r["entity"])
        state._sweep_done()
        if caught_up_at is not None:
            state._caught_up(caught_up_at)
    return Changes.of(touched, reset=True)
