"""The synced rows and the one change sequence that orders every write.

:class:`ServerStore` is the only writer of the ``entities`` table. Each put or delete takes the next
number of the server-wide change sequence and bumps the row's own version; a delete leaves a
tombstone so that clients which saw the row learn that it is gone. The pull reads rows by that
sequence, so "what changed since N" is an indexed range scan however big the table grows.

Each pull page also names the caller's operations whose final state committed inside the page's
sequence range (``acked_ops``): an operation takes a sequence number of its own at each commit.
Pre-commit hooks (the event log) add their records to a write's transaction; listeners run after the
commit (they wake the server-sent event streams).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from server.db import Database

Op = Literal["put", "delete"]

#: One page of the pull: ?1 = after this seq, ?2 = the user, ?3 = how many. Two ordered range scans on
#: (owner, seq), merged, so the cost of a page depends on the page size, not on how many rows other
#: users own or how long the log is.
PULL_QUERY = (
    "SELECT entity, id, version, seq, deleted, row_json FROM ("
    " SELECT * FROM (SELECT entity, id, version, seq, deleted, row_json FROM entities"
    "                WHERE owner IS NULL AND seq > ?1 ORDER BY seq LIMIT ?3)"
    " UNION ALL"
    " SELECT * FROM (SELECT entity, id, version, seq, deleted, row_json FROM entities"
    "                WHERE owner = ?2 AND seq > ?1 ORDER BY seq LIMIT ?3)"
    ") ORDER BY seq LIMIT ?3"
)

#: The caller's operations whose final state committed after seq ?1: ?2 = the user, ?3 = how many.
ACKED_QUERY = (
    "SELECT op_id, commit_seq FROM ops WHERE user_id = ?2 AND commit_seq > ?1"
    " AND state IN ('succeeded', 'rejected') ORDER BY commit_seq LIMIT ?3"
)


class CursorExpired(Exception):
    """The cursor belongs to an epoch this database no longer serves: the client must start over."""


@dataclass(frozen=True, slots=True)
class Written:
    """What one put or delete did."""

    entity: str
    id: str
    op: Op
    seq: int
    version: int
    owner: str | None = None


@dataclass(frozen=True, slots=True)
class StoredRow:
    """The latest state of one row as stored (``row`` is None for a tombstone)."""

    entity: str
    id: str
    owner: str | None
    version: int
    seq: int
    row: dict[str, Any] | None

    @property
    def deleted(self) -> bool:
        return self.row is None


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One entry of a pull page; ``row_json`` is the stored JSON text, passed on without re-encoding."""

    entity: str
    id: str
    op: Op
    version: int
    seq: int
    row_json: str | None


@dataclass(frozen=True, slots=True)
class ChangesPage:
    rows: list[ChangeRow]
    #: Sequence number the next pull continues after.
    next_seq: int
    has_more: bool
    epoch: str
    #: The caller's operations whose final state committed in (after_seq, next_seq].
    acked_ops: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Emitted:
    """An event to persist with a write's commit (see :mod:`server.events`)."""

    type: str
    data: dict[str, Any]
    owner: str | None


def _dump(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


def _check_key(entity: str, id: str) -> None:
    if not entity or not id:
        raise ValueError("entity and id must be non-empty")


class Writer:
    """Writes inside one open transaction; get one from :meth:`ServerStore.write`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.written: list[Written] = []
        self.emitted: list[Emitted] = []

    @property
    def conn(self) -> sqlite3.Connection:
        """The open transaction, for records that must commit together with the rows (e.g. an
        operation's idempotency record)."""
        return self._conn

    def _next_seq(self) -> int:
        row = self._conn.execute(
            "UPDATE counters SET value = value + 1 WHERE name = 'change_seq' RETURNING value"
        ).fetchone()
        return int(row[0])

    def take_seq(self) -> int:
        """A change-sequence number for something that is not a row (an operation's commit), so a
        pull page whose range holds it can acknowledge it."""
        return self._next_seq()

    def get(self, entity: str, id: str) -> StoredRow | None:
        """The row as this transaction sees it."""
        r = self._conn.execute(
            "SELECT owner, version, seq, row_json FROM entities WHERE entity = ? AND id = ?", (entity, id)
        ).fetchone()
        if r is None:
            return None
        row = None if r["row_json"] is None else json.loads(r["row_json"])
        return StoredRow(entity, id, r["owner"], r["version"], r["seq"], row)

    def emit(self, type: str, data: dict[str, Any], owner: str | None) -> None:
        """Persist a server-sent event with this commit (owner None: every resident sees it)."""
        self.emitted.append(Emitted(type, data, owner))

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A part of the transaction that is undone on its own if it raises (the rest stays)."""
        written, emitted = len(self.written), len(self.emitted)
        self._conn.execute("SAVEPOINT part")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK TO part")
            self._conn.execute("RELEASE part")
            del self.written[written:], self.emitted[emitted:]
            raise
        self._conn.execute("RELEASE part")

    def _current(self, entity: str, id: str) -> sqlite3.Row | None:
        return self._conn.execute(
            "SELECT owner, version, deleted FROM entities WHERE entity = ? AND id = ?", (entity, id)
        ).fetchone()

    def put(self, entity: str, id: str, row: dict[str, Any], owner: str | None = None) -> Written:
        """Create or replace a row. ``owner`` None makes it public; else only that user sees it.

        A row keeps the owner it was created with: moving it to another user would leave the first
        user's copy behind with no tombstone to remove it, so that raises ``ValueError``.
        """
        _check_key(entity, id)
        if not isinstance(row, dict):
            raise TypeError("row must be a dict")
        current = self._current(entity, id)
        if current is not None and current["owner"] != owner:
            raise ValueError(f"{entity}/{id} belongs to {current['owner']!r}; owner cannot change")
        version = 1 if current is None else int(current["version"]) + 1
        seq = self._next_seq()
        self._conn.execute(
            "INSERT INTO entities (entity, id, owner, version, seq, deleted, row_json)"
            " VALUES (?, ?, ?, ?, ?, 0, ?)"
            " ON CONFLICT (entity, id) DO UPDATE SET"
            " version = excluded.version, seq = excluded.seq, deleted = 0, row_json = excluded.row_json",
            (entity, id, owner, version, seq, _dump(row)),
        )
        done = Written(entity, id, "put", seq, version, owner)
        self.written.append(done)
        return done

    def delete(self, entity: str, id: str) -> Written | None:
        """Turn a row into a tombstone; None when there is no such live row (nothing to tell)."""
        _check_key(entity, id)
        current = self._current(entity, id)
        if current is None or current["deleted"]:
            return None
        version = int(current["version"]) + 1
        seq = self._next_seq()
        self._conn.execute(
            "UPDATE entities SET version = ?, seq = ?, deleted = 1, row_json = NULL"
            " WHERE entity = ? AND id = ?",
            (version, seq, entity, id),
        )
        done = Written(entity, id, "delete", seq, version, current["owner"])
        self.written.append(done)
        return done


#: Called after a commit with the rows it wrote (also after a commit that only emitted events).
CommitListener = Callable[[list[Written]], None]
#: Called inside the transaction, just before its commit, with the writer.
PrecommitHook = Callable[[Writer], None]


class ServerStore:
    """Python API over the synced rows: writes, reads, the pull query, the epoch."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._listeners: list[CommitListener] = []
        self._hooks: list[PrecommitHook] = []
        with db.transaction() as conn:
            # The epoch is made once, with the database, so a restarted server keeps its cursors valid.
            conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('epoch', ?)", (secrets.token_hex(8),)
            )

    # -- writes -----------------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One transaction for several writes (and, later, the records of the operation that made them)."""
        with self._db.transaction() as conn:
            writer = Writer(conn)
            yield writer
            for hook in self._hooks:
                hook(writer)
        if writer.written or writer.emitted:
            for listener in list(self._listeners):
                listener(writer.written)

    def put(self, entity: str, id: str, row: dict[str, Any], owner: str | None = None) -> Written:
        with self.write() as w:
            return w.put(entity, id, row, owner)

    def delete(self, entity: str, id: str) -> Written | None:
        with self.write() as w:
            return w.delete(entity, id)

    def put_many(self, rows: Iterable[tuple[str, str, dict[str, Any], str | None]]) -> int:
        """Write ``(entity, id, row, owner)`` tuples in one transaction; returns how many."""
        with self.write() as w:
            for entity, id, row, owner in rows:
                w.put(entity, id, row, owner)
            return len(w.written)

    def add_listener(self, listener: CommitListener) -> None:
        self._listeners.append(listener)

    def add_precommit_hook(self, hook: PrecommitHook, *, first: bool = False) -> None:
        """Run ``hook`` before each commit. ``first``: before the hooks already added — for a hook
        that writes rows or emits events itself, which the event log's hook must still see."""
        if first:
            self._hooks.insert(0, hook)
        else:
            self._hooks.append(hook)

    # -- reads ------------------------------------------------------------------------------------

    def get(self, entity: str, id: str) -> StoredRow | None:
        with self._db.snapshot() as conn:
            r = conn.execute(
                "SELECT entity, id, owner, version, seq, row_json FROM entities WHERE entity = ? AND id = ?",
                (entity, id),
            ).fetchone()
        if r is None:
            return None
        row = None if r["row_json"] is None else json.loads(r["row_json"])
        return StoredRow(r["entity"], r["id"], r["owner"], r["version"], r["seq"], row)

    def count(self, entity: str, *, include_deleted: bool = False) -> int:
        sql = "SELECT COUNT(*) FROM entities WHERE entity = ?"
        if not include_deleted:
            sql += " AND deleted = 0"
        with self._db.snapshot() as conn:
            return int(conn.execute(sql, (entity,)).fetchone()[0])

    def rows(self, entity: str, owner: str | None = None) -> list[dict[str, Any]]:
        """Live rows of one entity visible to ``owner`` (public rows and theirs), in id order."""
        with self._db.snapshot() as conn:
            found = conn.execute(
                "SELECT row_json FROM entities WHERE entity = ? AND deleted = 0"
                " AND (owner IS NULL OR owner = ?) ORDER BY id",
                (entity, owner),
            ).fetchall()
        return [json.loads(r[0]) for r in found]

    def get_meta(self, key: str) -> str | None:
        """A server-wide setting (``epoch``, ``demo_seeded``…), None when unset."""
        with self._db.snapshot() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def epoch(self) -> str:
        with self._db.snapshot() as conn:
            return str(conn.execute("SELECT value FROM meta WHERE key = 'epoch'").fetchone()[0])

    @property
    def current_seq(self) -> int:
        with self._db.snapshot() as conn:
            return _current_seq(conn)

    def reset_epoch(self, *, compact: bool = True) -> str:
        """Start a new epoch: every cursor handed out so far answers ``cursor-expired``.

        Clients then pull everything again from the start, so tombstones have nobody left to tell
        and ``compact`` drops them.
        """
        epoch = secrets.token_hex(8)
        with self._db.transaction() as conn:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'epoch'", (epoch,))
            if compact:
                conn.execute("DELETE FROM entities WHERE deleted = 1")
        return epoch

    def changes(self, epoch: str | None, after_seq: int, user_id: str, limit: int) -> ChangesPage:
        """Rows visible to ``user_id`` changed after ``after_seq``, in sequence order, at most ``limit``.

        ``epoch`` None means "from the beginning" (no cursor). Raises :class:`CursorExpired` when the
        epoch is not the current one, or when the cursor is ahead of this database.
        """
        if limit < 1:
            raise ValueError("limit must be positive")
        with self._db.snapshot() as conn:
            current_epoch = str(conn.execute("SELECT value FROM meta WHERE key = 'epoch'").fetchone()[0])
            head = _current_seq(conn)
            if epoch is not None and (epoch != current_epoch or after_seq > head):
                raise CursorExpired(epoch)
            if epoch is None:
                after_seq = 0
            found = conn.execute(PULL_QUERY, (after_seq, user_id, limit + 1)).fetchall()
            acked = conn.execute(ACKED_QUERY, (after_seq, user_id, limit + 1)).fetchall()
        # Rows and acknowledged operations share the page: merged by sequence number (all distinct),
        # at most `limit` of both together, so a page stays bounded however many ops a resident sent.
        merged: list[tuple[int, ChangeRow | str]] = sorted(
            [
                (r[3], ChangeRow(r[0], r[1], "delete" if r[4] else "put", r[2], r[3], None if r[4] else r[5]))
                for r in found
            ]
            + [(int(a[1]), str(a[0])) for a in acked],
            key=lambda item: item[0],
        )
        has_more = len(merged) > limit
        taken = merged[:limit]
        rows = [item for _, item in taken if isinstance(item, ChangeRow)]
        acked_ops = [item for _, item in taken if isinstance(item, str)]
        # With nothing more to send, everything up to the head has been seen in this snapshot, so the
        # cursor can jump there and the next pull skips other users' rows for free.
        next_seq = taken[-1][0] if has_more else max(head, after_seq)
        return ChangesPage(rows, next_seq, has_more, current_epoch, acked_ops)


def _current_seq(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT value FROM counters WHERE name = 'change_seq'").fetchone()[0])
