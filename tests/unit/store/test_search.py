"""Search ranking, the 1–2 character gram index, and the index kept in step with the service rows.

Catalogues here are small and hand-made; what each test expects follows from the order in
``desktop/store/search.py``: favourites, then services whose title holds every term, then the others;
within each, high-frequency first, then relevance (bm25 over the rows shown), then popularity.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store import Store, search_index
from desktop.store.db import transaction

from .factories import delete, department, gram_postings, loc, put, service


def _ids(store: Store, query: str, lang: str = "zh-Hant", limit: int = 50) -> list[str]:
    return [h.service.id for h in store.services.search(query, lang, limit)]


@contextmanager
def _statements(store: Store) -> Iterator[list[str]]:
    seen: list[str] = []
    store.connection.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        store.connection.set_trace_callback(None)


def _load(store: Store, *services: dict[str, Any], departments: tuple[str, ...] = ("DSI",)) -> None:
    store.apply_changes(
        [put("department", department(d)) for d in departments] + [put("service", s) for s in services], "c1"
    )


# -- ranking ----------------------------------------------------------------------------------------


def test_title_matches_come_before_high_frequency_services_matching_elsewhere(store: Store) -> None:
    # The reported case: 身份證 listed 申請刑事紀錄證明書 (high-frequency, 身份證 only in its summary)
    # above 補發居民身份證.
    _load(
        store,
        service(
            "ps-criminal",
            title=loc("申請刑事紀錄證明書", "Certificado de registo criminal", "Criminal record certificate"),
            summary=loc("須出示居民身份證", "Apresente o BIR", "Show your identity card"),
            high_frequency=True,
            popularity=900,
        ),
        service("ps-replace", title=loc("補發居民身份證", "Segunda via do BIR", "Replace identity card"),
                popularity=100),
        service("ps-first", title=loc("首次申請居民身份證", "Primeiro BIR", "First identity card"),
                popularity=50),
    )
    ids = _ids(store, "身份證")
    assert set(ids[:2]) == {"ps-replace", "ps-first"} and ids[2] == "ps-criminal"
    hits = store.services.search("身份證", "zh-Hant")
    assert [h.matched_in for h in hits] == ["title", "title", "summary"]


def test_the_full_order_favourites_title_high_frequency_relevance_popularity(store: Store) -> None:
    _load(
        store,
        # Favourite, matching only in its summary: still first.
        service("ps-fav", title=loc("預約場地"), summary=loc("文件翻譯服務"), popularity=1),
        # Title matches: high-frequency first whatever the popularity...
        service("ps-hf", title=loc("中文文件翻譯", "Tradução chinesa de documentos longos"),
                high_frequency=True, popularity=5),
        # ...then relevance: the term in title and summary (and a short text) beats one title hit,
        service("ps-rich", title=loc("翻譯", "Tradução"), summary=loc("翻譯"), popularity=10),
        # ...then popularity among equals.
        service("ps-popular", title=loc("文件翻譯認證", "Tradução certificada"), popularity=300),
        service("ps-quiet", title=loc("文件翻譯認證", "Tradução certificada"), popularity=30),
        # Matching elsewhere only: after every title match, even high-frequency.
        service("ps-body-hf", title=loc("公證", "Notariado"), keywords=loc("翻譯"), high_frequency=True,
                popularity=1000),
        service("ps-body", title=loc("認證", "Reconhecimento"), summary=loc("翻譯"), popularity=999),
        service("ps-none", title=loc("其他", "Outro"), popularity=5000),
    )
    store.services.add_favourite("ps-fav")
    expected = ["ps-fav", "ps-hf", "ps-rich", "ps-popular", "ps-quiet", "ps-body-hf", "ps-body"]
    assert _ids(store, "翻譯") == expected  # two characters: the gram index
    # Which services fill the title group is the index order (high-frequency, then popularity);
    # relevance orders those shown.
    assert _ids(store, "翻譯", limit=3) == ["ps-fav", "ps-hf", "ps-popular"]
    hits = store.services.search("翻譯", "zh-Hant")
    assert [h.favourite for h in hits] == [True] + [False] * 6
    assert hits[0].matched_in == "summary" and hits[5].matched_in == "keywords"


def test_three_character_terms_rank_the_same_way(store: Store) -> None:
    _load(
        store,
        service("ps-fav", title=loc("預約場地"), summary=loc("certidão de óbito"), popularity=1),
        service("ps-hf", title=loc("出生", "Certidão de nascimento"), high_frequency=True, popularity=5),
        service("ps-rich", title=loc("出生", "Certidão"), summary=loc("certidão"), popularity=10),
        service("ps-long", title=loc("出生", "Certidão narrativa completa com averbamentos"), popularity=300),
        service("ps-body-hf", title=loc("其他", "Registo"), keywords=loc("certidao"), high_frequency=True,
                popularity=1000),
    )
    store.services.add_favourite("ps-fav")
    assert _ids(store, "certidao", "pt") == ["ps-fav", "ps-hf", "ps-rich", "ps-long", "ps-body-hf"]


def test_favourites_whose_title_matches_come_first_among_favourites(store: Store) -> None:
    _load(
        store,
        service("ps-a", title=loc("其他"), summary=loc("稅務"), high_frequency=True),
        service("ps-b", title=loc("車輛稅"), popularity=1),
        service("ps-c", title=loc("繳稅"), popularity=500),
    )
    for sid in ("ps-a", "ps-b"):
        store.services.add_favourite(sid)
    assert _ids(store, "稅") == ["ps-b", "ps-a", "ps-c"]
    assert _ids(store, "稅", limit=1) == ["ps-b"]


def test_a_large_group_shows_its_high_frequency_and_popular_services(store: Store) -> None:
    rows = [
        service(f"ps-{i:02d}", title=loc(f"證明書 {i}", f"Certidão {i}"), popularity=i) for i in range(30)
    ]
    rows.append(service("ps-hf", title=loc("證明書 hf", "Certidão hf"), popularity=0, high_frequency=True))
    _load(store, *rows)
    assert _ids(store, "證明書", limit=4) == ["ps-hf", "ps-29", "ps-28", "ps-27"]
    assert _ids(store, "證", limit=4) == ["ps-hf", "ps-29", "ps-28", "ps-27"]
    assert _ids(store, "certidao", "pt", limit=3) == ["ps-hf", "ps-29", "ps-28"]


# -- short terms: the gram index --------------------------------------------------------------------

GRAM_CATALOGUE = [
    service(
        "ps-tax",
        department_id="DSF",
        title=loc("繳交車輛使用牌照稅", "Imposto de circulação", "Vehicle licence tax"),
        summary=loc("每年繳付", "Pagamento anual", "Yearly payment"),
        keywords=loc("車", "selo", "road"),
        popularity=900,
    ),
    service(
        "ps-birth",
        title=loc("出生登記證明", "Certidão de nascimento", "Birth certificate"),
        summary=loc("申請出生證明書", "Pedido de certidão", "Apply for a birth certificate"),
        popularity=300,
    ),
    service(
        "ps-water",
        department_id="IAS",
        title=loc("水費", "Água", "Water bill"),
        summary=loc("繳交水費", "Pagar a água", "Pay the water bill qz"),
        popularity=10,
    ),
]


@pytest.fixture
def grams(store: Store) -> Store:
    store.apply_changes(
        [
            put("department", department("DSI")),
            put("department", department("DSF", name=loc("財政局", "Direcção dos Serviços de Finanças",
                                                          "Financial Services Bureau"))),
            put("department", department("IAS", name=loc("社會工作局", "Instituto de Acção Social",
                                                          "Social Welfare Bureau"))),
        ]
        + [put("service", s) for s in GRAM_CATALOGUE],
        "c1",
    )
    return store


@pytest.mark.parametrize(
    ("query", "lang", "groups"),
    [
        ("稅", "zh-Hant", [{"ps-tax"}]),
        ("證", "zh-Hant", [{"ps-birth"}]),
        ("繳", "zh-Hant", [{"ps-tax"}, {"ps-water"}]),  # title, then summary only
        ("水費", "zh-Hant", [{"ps-water"}]),
        ("出生", "zh-Hant", [{"ps-birth"}]),
        ("車", "zh-Hant", [{"ps-tax"}]),
        ("局", "zh-Hant", [{"ps-tax", "ps-birth", "ps-water"}]),  # every department's name
        ("社會", "zh-Hant", [{"ps-water"}]),
        ("ç", "pt", [{"ps-tax", "ps-birth", "ps-water"}]),  # folds to c: in every title
        ("ca", "pt", [{"ps-tax", "ps-birth"}, {"ps-water"}]),  # circulação, certificate; Acção Social
        ("ÁG", "pt", [{"ps-water"}, {"ps-tax"}]),  # Água; Pagamento
        ("se", "pt", [{"ps-tax"}]),  # keywords "selo", Serviços in the department's name
        ("ta", "en", [{"ps-tax"}]),
        ("qz", "en", [{"ps-water"}]),
        ("j", "en", []),
        ("%", "en", []),
        ("_", "en", []),
        ("出 證", "zh-Hant", [{"ps-birth"}]),
        ("繳 水", "zh-Hant", [{"ps-water"}]),
        ("繳 稅", "zh-Hant", [{"ps-tax"}]),
        ("局 水", "zh-Hant", [{"ps-water"}]),  # one term in the department's name, one in the title
        ("財 車", "zh-Hant", [{"ps-tax"}]),  # department and keywords
        ("財 水", "zh-Hant", []),
    ],
)
def test_one_and_two_character_terms(grams: Store, query: str, lang: str, groups: list[set[str]]) -> None:
    with _statements(grams) as seen:
        ids = _ids(grams, query, lang)
    assert [set(ids[sum(map(len, groups[:n])) :][: len(g)]) for n, g in enumerate(groups)] == groups
    assert len(ids) == sum(map(len, groups))
    assert not any("LIKE" in s.upper() or "services_fts" in s for s in seen)


def test_short_terms_read_the_gram_index(grams: Store) -> None:
    with _statements(grams) as seen:
        _ids(grams, "稅")
    reads = [s for s in seen if "search_grams" in s]
    assert reads and all("LIMIT" in s for s in reads)


def test_mixed_long_and_short_terms(grams: Store) -> None:
    assert _ids(grams, "certidão de", "pt") == ["ps-birth"]
    assert _ids(grams, "de certidao", "pt") == ["ps-birth"]
    assert _ids(grams, "water q", "en") == ["ps-water"]  # q only in the summary
    assert _ids(grams, "pagamento z", "pt") == []


def test_portuguese_matches_without_accents(grams: Store) -> None:
    for query in ("circulacao", "CIRCULAÇÃO", "circulação", "Circulaçao", "ircul"):
        assert _ids(grams, query, "pt") == ["ps-tax"], query
    # The title of ps-tax, then the departments' names (Direcção, Acção).
    assert _ids(grams, "ção", "pt")[0] == "ps-tax" and sorted(_ids(grams, "cao", "pt")[1:]) == [
        "ps-birth", "ps-water"
    ]
    assert _ids(grams, "agua", "pt") == ["ps-water"]
    assert _ids(grams, "acção", "pt") == ["ps-water"]  # the department's name
    hit = grams.services.search("circulacao", "pt")[0]
    assert [hit.service.title.pt[a:b] for a, b in hit.title_spans] == ["circulação"]
    short = {h.service.id: h for h in grams.services.search("ca", "pt")}
    assert [short["ps-tax"].service.title.pt[a:b] for a, b in short["ps-tax"].title_spans] == ["çã"]
    assert short["ps-birth"].title_spans == ()  # its match is "certificate", in English


def test_highlights_of_short_terms(grams: Store) -> None:
    hit = grams.services.search("繳", "zh-Hant")[1]
    assert hit.service.id == "ps-water" and hit.matched_in == "summary"
    assert hit.title_spans == () and hit.summary_spans == ((0, 1),)


# -- fetching only what is shown --------------------------------------------------------------------


def _vm_steps(store: Store, query: str, lang: str) -> int:
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    store.connection.set_progress_handler(count, 10)
    try:
        store.services.search(query, lang, limit=5)
    finally:
        store.connection.set_progress_handler(None, 0)
    return steps


def test_the_work_of_a_search_does_not_grow_with_the_matches(store: Store) -> None:
    def catalogue(n: int) -> list[dict[str, Any]]:
        return [
            service(f"ps-{i:04d}", title=loc(f"證明書 {i}", f"Certidão {i}", f"Certificate {i}"),
                    summary=loc("申請證明", "Pedido", "Apply"), popularity=i % 50)
            for i in range(n)
        ]

    _load(store, *catalogue(100))
    small = {q: _vm_steps(store, q, lang) for q, lang in (("證", "zh-Hant"), ("證明書", "zh-Hant"),
                                                          ("ce", "pt"), ("certidao", "pt"))}
    store.apply_changes([put("service", s) for s in catalogue(1000)], "c2")
    large = {q: _vm_steps(store, q, lang) for q, lang in (("證", "zh-Hant"), ("證明書", "zh-Hant"),
                                                          ("ce", "pt"), ("certidao", "pt"))}
    for query, steps in large.items():
        # Ten times the matches, not ten times the work: a LIMIT stops each read (FTS5 still reads a
        # few more pages of the longer lists).
        assert steps <= 2 * small[query] + 20, (query, small[query], steps)


# -- the index in step with the rows ----------------------------------------------------------------


def _index_state(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    # FTS5 checks its trigram index against search_docs (the external content) itself.
    conn.execute("INSERT INTO services_fts(services_fts, rank) VALUES ('integrity-check', 1)")
    conn.execute("INSERT INTO search_grams(search_grams) VALUES ('integrity-check')")
    docs = [("doc", *r) for r in conn.execute("SELECT * FROM search_docs ORDER BY key")]
    keys = {r[0] for r in conn.execute("SELECT key FROM search_docs")}
    sids = {r[0] for r in conn.execute("SELECT sid FROM services")}
    assert {k & search_index.SID_MASK for k in keys} == sids
    return docs + gram_postings(conn)


def _assert_in_step(store: Store) -> None:
    conn = store.connection
    kept = _index_state(conn)
    departments = {r[0]: r[1] for r in conn.execute("SELECT department_id, text FROM search_departments")}
    with transaction(conn):
        search_index.rebuild(conn)
    assert kept == _index_state(conn)
    rebuilt = {r[0]: r[1] for r in conn.execute("SELECT department_id, text FROM search_departments")}
    assert {k: departments[k] for k in rebuilt} == rebuilt


def test_the_index_follows_puts_updates_and_deletes(grams: Store) -> None:
    store = grams
    _assert_in_step(store)
    store.apply_changes(
        [
            # text change, same search key
            put("service", {**GRAM_CATALOGUE[0], "title": loc("繳交車輛稅", "Imposto", "Vehicle tax")}, 2),
            # popularity and high frequency change: a new search key
            put("service", {**GRAM_CATALOGUE[1], "popularity": 5, "high_frequency": True}, 2),
            put("service", service("ps-new", title=loc("新服務", "Novo", "New"))),
            delete("service", "ps-water"),
        ],
        "c2",
    )
    _assert_in_step(store)
    assert _ids(store, "牌照") == [] and _ids(store, "車輛稅") == ["ps-tax"]
    assert _ids(store, "水") == [] and _ids(store, "新") == ["ps-new"]
    assert _ids(store, "證") == ["ps-birth"]
    assert store.services.search("證", "zh-Hant")[0].service.high_frequency
    renamed = department("DSF", name=loc("稅務局", "Finanças", "Finance"))
    store.apply_changes([put("department", renamed, 2), delete("department", "IAS")], "c3")
    _assert_in_step(store)
    assert _ids(store, "務局") == ["ps-tax"] and _ids(store, "財政") == []


def test_the_index_follows_a_start_over_sweep(grams: Store) -> None:
    store = grams
    store.services.add_favourite("ps-water")
    store.begin_start_over()
    store.apply_changes([put("service", GRAM_CATALOGUE[0]), put("service", service("ps-late"))], "e2:1")
    assert _ids(store, "水") == ["ps-water"]  # still shown until the re-pull completes
    store.finish_start_over()
    _assert_in_step(store)
    assert _ids(store, "水") == [] and _ids(store, "證") == [] and _ids(store, "稅") == ["ps-tax"]
    assert store.connection.execute("SELECT count(*) FROM search_docs").fetchone()[0] == 2


def test_an_unchanged_row_is_not_rewritten(grams: Store) -> None:
    with _statements(grams) as seen:
        grams.apply_changes([put("service", s, 2) for s in GRAM_CATALOGUE], "c2")
    writes = ("INTO search_docs", "INTO search_grams", "INTO services_fts")
    assert not any(w in s for w in writes for s in seen)


_TEXTS = st.sampled_from(["證明", "出生證明書", "繳稅", "Certidão", "água", "tax", "ção de", "", "局"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pages=st.lists(
        st.lists(
            st.tuples(
                st.sampled_from(["ps-1", "ps-2", "ps-3", "ps-4"]),
                st.none() | st.tuples(_TEXTS, _TEXTS, st.sampled_from(["DSI", "DSF", "XX"]), st.booleans(),
                                      st.integers(0, 3)),
            ),
            max_size=5,
        ),
        max_size=4,
    ),
    sweep=st.booleans(),
)
def test_any_sequence_of_pages_leaves_the_index_as_a_rebuild_would(
    store: Store, pages: list[list[tuple[str, Any]]], sweep: bool
) -> None:
    conn = store.connection
    with transaction(conn):
        for table in ("services", "departments", "search_docs", "search_departments"):
            conn.execute(f"DELETE FROM {table}")
        search_index.rebuild(conn)
    if sweep:
        store.begin_start_over()
    for n, page in enumerate(pages):
        changes = []
        for sid, row in page:
            if row is None:
                changes.append(delete("service", sid))
            else:
                title, summary, dep, hf, pop = row
                changes.append(put("service", service(sid, title=loc(title), summary=loc(summary),
                                                      department_id=dep, high_frequency=hf, popularity=pop)))
        if n == 1:
            changes.append(put("department", department("DSF", name=loc(f"財政局{n}"))))
        store.apply_changes(changes, f"c{n}")
    if sweep:
        store.finish_start_over()
    _assert_in_step(store)
