"""Services: listing, categories, favourites, recent, and search (trigram, grams, folding, hostile input).

More on search order and the index: test_search.py.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store import Store
from desktop.store.folding import find_spans, fold, fold_with_map
from desktop.store.search import MAX_TERMS, query_terms

from .factories import department, loc, put, service

CATALOGUE = [
    service(
        "ps-birth",
        title=loc("出生登記證明", "Certidão de nascimento", "Birth certificate"),
        summary=loc("申請出生證明書", "Pedido de certidão", "Apply for a birth certificate"),
        category="identity",
        popularity=300,
    ),
    service(
        "ps-bir",
        title=loc("補領身份證", "Segunda via do BIR", "Replace identity card"),
        summary=loc("身份證遺失", "Perda do bilhete", "Lost card"),
        category="identity",
        popularity=500,
        high_frequency=True,
    ),
    service(
        "ps-tax",
        department_id="DSF",
        title=loc("繳交車輛使用牌照稅", "Imposto de circulação", "Vehicle licence tax"),
        summary=loc("每年繳稅", "Pagamento anual", "Yearly payment"),
        keywords=loc("車 稅", "selo carro", "road tax"),
        category="transport",
        popularity=900,
        high_frequency=True,
    ),
    service(
        "ps-fine",
        department_id="DSAT",
        title=loc("繳交交通違例罰款", "Multas de trânsito", "Pay traffic fines"),
        summary=loc("出生日期核對", "Verificação", "Check the certificate number"),
        category="transport",
        popularity=800,
    ),
    service(
        "ps-venue",
        department_id="IAS",
        title=loc("預約場地", "Reserva de instalações", "Venue booking"),
        category="leisure",
        popularity=50,
    ),
]


@pytest.fixture
def catalogue(store: Store) -> Store:
    store.apply_changes(
        [
            put("department", department("DSI")),
            put(
                "department",
                department(
                    "DSF",
                    name=loc("財政局", "Direcção dos Serviços de Finanças", "Financial Services Bureau"),
                ),
            ),
            put("department", department("DSAT")),
            put("department", department("IAS")),
        ]
        + [put("service", s) for s in CATALOGUE],
        "c1",
    )
    return store


def _ids(store: Store, query: str, lang: str = "zh-Hant") -> list[str]:
    return [h.service.id for h in store.services.search(query, lang)]


def test_page_order_and_filters(catalogue: Store) -> None:
    s = catalogue.services
    assert [x.id for x in s.page(0, 10)] == ["ps-tax", "ps-bir", "ps-fine", "ps-birth", "ps-venue"]
    assert [x.id for x in s.page(1, 2)] == ["ps-bir", "ps-fine"]
    assert [x.id for x in s.page(0, 10, category="identity")] == ["ps-bir", "ps-birth"]
    assert [x.id for x in s.page(0, 10, department_id="DSAT")] == ["ps-fine"]
    assert [x.id for x in s.page(0, 10, category="identity", department_id="DSF")] == []
    assert s.count() == 5 and s.count(category="transport") == 2 and s.count(department_id="DSI") == 2
    assert s.page(100, 10) == [] and s.page(-5, -1) == []


def test_get_and_categories(catalogue: Store) -> None:
    s = catalogue.services
    tax = s.get("ps-tax")
    assert tax is not None and tax.keywords.en == "road tax" and tax.high_frequency
    assert s.get("nope") is None
    cats = s.categories()
    assert [(c, n) for c, _name, n in cats] == [("identity", 2), ("leisure", 1), ("transport", 2)]
    assert cats[0][1].pt == "Identificação"


def test_departments(catalogue: Store) -> None:
    deps = catalogue.departments.all()
    assert [d.id for d in deps] == ["DSAT", "DSF", "DSI", "IAS"]  # same sort: by id
    dsf = catalogue.departments.get("DSF")
    assert dsf is not None and dsf.name.en == "Financial Services Bureau" and dsf.appointment
    assert catalogue.departments.get("XX") is None


def test_favourites_and_recent(catalogue: Store) -> None:
    s = catalogue.services
    s.add_favourite("ps-venue")
    s.add_favourite("ps-birth")
    s.add_favourite("ps-venue")  # twice is once
    s.add_favourite("gone-from-cache")
    assert [x.id for x in s.favourites()] == ["ps-birth", "ps-venue"]
    assert s.favourite_ids() == ["gone-from-cache", "ps-birth", "ps-venue"]
    s.remove_favourite("ps-birth")
    assert s.is_favourite("ps-venue") and not s.is_favourite("ps-birth")
    for sid in ["ps-tax", "ps-bir", "ps-tax", "ps-fine"]:
        s.mark_used(sid)
    assert [x.id for x in s.recent()] == ["ps-fine", "ps-tax", "ps-bir"]
    assert [x.id for x in s.recent(limit=1)] == ["ps-fine"]


def test_recent_is_trimmed(store: Store) -> None:
    from desktop.store.services import RECENT_LIMIT

    for i in range(RECENT_LIMIT + 10):
        store.services.mark_used(f"ps-{i}")
    assert store.connection.execute("SELECT count(*) FROM recent_services").fetchone()[0] == RECENT_LIMIT


# -- search -----------------------------------------------------------------------------------------


def test_chinese_substrings_of_three_or_more_use_the_trigram_index(catalogue: Store) -> None:
    assert _ids(catalogue, "牌照稅") == ["ps-tax"]
    assert _ids(catalogue, "出生證明") == ["ps-birth"]
    assert _ids(catalogue, "交通違例罰款") == ["ps-fine"]


def test_one_and_two_character_queries_use_the_gram_index(catalogue: Store) -> None:
    assert _ids(catalogue, "證") == ["ps-bir", "ps-birth"]  # high-frequency first
    assert _ids(catalogue, "出生") == ["ps-birth", "ps-fine"]  # title match before summary match
    assert _ids(catalogue, "稅") == ["ps-tax"]
    assert _ids(catalogue, "%") == [] and _ids(catalogue, "_") == []


def test_accents_and_case_are_ignored(catalogue: Store) -> None:
    assert _ids(catalogue, "certidao", "pt") == ["ps-birth"]
    assert _ids(catalogue, "CERTIDÃO", "pt") == ["ps-birth"]
    assert _ids(catalogue, "transito", "pt") == ["ps-fine"]
    assert _ids(catalogue, "instalacoes", "pt") == ["ps-venue"]
    assert _ids(catalogue, "VENUE", "en") == ["ps-venue"]


def test_ranking_title_before_summary(catalogue: Store) -> None:
    # "certificate" is in the title of ps-birth and only in the summary of ps-fine.
    hits = catalogue.services.search("certificate", "en")
    assert [h.service.id for h in hits] == ["ps-birth", "ps-fine"]
    assert hits[0].matched_in == "title" and hits[1].matched_in == "summary"


def test_favourites_and_high_frequency_come_first(catalogue: Store) -> None:
    assert _ids(catalogue, "ps-", "en") == []  # ids are not searchable text
    assert _ids(catalogue, "ção", "pt")[:1] == ["ps-tax"]  # high-frequency first
    catalogue.services.add_favourite("ps-fine")
    hits = catalogue.services.search("cert", "en")
    assert [h.service.id for h in hits] == ["ps-fine", "ps-birth"]
    assert hits[0].favourite and not hits[1].favourite


def test_keywords_and_department_names_match(catalogue: Store) -> None:
    hits = catalogue.services.search("road tax", "en")
    assert [h.service.id for h in hits] == ["ps-tax"]
    hits = catalogue.services.search("finanças", "pt")
    assert [h.service.id for h in hits] == ["ps-tax"] and hits[0].matched_in == "department"


def test_all_terms_must_match(catalogue: Store) -> None:
    assert _ids(catalogue, "birth certificate", "en") == ["ps-birth"]
    assert _ids(catalogue, "birth venue", "en") == []
    assert _ids(catalogue, "出生 證明", "zh-Hant") == ["ps-birth"]


def test_highlight_spans_point_into_the_display_text(catalogue: Store) -> None:
    hit = catalogue.services.search("certidao", "pt")[0]
    title = hit.service.title.pt
    assert [title[a:b] for a, b in hit.title_spans] == ["Certidão"]
    summary = hit.service.summary.pt
    assert [summary[a:b] for a, b in hit.summary_spans] == ["certidão"]
    zh = catalogue.services.search("出生", "zh-Hant")[0]
    assert [zh.service.title.zh[a:b] for a, b in zh.title_spans] == ["出生"]
    # A match in another language gives no spans in the display language.
    en = catalogue.services.search("certidao", "en")[0]
    assert en.title_spans == ()


def test_limit(catalogue: Store) -> None:
    assert len(catalogue.services.search("e", "en", limit=2)) == 2
    assert catalogue.services.search("e", "en", limit=0) == []


def test_unknown_language_is_a_programming_error(catalogue: Store) -> None:
    with pytest.raises(ValueError):
        catalogue.services.search("x", "fr")


HOSTILE = [
    "",
    " ",
    "\t\n",
    '"',
    '""',
    "'",
    "*",
    "(",
    ")",
    ":",
    "^",
    "-",
    "+",
    "NEAR(a b)",
    "a OR b",
    "title_zh:稅",
    '"unterminated',
    "certidão*",
    "^出生",
    "((( )))",
    "\\",
    "%_%",
    "\x00",
    "\x00abc",
    "\ud800",
    "abc\udfff",
    "🙂",
    "👨‍👩‍👧‍👦 family",
    "x" * 100_000,
    "出" * 5000,
    "a b c d e f g h i j k l m n o p",
    "ﷺ",
    "İstanbul",
    "ß",
    "Ａ",
    "ｃｅｒｔｉｄａｏ",
    "SELECT * FROM services; --",
    "\u202e",
    "\ufeff",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(catalogue: Store, query: str) -> None:
    hits = catalogue.services.search(query, "pt")
    assert isinstance(hits, list)


def test_full_width_latin_folds(catalogue: Store) -> None:
    assert _ids(catalogue, "ｃｅｒｔｉｄａｏ", "pt") == ["ps-birth"]


def test_query_terms_are_bounded() -> None:
    assert len(query_terms(" ".join(f"t{i}" for i in range(100)))) == MAX_TERMS
    assert query_terms(None) == [] and query_terms(123) == []
    assert query_terms("Cert cert CERT") == ["cert"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=40) | st.text(alphabet='"*():^-+ ãçé出生證明 \x00\ud800NEARAND', max_size=30))
def test_any_text_never_raises(catalogue: Store, query: str) -> None:
    for hit in catalogue.services.search(query, "zh-Hant", limit=5):
        text = hit.service.title.zh
        assert all(0 <= a < b <= len(text) for a, b in hit.title_spans)


@given(st.text(max_size=50))
def test_folding_char_by_char_matches_folding_the_whole(text: str) -> None:
    folded, index = fold_with_map(text)
    assert folded == fold(text)
    assert len(index) == len(folded)
    assert index == sorted(index)


@given(st.text(max_size=30), st.lists(st.text(min_size=1, max_size=5), max_size=3))
def test_spans_are_inside_the_text_and_disjoint(text: str, terms: list[str]) -> None:
    spans = find_spans(text, [fold(t) for t in terms])
    for (_a, b), (c, _d) in itertools.pairwise(spans):
        assert b < c
    assert all(0 <= a < b <= len(text) for a, b in spans)
