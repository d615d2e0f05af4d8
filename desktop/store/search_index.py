"""Keeping the service search index (``services_fts`` and ``services.search_text``) in step with ``services``.

Written by the apply code in the same transaction as the service rows. Folding happens in Python,
which is why this is not done by SQL triggers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable

from desktop.store.folding import fold
from desktop.store.steps.v2_search import STALE_KEY

_FTS_COLUMNS = ("title_zh", "title_pt", "title_en", "summary_zh", "summary_pt", "summary_en")
_LANGS = ("zh", "pt", "en")


def _department_text(conn: sqlite3.Connection, department_id: str) -> str:
    r = conn.execute(
        "SELECT abbr, name_zh, name_pt, name_en FROM departments WHERE id = ?", (department_id,)
    ).fetchone()
    parts = [department_id] if r is None else [r["abbr"], r["name_zh"], r["name_pt"], r["name_en"]]
    return fold(" ".join(p for p in parts if p))


def index_service(conn: sqlite3.Connection, sid: int) -> None:
    """(Re)write the index entry of the service with ``sid``; removes it if the service is gone."""
    conn.execute("DELETE FROM services_fts WHERE rowid = ?", (sid,))
    r = conn.execute("SELECT * FROM services WHERE sid = ?", (sid,)).fetchone()
    if r is None:
        return
    values = [fold(r[c] or "") for c in _FTS_COLUMNS]
    keywords = fold(" ".join(r[f"keywords_{lang}"] or "" for lang in _LANGS))
    department = _department_text(conn, r["department_id"])
    conn.execute(
        "INSERT INTO services_fts(rowid, title_zh, title_pt, title_en, summary_zh, summary_pt, summary_en,"
        " keywords, department) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sid, *values, keywords, department),
    )
    # One line per field so a LIKE match never spans two fields.
    conn.execute(
        "UPDATE services SET search_text = ? WHERE sid = ?",
        ("\n".join([*values, keywords, department]), sid),
    )


def unindex_service(conn: sqlite3.Connection, sid: int) -> None:
    conn.execute("DELETE FROM services_fts WHERE rowid = ?", (sid,))


def reindex_departments(
    conn: sqlite3.Connection, department_ids: Iterable[str], *, skip: Collection[int] = ()
) -> None:
    """A department's names are part of its services' entries: refresh those entries (but ``skip``'s)."""
    for dep in set(department_ids):
        for r in conn.execute("SELECT sid FROM services WHERE department_id = ?", (dep,)).fetchall():
            if r["sid"] not in skip:
                index_service(conn, r["sid"])


def rebuild(conn: sqlite3.Connection) -> None:
    """Rebuild the whole index (after the v2 migration); run inside a transaction."""
    conn.execute("DELETE FROM services_fts")
    for r in conn.execute("SELECT sid FROM services").fetchall():
        index_service(conn, r["sid"])
    conn.execute("DELETE FROM meta WHERE key = ?", (STALE_KEY,))


def is_stale(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM meta WHERE key = ?", (STALE_KEY,)).fetchone() is not None
