"""Counter appointments: book, cancel, reschedule (server.ops.appointments) over slots the database
guards (server.appointments.book), and the test-mode slot switch."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from server_testkit import assert_problem, bearer, live_server, login, new_op_id, put_op

from server.appointments import tickets
from server.appointments.book import ticket_key
from server.demo.residents import DEMO_RESIDENTS
from server.services import Services
from server.timeutil import MACAO_TZ

SERVICE = "ps-1002"
OTHER = "ps-1003"
#: The fake clock's "now" is 2027-01-15 16:00 in Macao (a Friday).
NOW = datetime(2027, 1, 15, 16, 0, tzinfo=MACAO_TZ)
MONDAY_9 = datetime(2027, 1, 18, 9, 0, tzinfo=MACAO_TZ)
LOCATION = {
    "id": "loc-dsi",
    "name": {"zh": "身份證明局服務櫃枱", "pt": "Balcão de atendimento da DSI", "en": "DSI service counter"},
    "address": {"zh": "示範地址", "pt": "Morada de demonstração", "en": "Demo address"},
}


def slot(
    ident: str, days: int, hour: int, *, service: str = SERVICE, capacity: int = 2, **more: Any
) -> dict[str, Any]:
    start = NOW.replace(hour=hour) + timedelta(days=days)
    return {
        "id": ident, "service_id": service, "location_id": "loc-dsi", "start": start.isoformat(),
        "end": (start + timedelta(minutes=30)).isoformat(), "capacity": capacity, **more,
    }  # fmt: skip


def book_body(slot_id: str, service_id: str = SERVICE) -> dict[str, Any]:
    return {
        "kind": "book_appointment",
        "stream": f"appointment:{slot_id}",
        "payload": {"slot_id": slot_id, "service_id": service_id},
    }


def cancel_body(appointment_id: str) -> dict[str, Any]:
    return {
        "kind": "cancel_appointment",
        "stream": f"appointment:{appointment_id}",
        "payload": {"appointment_id": appointment_id},
    }


def move_body(appointment_id: str, slot_id: str) -> dict[str, Any]:
    return {
        "kind": "reschedule_appointment",
        "stream": f"appointment:{appointment_id}",
        "payload": {"appointment_id": appointment_id, "slot_id": slot_id},
    }


@pytest.fixture
def token(client: TestClient, services: Services) -> str:
    for sid in (SERVICE, OTHER):
        services.store.put(
            "appointment_service", sid, {"id": sid, "service_id": sid, "locations": [LOCATION]}
        )
    made = client.post(
        "/v1/_test/slots",
        json=[
            slot("s-mon", 3, 9), slot("s-mon-pm", 3, 15, capacity=1), slot("s-tue", 4, 10),
            slot("s-wed", 5, 11), slot("s-thu", 6, 9), slot("s-fri", 7, 9), slot("s-next", 10, 9),
            slot("s-today", 0, 17), slot("s-gone", 0, 9), slot("s-other", 3, 10, service=OTHER),
        ],
    )  # fmt: skip
    assert made.status_code == 200, made.text
    return str(login(client)["access_token"])


def stored_slot(services: Services, ident: str) -> dict[str, Any]:
    found = services.store.get("slot", ident)
    assert found is not None and found.row is not None
    return found.row


def appointment(services: Services, ident: str) -> dict[str, Any]:
    found = services.store.get("appointment", ident)
    assert found is not None and found.row is not None and found.owner == "usr-demo"
    return found.row


def test_book_gives_a_ticket(client: TestClient, services: Services, token: str) -> None:
    op_id = new_op_id()
    answer = put_op(client, token, op_id, book_body("s-mon"))
    assert answer.status_code == 201, answer.text
    receipt = answer.json()["receipt"]
    assert set(receipt) == {
        "appointment_id", "ticket_code", "ticket_token", "service_id", "slot_id", "start", "end", "location",
    }  # fmt: skip
    assert (receipt["service_id"], receipt["slot_id"], receipt["location"]) == (SERVICE, "s-mon", LOCATION)
    assert receipt["start"] == "2027-01-18T09:00:00+08:00" and receipt["end"] == "2027-01-18T09:30:00+08:00"
    code = receipt["ticket_code"]
    assert len(code) == 9 and code[4] == "-" and set(code.replace("-", "")) <= set(tickets.ALPHABET)
    with services.db.snapshot() as conn:
        key = ticket_key(conn)
    claims = tickets.read_token(key, receipt["ticket_token"])
    assert claims == {
        "a": receipt["appointment_id"], "c": code, "s": SERVICE, "l": "loc-dsi",
        "t": int(MONDAY_9.timestamp()), "e": int(MONDAY_9.timestamp()) + 1800,
    }  # fmt: skip
    assert tickets.read_token(key, receipt["ticket_token"][:-2] + "xx") is None
    assert tickets.read_token(b"another key", receipt["ticket_token"]) is None
    row = appointment(services, receipt["appointment_id"])
    assert row["status"] == "booked" and row["ticket_token"] == receipt["ticket_token"]
    assert stored_slot(services, "s-mon")["booked"] == 1
    # Both rows reach the resident's pull: the public slot and the owned appointment.
    changes = client.get("/v1/changes", headers=bearer(token)).json()["changes"]
    assert {(c["entity"], c["id"]) for c in changes} >= {
        ("slot", "s-mon"),
        ("appointment", receipt["appointment_id"]),
    }
    # A retry of the same operation is a replay: no second place taken.
    replay = put_op(client, token, op_id, book_body("s-mon"))
    assert replay.status_code == 200 and replay.json() == answer.json()
    assert stored_slot(services, "s-mon")["booked"] == 1
    effects = client.get("/v1/_test/effects").json()["effects"]
    assert [(e["kind"], e["target"]) for e in effects] == [("book_appointment", "slot:s-mon")]


def test_already_booked_and_wrong_slots(client: TestClient, services: Services, token: str) -> None:
    first = put_op(client, token, new_op_id(), book_body("s-mon")).json()["receipt"]
    again = assert_problem(put_op(client, token, new_op_id(), book_body("s-mon")), 409, "already-booked")
    assert again["appointment_id"] == first["appointment_id"]
    assert stored_slot(services, "s-mon")["booked"] == 1
    # Another resident may book the same slot.
    lee = str(login(client, "lee")["access_token"])
    assert put_op(client, lee, new_op_id(), book_body("s-mon")).status_code == 201
    assert_problem(put_op(client, token, new_op_id(), book_body("s-nope")), 422, "slot-not-found")
    assert_problem(
        put_op(client, token, new_op_id(), book_body("s-other")), 422, "slot-not-found"
    )  # not SERVICE's
    assert_problem(put_op(client, token, new_op_id(), book_body("s-gone")), 422, "slot-past")
    bad = {**book_body("s-mon"), "payload": {"slot_id": "s-mon"}}
    assert_problem(put_op(client, token, new_op_id(), bad), 422, "invalid-payload")


def test_a_full_slot_offers_the_nearest_free_ones(client: TestClient, token: str) -> None:
    client.post("/v1/_test/slots", json=[{"id": "s-mon", "fill": True}, {"id": "s-wed", "booked": 2}])
    taken = assert_problem(put_op(client, token, new_op_id(), book_body("s-mon")), 409, "slot-taken")
    # Same service, free, not begun, soonest first, at most five: s-gone has begun, s-wed is full.
    assert [(f["slot_id"], f["start"], f["location_id"], f["free"]) for f in taken["nearest_free"]] == [
        ("s-today", "2027-01-15T17:00:00+08:00", "loc-dsi", 2),
        ("s-mon-pm", "2027-01-18T15:00:00+08:00", "loc-dsi", 1),
        ("s-tue", "2027-01-19T10:00:00+08:00", "loc-dsi", 2),
        ("s-thu", "2027-01-21T09:00:00+08:00", "loc-dsi", 2),
        ("s-fri", "2027-01-22T09:00:00+08:00", "loc-dsi", 2),
    ]
    # The refusal is the final answer for that key; the next free one books.
    assert put_op(client, token, new_op_id(), book_body("s-mon-pm")).status_code == 201
    assert_problem(put_op(client, token, new_op_id(), book_body("s-mon-pm")), 409, "already-booked")


def test_cancel(client: TestClient, services: Services, token: str) -> None:
    booked = put_op(client, token, new_op_id(), book_body("s-mon-pm")).json()["receipt"]
    ident = booked["appointment_id"]
    assert stored_slot(services, "s-mon-pm")["booked"] == 1
    lee = str(login(client, "lee")["access_token"])
    assert_problem(put_op(client, lee, new_op_id(), cancel_body(ident)), 422, "appointment-not-found")
    cancelled = put_op(client, token, new_op_id(), cancel_body(ident))
    assert cancelled.status_code == 201
    assert cancelled.json()["receipt"] == {
        "appointment_id": ident, "status": "cancelled", "cancelled_at": "2027-01-15T16:00:00+08:00",
    }  # fmt: skip
    assert appointment(services, ident)["status"] == "cancelled"
    assert stored_slot(services, "s-mon-pm")["booked"] == 0  # the place is free again
    assert put_op(client, lee, new_op_id(), book_body("s-mon-pm")).status_code == 201
    assert_problem(put_op(client, token, new_op_id(), cancel_body(ident)), 409, "appointment-cancelled")
    assert_problem(put_op(client, token, new_op_id(), cancel_body("AP-NOPE")), 422, "appointment-not-found")
    # Once its time has come, an appointment cannot be cancelled.
    late = put_op(client, token, new_op_id(), book_body("s-today")).json()["receipt"]["appointment_id"]
    client.post("/v1/_test/clock", json={"advance_s": 3600})
    token = str(login(client)["access_token"])  # the old one expired with the hour
    assert_problem(put_op(client, token, new_op_id(), cancel_body(late)), 409, "appointment-past")


def test_reschedule(client: TestClient, services: Services, token: str) -> None:
    first = put_op(client, token, new_op_id(), book_body("s-mon")).json()["receipt"]
    ident = first["appointment_id"]
    moved = put_op(client, token, new_op_id(), move_body(ident, "s-tue"))
    assert moved.status_code == 201, moved.text
    receipt = moved.json()["receipt"]
    assert receipt["appointment_id"] == ident and receipt["previous_slot_id"] == "s-mon"
    assert receipt["slot_id"] == "s-tue" and receipt["start"] == "2027-01-19T10:00:00+08:00"
    assert receipt["ticket_code"] == first["ticket_code"] and receipt["ticket_token"] != first["ticket_token"]
    assert (stored_slot(services, "s-mon")["booked"], stored_slot(services, "s-tue")["booked"]) == (0, 1)
    row = appointment(services, ident)
    assert (row["slot_id"], row["status"], row["booked_at"]) == (
        "s-tue",
        "booked",
        "2027-01-15T16:00:00+08:00",
    )
    assert_problem(put_op(client, token, new_op_id(), move_body(ident, "s-tue")), 409, "already-booked")
    client.post("/v1/_test/slots", json={"id": "s-wed", "fill": True})
    taken = assert_problem(put_op(client, token, new_op_id(), move_body(ident, "s-wed")), 409, "slot-taken")
    assert [f["slot_id"] for f in taken["nearest_free"]][:2] == ["s-today", "s-mon"]  # s-mon is free again
    assert_problem(put_op(client, token, new_op_id(), move_body(ident, "s-other")), 422, "slot-not-found")
    assert_problem(put_op(client, token, new_op_id(), move_body(ident, "s-gone")), 422, "slot-past")
    assert (stored_slot(services, "s-tue")["booked"], stored_slot(services, "s-wed")["booked"]) == (1, 2)
    put_op(client, token, new_op_id(), cancel_body(ident))
    assert_problem(
        put_op(client, token, new_op_id(), move_body(ident, "s-thu")), 409, "appointment-cancelled"
    )


def test_concurrent_bookings_of_the_last_places(services: Services) -> None:
    """Eight residents at once for a slot with three places: exactly three bookings."""
    services.store.put("appointment_service", SERVICE, {"id": SERVICE, "locations": [LOCATION]})
    for n in range(6):
        services.auth.create_user(f"r{n}", f"r{n}", DEMO_RESIDENTS[0].display_name, user_id=f"usr-r{n}")
    users = [("demo", "demo"), ("lee", "lee"), *((f"r{n}", f"r{n}") for n in range(6))]
    with live_server(services) as url:
        with httpx.Client(base_url=url, timeout=30) as http:
            assert http.post("/v1/_test/slots", json=slot("s-last", 3, 9, capacity=3)).status_code == 200
            tokens = [login(http, u, p)["access_token"] for u, p in users]
        start = threading.Barrier(len(tokens))
        answers: list[httpx.Response] = []

        def book(token: str) -> None:
            with httpx.Client(base_url=url, timeout=30) as own:
                start.wait()
                answers.append(put_op(own, token, new_op_id(), book_body("s-last")))

        threads = [threading.Thread(target=book, args=(t,)) for t in tokens]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert sorted(a.status_code for a in answers) == [201] * 3 + [409] * 5
    assert {a.json()["type"] for a in answers if a.status_code == 409} == {"/problems/slot-taken"}
    assert stored_slot(services, "s-last")["booked"] == 3
    with services.db.snapshot() as conn:
        assert tuple(conn.execute("SELECT booked, capacity FROM slots WHERE id = 's-last'").fetchone()) == (
            3,
            3,
        )
        assert conn.execute("SELECT COUNT(*) FROM appointments WHERE slot_id = 's-last'").fetchone()[0] == 3


def test_the_database_never_overbooks(services: Services) -> None:
    with services.store.write() as w:
        w.conn.execute(
            "INSERT INTO slots (id, service_id, location_id, start_at, end_at, capacity, booked)"
            " VALUES ('x', 's', 'l', 0, 1, 1, 1)"
        )
    with pytest.raises(Exception, match="CHECK constraint failed"), services.store.write() as w:
        w.conn.execute("UPDATE slots SET booked = booked + 1 WHERE id = 'x'")


def test_test_slots_endpoint(client: TestClient, token: str) -> None:
    assert_problem(client.post("/v1/_test/slots", json={"id": "s-new"}), 422, "validation-error")
    assert_problem(client.post("/v1/_test/slots", json={"id": "s-mon", "booked": 3}), 422, "validation-error")
    put_op(client, token, new_op_id(), book_body("s-mon"))
    # Fewer taken places than live bookings would lose one.
    assert_problem(client.post("/v1/_test/slots", json={"id": "s-mon", "booked": 0}), 422, "validation-error")
    assert (
        client.post("/v1/_test/slots", json={"id": "s-mon", "capacity": 5}).json()["slots"][0]["booked"] == 1
    )
    bad = slot("s-bad", 1, 9, start="tomorrow")
    assert_problem(client.post("/v1/_test/slots", json=bad), 422, "validation-error")
