"""Schema v5: a search index that lists the first matches without reading all of them.

v2's index found every match and ranked them all (bm25 of up to 5,000 candidates, then sorting in
Python), and terms of 1–2 characters scanned every service with ``LIKE``. Here each service gets a
*search key*, an integer that sorts services as search lists them (high-frequency first, then by
popularity): it is the rowid of the FTS5 entry, so ``ORDER BY rowid LIMIT k`` stops after k matches,
and it closes the key of a new table of 1- and 2-character grams, so a short term is an index range.
See :mod:`desktop.store.search_index` for the layout.

v2's ``services_fts`` is replaced by one of the same name over ``search_docs`` (external content),
and ``services.search_text`` is no longer used (emptied here; SQLite cannot drop a column cheaply).
As in v2, the step only creates the tables and marks the index stale: the store fills it on open, so
this frozen step never depends on how the current build folds text.
"""

from __future__ import annotations

import sqlite3

VERSION = 5

#: meta key telling the store to rebuild the search index on open (the same key as v2's).
STALE_KEY = "search.stale"

_SCHEMA = (
    "DROP TABLE services_fts",
    "UPDATE services SET search_text = '' WHERE search_text <> ''",
    """
    CREATE TABLE search_docs (
        key INTEGER PRIMARY KEY,
        sid INTEGER NOT NULL UNIQUE,
        department_id TEXT NOT NULL,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        keywords TEXT NOT NULL,
        department TEXT NOT NULL
    )
    """,
    "CREATE INDEX search_docs_department ON search_docs(department_id, key)",
    "CREATE VIRTUAL TABLE services_fts USING fts5(title, summary, keywords, department,"
    " content = 'search_docs', content_rowid = 'key', tokenize = 'trigram')",
    # Postings only: no content, positions or column sizes (see search_index for the tokens).
    "CREATE VIRTUAL TABLE search_grams USING fts5("
    "grams, content = '', detail = 'none', columnsize = 0, tokenize = 'ascii')",
    "CREATE TABLE search_departments (department_id TEXT PRIMARY KEY NOT NULL, text TEXT NOT NULL)",
)


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA:
        conn.execute(statement)
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, '1')", (STALE_KEY,))
