"""pay_bill (server.ops.bills): paid once ever, refusals, the provider's late and declined answers."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient
from server_testkit import assert_problem, bearer, login, new_op_id, put_op

from server.demo.bills import demo_bills
from server.services import Services


def bill_row(bill_id: str, amount: str = "92.40", utility: str = "water") -> dict[str, Any]:
    return {
        "id": bill_id,
        "utility": utility,
        "provider": {"zh": "澳門自來水股份有限公司", "pt": "Sociedade de Abastecimento de Águas de Macau",
                     "en": "Macao Water"},
        "account_no": "0301285746",
        "period": "2026-10",
        "usage": {"value": 14, "unit": "m3"},
        "issued_at": "2026-11-05T09:00:00+08:00",
        "amount": amount,
        "due_date": "2026-11-26",
        "status": "unpaid",
        "paid_at": None,
        "receipt_no": None,
    }  # fmt: skip


def pay_bill_body(bill_id: str, amount: str = "92.40", method: str = "mpay") -> dict[str, Any]:
    return {
        "kind": "pay_bill",
        "stream": f"bill:{bill_id}",
        "payload": {"bill_id": bill_id, "amount": amount, "method": method},
    }


@pytest.fixture
def token(client: TestClient, services: Services) -> str:
    services.store.put_many(
        [
            ("bill", "B-1", bill_row("B-1"), "usr-demo"),
            ("bill", "B-2", bill_row("B-2", "486.30", "electricity"), "usr-demo"),
            ("bill", "B-9", bill_row("B-9"), "usr-lee"),
        ]
    )
    return str(login(client)["access_token"])


def bill(services: Services, bill_id: str) -> dict[str, Any]:
    stored = services.store.get("bill", bill_id)
    assert stored is not None and stored.row is not None
    return stored.row


def test_pay_a_bill_once(client: TestClient, services: Services, token: str) -> None:
    op_id = new_op_id()
    paid = put_op(client, token, op_id, pay_bill_body("B-1"))
    assert paid.status_code == 201, paid.text
    receipt = paid.json()["receipt"]
    assert set(receipt) == {"receipt_no", "bill_id", "amount", "method", "paid_at"}
    assert (receipt["bill_id"], receipt["amount"], receipt["method"]) == ("B-1", "92.40", "mpay")
    assert receipt["receipt_no"].startswith("OA")
    row = bill(services, "B-1")
    assert (row["status"], row["receipt_no"], row["paid_at"]) == (
        "paid",
        receipt["receipt_no"],
        receipt["paid_at"],
    )
    replay = put_op(client, token, op_id, pay_bill_body("B-1"))
    assert replay.status_code == 200 and replay.headers["idempotent-replayed"] == "true"
    assert replay.json() == paid.json()
    # Another operation for the same bill: refused, nothing charged twice.
    assert_problem(
        put_op(client, token, new_op_id(), pay_bill_body("B-1", method="card")), 409, "bill-already-paid"
    )
    effects = client.get("/v1/_test/effects").json()["effects"]
    assert [(e["kind"], e["target"], e["amount"]) for e in effects] == [("pay_bill", "bill:B-1", "92.40")]
    change = client.get("/v1/changes", headers=bearer(token)).json()["changes"]
    assert [(c["entity"], c["id"], c["row"]["status"]) for c in change if c["id"] == "B-1"] == [
        ("bill", "B-1", "paid")
    ]


def test_refusals(client: TestClient, token: str) -> None:
    assert_problem(put_op(client, token, new_op_id(), pay_bill_body("B-404")), 422, "bill-not-found")
    assert_problem(put_op(client, token, new_op_id(), pay_bill_body("B-9")), 422, "bill-not-found")  # lee's
    mismatch = assert_problem(
        put_op(client, token, new_op_id(), pay_bill_body("B-2", "486.00")), 422, "amount-mismatch"
    )
    assert mismatch["due"] == "486.30"
    assert put_op(client, token, new_op_id(), pay_bill_body("B-2", "486.3")).status_code == 201
    for payload in (
        {"bill_id": "B-1", "amount": "92.40"},
        {"bill_id": "B 1", "amount": "1", "method": "mpay"},
    ):
        body = {**pay_bill_body("B-1"), "payload": payload}
        assert_problem(put_op(client, token, new_op_id(), body), 422, "invalid-payload")


def test_the_database_refuses_a_second_payment(client: TestClient, services: Services, token: str) -> None:
    assert put_op(client, token, new_op_id(), pay_bill_body("B-1")).status_code == 201
    # The row says unpaid again (a stale copy written by mistake): the unique payment still refuses.
    services.store.put("bill", "B-1", bill_row("B-1"), owner="usr-demo")
    assert_problem(put_op(client, token, new_op_id(), pay_bill_body("B-1")), 409, "bill-already-paid")
    assert len(client.get("/v1/_test/effects").json()["effects"]) == 1


def test_concurrent_payments_of_one_bill(client: TestClient, token: str) -> None:
    client.post("/v1/_test/provider", json={"latency_s": 0.2})  # both get past the status check first
    answers: list[int] = []

    def pay(method: str) -> None:
        answers.append(put_op(client, token, new_op_id(), pay_bill_body("B-1", method=method)).status_code)

    threads = [threading.Thread(target=pay, args=(m,)) for m in ("mpay", "card", "govpay")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(answers) == [201, 409, 409]
    assert len(client.get("/v1/_test/effects").json()["effects"]) == 1


def test_async_then_paid_and_declined(client: TestClient, services: Services, token: str) -> None:
    client.post(
        "/v1/_test/provider",
        json={"async_methods": ["mpay", "unionpay"], "decline_methods": ["unionpay"], "confirm_after_s": 0.1},
    )
    later = new_op_id()
    assert put_op(client, token, later, pay_bill_body("B-1")).status_code == 202
    assert bill(services, "B-1")["status"] == "pending"
    assert_problem(
        put_op(client, token, new_op_id(), pay_bill_body("B-1", method="card")), 409, "bill-already-paid"
    )
    declined = new_op_id()
    assert put_op(client, token, declined, pay_bill_body("B-2", "486.30", "unionpay")).status_code == 202
    deadline = time.monotonic() + 10
    while bill(services, "B-1")["status"] != "paid" or bill(services, "B-2")["status"] == "pending":
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert client.get(f"/v1/ops/{later}", headers=bearer(token)).json()["state"] == "succeeded"
    view = client.get(f"/v1/ops/{declined}", headers=bearer(token)).json()
    assert view["state"] == "rejected" and view["problem"]["type"] == "/problems/payment-declined"
    assert bill(services, "B-2")["status"] == "unpaid"


def test_demo_bills() -> None:
    rows, payments = demo_bills(1_800_000_000.0)  # 2027-01-15 in Macao
    bills = {r["id"]: (owner, r) for _, _, r, owner in rows}
    assert sorted(i for i, (o, _) in bills.items() if o == "usr-demo") == [
        "B-10001",
        "B-10002",
        "B-10003",
        "B-10004",
    ]
    assert sorted(i for i, (o, _) in bills.items() if o == "usr-lee") == ["B-20001", "B-20002"]
    for _, row in bills.values():
        assert row["utility"] in ("water", "electricity") and set(row["provider"]) == {"zh", "pt", "en"}
        assert row["status"] in ("paid", "unpaid") and (row["receipt_no"] is None) == (
            row["status"] == "unpaid"
        )
        assert row["issued_at"] < "2027-01-15" and row["period"] in ("2026-11", "2026-12")
    assert {p.target for p in payments} == {
        f"bill:{i}" for i, (_, r) in bills.items() if r["status"] == "paid"
    }
