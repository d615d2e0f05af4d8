"""The demo data: 28 departments, 900+ services (600+ bookable), the feed, two residents; seeded once
(server.demo)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from server_testkit import bearer, login

from server.demo import ADDED_SERVICES_KEY, seed_demo
from server.demo.appointments import appointment_services
from server.demo.departments import DEPARTMENTS, department_rows
from server.demo.feed import SAMPLES_TAKEN_AT, build_feed, sample_items
from server.demo.services import build_services
from server.demo.vehicles import demo_vehicles_and_fines
from server.services import Services

LANGS = ("zh", "pt", "en")
FEED_CATEGORIES = {"alert", "civil_protection", "weather", "air_quality", "border", "school", "news"}
PROCEDURE_FIELDS = {"eligibility", "documents", "fees", "processing_time", "where_when", "forms", "progress"}


def _localized(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and set(value) == set(LANGS)
        and all(isinstance(value[k], str) and value[k].strip() for k in LANGS)
    )


@pytest.fixture(scope="module")
def services_rows() -> list[dict[str, Any]]:
    return build_services()


def test_departments() -> None:
    rows = department_rows()
    assert len(rows) == 28
    assert sum(r["appointment"] for r in rows) == 28
    assert sum(r["address_change"] for r in rows) == 23
    assert len({r["id"] for r in rows}) == 28
    assert [r["sort"] for r in rows] == list(range(1, 29))
    for row in rows:
        assert _localized(row["name"]), row
        assert row["abbr"] == row["id"]
    names = {r["id"]: r["name"] for r in rows}
    assert names["DSI"] == {
        "zh": "身份證明局",
        "pt": "Direcção dos Serviços de Identificação",
        "en": "Identification Services Bureau",
    }
    assert names["IAM"]["zh"] == "市政署"
    assert {
        "DSF",
        "DSAT",
        "FSS",
        "DSAL",
        "IAS",
        "SSM",
        "DSEDJ",
        "CPSP",
        "DSAJ",
        "IH",
        "DSEDT",
        "SAFP",
        "FP",
    } <= set(names)
    assert not any("民政總署" in n["zh"] for n in names.values())  # abolished in 2018


def test_services_count_ids_and_three_languages(services_rows: list[dict[str, Any]]) -> None:
    assert len(services_rows) >= 600
    ids = [s["id"] for s in services_rows]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"ps-\d{4}", i) for i in ids)
    departments = {d.id for d in DEPARTMENTS}
    titles = set()
    for service in services_rows:
        assert service["department_id"] in departments
        for field in ("title", "summary", "keywords", "category_name"):
            assert _localized(service[field]), (service["id"], field)
        assert set(service["procedure"]) == PROCEDURE_FIELDS
        assert all(_localized(v) for v in service["procedure"].values()), service["id"]
        assert isinstance(service["popularity"], int)
        assert all(isinstance(service[f], bool) for f in ("high_frequency", "bookable", "online"))
        titles.add(service["title"]["zh"])
    assert len(titles) == len(services_rows)  # no two services share a Chinese title
    # Every department offers services, across many categories.
    assert {s["department_id"] for s in services_rows} == departments
    assert len({s["category"] for s in services_rows}) >= 12


def test_high_frequency_services_are_there(services_rows: list[dict[str, Any]]) -> None:
    frequent = {s["title"]["zh"] for s in services_rows if s["high_frequency"]}
    for wanted in (
        "繳交車輛使用牌照稅",
        "繳交交通違例罰款",
        "預約市政署康體設施",
        "報名參加市政署活動",
        "報名參加暑期活動",
        "申請刑事紀錄證明書",
        "繳交水費",
        "繳交電費",
    ):
        assert wanted in frequent, wanted
    popular = [s for s in services_rows if s["high_frequency"]]
    assert min(s["popularity"] for s in popular) > max(
        s["popularity"] for s in services_rows if not s["high_frequency"]
    )


def test_seven_hengqin_services_are_bookable(services_rows: list[dict[str, Any]]) -> None:
    hengqin = [s for s in services_rows if s["category"] == "hengqin"]
    assert len(hengqin) == 7 and all(s["bookable"] for s in hengqin)
    joined = " ".join(s["title"]["zh"] for s in hengqin)
    for topic in ("商事登記", "社會保險", "公證", "不動產登記", "飲食場所", "藥品零售", "商標"):
        assert topic in joined, topic


def test_600_bookable_services_across_the_28_departments(services_rows: list[dict[str, Any]]) -> None:
    bookable = appointment_services(services_rows)
    assert len(bookable) >= 600 and len(services_rows) >= 900
    assert [a["id"] for a in bookable] == [s["id"] for s in services_rows if s["bookable"]]
    # Every appointment department offers several services to book, the seven Hengqin ones among them.
    per_department = {d.id: 0 for d in DEPARTMENTS if d.appointment}
    for row in bookable:
        per_department[row["department_id"]] += 1
    assert len(per_department) == 28 and min(per_department.values()) >= 7, per_department
    hengqin = {s["id"] for s in services_rows if s["category"] == "hengqin"}
    assert len(hengqin) == 7 and hengqin <= {a["id"] for a in bookable}
    # No two services share a title in any language.
    for lang in LANGS:
        titles = [s["title"][lang] for s in services_rows]
        assert len(set(titles)) == len(titles), lang


def test_added_services_follow_the_first_catalogue(services_rows: list[dict[str, Any]]) -> None:
    # Services added later are numbered after the first 618, so no earlier id changed meaning.
    by_id = {s["id"]: s for s in services_rows}
    assert [s["id"] for s in services_rows] == [f"ps-{n}" for n in range(1001, 1001 + len(services_rows))]
    assert by_id["ps-1001"]["title"]["zh"] == "首次申請居民身份證"
    assert by_id["ps-1618"]["title"]["zh"] == "橫琴商標註冊"
    assert by_id["ps-1619"]["title"]["zh"] == "申請換領永久性居民身份證"  # the first added, of the DSI
    assert [s["department_id"] for s in services_rows[:618]].count("HQ") == 7


def test_portuguese_keeps_its_accents(services_rows: list[dict[str, Any]]) -> None:
    portuguese = " ".join(s["title"]["pt"] for s in services_rows)
    for word in ("Renovação", "certidão", "Emissão", "Inscrição", "Licença"):
        assert word in portuguese, word
    assert "Bilhete de Identidade de Residente" in portuguese


def test_catalogue_is_deterministic(services_rows: list[dict[str, Any]]) -> None:
    assert build_services() == services_rows


def test_feed_is_the_parsed_samples_moved_to_the_seeding_time() -> None:
    # Seeded at the moment the samples show, the feed is exactly what the parsers make of them.
    assert build_feed(SAMPLES_TAKEN_AT.timestamp()) == sample_items()
    feed = build_feed(1_800_000_000.0)  # 2027-01-15 16:00 in Macao
    assert len({f["id"] for f in feed}) == len(feed) >= 30
    assert {f["category"] for f in feed} == FEED_CATEGORIES
    ids = {f["id"] for f in feed}
    assert {"weather-now", "weather-stations", "alert-typhoon", "alert-thunderstorm"} <= ids
    assert {"school-class-suspension-2027-01-15", "civil-protection-typhoon-prepare"} <= ids
    for prefix, at_least in (("air-", 5), ("border-", 8), ("news-", 10), ("civil-protection-", 2)):
        assert sum(i.startswith(prefix) for i in ids) >= at_least, prefix
    by_id = {f["id"]: f for f in feed}
    samples = {f["id"]: f for f in sample_items()}
    # The same shapes as the parsers' items; only times (and the day in an id) moved.
    for item in feed:
        twin = samples[item["id"].replace("2027-01-15", "2026-09-22")]
        assert set(item) == set(twin) and set(item["data"]) == set(twin["data"])
        assert (item["title"], item["body"], item["severity"], item["pinned"]) == (
            twin["title"], twin["body"], twin["severity"], twin["pinned"],
        )  # fmt: skip
        assert _localized(item["title"]) and _localized(item["body"]), item["id"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", item["published_at"])
        assert 0 <= item["severity"] <= 5 and isinstance(item["data"], dict)
    assert max(f["published_at"] for f in feed) <= "2027-01-15T16:00:00+08:00"
    assert by_id["weather-now"]["published_at"] == "2027-01-15T15:15:00+08:00"  # 14:55 + the shift
    assert by_id["school-class-suspension-2027-01-15"]["data"]["date"] == "2027-01-15"
    assert by_id["alert-typhoon"]["data"]["issued_at"] == "2027-01-15T14:50+08:00"  # layout kept
    pinned = [f for f in feed if f["pinned"]]
    assert {f["category"] for f in pinned} == {"alert", "civil_protection"}
    assert by_id["alert-typhoon"]["level"] == "3" and by_id["alert-typhoon"]["severity"] == 3


def test_feed_ships_none_of_the_smg_fixture_text(realdata: Path) -> None:
    samples = "".join(
        p.read_text(encoding="utf-8", errors="replace") for p in (realdata / "smg").glob("*.xml")
    )
    phrases = set(re.findall(r">([^<>\s]{4,})<", samples))
    # Weather stations are proper names (大炮台, 嘉樂庇總督大橋…), not text taken from the fixtures.
    phrases -= set(re.findall(r"<stationname>([^<]+)</stationname>", samples, flags=re.IGNORECASE))
    text = repr(build_feed(1_800_000_000.0))
    assert not [p for p in phrases if not p.isascii() and p in text]


def test_demo_server_serves_everything(make_server: Any) -> None:
    client, _ = make_server(demo=True, test_mode=False)
    assert client.get("/v1/info").json()["demo"] is True
    demo = _pull_rows(client, login(client, "demo")["access_token"])
    counts = {entity: len(rows) for entity, rows in demo.items()}
    assert (
        counts["department"] == 28 and counts["service"] >= 600 and counts["feed_item"] == len(build_feed(0))
    )
    assert set(counts) == {
        "department", "service", "feed_item", "vehicle", "fine", "bill", "appointment_service", "slot",
        "public_holiday", "address_department", "address", "address_registration", "resident", "voucher",
        "course",
    }  # fmt: skip
    assert counts["address_department"] == 23 and counts["address"] == 1
    assert counts["vehicle"] == 2 and counts["fine"] == 6 and counts["bill"] == 4
    assert sum(f["status"] == "unpaid" for f in demo["fine"]) == 4
    lee_login = login(client, "lee")
    assert lee_login["user"]["display_name"]["zh"] == "李小梅"
    lee = _pull_rows(client, lee_login["access_token"])
    assert len(lee["vehicle"]) == 1 and len(lee["fine"]) == 2 and len(lee["bill"]) == 2
    assert "address" not in lee and "address_registration" not in lee
    assert [r["id"] for r in lee["resident"]] == ["usr-lee"] and len(lee["voucher"]) == 2
    assert "course" not in lee and len(demo["course"]) == 2
    assert not {f["id"] for f in lee["fine"]} & {f["id"] for f in demo["fine"]}


def _pull_rows(client: Any, token: str) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    cursor = None
    while True:
        params = {"limit": 1000} | ({"cursor": cursor} if cursor else {})
        page = client.get("/v1/changes", params=params, headers=bearer(token)).json()
        for change in page["changes"]:
            rows.setdefault(change["entity"], []).append(change["row"])
        cursor = page["cursor"]
        if not page["has_more"]:
            return rows


def test_fines_and_vehicles() -> None:
    rows, payments = demo_vehicles_and_fines(1_800_000_000.0)
    fines = [r for e, _, r, _ in rows if e == "fine"]
    vehicles = [r for e, _, r, _ in rows if e == "vehicle"]
    plates = {v["plate"] for v in vehicles}
    for fine in fines:
        assert re.fullmatch(r"F-\d+", fine["id"]) and fine["plate"] in plates
        assert _localized(fine["offence"]) and _localized(fine["place"])
        assert re.fullmatch(r"\d+\.\d\d", fine["amount"])
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", fine["occurred_at"])
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", fine["due_date"])
        paid = fine["status"] == "paid"
        assert fine["status"] in ("paid", "unpaid") and (fine["receipt_no"] is not None) == paid
        assert (fine["paid_at"] is not None) == paid
    car = next(v for v in vehicles if v["plate"] == "MK-12-34")
    assert car["kind"] == "car" and {v["kind"] for v in vehicles} == {"car", "motorcycle"}
    for vehicle in vehicles:
        assert [t["status"] for t in vehicle["taxes"]] == ["paid", "unpaid"]
        assert vehicle["taxes"][1]["year"] == 2027  # the year of the seeding time, in Macao
    # Each paid fine and tax has its payment, so nothing can pay it again.
    paid_targets = {f"fine:{f['id']}" for f in fines if f["status"] == "paid"}
    paid_targets |= {f"vehicle:{v['id']}:tax:{v['taxes'][0]['year']}" for v in vehicles}
    assert {p.target for p in payments} == paid_targets


def test_seeding_is_idempotent(make_server: Any, tmp_path: Path) -> None:
    data = tmp_path / "demo"
    _, first = make_server(demo=True, data_dir=data)
    epoch, seq = first.store.epoch, first.store.current_seq
    assert seed_demo(first.store, first.auth, now=0) is False
    first.close()
    _, second = make_server(demo=True, data_dir=data)
    assert (second.store.epoch, second.store.current_seq) == (epoch, seq)
    assert second.store.count("service") == len(build_services())


def test_a_demo_made_before_the_added_services_gets_them_once(
    make_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "demo"
    everything = build_services()
    with monkeypatch.context() as m:
        # A demo database as it was made before: the first 618 services, no mark for the added ones.
        m.setattr("server.demo.build_services", lambda: everything[:618])
        _, old = make_server(demo=True, data_dir=data)
    assert old.store.count("service") == 618
    epoch, first_bookable = old.store.epoch, old.store.count("appointment_service")
    old.close()
    with sqlite3.connect(old.config.db_path) as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (ADDED_SERVICES_KEY,))
    conn.close()

    _, services = make_server(demo=True, data_dir=data)
    store = services.store
    assert store.epoch == epoch and store.count("service") == len(everything)
    assert {r["id"]: r for r in store.rows("service")} == {s["id"]: s for s in everything}
    bookable = appointment_services(everything)
    assert store.count("appointment_service") == len(bookable) > first_bookable
    # The added bookable services have slots in the booking window, like the others.
    added = {a["id"] for a in bookable[first_bookable:]}
    with_slots = {s["service_id"] for s in store.rows("slot")}
    assert len(added & with_slots) >= 0.95 * len(added)
    seq = store.current_seq
    services.close()
    _, again = make_server(demo=True, data_dir=data)
    assert again.store.current_seq == seq  # once


def test_plain_server_has_no_demo(services: Services) -> None:
    assert not services.is_demo()
    assert services.store.count("service") == 0
