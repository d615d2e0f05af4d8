"""register_address (server.ops.address): one address to several departments, each on its own; the
sub-status, the address_registration and address rows, the final state; address checks."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from server_testkit import assert_problem, bearer, login, new_op_id, put_op

from server.demo.address import address_department_rows, demo_address
from server.schemas import OpStatusOut
from server.services import Services

ADDRESS = {
    "district": "taipa",
    "street": {"zh": "哥英布拉街", "pt": "Rua de Coimbra"},
    "number": "225",
    "floor": "3",
    "flat": "A",
}


def body(departments: list[str], address: Any = None, **more: Any) -> dict[str, Any]:
    payload = {"address": ADDRESS if address is None else address, "departments": departments,
               "children": [], "kind": "change"} | more  # fmt: skip
    return {"kind": "register_address", "stream": "address", "payload": payload}


def seed(services: Services) -> None:
    services.store.put_many(("address_department", r["id"], r, None) for r in address_department_rows())


@pytest.fixture
def token(client: TestClient, services: Services) -> str:
    seed(services)
    office = client.post("/v1/_test/address", json={"fail_departments": ["IH"], "step_s": 0.05})
    assert office.json() == {"fail_departments": ["IH"], "step_s": 0.05}
    return str(login(client)["access_token"])


def wait_final(client: TestClient, token: str, op_id: str, timeout: float = 10.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        view: dict[str, Any] = client.get(f"/v1/ops/{op_id}", headers=bearer(token)).json()
        if view["state"] in ("succeeded", "rejected"):
            return view
        assert time.monotonic() < deadline, view
        time.sleep(0.02)


def row(services: Services, entity: str, ident: str) -> dict[str, Any]:
    stored = services.store.get(entity, ident)
    assert stored is not None and stored.row is not None and stored.owner == "usr-demo"
    return stored.row


def test_fan_out_with_one_department_failing(client: TestClient, services: Services, token: str) -> None:
    head = services.events.head()
    op_id = new_op_id()
    accepted = put_op(client, token, op_id, body(["IH", "DSI", "DSAT"], children=[{"name": "陳小明"}]))
    assert accepted.status_code == 202, accepted.text
    assert accepted.headers["location"] == f"/v1/ops/{op_id}" and accepted.json()["state"] == "accepted_async"
    first = client.get(f"/v1/ops/{op_id}", headers=bearer(token)).json()
    # In the departments' own order, whatever the request's order.
    assert [s["id"] for s in first["sub_status"]] == ["DSI", "DSAT", "IH"]
    assert first["sub_status"][0]["name"]["zh"] == "身份證明局"

    final = wait_final(client, token, op_id)
    assert final["state"] == "succeeded"  # finished, although one department failed
    OpStatusOut.model_validate(final)  # the shape the OpenAPI document declares
    states = {s["id"]: (s["state"], s["detail"]["en"]) for s in final["sub_status"]}
    assert states == {
        "DSI": ("done", "Correspondence address updated."),
        "DSAT": ("done", "Correspondence address updated."),
        "IH": (
            "failed",
            "Not updated: the department could not verify the address; contact it or submit again.",
        ),
    }
    assert all(set(s["detail"]) == {"zh", "pt", "en"} for s in final["sub_status"])
    receipt = final["receipt"]
    assert receipt["status"] == "partly_failed" and (receipt["done"], receipt["failed"]) == (
        ["DSI", "DSAT"],
        ["IH"],
    )
    registration = row(services, "address_registration", receipt["registration_id"])
    assert registration["status"] == "partly_failed" and registration["op_id"] == op_id
    assert registration["address"] == ADDRESS and registration["children"] == [
        {"name": "陳小明", "address": None}
    ]
    assert [(d["id"], d["state"]) for d in registration["departments"]] == [
        ("DSI", "done"), ("DSAT", "done"), ("IH", "failed"),
    ]  # fmt: skip
    stored = services.store.get("address_registration", receipt["registration_id"])
    assert stored is not None and stored.version >= 4  # made, then changed at each step
    address = row(services, "address", "addr-usr-demo")
    assert address["address"] == ADDRESS
    assert [(d["id"], d["registration_id"]) for d in address["departments"]] == [
        ("DSI", receipt["registration_id"]), ("DSAT", receipt["registration_id"]),
    ]  # fmt: skip
    # The final commit told the resident's event stream, and the next pull acknowledges the operation.
    events = services.events.read(head, "usr-demo", limit=1000)
    assert ("op", {"op_id": op_id, "state": "succeeded"}) in [(e.type, e.data) for e in events]
    page = client.get("/v1/changes", headers=bearer(token)).json()
    assert op_id in page["acked_ops"]
    assert {c["entity"] for c in page["changes"]} >= {"address", "address_registration"}
    # A replay of the key gives the final answer.
    replay = put_op(client, token, op_id, body(["IH", "DSI", "DSAT"], children=[{"name": "陳小明"}]))
    assert replay.status_code == 200 and replay.json()["receipt"] == receipt
    assert [e["kind"] for e in client.get("/v1/_test/effects").json()["effects"]] == ["register_address"]


def test_a_later_change_to_some_departments(client: TestClient, services: Services, token: str) -> None:
    client.post("/v1/_test/address", json={"step_s": 0})
    first = new_op_id()
    put_op(client, token, first, body(["DSI", "IH", "FSS"], kind="register"))
    assert wait_final(client, token, first)["receipt"]["status"] == "done"
    moved = {**ADDRESS, "district": "macau", "street": {"pt": "Avenida de Horta e Costa"}, "number": "9"}
    second = new_op_id()
    put_op(client, token, second, body(["FSS"], moved))
    assert wait_final(client, token, second)["receipt"]["status"] == "done"
    address = row(services, "address", "addr-usr-demo")
    assert address["address"] == moved  # the newest address
    held = {d["id"]: d["address"]["district"] for d in address["departments"]}
    assert held == {"DSI": "taipa", "FSS": "macau", "IH": "taipa"}  # the others keep the first one
    assert [d["id"] for d in address["departments"]] == ["DSI", "FSS", "IH"]


def test_every_department_failing(client: TestClient, token: str) -> None:
    op_id = new_op_id()
    put_op(client, token, op_id, body(["IH"]))
    final = wait_final(client, token, op_id)
    assert final["state"] == "succeeded" and final["receipt"]["status"] == "failed"
    assert final["receipt"]["done"] == [] and final["receipt"]["failed"] == ["IH"]


@pytest.mark.parametrize(
    ("address", "field"),
    [
        ({**ADDRESS, "street": None}, "address.street"),
        ({**ADDRESS, "street": {"zh": " ", "pt": ""}}, "address.street"),
        ({**ADDRESS, "street": "Rua de Coimbra"}, "address.street"),
        ({**ADDRESS, "street": {"en": "Coimbra Street"}}, "address.street.en"),
        ({**ADDRESS, "district": "hong kong"}, "address.district"),
        ({**ADDRESS, "floor": "x" * 11}, "address.floor"),
        ({**ADDRESS, "flat": 7}, "address.flat"),
        ({**ADDRESS, "street": {"zh": "a\nb"}}, "address.street.zh"),
        ({**ADDRESS, "postcode": "999078"}, "address.postcode"),
        ({k: v for k, v in ADDRESS.items() if k != "number"}, "address.number"),
        ("Rua de Coimbra 225", "address"),
    ],
)
def test_invalid_addresses_name_the_field(client: TestClient, token: str, address: Any, field: str) -> None:
    problem = assert_problem(
        put_op(client, token, new_op_id(), body(["DSI"], address)), 422, "invalid-address"
    )
    assert problem["field"] == field


def test_other_refusals(client: TestClient, token: str) -> None:
    child = assert_problem(
        put_op(
            client, token, new_op_id(), body(["DSI"], children=[{"name": "A", "address": {"district": "x"}}])
        ),
        422,
        "invalid-address",
    )
    assert child["field"] == "children[0].address.district"
    unknown = assert_problem(
        put_op(client, token, new_op_id(), body(["DSI", "DST", "XX"])), 422, "unknown-department"
    )
    assert unknown["departments"] == ["DST", "XX"]  # DST takes no part in the address service (demo)
    for bad in (
        body([]),
        body(["DSI", "DSI"]),
        body([f"D{n}" for n in range(24)]),
        body(["DSI"], kind="move"),
        body(["DSI"], children=[{"name": ""}]),
        body(["DSI"], children=[{"name": "A", "age": 3}]),
    ):
        assert_problem(put_op(client, token, new_op_id(), bad), 422, "invalid-payload")


def test_a_restart_finishes_the_departments(make_server: Any, tmp_path: Path) -> None:
    data = tmp_path / "data"
    client, first = make_server(test_mode=True, data_dir=data)
    seed(first)
    client.post("/v1/_test/address", json={"step_s": 0.15})
    token = str(login(client)["access_token"])
    op_id = new_op_id()
    assert put_op(client, token, op_id, body(["DSI", "FSS"])).status_code == 202
    first.close()  # before any department finished
    client, _ = make_server(test_mode=True, data_dir=data, users=False)
    final = wait_final(client, str(login(client)["access_token"]), op_id)
    assert final["receipt"]["status"] == "done"


def test_demo_address_data() -> None:
    departments = address_department_rows()
    assert len(departments) == 23 and [d["sort"] for d in departments] == list(range(1, 24))
    for d in departments:
        assert 1 <= d["processing_days"] <= 3 and set(d["processing_time"]) == {"zh", "pt", "en"}
    rows = {entity: (ident, row, owner) for entity, ident, row, owner in demo_address(1_800_000_000.0)}
    _, registration, owner = rows["address_registration"]
    assert owner == "usr-demo" and registration["status"] == "done" and len(registration["departments"]) == 23
    ident, address, _ = rows["address"]
    assert ident == "addr-usr-demo" and len(address["departments"]) == 23
    assert address["address"]["street"]["pt"] == "Avenida de Horta e Costa"
