"""Reading cached departments."""

from __future__ import annotations

import sqlite3

from desktop.domain.models import Department
from desktop.store.rows import department_from_row


class DepartmentRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def all(self) -> list[Department]:
        """Every department in the server's order (``sort``, then id)."""
        rows = self._conn.execute("SELECT * FROM departments ORDER BY sort, id").fetchall()
        return [department_from_row(r) for r in rows]

    def get(self, department_id: str) -> Department | None:
        r = self._conn.execute("SELECT * FROM departments WHERE id = ?", (department_id,)).fetchone()
        return None if r is None else department_from_row(r)

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM departments").fetchone()[0])
