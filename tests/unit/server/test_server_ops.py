"""PUT/GET /v1/ops: every row of the answers table, the payment kinds, retention (server.ops, routes/ops)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from server_testkit import (
    FakeClock,
    assert_problem,
    bearer,
    fine_row,
    login,
    new_op_id,
    pay_fine_body,
    put_op,
)

from server.ops.engine import fingerprint
from server.services import Services


@pytest.fixture
def token(client: TestClient, services: Services) -> str:
    services.store.put_many(
        [
            ("fine", "F-1", fine_row("F-1"), "usr-demo"),
            ("fine", "F-2", fine_row("F-2", "1500.00"), "usr-demo"),
            ("fine", "F-9", fine_row("F-9"), "usr-lee"),
        ]
    )
    return str(login(client)["access_token"])


def effects(client: TestClient) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = client.get("/v1/_test/effects").json()["effects"]
    return found


def test_applied_now_is_201_and_changes_the_fine(client: TestClient, services: Services, token: str) -> None:
    op_id = new_op_id()
    response = put_op(client, token, op_id, pay_fine_body("F-1", method="govpay"))
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["op_id"] == op_id and body["state"] == "succeeded"
    receipt = body["receipt"]
    assert receipt["fine_id"] == "F-1" and receipt["amount"] == "600.00" and receipt["method"] == "govpay"
    assert receipt["receipt_no"] and receipt["paid_at"].endswith("+08:00")
    assert "idempotent-replayed" not in response.headers
    fine = services.store.get("fine", "F-1")
    assert fine is not None and fine.row is not None
    assert fine.row["status"] == "paid" and fine.row["receipt_no"] == receipt["receipt_no"]
    assert fine.row["paid_at"] == receipt["paid_at"]
    assert body["commit_seq"] > fine.seq  # the op's own sequence number, after its rows
    assert [(e["op_id"], e["kind"], e["target"], e["amount"]) for e in effects(client)] == [
        (op_id, "pay_fine", "fine:F-1", "600.00")
    ]


def test_same_key_and_body_replays_the_first_answer(client: TestClient, token: str) -> None:
    op_id = new_op_id()
    first = put_op(client, token, op_id, pay_fine_body("F-1"))
    again = put_op(client, token, op_id, pay_fine_body("F-1"))
    assert again.status_code == 200 and again.headers["idempotent-replayed"] == "true"
    assert again.json() == first.json()
    assert len(effects(client)) == 1


def test_fingerprint_is_of_the_canonical_json() -> None:
    body = {"stream": "s", "kind": "k", "payload": {"b": 1, "a": "澳門"}}
    canonical = '{"kind":"k","payload":{"a":"澳門","b":1},"stream":"s"}'
    assert fingerprint(body) == hashlib.sha256(canonical.encode()).hexdigest()
    # Key order and spacing do not matter; a value does.
    assert fingerprint(json.loads(json.dumps(body, indent=2))) == fingerprint(body)
    assert fingerprint({**body, "stream": "t"}) != fingerprint(body)


def test_same_key_with_another_body_is_422_reused(client: TestClient, token: str) -> None:
    op_id = new_op_id()
    put_op(client, token, op_id, pay_fine_body("F-1"))
    reused = put_op(client, token, op_id, pay_fine_body("F-2", "1500.00"))
    assert assert_problem(reused, 422, "idempotency-key-reused")["op_id"] == op_id
    # Reordered keys are the same body.
    reordered = dict(reversed(list(pay_fine_body("F-1").items())))
    assert put_op(client, token, op_id, reordered).status_code == 200
    assert len(effects(client)) == 1


def test_key_header_missing_or_mismatched_is_400(client: TestClient, token: str) -> None:
    op_id = new_op_id()
    missing = put_op(client, token, op_id, pay_fine_body("F-1"), **{"Idempotency-Key": ""})
    assert assert_problem(missing, 400, "idempotency-key-missing")["op_id"] == op_id
    other = put_op(client, token, op_id, pay_fine_body("F-1"), **{"Idempotency-Key": new_op_id()})
    assert_problem(other, 400, "idempotency-key-mismatch")
    assert effects(client) == []
    assert put_op(client, token, op_id, pay_fine_body("F-1")).status_code == 201  # nothing was recorded


@pytest.mark.parametrize(
    ("body", "status", "slug"),
    [
        (pay_fine_body("F-1", amount="599.99"), 422, "amount-mismatch"),
        (pay_fine_body("F-404"), 422, "fine-not-found"),
        (pay_fine_body("F-9"), 422, "fine-not-found"),  # lee's fine: demo cannot even see it
        ({**pay_fine_body("F-1"), "kind": "teleport"}, 422, "unknown-kind"),
        ({**pay_fine_body("F-1"), "payload": {"fine_id": "F-1", "amount": 600, "method": "mpay"}}, 422,
         "invalid-payload"),
        ({**pay_fine_body("F-1"), "payload": {"fine_id": "F-1", "amount": "600.00", "method": "cash"}}, 422,
         "invalid-payload"),
        ({**pay_fine_body("F-1"), "payload": {"amount": "600.00", "method": "mpay"}}, 422, "invalid-payload"),
        ({**pay_fine_body("F-1"), "payload": {"fine_id": "F-1", "amount": "6.001", "method": "mpay"}}, 422,
         "invalid-payload"),
    ],
)  # fmt: skip
def test_business_refusals_are_final_and_replayed(
    client: TestClient, services: Services, token: str, body: dict[str, Any], status: int, slug: str
) -> None:
    op_id = new_op_id()
    refused = assert_problem(put_op(client, token, op_id, body), status, slug)
    assert refused["op_id"] == op_id
    replay = put_op(client, token, op_id, body)
    assert replay.headers["idempotent-replayed"] == "true"
    assert assert_problem(replay, status, slug) == refused
    view = client.get(f"/v1/ops/{op_id}", headers=bearer(token)).json()
    assert view["state"] == "rejected" and view["problem"] == refused and view["receipt"] is None
    fine = services.store.get("fine", "F-1")
    assert fine is not None and fine.row is not None and fine.row["status"] == "unpaid"
    assert effects(client) == []


def test_amount_mismatch_says_what_is_due(client: TestClient, token: str) -> None:
    refused = put_op(client, token, new_op_id(), pay_fine_body("F-2", amount="600.00"))
    assert assert_problem(refused, 422, "amount-mismatch")["due"] == "1500.00"
    assert put_op(client, token, new_op_id(), pay_fine_body("F-2", amount="1500")).status_code == 201


def test_a_paid_fine_is_409_with_no_second_charge(client: TestClient, token: str) -> None:
    assert put_op(client, token, new_op_id(), pay_fine_body("F-1")).status_code == 201
    assert_problem(put_op(client, token, new_op_id(), pay_fine_body("F-1")), 409, "fine-already-paid")
    assert len(effects(client)) == 1


def test_paid_elsewhere_is_409_fine_already_paid(client: TestClient, services: Services, token: str) -> None:
    marked = client.post("/v1/_test/mark-paid-elsewhere", json={"fine_id": "F-1"})
    assert marked.status_code == 200 and marked.json()["fine"]["status"] == "paid"
    assert marked.json()["fine"]["receipt_no"]
    assert_problem(put_op(client, token, new_op_id(), pay_fine_body("F-1")), 409, "fine-already-paid")
    assert effects(client) == []  # the other channel's payment is not one of ours
    assert_problem(
        client.post("/v1/_test/mark-paid-elsewhere", json={"fine_id": "F-1"}), 409, "fine-already-paid"
    )
    assert_problem(client.post("/v1/_test/mark-paid-elsewhere", json={"fine_id": "F-0"}), 404, "not-found")


def test_database_uniqueness_is_the_second_guard(client: TestClient, services: Services, token: str) -> None:
    """Even with the fine row saying "unpaid" again, the payments index refuses a second payment."""
    assert put_op(client, token, new_op_id(), pay_fine_body("F-1")).status_code == 201
    services.store.put("fine", "F-1", fine_row("F-1"), owner="usr-demo")
    assert_problem(put_op(client, token, new_op_id(), pay_fine_body("F-1")), 409, "fine-already-paid")
    assert len(effects(client)) == 1
    fine = services.store.get("fine", "F-1")
    assert (
        fine is not None and fine.row is not None and fine.row["status"] == "unpaid"
    )  # refusal undid nothing


def test_unauthenticated_is_401_and_not_recorded(client: TestClient, token: str) -> None:
    op_id = new_op_id()
    assert_problem(client.put(f"/v1/ops/{op_id}", json=pay_fine_body("F-1")), 401, "unauthorized")
    assert_problem(put_op(client, "wrong-token", op_id, pay_fine_body("F-1")), 401, "unauthorized")
    assert put_op(client, token, op_id, pay_fine_body("F-1")).status_code == 201


def test_body_limits_and_shapes_are_not_recorded(client: TestClient, token: str) -> None:
    op_id = new_op_id()
    big = {**pay_fine_body("F-1"), "payload": {"note": "x" * (64 * 1024)}}
    assert assert_problem(put_op(client, token, op_id, big), 413, "payload-too-large")["op_id"] == op_id
    headers = bearer(token) | {"Idempotency-Key": op_id}
    chunked = client.put(f"/v1/ops/{op_id}", content=iter([b" " * 40_000, b" " * 40_000]), headers=headers)
    assert_problem(chunked, 413, "payload-too-large")
    assert_problem(client.put(f"/v1/ops/{op_id}", content=b"{nope", headers=headers), 400, "bad-request")
    text = client.put(f"/v1/ops/{op_id}", content=b"{}", headers=headers | {"Content-Type": "text/plain"})
    assert_problem(text, 415, "unsupported-media-type")
    invalid = assert_problem(put_op(client, token, op_id, {"kind": "pay_fine"}), 422, "validation-error")
    assert {tuple(e["loc"]) for e in invalid["errors"]} == {("body", "stream"), ("body", "payload")}
    assert_problem(put_op(client, token, op_id, [1, 2]), 422, "validation-error")
    assert_problem(put_op(client, token, "short", pay_fine_body("F-1")), 422, "validation-error")
    # None of these was an answer for the key: the real request still runs.
    assert put_op(client, token, op_id, pay_fine_body("F-1")).status_code == 201


def test_get_op_owner_only_and_404(client: TestClient, token: str) -> None:
    op_id = new_op_id()
    assert_problem(client.get(f"/v1/ops/{op_id}", headers=bearer(token)), 404, "op-not-found")
    put_op(client, token, op_id, pay_fine_body("F-1"))
    view = client.get(f"/v1/ops/{op_id}", headers=bearer(token)).json()
    assert set(view) == {
        "op_id", "kind", "stream", "state", "receipt", "problem", "sub_status", "commit_seq",
        "created_at", "updated_at",
    }  # fmt: skip
    assert (view["kind"], view["stream"], view["state"], view["sub_status"]) == (
        "pay_fine", "fine:F-1", "succeeded", [],
    )  # fmt: skip
    lee = str(login(client, "lee")["access_token"])
    assert_problem(client.get(f"/v1/ops/{op_id}", headers=bearer(lee)), 404, "op-not-found")
    assert_problem(client.get(f"/v1/ops/{op_id}"), 401, "unauthorized")


def test_keys_are_per_resident(client: TestClient, token: str) -> None:
    """Another resident's op with the same id is theirs: no replay of demo's answer to lee."""
    op_id = new_op_id()
    assert put_op(client, token, op_id, pay_fine_body("F-1")).status_code == 201
    lee = str(login(client, "lee")["access_token"])
    assert put_op(client, lee, op_id, pay_fine_body("F-9")).status_code == 201
    assert len(effects(client)) == 2


def test_vehicle_tax(client: TestClient, services: Services, token: str) -> None:
    taxes = [
        {"year": 2026, "amount": "1100.00", "status": "unpaid", "due_date": "2026-12-31", "receipt_no": None},
        {"year": 2025, "amount": "1100.00", "status": "paid", "due_date": "2025-03-31", "receipt_no": "X1"},
    ]
    services.store.put("vehicle", "V-1", {"id": "V-1", "plate": "MK-12-34", "taxes": taxes}, owner="usr-demo")

    def body(year: int, amount: str = "1100.00") -> dict[str, Any]:
        payload = {"vehicle_id": "V-1", "year": year, "amount": amount, "method": "card"}
        return {"kind": "pay_vehicle_tax", "stream": f"vehicle:V-1:tax:{year}", "payload": payload}

    assert_problem(put_op(client, token, new_op_id(), body(2025)), 409, "tax-already-paid")
    assert_problem(put_op(client, token, new_op_id(), body(2024)), 422, "tax-not-found")
    assert_problem(put_op(client, token, new_op_id(), body(2026, "1000.00")), 422, "amount-mismatch")
    assert_problem(put_op(client, token, new_op_id(), {**body(2026), "payload": {"vehicle_id": "V-1"}}),
                   422, "invalid-payload")  # fmt: skip
    paid = put_op(client, token, new_op_id(), body(2026))
    assert paid.status_code == 201, paid.text
    receipt = paid.json()["receipt"]
    assert (receipt["vehicle_id"], receipt["year"], receipt["amount"], receipt["method"]) == (
        "V-1", 2026, "1100.00", "card",
    )  # fmt: skip
    vehicle = services.store.get("vehicle", "V-1")
    assert vehicle is not None and vehicle.row is not None
    assert vehicle.row["taxes"][0] == {**taxes[0], "status": "paid", "receipt_no": receipt["receipt_no"]}
    assert vehicle.row["taxes"][1] == taxes[1]
    assert_problem(put_op(client, token, new_op_id(), body(2026)), 409, "tax-already-paid")
    assert [e["target"] for e in effects(client)] == ["vehicle:V-1:tax:2026"]


def test_records_are_kept_30_days_then_purged(
    client: TestClient, services: Services, clock: FakeClock, token: str
) -> None:
    op_id = new_op_id()
    assert put_op(client, token, op_id, pay_fine_body("F-1")).status_code == 201
    clock.advance(29 * 86400)
    token = str(login(client)["access_token"])
    put_op(client, token, new_op_id(), pay_fine_body("F-2", "1500.00"))  # a write: purges what is due
    assert put_op(client, token, op_id, pay_fine_body("F-1")).status_code == 200  # still replayed
    clock.advance(2 * 86400)
    token = str(login(client)["access_token"])
    put_op(client, token, new_op_id(), pay_fine_body("F-404"))
    assert_problem(client.get(f"/v1/ops/{op_id}", headers=bearer(token)), 404, "op-not-found")
    # Sent again after the record is gone: business uniqueness still stops a second charge.
    assert_problem(put_op(client, token, op_id, pay_fine_body("F-1")), 409, "fine-already-paid")
    assert len(effects(client)) == 2
