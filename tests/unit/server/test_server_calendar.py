"""The slot calendar and Macao's public holidays (server.appointments.calendar, .holidays), and the
demo's appointment data."""

from __future__ import annotations

import time
from datetime import date, datetime
from typing import Any

from server_testkit import FakeClock, bearer, login, new_op_id, put_op

from server.appointments.calendar import Pattern, add_patterns, start_calendar
from server.appointments.holidays import holidays
from server.demo.appointments import appointment_services
from server.demo.services import build_services
from server.services import Services
from server.timeutil import MACAO_TZ

LOCATION = {"id": "loc-x", "name": {"zh": "櫃枱", "pt": "Balcão", "en": "Counter"}, "address": None}


def at(*args: int) -> float:
    return datetime(*args, tzinfo=MACAO_TZ).timestamp()  # type: ignore[misc]


def slot_ids(services: Services) -> list[str]:
    return sorted(r["id"] for r in services.store.rows("slot"))


def test_holidays_2026_are_the_official_list() -> None:
    rows = {r["date"]: r for r in holidays(2026)}
    assert len(rows) == 28 and all(r["year_list"] == "official" for r in rows.values())
    assert rows["2026-02-17"]["name"]["zh"] == "農曆正月初一" and rows["2026-02-17"]["obligatory"]
    assert rows["2026-12-08"]["kind"] == "public" and not rows["2026-12-08"]["obligatory"]
    assert rows["2026-12-21"]["kind"] == "in_lieu" and rows["2026-12-21"]["closed"] == "all_day"
    assert rows["2026-12-31"]["kind"] == "afternoon_off" and rows["2026-12-31"]["closed"] == "afternoon"
    assert {d for d, r in rows.items() if r["obligatory"]} == {
        "2026-01-01", "2026-02-17", "2026-02-18", "2026-02-19", "2026-04-05", "2026-05-01",
        "2026-09-26", "2026-10-01", "2026-10-18", "2026-12-20",
    }  # fmt: skip
    in_lieu = [d for d, r in rows.items() if r["kind"] == "in_lieu"]
    assert in_lieu == ["2026-04-06", "2026-04-07", "2026-05-25", "2026-09-28", "2026-10-19", "2026-12-21"]
    assert all(date.fromisoformat(d).isoweekday() == 1 or d == "2026-04-07" for d in in_lieu)
    for row in rows.values():
        assert set(row["name"]) == {"zh", "pt", "en"} and all(row["name"].values())
    later = holidays(2027)
    assert [r["date"] for r in later][:2] == ["2027-01-01", "2027-05-01"]
    assert {r["year_list"] for r in later} == {"fixed_dates_only"}


def _calendar(make_server: Any, clock: FakeClock, now: float) -> tuple[Any, Services]:
    clock.now = now
    client, services = make_server(test_mode=True)
    services.store.put("appointment_service", "ps-1", {"id": "ps-1", "locations": [LOCATION]})
    with services.store.write() as w:
        add_patterns(w.conn, [Pattern("ps-1", "loc-x", (1, 2, 3, 4, 5), ("09:30", "15:00"), 30, 2)])
        start_calendar(w, services.clock(), prefill=False)
    return client, services


def test_no_slots_on_weekends_holidays_and_days_off_in_lieu(make_server: Any, clock: FakeClock) -> None:
    _, services = _calendar(make_server, clock, at(2026, 12, 14, 9))  # a Monday
    # Open: 14–18, 23. Closed: 19–20 (weekend), 21 (in lieu), 22 (winter solstice), 24–25 (Christmas).
    days = sorted({i.split("-")[-2] for i in slot_ids(services)})
    assert days == ["20261214", "20261215", "20261216", "20261217", "20261218", "20261223"]
    assert len(slot_ids(services)) == 12
    first = services.store.get("slot", "sl-ps-1-loc-x-20261214-0930")
    assert first is not None and first.row == {
        "id": "sl-ps-1-loc-x-20261214-0930", "service_id": "ps-1", "location_id": "loc-x",
        "start": "2026-12-14T09:30:00+08:00", "end": "2026-12-14T10:00:00+08:00", "capacity": 2, "booked": 0,
    }  # fmt: skip
    assert services.store.count("public_holiday") == len(holidays(2026)) + len(holidays(2027))


def test_rolling_on_marks_done_drops_old_days_and_adds_new(make_server: Any, clock: FakeClock) -> None:
    client, services = _calendar(make_server, clock, at(2026, 12, 14, 9))
    token = str(login(client)["access_token"])
    body = {"kind": "book_appointment", "stream": "a", "payload": {"slot_id": "sl-ps-1-loc-x-20261214-1500",
            "service_id": "ps-1"}}  # fmt: skip
    appointment_id = put_op(client, token, new_op_id(), body).json()["receipt"]["appointment_id"]
    cursor = client.get("/v1/changes", headers=bearer(token)).json()["cursor"]
    moved = client.post("/v1/_test/clock", json={"now": "2026-12-29T09:00:00+08:00"})  # a Tuesday
    assert moved.status_code == 200
    token = str(login(client)["access_token"])
    changes = client.get(
        "/v1/changes", params={"cursor": cursor, "limit": 1000}, headers=bearer(token)
    ).json()
    by_op = {(c["entity"], c["op"]) for c in changes["changes"]}
    assert ("slot", "delete") in by_op and ("slot", "put") in by_op
    done = next(c["row"] for c in changes["changes"] if c["entity"] == "appointment")
    assert done["id"] == appointment_id and done["status"] == "done"
    ids = slot_ids(services)
    assert min(ids) == "sl-ps-1-loc-x-20261229-0930" and max(i.split("-")[-2] for i in ids) == "20270111"
    # New Year's Eve: morning only; New Year's Day: closed.
    assert [i for i in ids if "20261231" in i] == ["sl-ps-1-loc-x-20261231-0930"]
    assert not [i for i in ids if "20270101" in i]
    assert services.roll_calendar() is not None and slot_ids(services) == ids  # nothing more to do today


def test_demo_appointment_data(make_server: Any) -> None:
    client, services = make_server(demo=True)
    bookable = [s for s in build_services() if s["bookable"]]
    rows = services.store.rows("appointment_service")
    assert len(rows) == len(bookable) == len(appointment_services(build_services())) >= 600
    hengqin = {s["id"] for s in bookable if s["category"] == "hengqin"}
    assert len(hengqin) == 7 and hengqin <= {r["id"] for r in rows}
    assert len({r["department_id"] for r in rows}) == 28
    for row in rows:
        assert set(row["what_to_bring"]) == {"zh", "pt", "en"} and row["duration_minutes"] in (10, 15, 20, 30)
        assert row["locations"][0]["id"] == f"loc-{row['department_id'].lower()}"
        for place in row["locations"]:
            assert set(place) == {"id", "name", "address", "opening_hours"}
            assert set(place["opening_hours"]) == {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
    slots = services.store.rows("slot")
    # The volume stays moderate: two weekdays, two windows per service and location (8 slots per
    # location in the 14 days, fewer over holidays).
    assert 4 * len(rows) <= len(slots) <= 12 * len(rows) and len(slots) <= 8000
    with_slots = {s["service_id"] for s in slots}
    assert len(with_slots) >= 0.95 * len(rows)
    assert {s["service_id"] for s in slots} <= {r["id"] for r in rows}
    for s in slots:
        start = datetime.fromisoformat(s["start"])
        assert start.isoweekday() <= 5 and 0 <= s["booked"] <= s["capacity"] <= 4
    full = [s for s in slots if s["booked"] == s["capacity"]]
    assert 0 < len(full) < len(slots) / 3  # other people took some places, mostly in the first days
    # The whole demo still pulls in a few pages, quickly.
    token = str(login(client)["access_token"])
    started, cursor, pages = time.perf_counter(), "", 0
    while True:
        page = client.get(
            "/v1/changes", params={"cursor": cursor, "limit": 1000}, headers=bearer(token)
        ).json()
        pages, cursor = pages + 1, page["cursor"]
        if not page["has_more"]:
            break
    assert pages <= 10 and time.perf_counter() - started < 5
