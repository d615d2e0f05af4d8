"""Reading a cached row together with the resident's own unconfirmed operations about it.

Cache rows are written only by the pull, and a pull never waits for the outbox: the overlay happens
here, at read time. A screen reads the row as the server last sent it plus the ops that still show a
badge ("saved on this computer", "sending…", "processing", "confirming"), so a page pulled before the
server applied a payment can never make the screen forget that payment. Once a pulled page lists the
op in ``acked_ops`` (the write checkpoint), the row itself shows the effect and the badge goes.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.domain.operation import Badge, Operation
from desktop.store.outbox import OutboxRepo
from desktop.store.rows import TABLES


@dataclass(frozen=True, slots=True)
class Overlaid:
    entity: str
    id: str
    #: The row as the server last sent it; None when the cache does not hold it (yet).
    row: dict[str, Any] | None
    #: The resident's ops about this row that still show a badge, oldest first.
    ops: tuple[Operation, ...] = ()

    @property
    def badge(self) -> Badge | None:
        """The badge of what the resident did last about this row."""
        return self.ops[-1].badge if self.ops else None

    @property
    def in_doubt(self) -> bool:
        """A payment about this row has an unknown outcome: keep its Pay button disabled."""
        return any(op.in_doubt for op in self.ops)

    @property
    def busy(self) -> bool:
        """Something about this row is on its way (not refused): don't offer the same action again."""
        return any(op.badge not in (None, Badge.ATTENTION) for op in self.ops)


class OverlayRepo:
    def __init__(self, conn: sqlite3.Connection, outbox: OutboxRepo) -> None:
        self._conn = conn
        self._outbox = outbox

    def row(self, entity: str, row_id: str) -> Overlaid:
        table, where = self._source(entity)
        r = self._conn.execute(f"SELECT row_json FROM {table} WHERE {where} AND id = ?",
                               (*self._args(entity), row_id)).fetchone()
        return Overlaid(entity, row_id, _row(r), tuple(self._outbox.about(entity, row_id)))

    def rows(self, entity: str) -> list[Overlaid]:
        """Every cached row of ``entity`` (by id), each with its ops."""
        table, where = self._source(entity)
        ops = self._outbox.overlay(entity)
        rows = self._conn.execute(f"SELECT id, row_json FROM {table} WHERE {where} ORDER BY id",
                                  self._args(entity))
        return [Overlaid(entity, r["id"], _row(r), tuple(ops.get(r["id"], ()))) for r in rows]

    @staticmethod
    def _source(entity: str) -> tuple[str, str]:
        return (TABLES[entity], "1") if entity in TABLES else ("cache_rows", "entity = ?")

    @staticmethod
    def _args(entity: str) -> tuple[str, ...]:
        return () if entity in TABLES else (entity,)


def _row(r: sqlite3.Row | None) -> dict[str, Any] | None:
    if r is None:
        return None
    value = json.loads(r["row_json"])
    return value if isinstance(value, dict) else None
