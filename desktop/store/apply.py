"""Writing pulled changes into the cache: one page per transaction, and the start-over sweep.

This is the only code that writes cache rows. A page is checked whole before anything is written,
so a bad row refuses the page and leaves both the rows and the cursor as they were. A checked page
is written a table at a time (one ``executemany`` per table and kind of change), because a statement
per row made the pull's writes several times slower than the network.

Which change wins is the server's order, as before: a later change of a row replaces an earlier one
(within a page and across pages); ``version`` is kept with the row but not compared.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from desktop.domain.changes import Changes
from desktop.store import outbox, search_index
from desktop.store.columns import COLUMNS, CONVERTERS, Columns, RowError, clean_columns, dump_json
from desktop.store.db import transaction
from desktop.store.errors import BadPayload
from desktop.store.meta import SyncState
from desktop.store.rows import TABLES

#: Tables the start-over sweep clears of old-generation rows, with the entity each holds.
_SWEPT = (("departments", "department"), ("services", "service"), ("feed_items", "feed_item"))
#: Ids per ``IN (…)`` list, well below SQLite's limit on statement variables.
_CHUNK = 500
_I64_MIN, _I64_MAX = -(2**63), 2**63
#: Typed entities are written in this order: the service index includes department names.
_WRITE_ORDER = {"department": 0, "service": 1}

#: A checked put: ``(version, row_json, typed columns)``; the columns are empty for ``cache_rows``.
Put = tuple[int, str, Columns]
#: A checked page: per entity, each id's last change in the page (a put, or None for a delete).
Plan = dict[str, dict[str, Put | None]]


def _upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    names = ("id", *columns, "version", "gen", "row_json")
    updates = ", ".join(f"{n} = excluded.{n}" for n in names[1:])
    # ON CONFLICT … DO UPDATE keeps the row's sid, which the search index uses as its rowid.
    return (
        f"INSERT INTO {table}({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
        f" ON CONFLICT(id) DO UPDATE SET {updates}"
    )


_UPSERT = {entity: _upsert_sql(TABLES[entity], columns) for entity, columns in COLUMNS.items()}
_CACHE_ROWS_UPSERT = (
    "INSERT INTO cache_rows(entity, id, version, gen, row_json) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT(entity, id) DO UPDATE SET version = excluded.version, gen = excluded.gen,"
    " row_json = excluded.row_json"
)


def _put(entity: str, row_id: str, version: int, row: Any) -> Put:
    if not isinstance(row, dict):
        raise BadPayload(entity, row_id, "a put needs a row object")
    if "id" in row and row["id"] != row_id:
        raise BadPayload(entity, row_id, f"row id {row['id']!r} differs from the change id")
    convert = CONVERTERS.get(entity)
    columns: Columns = ()
    if convert is not None:
        try:
            columns = convert(row)
        except RowError as exc:
            raise BadPayload(entity, row_id, str(exc)) from None
    row_json, clean = dump_json(row)
    if not clean:
        columns = clean_columns(columns)
    return version, row_json, columns


def check_page(changes: list[Any]) -> Plan:
    """Check every change of a page (raising :class:`BadPayload` for the first bad one) and plan it.

    Within a page the server's order decides: a later change of the same row replaces an earlier one,
    so only each row's last change is kept and rows can then be written a table at a time.
    """
    plan: Plan = {}
    for n, change in enumerate(changes):
        if not isinstance(change, dict):
            raise BadPayload("", "", f"change #{n} is not an object")
        entity, row_id = change.get("entity"), change.get("id")
        if not isinstance(entity, str) or not entity:
            raise BadPayload("", "", f"change #{n} has no entity name")
        if not isinstance(row_id, str) or not row_id:
            raise BadPayload(entity, "", f"change #{n} has no id")
        version = change.get("version")
        if version is None:
            version = 0
        elif isinstance(version, bool) or not isinstance(version, int) or not _I64_MIN <= version < _I64_MAX:
            raise BadPayload(entity, row_id, "version must be an integer")
        op = change.get("op")
        put: Put | None
        if op == "put":
            put = _put(entity, row_id, version, change.get("row"))
        elif op == "delete":
            put = None
        else:
            raise BadPayload(entity, row_id, f"unknown op {op!r}")
        rows = plan.get(entity)
        if rows is None:
            rows = plan[entity] = {}
        rows[row_id] = put
    return plan


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _marks(ids: list[str]) -> str:
    return ", ".join("?" for _ in ids)


def _write_services(conn: sqlite3.Connection, deletes: list[str], puts: list[tuple[Any, ...]]) -> set[int]:
    """Write a page's services and their index entries; returns the sids (re)indexed."""
    for chunk in _chunks(deletes):
        gone = conn.execute(f"DELETE FROM services WHERE id IN ({_marks(chunk)}) RETURNING sid", chunk)
        search_index.unindex_services(conn, [r[0] for r in gone.fetchall()])
    indexed: set[int] = set()
    if puts:
        conn.executemany(_UPSERT["service"], puts)
        for chunk in _chunks([p[0] for p in puts]):
            sids = conn.execute(f"SELECT sid FROM services WHERE id IN ({_marks(chunk)})", chunk).fetchall()
            indexed.update(r[0] for r in sids)
        # The whole page at once: one statement per index table, not several per service.
        search_index.index_services(conn, sorted(indexed))
    return indexed


def _write(conn: sqlite3.Connection, plan: Plan, gen: int) -> None:
    """Write a checked page: per table, one statement for its deletes and one for its upserts."""
    indexed: set[int] = set()
    for entity in sorted(plan, key=lambda e: _WRITE_ORDER.get(e, 2)):
        rows = plan[entity]
        deletes = [row_id for row_id, put in rows.items() if put is None]
        if entity not in TABLES:
            conn.executemany(
                "DELETE FROM cache_rows WHERE entity = ? AND id = ?", [(entity, row_id) for row_id in deletes]
            )
            conn.executemany(
                _CACHE_ROWS_UPSERT,
                [(entity, row_id, p[0], gen, p[1]) for row_id, p in rows.items() if p is not None],
            )
            continue
        puts = [(row_id, *p[2], p[0], gen, p[1]) for row_id, p in rows.items() if p is not None]
        if entity == "service":
            indexed = _write_services(conn, deletes, puts)
            continue
        table = TABLES[entity]
        conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(row_id,) for row_id in deletes])
        conn.executemany(_UPSERT[entity], puts)
    if "department" in plan:
        # A department's names are part of its services' index entries; those of this page's
        # services were written after the departments, so they are up to date already.
        search_index.reindex_departments(conn, plan["department"], skip=indexed)


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
    plan = check_page(changes)
    touched = set(plan)
    with transaction(conn):
        _write(conn, plan, state.generation)
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
        departments_gone: list[str] = []
        for table, entity in _SWEPT:
            if table == "services":
                gone = conn.execute("DELETE FROM services WHERE gen < ? RETURNING sid", (gen,)).fetchall()
                search_index.unindex_services(conn, [r["sid"] for r in gone])
                deleted = len(gone)
            elif table == "departments":
                # Their names are in the index entries of the services that stay.
                gone = conn.execute("DELETE FROM departments WHERE gen < ? RETURNING id", (gen,)).fetchall()
                departments_gone = [r["id"] for r in gone]
                deleted = len(gone)
            else:
                deleted = conn.execute(f"DELETE FROM {table} WHERE gen < ?", (gen,)).rowcount
            if deleted:
                touched.add(entity)
        search_index.reindex_departments(conn, departments_gone)
        for r in conn.execute("DELETE FROM cache_rows WHERE gen < ? RETURNING entity", (gen,)).fetchall():
            touched.add(r["entity"])
        state._sweep_done()
        if caught_up_at is not None:
            state._caught_up(caught_up_at)
    return Changes.of(touched, reset=True)
