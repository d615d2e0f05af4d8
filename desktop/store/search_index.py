"""Keeping the service search index in step with ``services`` (schema v5, see ``steps/v5_search_index``).

Written by the apply code in the same transaction as the service rows. Folding happens in Python,
which is why this is not done by SQL triggers. The index is four tables:

- ``search_docs``: one row per service with its folded text (titles and summaries one line per
  language, keywords, the department's names), keyed by the service's *search key* (below);
- ``services_fts``: FTS5 trigram over ``search_docs`` (external content, rowid = search key), for
  terms of 3+ characters;
- ``search_grams``: the postings of the 1- and 2-character grams of each service (rowid = search
  key), for shorter terms. A gram of a title is the token ``t`` + its UTF-8 in hex, a gram only in
  the summaries or keywords ``b`` + hex (hex: any character, even punctuation, makes one token). It is
  an FTS5 table without content, positions or column sizes (``detail=none``): only the list of keys of
  each token, compressed, which FTS5 reads in key order and stops reading at ``LIMIT``;
- ``search_departments``: each department's folded names. Department names are not in the grams
  (every service of a department would repeat them): a short term is matched against these few rows
  and then the department's services are read in key order.

The search key orders services as search lists them when relevance does not decide: high-frequency
services first, then by popularity, then by ``sid``. Because the rowids carry it, "the first k
matches" is ``ORDER BY rowid LIMIT k`` whatever the number of matches. A service whose high-frequency
flag or popularity changes gets a new key: its entries are rewritten.

FTS5 removes an entry of an external-content or contentless table only when given the text it
indexed, which is recomputed from the ``search_docs`` row. So :func:`grams` and the token format must
not change without a new migration step that marks the index stale (it is then rebuilt).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import NamedTuple

from desktop.store.folding import fold
from desktop.store.steps.v2_search import STALE_KEY

#: Search key layout (a positive 64-bit integer): bit 62 set for services that are not high-frequency,
#: bits 34–61 the popularity below the maximum, bits 0–33 the sid.
_SID_BITS = 34
_POP_BITS = 28
SID_MASK = (1 << _SID_BITS) - 1
_POP_MAX = (1 << _POP_BITS) - 1
_NOT_HF_SHIFT = _SID_BITS + _POP_BITS
#: Service rows, deletes and grams are handled this many services at a time (bounded memory; also
#: below SQLite's limit on statement variables).
_CHUNK = 500

#: Grams of the words seen and tokens of the grams: both repeat across services. Bounded (a hostile
#: catalogue must not grow them without end); only short words are kept.
_WORD_GRAMS: dict[str, frozenset[str]] = {}
_TOKENS: dict[str, dict[str, str]] = {"t": {}, "b": {}}
_CACHE_MAX = 1 << 14
_WORD_MAX = 24

_SERVICE_COLUMNS = (
    "sid, department_id, high_frequency, popularity, title_zh, title_pt, title_en,"
    " summary_zh, summary_pt, summary_en, keywords_zh, keywords_pt, keywords_en"
)


class Doc(NamedTuple):
    """A service's row in ``search_docs``: folded texts, one line per language where there are three."""

    key: int
    sid: int
    department_id: str
    title: str
    summary: str
    keywords: str
    department: str


def search_key(sid: int, high_frequency: object, popularity: object) -> int:
    if not 0 < sid <= SID_MASK:
        raise ValueError(f"service sid {sid} is outside the search key's range")
    pop = popularity if isinstance(popularity, int) else 0
    pop = min(max(pop, 0), _POP_MAX)
    return ((0 if high_frequency else 1) << _NOT_HF_SHIFT) | ((_POP_MAX - pop) << _SID_BITS) | sid


def is_high_frequency(key: int) -> bool:
    return not key >> _NOT_HF_SHIFT


def _word_grams(word: str) -> frozenset[str]:
    found = _WORD_GRAMS.get(word)
    if found is None:
        found = frozenset((*word, *map(str.__add__, word, word[1:])))
        if len(word) <= _WORD_MAX and len(_WORD_GRAMS) < _CACHE_MAX:
            _WORD_GRAMS[word] = found
    return found


def grams(text: str) -> set[str]:
    """The 1- and 2-character substrings of ``text`` without white space (query terms have none)."""
    out: set[str] = set()
    for word in text.split():
        out |= _word_grams(word)  # words repeat across services: each is split once
    return out


def gram_token(tier: str, gram: str) -> str:
    """The ``search_grams`` token of ``gram`` in the titles (``tier`` "t") or only elsewhere ("b")."""
    tokens = _TOKENS[tier]
    token = tokens.get(gram)
    if token is None:
        token = tier + gram.encode("utf-8", "surrogatepass").hex()
        if len(tokens) < _CACHE_MAX:
            tokens[gram] = token
    return token


def _gram_source(doc: Doc) -> tuple[int, str, str, str]:
    return doc.key, doc.title, doc.summary, doc.keywords


def _gram_text(doc: Doc) -> str:
    title = grams(doc.title)
    body = (grams(doc.summary) | grams(doc.keywords)) - title
    return " ".join([*(gram_token("t", g) for g in title), *(gram_token("b", g) for g in body)])


def _chunks(items: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _marks(items: Sequence[object]) -> str:
    return ", ".join("?" for _ in items)


def _department_texts(conn: sqlite3.Connection, department_ids: set[str]) -> dict[str, str]:
    """Folded names of each department; a department not in the cache is known by its id."""
    texts = {dep: fold(dep) for dep in department_ids}
    ids = sorted(department_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        sql = f"SELECT id, abbr, name_zh, name_pt, name_en FROM departments WHERE id IN ({_marks(chunk)})"
        for r in conn.execute(sql, chunk):
            texts[r[0]] = fold(" ".join(p for p in r[1:] if p))
    return texts


def _new_docs(conn: sqlite3.Connection, sids: list[int]) -> dict[int, Doc]:
    sql = f"SELECT {_SERVICE_COLUMNS} FROM services WHERE sid IN ({_marks(sids)})"
    rows = conn.execute(sql, sids).fetchall()
    departments = _department_texts(conn, {r[1] for r in rows})
    docs = {}
    for r in rows:
        sid = r[0]
        # fold() turns line breaks into spaces, so each language stays on its own line.
        docs[sid] = Doc(
            key=search_key(sid, r[2], r[3]),
            sid=sid,
            department_id=r[1],
            title="\n".join((fold(r[4] or ""), fold(r[5] or ""), fold(r[6] or ""))),
            summary="\n".join((fold(r[7] or ""), fold(r[8] or ""), fold(r[9] or ""))),
            keywords=fold(" ".join((r[10] or "", r[11] or "", r[12] or ""))),
            department=departments[r[1]],
        )
    return docs


def _old_docs(conn: sqlite3.Connection, sids: list[int]) -> dict[int, Doc]:
    rows = conn.execute(
        "SELECT key, sid, department_id, title, summary, keywords, department FROM search_docs"
        f" WHERE sid IN ({_marks(sids)})",
        sids,
    )
    return {r[1]: Doc(*r) for r in rows}


def index_services(conn: sqlite3.Connection, sids: Iterable[int]) -> None:
    """(Re)write the index entries of the services with ``sids``; removes those of services now gone.

    Entries that would not change are left alone, so re-pulling an unchanged catalogue writes nothing
    here.
    """
    unique = list(dict.fromkeys(sids))
    for chunk in _chunks(unique):
        _index_chunk(conn, chunk)


def _index_chunk(conn: sqlite3.Connection, sids: list[int]) -> None:
    new, old = _new_docs(conn, sids), _old_docs(conn, sids)
    gone: list[Doc] = []
    added: list[Doc] = []
    grams_gone: list[Doc] = []
    grams_added: list[Doc] = []
    for sid in sids:
        before, after = old.get(sid), new.get(sid)
        if before == after:
            continue
        if before is not None:
            gone.append(before)
        if after is not None:
            added.append(after)
        if before is None or after is None or _gram_source(before) != _gram_source(after):
            # Unless only the department changed: a rename rewrites the entries of all its services,
            # and its names are not in the grams.
            if before is not None:
                grams_gone.append(before)
            if after is not None:
                grams_added.append(after)
    if gone:
        # External content and contentless tables: FTS5 removes an entry given what it indexed.
        conn.executemany(
            "INSERT INTO services_fts(services_fts, rowid, title, summary, keywords, department)"
            " VALUES ('delete', ?, ?, ?, ?, ?)",
            [(d.key, d.title, d.summary, d.keywords, d.department) for d in gone],
        )
        conn.executemany("DELETE FROM search_docs WHERE key = ?", [(d.key,) for d in gone])
    if grams_gone:
        conn.executemany(
            "INSERT INTO search_grams(search_grams, rowid, grams) VALUES ('delete', ?, ?)",
            [(d.key, _gram_text(d)) for d in grams_gone],
        )
    if added:
        conn.executemany(
            "INSERT INTO search_docs(key, sid, department_id, title, summary, keywords, department)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            added,
        )
        conn.executemany(
            "INSERT INTO services_fts(rowid, title, summary, keywords, department) VALUES (?, ?, ?, ?, ?)",
            [(d.key, d.title, d.summary, d.keywords, d.department) for d in added],
        )
        conn.executemany(
            "INSERT INTO search_departments(department_id, text) VALUES (?, ?)"
            " ON CONFLICT(department_id) DO UPDATE SET text = excluded.text WHERE text <> excluded.text",
            sorted({(d.department_id, d.department) for d in added}),
        )
    if grams_added:
        conn.executemany(
            "INSERT INTO search_grams(rowid, grams) VALUES (?, ?)",
            [(d.key, _gram_text(d)) for d in grams_added],
        )


def unindex_services(conn: sqlite3.Connection, sids: Iterable[int]) -> None:
    """Remove the entries of services already deleted from ``services``."""
    index_services(conn, sids)


def reindex_departments(
    conn: sqlite3.Connection, department_ids: Iterable[str], *, skip: Collection[int] = ()
) -> None:
    """A department's names are part of its services' entries: refresh those entries (but ``skip``'s)."""
    sids: list[int] = []
    for dep in sorted(set(department_ids)):
        rows = conn.execute("SELECT sid FROM services WHERE department_id = ?", (dep,)).fetchall()
        sids.extend(r[0] for r in rows if r[0] not in skip)
        # Keep the department's short-term row right even when it has no services (left) any more.
        text = _department_texts(conn, {dep})[dep]
        conn.execute(
            "INSERT INTO search_departments(department_id, text) VALUES (?, ?)"
            " ON CONFLICT(department_id) DO UPDATE SET text = excluded.text",
            (dep, text),
        )
    index_services(conn, sids)


def rebuild(conn: sqlite3.Connection) -> None:
    """Rebuild the whole index (after a migration that marked it stale); run inside a transaction."""
    conn.execute("INSERT INTO services_fts(services_fts) VALUES ('delete-all')")
    conn.execute("INSERT INTO search_grams(search_grams) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_docs")
    conn.execute("DELETE FROM search_departments")
    sids = [r[0] for r in conn.execute("SELECT sid FROM services ORDER BY sid")]
    index_services(conn, sids)
    conn.execute("DELETE FROM meta WHERE key = ?", (STALE_KEY,))


def is_stale(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM meta WHERE key = ?", (STALE_KEY,)).fetchone() is not None
