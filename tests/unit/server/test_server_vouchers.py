"""Demo vouchers and continuing-education courses (server.demo.vouchers): balances, schedules, and a
course sign-in code that the course venue verifies against the published key set."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from eid_kit import bind, moment
from fastapi.testclient import TestClient
from server_testkit import FakeClock, login

from desktop.clock import FakeClock as EidClock
from desktop.eid.authority import Issued
from desktop.eid.errors import EidError, Reason
from desktop.eid.holder import CredentialBundle, EidWallet
from desktop.eid.keys import generate_key
from desktop.eid.trust import PublishedKeys
from desktop.eid.verify import Verifier
from server.demo.vouchers import demo_vouchers_and_courses
from server.services import Services

NOW = 1_800_000_000.0
LANGS = {"zh", "pt", "en"}


def rows(entity: str, owner: str) -> list[dict[str, Any]]:
    return [r for e, _, r, o in demo_vouchers_and_courses(NOW) if e == entity and o == owner]


def test_vouchers_and_balances() -> None:
    demo = {r["kind"]: r for r in rows("voucher", "usr-demo")}
    assert set(demo) == {"medical", "continuing_education"}
    medical, cep = demo["medical"], demo["continuing_education"]
    assert (medical["id"], medical["total"], medical["balance"]) == (
        "vch-usr-demo-hcsp-2027",
        "600.00",
        "400.00",
    )
    assert (medical["department_id"], medical["valid_until"], medical["transferable"]) == (
        "SSM",
        "2028-12-31",
        True,
    )
    courses = rows("course", "usr-demo")
    spent = sum(Decimal(c["fee"]) for c in courses)
    assert Decimal(cep["balance"]) == Decimal(cep["total"]) - spent == Decimal("1600.00")
    assert cep["department_id"] == "DSEDJ" and cep["programme_id"] == "pdac" and cep["currency"] == "MOP"
    for row in demo.values():
        assert set(row["name"]) == LANGS and set(row["programme"]) == LANGS
        assert re.fullmatch(r"\d+\.\d\d", row["balance"]) and row["valid_from"] < row["valid_until"]
    lee = rows("voucher", "usr-lee")
    assert [r["balance"] for r in lee] == ["600.00", "6000.00"] and not rows("course", "usr-lee")


def test_courses() -> None:
    courses = rows("course", "usr-demo")
    assert [c["course_id"] for c in courses] == ["C-0137", "C-0522"]
    for course in courses:
        assert course["id"] == f"crs-usr-demo-{course['course_id']}" and course["programme_id"] == "pdac"
        assert course["institution_id"] == "demo-cep" and course["voucher_id"] == "vch-usr-demo-pdac"
        assert (
            set(course["name"]) == LANGS and set(course["venue"]) == LANGS and course["status"] == "enrolled"
        )
        starts = [datetime.fromisoformat(s["start"]) for s in course["schedule"]]
        assert starts == sorted(starts) and all(s["start"].endswith("+08:00") for s in course["schedule"])
        assert all(s["end"] > s["start"] for s in course["schedule"])
    evening, morning = courses
    # One has begun (two of its sessions are over), the other starts next week.
    assert sum(datetime.fromisoformat(s["start"]).timestamp() < NOW for s in evening["schedule"]) == 2
    assert datetime.fromisoformat(morning["schedule"][0]["start"]).timestamp() > NOW
    assert evening["schedule"][0]["start"][11:16] == "19:00"


@pytest.fixture
def demo(make_server: Any) -> tuple[TestClient, Services]:
    return make_server(test_mode=True, demo=True)


def test_course_sign_in_verifies_at_the_venue(demo: tuple[TestClient, Services], clock: FakeClock) -> None:
    client, services = demo
    token = login(client)["access_token"]
    key = generate_key()
    issued = Issued.from_json_dict(bind(client, token, key, clock).json())
    wallet = EidWallet(CredentialBundle.from_issued(issued), key)
    course = services.store.get("course", "crs-usr-demo-C-0137")
    assert course is not None and course.owner == "usr-demo" and course.row is not None
    code = wallet.course(course.row["programme_id"], course.row["course_id"], "in", moment(clock))
    venue = Verifier(PublishedKeys.from_json(client.get("/v1/eid/keys").text), clock=EidClock(moment(clock)))
    signed_in = venue.verify(code, course="pdac/C-0137")
    assert signed_in.course is not None and signed_in.course.action == "in"
    assert course.row["institution_id"] in venue.keys.institutions
    with pytest.raises(EidError) as other:
        venue.verify(wallet.course("pdac", "C-0137", "out", moment(clock)), course="pdac/C-0522")
    assert other.value.reason is Reason.WRONG_COURSE


def test_an_older_demo_database_gets_the_new_demo_data_once(make_server: Any, tmp_path: Any) -> None:
    data = tmp_path / "older"
    _, services = make_server(demo=True, data_dir=data)
    edited = {"id": "usr-lee", "name": {"zh": "李小梅", "pt": "Lei Sio Mui", "en": "Lei Sio Mui"}}
    services.store.put("resident", "usr-lee", edited, "usr-lee")
    # As a database seeded before these existed: no mark, no rows of the demo resident, no institutions.
    with services.db.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = 'demo_eid_seeded'")
        conn.execute(
            "DELETE FROM entities WHERE entity IN ('resident', 'voucher', 'course') AND owner = 'usr-demo'"
        )
        conn.execute("UPDATE eid_state SET state_json = json_set(state_json, '$.institutions', json('{}'))")
    services.close()
    client, again = make_server(demo=True, data_dir=data)
    assert again.store.get("resident", "usr-demo") is not None
    assert len(again.store.rows("course", "usr-demo")) == 2
    lee = again.store.get("resident", "usr-lee")
    assert lee is not None and lee.row == edited  # what was there stays
    keys = PublishedKeys.from_json(client.get("/v1/eid/keys").text)
    assert set(keys.institutions) == {"demo-bank", "demo-hotel", "demo-cep"}
    seq = again.store.current_seq
    again.close()
    _, third = make_server(demo=True, data_dir=data)
    assert third.store.current_seq == seq  # once
