"""Applying pulled pages: one transaction with the cursor, validation, unknown entities, start-over."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.changes import Changes
from desktop.store import BadPayload, Store, open_store, search_index

from .factories import delete, department, feed_item, gram_postings, loc, put, service


def _snapshot(store: Store) -> list[tuple[Any, ...]]:
    conn = store.connection
    out: list[tuple[Any, ...]] = []
    tables = ("departments", "services", "feed_items", "cache_rows", "meta", "services_fts", "search_docs")
    for table in (*tables, "search_departments"):
        out.extend((table, *tuple(r)) for r in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"))
    return out + gram_postings(conn)


def test_a_page_is_applied_with_its_cursor(store: Store) -> None:
    changes = store.apply_changes(
        [
            put("department", department()),
            put("service", service("ps-1")),
            put("feed_item", feed_item("f-1")),
        ],
        "cur-1",
    )
    assert changes == Changes.of({"department", "service", "feed_item"})
    assert store.sync_state.cursor == "cur-1"
    assert store.departments.get("DSI") is not None
    svc = store.services.get("ps-1")
    assert svc is not None and svc.title.pt == "Serviço ps-1" and svc.procedure["fees"].zh == "免費"
    item = store.feed.get("f-1")
    assert item is not None and item.data == {"n": 1}
    assert item.published_at is not None and item.published_at.utcoffset() is not None


def test_an_empty_page_moves_the_cursor_and_touches_nothing(store: Store) -> None:
    assert store.apply_changes([], "cur-2") == Changes()
    assert store.sync_state.cursor == "cur-2"


def test_unknown_entities_are_kept_and_deleted(store: Store) -> None:
    changes = store.apply_changes([put("fine", {"id": "F-1", "amount": 600, "paid": False})], "c1")
    assert changes.touches("fine")
    row = store.connection.execute("SELECT * FROM cache_rows WHERE entity = 'fine' AND id = 'F-1'").fetchone()
    assert '"amount":600' in row["row_json"] and row["version"] == 1
    store.apply_changes([delete("fine", "F-1")], "c2")
    assert store.connection.execute("SELECT count(*) FROM cache_rows").fetchone()[0] == 0


def test_unknown_fields_are_kept_in_row_json(store: Store) -> None:
    store.apply_changes([put("service", service("ps-1", new_field={"x": [1, 2]}))], "c1")
    raw = store.connection.execute("SELECT row_json FROM services WHERE id = 'ps-1'").fetchone()[0]
    assert '"new_field":{"x":[1,2]}' in raw


def test_within_a_page_the_last_change_of_a_row_wins(store: Store) -> None:
    store.apply_changes([put("service", service("ps-1")), put("feed_item", feed_item("f-1"))], "c1")
    changes = store.apply_changes(
        [
            put("service", service("ps-1", popularity=5), 2),
            delete("service", "ps-1", 3),  # put then delete: gone
            delete("feed_item", "f-1", 2),
            put("feed_item", feed_item("f-1", severity=2), 3),  # delete then put: back, as put
            put("feed_item", feed_item("f-2", severity=1), 1),
            put("feed_item", feed_item("f-2", severity=4), 2),  # two puts: the later one
            put("fine", {"id": "F-1", "amount": 1}),
            delete("fine", "F-1"),
            delete("fine", "F-2"),
            put("fine", {"id": "F-2", "amount": 2}),
        ],
        "c2",
    )
    assert changes == Changes.of({"service", "feed_item", "fine"})
    assert store.services.get("ps-1") is None and store.services.search("ps-1", "en") == []
    assert store.connection.execute("SELECT count(*) FROM services_fts").fetchone()[0] == 0
    f1, f2 = store.feed.get("f-1"), store.feed.get("f-2")
    assert f1 is not None and f1.severity == 2 and f2 is not None and f2.severity == 4
    fines = store.connection.execute("SELECT id, version, row_json FROM cache_rows ORDER BY id").fetchall()
    assert [(r["id"], r["version"]) for r in fines] == [("F-2", 1)] and '"amount":2' in fines[0]["row_json"]


def test_the_server_order_wins_not_the_version(store: Store) -> None:
    # The change log's order is the truth (a re-pulled log may restart its versions); versions are
    # kept with the rows but never compared.
    store.apply_changes([put("service", service("ps-1", popularity=1), 9)], "c1")
    store.apply_changes([put("service", service("ps-1", popularity=2), 3)], "c2")
    svc = store.services.get("ps-1")
    assert svc is not None and svc.popularity == 2
    assert store.connection.execute("SELECT version FROM services WHERE id = 'ps-1'").fetchone()[0] == 3


def test_row_json_is_compact_json_of_the_row(store: Store) -> None:
    row = feed_item("f-1", data={"a": [1, 2.5, None, True], "b": "澳門 ção", "nan": float("nan")})
    store.apply_changes([put("feed_item", row)], "c1")
    stored = store.connection.execute("SELECT row_json FROM feed_items WHERE id = 'f-1'").fetchone()[0]
    assert stored == json.dumps(row, ensure_ascii=False, separators=(",", ":"))


def test_a_lone_surrogate_anywhere_cleans_the_row_texts(store: Store) -> None:
    row = feed_item("f-1", title=loc("標題", "título", "title"), body=loc("好\ud800", "ok", "ok"))
    store.apply_changes([put("feed_item", row)], "c1")
    item = store.feed.get("f-1")
    assert item is not None and item.body.zh.startswith("好") and "\ud800" not in item.body.zh
    assert item.title.pt == "título"
    stored = store.connection.execute("SELECT row_json FROM feed_items WHERE id = 'f-1'").fetchone()[0]
    assert "\\ud800" in stored and json.loads(stored)["title"]["pt"] == "título"


def test_deletes(store: Store) -> None:
    store.apply_changes(
        [put("department", department()), put("service", service("ps-1")), put("feed_item", feed_item())],
        "c1",
    )
    changes = store.apply_changes(
        [
            delete("department", "DSI"),
            delete("service", "ps-1"),
            delete("feed_item", "f-1"),
            delete("service", "never-seen"),
        ],
        "c2",
    )
    assert changes == Changes.of({"department", "service", "feed_item"})
    assert store.departments.all() == [] and store.services.count() == 0 and store.feed.count() == 0
    assert store.connection.execute("SELECT count(*) FROM services_fts").fetchone()[0] == 0
    assert store.services.search("ps-1", "en") == []


def test_an_update_keeps_one_row_and_reindexes(store: Store) -> None:
    store.apply_changes(
        [put("service", service("ps-1", title=loc("舊名稱服務", "Velho", "Old title")))], "c1"
    )
    sid = store.connection.execute("SELECT sid FROM services WHERE id = 'ps-1'").fetchone()[0]
    store.apply_changes(
        [put("service", service("ps-1", title=loc("新名稱服務", "Novo", "New title")), 2)], "c2"
    )
    assert store.connection.execute("SELECT sid FROM services WHERE id = 'ps-1'").fetchone()[0] == sid
    assert store.services.count() == 1
    assert store.services.search("舊名稱", "zh-Hant") == []
    assert [h.service.id for h in store.services.search("新名稱", "zh-Hant")] == ["ps-1"]
    assert store.connection.execute("SELECT count(*) FROM services_fts").fetchone()[0] == 1


def test_department_rename_reaches_the_search_index(store: Store) -> None:
    store.apply_changes([put("department", department()), put("service", service("ps-1"))], "c1")
    assert store.services.search("Cartografia", "pt") == []
    renamed = department(
        name=loc("地圖繪製暨地籍局", "Direcção dos Serviços de Cartografia", "Cartography Bureau")
    )
    store.apply_changes([put("department", renamed, 2)], "c2")
    hits = store.services.search("cartografia", "pt")
    assert [h.service.id for h in hits] == ["ps-1"] and hits[0].matched_in == "department"


def test_a_department_renamed_in_the_page_of_its_services_is_indexed_once_and_right(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.apply_changes([put("department", department()), put("service", service("ps-0"))], "c1")
    calls: list[int] = []
    real = search_index.index_services

    def counting(conn: Any, sids: Iterable[int]) -> None:
        sids = list(sids)
        calls.extend(sids)
        real(conn, sids)

    monkeypatch.setattr(search_index, "index_services", counting)
    renamed = department(name=loc("地圖繪製暨地籍局", "Direcção dos Serviços de Cartografia", "Cartography"))
    # The service comes first in the page; its entry must still carry the new department name.
    store.apply_changes([put("service", service("ps-1")), put("department", renamed, 2)], "c2")
    assert sorted(calls) == sorted(set(calls)) and len(calls) == 2  # ps-1 once, ps-0 by the rename
    assert {h.service.id for h in store.services.search("cartografia", "pt")} == {"ps-0", "ps-1"}
    assert store.services.search("bureau", "en") == []  # the old English name is gone


BAD_ROWS: list[tuple[str, dict[str, Any]]] = [
    ("service", service("ps-bad", title="just a string")),
    ("service", service("ps-bad", title={"zh": 5})),
    ("service", service("ps-bad", popularity="high")),
    ("service", service("ps-bad", popularity=1.5)),
    ("service", service("ps-bad", popularity=True)),
    ("service", service("ps-bad", popularity=2**70)),
    ("service", service("ps-bad", high_frequency="yes")),
    ("service", service("ps-bad", department_id=7)),
    ("service", service("ps-bad", procedure=["x"])),
    ("service", service("ps-bad", procedure={"fees": "free"})),
    ("department", department("D", sort="1")),
    ("department", department("D", name=["a"])),
    ("feed_item", feed_item("f-bad", severity="5")),
    ("feed_item", feed_item("f-bad", published_at="yesterday")),
    ("feed_item", feed_item("f-bad", published_at=1700000000)),
    ("feed_item", feed_item("f-bad", data=[1, 2])),
    ("feed_item", feed_item("f-bad", category="")),
    ("feed_item", feed_item("f-bad", pinned=1)),
]


@pytest.mark.parametrize(("entity", "row"), BAD_ROWS)
def test_a_bad_row_refuses_the_whole_page(store: Store, entity: str, row: dict[str, Any]) -> None:
    store.apply_changes([put("service", service("ps-0"))], "c1")
    before = _snapshot(store)
    with pytest.raises(BadPayload) as info:
        store.apply_changes(
            [put("service", service("ps-good")), put(entity, row), put("fine", {"id": "F"})], "c2"
        )
    assert info.value.entity == entity
    assert _snapshot(store) == before
    assert store.sync_state.cursor == "c1"


BAD_CHANGES: list[Any] = [
    "not an object",
    None,
    {"entity": "service", "op": "put", "row": service("x")},  # no id
    {"entity": "", "id": "x", "op": "put", "row": {}},
    {"entity": 3, "id": "x", "op": "put", "row": {}},
    {"entity": "service", "id": 3, "op": "put", "row": {}},
    {"entity": "service", "id": "x", "op": "upsert", "row": {}},
    {"entity": "service", "id": "x", "op": "put", "row": None},
    {"entity": "service", "id": "x", "op": "put", "row": [1]},
    {"entity": "service", "id": "x", "op": "put", "row": service("y")},  # id mismatch
    {"entity": "service", "id": "x", "op": "put", "row": service("x"), "version": "3"},
    {"entity": "fine", "id": "x", "op": "put", "row": "text"},
]


@pytest.mark.parametrize("change", BAD_CHANGES)
def test_a_malformed_change_refuses_the_whole_page(store: Store, change: Any) -> None:
    before = _snapshot(store)
    with pytest.raises(BadPayload):
        store.apply_changes([put("service", service("ps-good")), change], "c2")
    assert _snapshot(store) == before


def test_bad_page_or_cursor_types(store: Store) -> None:
    with pytest.raises(BadPayload):
        store.apply_changes({"entity": "x"}, "c")  # type: ignore[arg-type]
    with pytest.raises(BadPayload):
        store.apply_changes([], None)  # type: ignore[arg-type]
    assert store.sync_state.cursor is None


def test_a_failure_while_writing_rolls_back_rows_and_cursor(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.apply_changes([put("service", service("ps-0"))], "c1")
    before = _snapshot(store)
    real = search_index.index_services

    def failing(conn: Any, sids: Iterable[int]) -> None:
        real(conn, sids)  # the index is written, then the disk fills up
        raise OSError("disk full")

    monkeypatch.setattr(search_index, "index_services", failing)
    with pytest.raises(OSError, match="disk full"):
        store.apply_changes([put("service", service(f"ps-{i}")) for i in range(1, 6)], "c2")
    assert _snapshot(store) == before
    assert not store.connection.in_transaction


def test_lone_surrogates_and_odd_text_are_stored(store: Store) -> None:
    odd = service("ps-odd", title={"zh": "壞\ud800字", "pt": "nul\x00byte", "en": "🙂" * 3})
    store.apply_changes([put("service", odd)], "c1")
    svc = store.services.get("ps-odd")
    assert svc is not None and svc.title.en == "🙂🙂🙂" and svc.title.zh.startswith("壞")


def test_nulls_for_optional_fields(store: Store) -> None:
    row = {"id": "ps-min", "title": None, "popularity": None, "high_frequency": None, "procedure": None}
    store.apply_changes([put("service", row)], "c1")
    svc = store.services.get("ps-min")
    assert svc is not None and svc.title.zh == "" and svc.popularity == 0 and svc.procedure == {}


def _seed_for_start_over(store: Store) -> None:
    store.apply_changes(
        [
            put("department", department("DSI")),
            put("department", department("OLD")),
            put("service", service("ps-keep")),
            put("service", service("ps-gone")),
            put("feed_item", feed_item("f-keep")),
            put("feed_item", feed_item("f-gone")),
            put("fine", {"id": "F-gone"}),
        ],
        "e1:10",
    )
    store.services.add_favourite("ps-gone")
    store.services.add_favourite("ps-keep")
    store.services.mark_used("ps-gone")


def test_start_over_keeps_rows_until_the_re_pull_completes(store: Store) -> None:
    _seed_for_start_over(store)
    store.begin_start_over()
    assert store.sync_state.cursor is None and store.sync_state.sweep_pending
    store.apply_changes(
        [put("department", department("DSI")), put("service", service("ps-keep", popularity=99))], "e2:5"
    )
    # Mid-way: the user still sees everything, old and new.
    assert store.services.count() == 2 and store.feed.count() == 2
    store.apply_changes([put("feed_item", feed_item("f-keep")), put("fine", {"id": "F-new"})], "e2:9")
    changes = store.finish_start_over()
    assert changes.reset and changes.touches("service")
    assert [d.id for d in store.departments.all()] == ["DSI"]
    assert [s.id for s in store.services.page(0, 10)] == ["ps-keep"]
    assert [f.id for f in store.feed.page(0, 10)] == ["f-keep"]
    fines = [r[0] for r in store.connection.execute("SELECT id FROM cache_rows WHERE entity = 'fine'")]
    assert fines == ["F-new"]
    assert store.services.search("ps-gone", "en") == []
    # The user's own tables are untouched, even for a service that went away.
    assert store.services.favourite_ids() == ["ps-keep", "ps-gone"]
    assert store.connection.execute("SELECT service_id FROM recent_services").fetchall()[0][0] == "ps-gone"
    assert not store.sync_state.sweep_pending
    assert store.finish_start_over() == Changes()  # idempotent


def test_an_interrupted_start_over_survives_a_restart(cache_path: Path, store: Store) -> None:
    _seed_for_start_over(store)
    gen = store.begin_start_over()
    store.apply_changes([put("service", service("ps-keep"))], "e2:1")
    store.close()
    with open_store(cache_path) as again:
        assert again.sync_state.sweep_pending and again.sync_state.generation == gen
        assert again.sync_state.cursor == "e2:1"
        again.apply_changes(
            [put("department", department("DSI")), put("feed_item", feed_item("f-keep"))], "e2:2"
        )
        again.finish_start_over()
        assert [s.id for s in again.services.page(0, 10)] == ["ps-keep"]
        assert again.departments.count() == 1


def test_a_second_start_over_during_the_first(store: Store) -> None:
    _seed_for_start_over(store)
    store.begin_start_over()
    store.apply_changes([put("service", service("ps-gone"))], "e2:1")  # seen by the first re-pull only
    store.begin_start_over()
    store.apply_changes([put("service", service("ps-keep"))], "e3:1")
    store.finish_start_over()
    assert [s.id for s in store.services.page(0, 10)] == ["ps-keep"]


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)
_FIELDS = [
    "title",
    "summary",
    "popularity",
    "high_frequency",
    "severity",
    "published_at",
    "pinned",
    "name",
    "sort",
    "data",
    "procedure",
    "category",
    "id",
]


@st.composite
def _changes(draw: st.DrawFn) -> dict[str, Any]:
    entity = draw(st.sampled_from(["service", "department", "feed_item", "fine", ""]) | st.text(max_size=5))
    row_id = draw(st.text(max_size=6))
    op = draw(st.sampled_from(["put", "put", "delete", "patch"]))
    base = {"service": service, "department": department, "feed_item": feed_item}.get(
        entity, lambda i: {"id": i}
    )
    row: Any = base(row_id)
    if draw(st.booleans()):
        row = {**row, draw(st.sampled_from(_FIELDS)): draw(_json)}
    if draw(st.integers(0, 9)) == 0:
        row = draw(_json)
    version = draw(st.integers(-(2**65), 2**65) | st.none() | st.sampled_from(["1", True]))
    return {"entity": entity, "id": row_id, "op": op, "row": row, "version": version}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(page=st.lists(_changes(), max_size=4))
def test_any_page_is_applied_whole_or_refused_whole(store: Store, page: list[dict[str, Any]]) -> None:
    before = _snapshot(store)
    cursor = store.sync_state.cursor
    try:
        changes = store.apply_changes(page, f"c-{len(before)}")
    except BadPayload:
        assert _snapshot(store) == before and store.sync_state.cursor == cursor
    else:
        assert changes.entities <= {c["entity"] for c in page}
        assert store.sync_state.cursor == f"c-{len(before)}"
    assert not store.connection.in_transaction
