"""Service search that reads about as many index entries as it shows (the index: :mod:`search_index`).

The query is folded like the index (case and accents ignored), split on white space into at most
:data:`MAX_TERMS` terms, and every term must match (AND), as a substring of a title, summary, keyword
line or department name in any language. Terms never reach FTS5 as syntax: each is one quoted string,
so ``"*():^`` and the like are plain characters.

Order of the results:

1. the resident's favourites that match (they are few, and matched on their own);
2. services whose *title* holds every term;
3. services that match only with their summary, keywords or department;

and within each group high-frequency services first, then relevance, then popularity.

Which services fill a group is decided by the index order (high-frequency first, then popularity,
see :func:`search_index.search_key`), so each group is read with ``LIMIT``: a term found in 10,000
services still reads only the rows shown. Terms of 3+ characters go through FTS5 (trigram); when every
term is shorter, the postings of its 1–2 character grams are read instead, with the department names
matched on their own. Both are ``ORDER BY rowid LIMIT k`` on FTS5 tables whose rowid is the search
key, which FTS5 answers by reading the lists of keys in order and stopping after k.

Relevance is bm25 (k1 1.2, b 0.75; a title hit weighs 10, summary 3, keywords 2, department 1)
computed here over the rows shown, with every term weighing the same. FTS5's own ``bm25()`` cannot be
used for this: to weigh terms it counts every match of every term in the whole catalogue (its IDF),
which made a query like ``licença`` cost 18 ms at 60,000 services even with ``LIMIT 50``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import NamedTuple

from desktop.domain.models import Service
from desktop.domain.text import row_key
from desktop.store.folding import find_spans, fold
from desktop.store.rows import service_from_row
from desktop.store.search_index import SID_MASK, gram_token, is_high_frequency

MAX_QUERY_CHARS = 256
MAX_TERMS = 8
MAX_TERM_CHARS = 64
#: FTS5 trigram needs three characters; shorter terms use the gram postings.
TRIGRAM = 3
_MAX_LIMIT = 5000
_FIELDS = ("title", "summary", "keywords", "department")
#: bm25 weight of a hit in each of :data:`_FIELDS`, and bm25's k1 and b.
_WEIGHTS = (10.0, 3.0, 2.0, 1.0)
_K1, _B = 1.2, 0.75
#: Services built for earlier searches, kept per store (see :func:`_services`): a few searches' worth.
BUILT_MAX = 512

_DOC = "d.key, d.title, d.summary, d.keywords, d.department"
_GRAMS_SQL = (
    f"SELECT {_DOC} FROM search_grams JOIN search_docs AS d ON d.key = search_grams.rowid"
    " WHERE search_grams MATCH ? ORDER BY search_grams.rowid LIMIT ?"
)
_ANYWHERE = "(d.title || char(10) || d.summary || char(10) || d.keywords || char(10) || d.department)"

#: sid → (id, row_json, the Service built from them).
Built = dict[int, tuple[str, str, Service]]


class ServiceHit:
    """One search result and what to highlight.

    ``title_spans``/``summary_spans`` are ``(start, end)`` character ranges in ``service.title.get(lang)``
    and ``service.summary.get(lang)``; they are empty when the match is in another language or field.
    They are found when first read: a list shows a dozen of its results at a time, and finding the
    spans of all of them was a third of a search's time.
    """

    __slots__ = ("_lang", "_summary_spans", "_terms", "_title_spans", "favourite", "matched_in", "service")

    def __init__(
        self, service: Service, matched_in: str, *, lang: str, terms: Sequence[str], favourite: bool = False
    ) -> None:
        self.service = service
        self.matched_in = matched_in  # "title" | "summary" | "keywords" | "department"
        self.favourite = favourite
        self._lang = lang
        self._terms = tuple(terms)
        self._title_spans: tuple[tuple[int, int], ...] | None = None
        self._summary_spans: tuple[tuple[int, int], ...] | None = None

    @property
    def title_spans(self) -> tuple[tuple[int, int], ...]:
        if self._title_spans is None:
            self._title_spans = find_spans(self.service.title.get(self._lang), self._terms)
        return self._title_spans

    @property
    def summary_spans(self) -> tuple[tuple[int, int], ...]:
        if self._summary_spans is None:
            self._summary_spans = find_spans(self.service.summary.get(self._lang), self._terms)
        return self._summary_spans

    def __repr__(self) -> str:
        return f"ServiceHit({self.service.id!r}, matched_in={self.matched_in!r}, favourite={self.favourite})"


class _Match(NamedTuple):
    """A matching service's entry in ``search_docs``: its search key and folded texts."""

    key: int
    title: str
    summary: str
    keywords: str
    department: str


def query_terms(query: object) -> list[str]:
    """The folded, de-duplicated search terms of ``query`` (empty for anything unusable)."""
    if not isinstance(query, str):
        return []
    terms: list[str] = []
    for term in fold(query[:MAX_QUERY_CHARS]).split():
        term = term[:MAX_TERM_CHARS]
        if term not in terms:
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    return terms


def _phrase(term: str, column: str = "") -> str:
    # One quoted string per term: FTS5 reads everything inside as text; a doubled quote is a quote.
    quoted = '"' + term.replace('"', '""') + '"'
    return f"{column} : {quoted}" if column else quoted


def _contains(column: str, terms: Sequence[str]) -> str:
    return "".join(f" AND instr({column}, ?) > 0" for _ in terms)


class _Search:
    """One query's terms and the statements that read each group, each in the index order."""

    def __init__(self, conn: sqlite3.Connection, terms: list[str]) -> None:
        self.conn = conn
        # Plain tuples: the connection's sqlite3.Row costs more to make and to read.
        self.cursor = conn.cursor()
        self.cursor.row_factory = None
        self.terms = terms
        self.long = [t for t in terms if len(t) >= TRIGRAM]
        self.short = [t for t in terms if len(t) < TRIGRAM]

    def _rows(self, sql: str, params: Sequence[object]) -> list[_Match]:
        return list(map(_Match._make, self.cursor.execute(sql, params)))

    def in_title(self, m: _Match) -> bool:
        return all(t in m.title for t in self.terms)

    def matched_in(self, m: _Match) -> str:
        """The first field holding one of the terms (a match needs every term, not all in one field)."""
        for field, text in zip(_FIELDS, m[1:], strict=True):
            if any(t in text for t in self.terms):
                return field
        return "department"

    def favourites(self) -> list[_Match]:
        """Every matching favourite (a resident has a handful; the join starts from them)."""
        sql = (
            f"SELECT {_DOC} FROM favourites AS f"
            " CROSS JOIN services AS s ON s.id = f.service_id CROSS JOIN search_docs AS d ON d.sid = s.sid"
            f" WHERE 1{_contains(_ANYWHERE, self.terms)}"
        )
        return self._rows(sql, self.terms)

    def title_group(self, n: int) -> list[_Match]:
        """The first ``n`` services whose titles hold every term."""
        if self.long:
            match = " AND ".join(_phrase(t, "title") for t in self.long)
            sql = (
                f"SELECT {_DOC} FROM services_fts JOIN search_docs AS d ON d.key = services_fts.rowid"
                f" WHERE services_fts MATCH ?{_contains('d.title', self.short)}"
                " ORDER BY services_fts.rowid LIMIT ?"
            )
            return self._rows(sql, [match, *self.short, n])
        match = " AND ".join(_phrase(gram_token("t", t)) for t in self.short)
        return self._rows(_GRAMS_SQL, [match, n])

    def any_field(self, n: int) -> list[_Match]:
        """The first ``n`` services matching every term in any field (title matches included)."""
        if self.long:
            match = " AND ".join(_phrase(t) for t in self.long)
            sql = (
                f"SELECT {_DOC} FROM services_fts JOIN search_docs AS d ON d.key = services_fts.rowid"
                f" WHERE services_fts MATCH ?{_contains(_ANYWHERE, self.short)}"
                " ORDER BY services_fts.rowid LIMIT ?"
            )
            return self._rows(sql, [match, *self.short, n])
        # Each term in a title or elsewhere in the grams; or some terms in the department's names and
        # the others anywhere: the first n of each source, merged, are the first n of all.
        match = " AND ".join(
            f"({_phrase(gram_token('t', t))} OR {_phrase(gram_token('b', t))})" for t in self.short
        )
        parts = [f"SELECT * FROM ({_GRAMS_SQL})"]
        params: list[object] = [match, n]
        departments = self.cursor.execute("SELECT department_id, text FROM search_departments").fetchall()
        for department_id, text in departments:
            named = [t for t in self.short if t in text]
            if named:
                rest = [t for t in self.short if t not in named]
                parts.append(
                    f"SELECT * FROM (SELECT {_DOC} FROM search_docs AS d"
                    f" WHERE d.department_id = ?{_contains(_ANYWHERE, rest)} ORDER BY d.key LIMIT ?)"
                )
                params += [department_id, *rest, n]
        unique = {m.key: m for m in self._rows(" UNION ALL ".join(parts), params)}
        return [unique[k] for k in sorted(unique)][:n]

    def ranked(self, matches: list[_Match]) -> list[_Match]:
        """``matches`` high-frequency first, then by bm25 over these rows, then in the index order."""
        if len(matches) < 2:
            return matches
        w_title, w_summary, w_keywords, w_department = _WEIGHTS
        lengths = [len(m.title) + len(m.summary) + len(m.keywords) + len(m.department) for m in matches]
        average = sum(lengths) / len(lengths) or 1.0
        keyed = []
        for m, length in zip(matches, lengths, strict=True):
            key, title, summary, keywords, department = m
            norm = _K1 * (1 - _B + _B * length / average)
            score = 0.0
            for t in self.terms:
                tf = (
                    w_title * title.count(t)
                    + w_summary * summary.count(t)
                    + w_keywords * keywords.count(t)
                    + w_department * department.count(t)
                )
                score += tf * (_K1 + 1) / (tf + norm)
            keyed.append(((not is_high_frequency(key), -score, key), m))
        keyed.sort(key=lambda p: p[0])
        return [m for _k, m in keyed]


def search_services(
    conn: sqlite3.Connection, query: object, lang: str, limit: int = 50, *, built: Built | None = None
) -> list[ServiceHit]:
    """Services matching ``query``, best first (see the module docstring); ``lang`` picks the highlights.

    ``built`` keeps the services built for earlier searches (see :func:`_services`); the repository
    passes one per store.
    """
    row_key(lang)  # an unknown language is a programming error: say so even for an empty query
    terms = query_terms(query)
    limit = max(0, min(int(limit), _MAX_LIMIT))
    if not terms or limit == 0:
        return []
    # One read transaction: the index and the service rows come from the same snapshot even when
    # the sync worker's connection commits a page meanwhile.
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        search = _Search(conn, terms)
        favourites, chosen = _choose(search, limit)
        return _hits(conn, search, chosen, favourites, lang, {} if built is None else built)
    finally:
        if own and conn.in_transaction:
            conn.execute("COMMIT")


def _choose(search: _Search, limit: int) -> tuple[set[int], list[tuple[_Match, str]]]:
    """(keys of the matching favourites, the matches to show in order with the field that matched)."""
    favourites = search.ranked(search.favourites())
    favourites.sort(key=lambda m: not search.in_title(m))  # stable: within each part, as ranked
    chosen = [(m, search.matched_in(m)) for m in favourites[:limit]]
    taken = {m.key for m in favourites}
    need = limit - len(chosen)
    if not need:
        return taken, chosen
    wanted = need + len(taken)
    title = search.title_group(wanted)
    title_keys = {m.key for m in title}
    fresh = [m for m in title if m.key not in taken][:need]
    chosen += [(m, "title") for m in search.ranked(fresh)]
    need -= len(fresh)
    if need and len(title) < wanted:
        # Every title match is known (there were fewer than asked for): the rest come from the
        # other fields, skipping what is listed already.
        skip = taken | title_keys
        rest = [m for m in search.any_field(need + len(skip)) if m.key not in skip][:need]
        chosen += [(m, search.matched_in(m)) for m in search.ranked(rest)]
    return taken, chosen


def _services(
    conn: sqlite3.Connection, cursor: sqlite3.Cursor, sids: list[int], built: Built
) -> dict[int, Service]:
    """The services with ``sids``, by sid.

    Typing a word searches again at each character, and most hits of the new query were hits of the
    last one; building a ``Service`` (its JSON and a dozen localized texts) was then most of a
    search's time. A built service is reused while its row is the same: it is made from the row's
    ``id`` and ``row_json`` only (the typed columns are derived from ``row_json`` when it is written).
    Entries are keyed by sid and compared, not hashed: hashing each 2 KB ``row_json`` cost more.
    """
    out: dict[int, Service] = {}
    missing: list[int] = []
    marks = ", ".join("?" * len(sids))
    for sid, service_id, row_json in cursor.execute(
        f"SELECT sid, id, row_json FROM services WHERE sid IN ({marks})", sids
    ):
        entry = built.pop(sid, None)
        if entry is not None and entry[0] == service_id and entry[1] == row_json:
            built[sid] = entry  # (re)inserted last: the oldest entries go first
            out[sid] = entry[2]
        else:
            missing.append(sid)
    if missing:
        marks = ", ".join("?" * len(missing))
        for r in conn.execute(f"SELECT * FROM services WHERE sid IN ({marks})", missing):
            service = out[r["sid"]] = service_from_row(r)
            built[r["sid"]] = (r["id"], r["row_json"], service)
        while len(built) > BUILT_MAX:
            del built[next(iter(built))]
    return out


def _hits(
    conn: sqlite3.Connection,
    search: _Search,
    chosen: list[tuple[_Match, str]],
    favourites: set[int],
    lang: str,
    built: Built,
) -> list[ServiceHit]:
    if not chosen:
        return []
    services = _services(conn, search.cursor, [m.key & SID_MASK for m, _field in chosen], built)
    terms = search.terms
    hits = []
    for m, field in chosen:
        service = services.get(m.key & SID_MASK)
        if service is None:  # cannot happen inside one read transaction; never fail a search for it
            continue
        hits.append(ServiceHit(service, field, lang=lang, terms=terms, favourite=m.key in favourites))
    return hits
