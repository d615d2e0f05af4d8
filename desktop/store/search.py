"""Service search over the folded index: trigram FTS5 for terms of 3+ characters, LIKE for shorter ones.

The query is folded like the index (case and accents ignored), split on white space into at most
:data:`MAX_TERMS` terms, and every term must match (AND). Terms never reach FTS5 as syntax: each is
one quoted string, so ``"*():^`` and the like are plain characters. Ranking: favourites, then
high-frequency services, then services whose title holds every term, then those whose title holds
some, then FTS5's bm25 (title columns weigh most), popularity and id.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop.domain.models import Service
from desktop.domain.text import row_key
from desktop.store.folding import find_spans, fold
from desktop.store.rows import service_from_row

MAX_QUERY_CHARS = 256
MAX_TERMS = 8
MAX_TERM_CHARS = 64
#: FTS5 trigram needs three characters; shorter terms use LIKE.
TRIGRAM = 3
_MAX_CANDIDATES = 5000
# bm25 weights of services_fts columns: titles ×3 in weight over summaries, then keywords, department.
_WEIGHTS = "10.0, 10.0, 10.0, 3.0, 3.0, 3.0, 2.0, 1.0"
_FIELDS = ("title", "summary", "keywords", "department")


@dataclass(frozen=True, slots=True)
class ServiceHit:
    """One search result and what to highlight.

    ``title_spans``/``summary_spans`` are ``(start, end)`` character ranges in ``service.title.get(lang)``
    and ``service.summary.get(lang)``; they are empty when the match is in another language or field.
    """

    service: Service
    matched_in: str  # "title" | "summary" | "keywords" | "department"
    title_spans: tuple[tuple[int, int], ...]
    summary_spans: tuple[tuple[int, int], ...]
    favourite: bool = False


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


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_query(terms: list[str]) -> str:
    # One quoted string per term: FTS5 reads everything inside as text; a doubled quote is a quote.
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def search_services(conn: sqlite3.Connection, query: object, lang: str, limit: int = 50) -> list[ServiceHit]:
    """Services matching ``query``, best first (see the module docstring); ``lang`` picks the highlights."""
    row_key(lang)  # an unknown language is a programming error: say so even for an empty query
    terms = query_terms(query)
    limit = max(0, min(int(limit), _MAX_CANDIDATES))
    if not terms or limit == 0:
        return []
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    likes = [_like_pattern(t) for t in terms if len(t) < TRIGRAM]
    like_sql = "".join(" AND s.search_text LIKE ? ESCAPE '\\'" for _ in likes)
    fav = "EXISTS (SELECT 1 FROM favourites AS f WHERE f.service_id = s.id) AS fav"
    if long_terms:
        sql = (
            f"SELECT s.*, bm25(services_fts, {_WEIGHTS}) AS score, {fav}"
            " FROM services_fts JOIN services AS s ON s.sid = services_fts.rowid"
            f" WHERE services_fts MATCH ?{like_sql} LIMIT {_MAX_CANDIDATES}"
        )
        params: list[str] = [_fts_query(long_terms), *likes]
    else:
        sql = f"SELECT s.*, 0.0 AS score, {fav} FROM services AS s WHERE 1{like_sql} LIMIT {_MAX_CANDIDATES}"
        params = likes
    ranked = []
    for r in conn.execute(sql, params):
        lines = (r["search_text"] or "").split("\n")
        fields = {
            "title": "\n".join(lines[0:3]),
            "summary": "\n".join(lines[3:6]),
            "keywords": lines[6] if len(lines) > 6 else "",
            "department": lines[7] if len(lines) > 7 else "",
        }
        in_title = sum(t in fields["title"] for t in terms)
        tier = 0 if in_title == len(terms) else 1 if in_title else 2
        matched_in = next((f for f in _FIELDS if any(t in fields[f] for t in terms)), "department")
        key = (not r["fav"], not r["high_frequency"], tier, r["score"], -r["popularity"], r["id"])
        ranked.append((key, r, matched_in))
    ranked.sort(key=lambda item: item[0])
    hits = []
    for _key, r, matched_in in ranked[:limit]:
        service = service_from_row(r)
        hits.append(
            ServiceHit(
                service=service,
                matched_in=matched_in,
                title_spans=find_spans(service.title.get(lang), terms),
                summary_spans=find_spans(service.summary.get(lang), terms),
                favourite=bool(r["fav"]),
            )
        )
    return hits
