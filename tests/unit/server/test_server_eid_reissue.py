"""What a binding certifies (server.eid.attributes), and the re-issue when a certified value changes:
an address change that completes, an ID photo accepted, particulars edited (and edited back)."""

from __future__ import annotations

import hashlib
import time
from typing import Any

import pytest
from eid_kit import bind, jpeg, upload
from fastapi.testclient import TestClient
from server_testkit import FakeClock, bearer, login, new_op_id, put_op

from desktop.eid.authority import Issued
from desktop.eid.keys import generate_key
from desktop.eid.tokens import b64e
from server.eid.attributes import address_text, age_over_18, gather
from server.services import Services
from server.timeutil import iso_time

NEW_ADDRESS = {
    "district": "taipa",
    "street": {"zh": "哥英布拉街", "pt": "Rua de Coimbra"},
    "number": "225",
    "floor": "3",
    "flat": "A",
}


@pytest.fixture
def demo(make_server: Any) -> tuple[TestClient, Services]:
    client, services = make_server(test_mode=True, demo=True)
    client.post("/v1/_test/address", json={"fail_departments": [], "step_s": 0.01})
    return client, services


def status(client: TestClient, token: str, cid: str) -> dict[str, Any]:
    answer: dict[str, Any] = client.get(f"/v1/eid/credentials/{cid}", headers=bearer(token)).json()
    return answer


def eid_events(services: Services, after: int) -> list[dict[str, Any]]:
    return [e.data for e in services.events.read(after, "usr-demo") if e.type == "eid"]


def wait_final(client: TestClient, token: str, op_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while True:
        view: dict[str, Any] = client.get(f"/v1/ops/{op_id}", headers=bearer(token)).json()
        if view["state"] in ("succeeded", "rejected"):
            return view
        assert time.monotonic() < deadline, view
        time.sleep(0.02)


def test_an_address_change_calls_for_a_reissue(demo: tuple[TestClient, Services], clock: FakeClock) -> None:
    client, services = demo
    token = login(client)["access_token"]
    key = generate_key()
    first = bind(client, token, key, clock).json()
    assert first["disclosures"]["address"][1] == "澳門高士德大馬路25號示範大廈8樓B"
    head = services.events.head()

    op_id = new_op_id()
    payload = {"address": NEW_ADDRESS, "departments": ["DSI", "DSAT"], "children": [], "kind": "change"}
    body = {"kind": "register_address", "stream": "address", "payload": payload}
    assert put_op(client, token, op_id, body).status_code == 202
    # While the departments work nothing changes: the registered address is still the old one.
    assert status(client, token, first["credential_id"])["reissue_required"] is False
    assert wait_final(client, token, op_id)["state"] == "succeeded"

    expected = {"status": "active", "reissue_required": True, "changed_fields": ["address"]}
    assert status(client, token, first["credential_id"]) == expected
    row = services.store.get("eid_credential", first["credential_id"])
    assert row is not None and row.row is not None
    assert (row.row["reissue_required"], row.row["changed_fields"]) == (True, ["address"])
    assert eid_events(services, head) == [
        {
            "credential_id": first["credential_id"],
            "status": "active",
            "reason": None,
            "reissue_required": True,
            "changed_fields": ["address"],
            "revocation_version": 0,
        }
    ]

    # The app binds again on the same device: a new credential with the new address; the old one goes.
    clock.advance(30)
    renewed = bind(client, token, key, clock)
    assert renewed.status_code == 201, renewed.text
    issued = Issued.from_json_dict(renewed.json())
    assert issued.revoked == (first["credential_id"],)
    assert issued.disclosures["address"].value == "氹仔哥英布拉街225號3樓A"
    assert issued.disclosures["name_zh"].value == "陳大文"
    assert status(client, token, issued.cid) == {
        "status": "active",
        "reissue_required": False,
        "changed_fields": [],
    }
    old = status(client, token, first["credential_id"])
    assert old == {"status": "revoked", "reissue_required": False, "changed_fields": []}
    revocations = client.get("/v1/eid/revocations").json()
    assert revocations["revoked"][0]["reason"] == "renewed"


def test_an_accepted_photo_changes_the_photo_hash(
    demo: tuple[TestClient, Services], clock: FakeClock
) -> None:
    client, _ = demo
    token = login(client)["access_token"]
    key = generate_key()
    first = bind(client, token, key, clock).json()
    assert first["disclosures"]["photo_hash"][1] is None
    data = jpeg()
    upload_id = upload(client, token, data)
    payload = {
        "upload_id": upload_id,
        "sha256": hashlib.sha256(data).hexdigest(),
        "taken_at": iso_time(clock.now),
        "purpose": "id_document",
    }
    body = {"kind": "submit_photo", "stream": f"photo:{upload_id}", "payload": payload}
    assert put_op(client, token, new_op_id(), body).status_code == 201
    assert status(client, token, first["credential_id"])["changed_fields"] == ["photo_hash"]
    renewed = bind(client, token, key, clock).json()
    assert renewed["disclosures"]["photo_hash"][1] == b64e(hashlib.sha256(data).digest())


def test_a_value_changed_back_needs_no_reissue(demo: tuple[TestClient, Services], clock: FakeClock) -> None:
    client, services = demo
    token = login(client)["access_token"]
    cid = bind(client, token, generate_key(), clock).json()["credential_id"]
    resident = services.store.get("resident", "usr-demo")
    assert resident is not None and resident.row is not None
    original = resident.row

    def put(row: dict[str, Any]) -> None:
        written = client.post(
            "/v1/_test/entities",
            json={"entity": "resident", "id": "usr-demo", "row": row, "owner": "usr-demo"},
        )
        assert written.status_code == 200, written.text

    put({**original, "email": "new@example.com", "phone": "+853 6000 0000"})
    assert status(client, token, cid)["changed_fields"] == ["phone", "email"]
    put({**original, "email": "new@example.com"})
    assert status(client, token, cid)["changed_fields"] == ["email"]
    head = services.events.head()
    put(original)
    assert status(client, token, cid)["reissue_required"] is False
    assert eid_events(services, head)[0]["changed_fields"] == []
    # Writes that change no certified value say nothing.
    head = services.events.head()
    put({**original, "updated_at": "2030-01-01T00:00:00+08:00"})
    assert eid_events(services, head) == []


def test_residents_without_particulars(server: tuple[TestClient, Services], clock: FakeClock) -> None:
    client, services = server
    token = login(client, "lee")["access_token"]
    body = bind(client, token, generate_key(), clock, user_id="usr-lee").json()
    values = {name: wire[1] for name, wire in body["disclosures"].items()}
    assert (values["name_zh"], values["name_pt"], values["name_en"]) == (
        "李小梅",
        "Lei Sio Mui",
        "Lei Sio Mui",
    )
    assert {k for k, v in values.items() if v is None} == {
        "id_number_masked",
        "date_of_birth",
        "age_over_18",
        "address",
        "phone",
        "email",
        "photo_hash",
    }
    # A value that does not fit its field is certified as not on record (here an email too long).
    services.store.put(
        "resident",
        "usr-lee",
        {"id": "usr-lee", "email": "x" * 90 + "@example.com", "date_of_birth": "2010-02-03"},
        "usr-lee",
    )
    with services.db.snapshot() as conn:
        certified = gather(conn, "usr-lee", clock.now)
    assert certified.values["email"] is None and certified.values["age_over_18"] is False
    assert certified.display_name == "李小梅"


def test_address_lines() -> None:
    assert (
        address_text(
            {
                "district": "macau",
                "street": {"zh": "高士德大馬路", "pt": "Avenida de Horta e Costa"},
                "number": "25",
                "building": {"zh": "示範大廈", "pt": "Edifício Demonstração"},
                "floor": "8",
                "flat": "B",
            }
        )
        == "澳門高士德大馬路25號示範大廈8樓B"
    )
    portuguese = {"district": "coloane", "street": {"pt": "Estrada de Hác Sá"}, "number": "10"}
    assert address_text(portuguese) == "Estrada de Hác Sá, n.º 10, Coloane"
    long = {"district": "cotai", "street": {"zh": "路" * 60}, "number": "1"}
    text = address_text(long)
    assert len(text.encode("utf-8")) <= 150 and text.endswith("…") and text.startswith("路氹城路")
    mixed = {
        "district": "taipa",
        "street": {"zh": "哥英布拉街"},
        "building": {"pt": "Edifício Lua"},
        "floor": "2",
    }
    assert address_text(mixed) == "氹仔哥英布拉街Edifício Lua2樓"


def test_age_over_18_on_macao_dates() -> None:
    # 2027-01-15 16:00 in Macao (the tests' clock): 18 on the day itself, not the day before.
    now = 1_800_000_000.0
    assert age_over_18("2009-01-15", now) is True
    assert age_over_18("2009-01-16", now) is False
    assert age_over_18(None, now) is None and age_over_18("15/01/2009", now) is None
