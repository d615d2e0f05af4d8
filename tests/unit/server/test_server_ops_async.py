"""Payments the demo provider confirms later: 202, the background completion, replays, restarts."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from server_testkit import assert_problem, bearer, fine_row, login, new_op_id, pay_fine_body, put_op

from server.ops.kinds import Accepted, Job, OpContext, OpKind, OpRefused, Outcome, Succeeded
from server.services import Services

CONFIRM_S = 0.2


@pytest.fixture
def token(client: TestClient, services: Services) -> str:
    services.store.put_many([("fine", f"F-{n}", fine_row(f"F-{n}"), "usr-demo") for n in (1, 2)])
    return str(login(client)["access_token"])


def provider(client: TestClient, **settings: Any) -> dict[str, Any]:
    response = client.post("/v1/_test/provider", json=settings)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def wait_final(client: TestClient, token: str, op_id: str, timeout: float = 10.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        view: dict[str, Any] = client.get(f"/v1/ops/{op_id}", headers=bearer(token)).json()
        if view["state"] in ("succeeded", "rejected"):
            return view
        assert time.monotonic() < deadline, view
        time.sleep(0.02)


def fine_status(services: Services, fine_id: str) -> str:
    stored = services.store.get("fine", fine_id)
    assert stored is not None and stored.row is not None
    return str(stored.row["status"])


def test_provider_settings(client: TestClient) -> None:
    assert provider(client) == {
        "async_methods": [], "confirm_after_s": 2.0, "decline_methods": [], "latency_s": 0.0,
    }  # fmt: skip
    assert provider(client, async_methods=["unionpay", "mpay"], confirm_after_s=0.5)["async_methods"] == [
        "mpay",
        "unionpay",
    ]
    assert_problem(
        client.post("/v1/_test/provider", json={"async_methods": ["cash"]}), 422, "validation-error"
    )


def test_async_payment_202_then_succeeded(client: TestClient, services: Services, token: str) -> None:
    provider(client, async_methods=["mpay"], confirm_after_s=CONFIRM_S)
    cursor = client.get("/v1/changes", headers=bearer(token)).json()["cursor"]
    op_id = new_op_id()
    accepted = put_op(client, token, op_id, pay_fine_body("F-1"))
    assert accepted.status_code == 202, accepted.text
    assert accepted.headers["location"] == f"/v1/ops/{op_id}"
    body = accepted.json()
    assert (body["op_id"], body["state"], body["receipt"]) == (op_id, "accepted_async", None)
    assert fine_status(services, "F-1") == "pending"
    # While processing: a replay is 202 again, a second payment of the fine is refused, nothing is charged.
    replay = put_op(client, token, op_id, pay_fine_body("F-1"))
    assert replay.status_code == 202 and replay.headers["idempotent-replayed"] == "true"
    assert replay.headers["location"] == f"/v1/ops/{op_id}" and replay.json() == body
    second = put_op(client, token, new_op_id(), pay_fine_body("F-1", method="card"))
    assert_problem(second, 409, "fine-already-paid")
    assert client.get("/v1/_test/effects").json()["effects"] == []
    page = client.get("/v1/changes", params={"cursor": cursor}, headers=bearer(token)).json()
    assert page["changes"][0]["row"]["status"] == "pending"
    assert page["acked_ops"] == [second.json()["op_id"]]  # the refusal is final; the payment is not
    cursor = page["cursor"]

    view = wait_final(client, token, op_id)
    assert view["state"] == "succeeded" and view["receipt"]["fine_id"] == "F-1" and view["problem"] is None
    assert fine_status(services, "F-1") == "paid"
    final = put_op(client, token, op_id, pay_fine_body("F-1"))
    assert final.status_code == 200 and final.headers["idempotent-replayed"] == "true"
    assert final.json() == {
        "op_id": op_id, "state": "succeeded", "receipt": view["receipt"], "commit_seq": view["commit_seq"],
    }  # fmt: skip
    assert "location" not in final.headers
    effects = client.get("/v1/_test/effects").json()["effects"]
    assert [(e["op_id"], e["target"]) for e in effects] == [(op_id, "fine:F-1")]
    # The completion committed the op, the fine row and the change log together.
    page = client.get("/v1/changes", params={"cursor": cursor}, headers=bearer(token)).json()
    assert page["acked_ops"] == [op_id]
    assert page["changes"][0]["row"]["receipt_no"] == view["receipt"]["receipt_no"]


def test_async_payment_declined(client: TestClient, services: Services, token: str) -> None:
    provider(client, async_methods=["unionpay"], decline_methods=["unionpay"], confirm_after_s=CONFIRM_S)
    op_id = new_op_id()
    assert put_op(client, token, op_id, pay_fine_body("F-1", method="unionpay")).status_code == 202
    view = wait_final(client, token, op_id)
    assert view["state"] == "rejected" and view["receipt"] is None
    assert view["problem"]["type"] == "/problems/payment-declined" and view["problem"]["op_id"] == op_id
    assert fine_status(services, "F-1") == "unpaid"
    replay = put_op(client, token, op_id, pay_fine_body("F-1", method="unionpay"))
    assert replay.headers["idempotent-replayed"] == "true"
    assert assert_problem(replay, 422, "payment-declined") == view["problem"]
    # The declined payment does not block another one (new key, another method).
    assert put_op(client, token, new_op_id(), pay_fine_body("F-1", method="card")).status_code == 201
    assert len(client.get("/v1/_test/effects").json()["effects"]) == 1


def test_declined_at_once(client: TestClient, services: Services, token: str) -> None:
    provider(client, decline_methods=["card"])
    assert_problem(
        put_op(client, token, new_op_id(), pay_fine_body("F-1", method="card")), 422, "payment-declined"
    )
    assert fine_status(services, "F-1") == "unpaid"
    assert put_op(client, token, new_op_id(), pay_fine_body("F-1", method="govpay")).status_code == 201


def test_pending_payment_is_finished_after_a_restart(make_server: Any, tmp_path: Path) -> None:
    data = tmp_path / "data"
    client, first = make_server(test_mode=True, data_dir=data)
    first.store.put("fine", "F-1", fine_row("F-1"), owner="usr-demo")
    first.provider.configure(async_methods=frozenset({"mpay"}), confirm_after_s=0.3)
    token = str(login(client)["access_token"])
    op_id = new_op_id()
    assert put_op(client, token, op_id, pay_fine_body("F-1")).status_code == 202
    first.close()  # before the provider confirmed
    client, second = make_server(test_mode=True, data_dir=data, users=False)
    assert second.ops.jobs.pending == 1
    view = wait_final(client, str(login(client)["access_token"]), op_id)
    assert view["state"] == "succeeded"
    assert fine_status(second, "F-1") == "paid"


class _Departments(OpKind[list[str]]):
    """A later kind in miniature (an address change sent to several departments): one module, its
    own sub-status, advanced one department per job."""

    name = "notify_departments"

    def parse(self, payload: dict[str, Any]) -> list[str]:
        departments = payload.get("departments")
        if not isinstance(departments, list) or not departments:
            raise OpRefused(422, "invalid-payload", "'departments' must be a non-empty list")
        return [str(d) for d in departments]

    def apply(self, ctx: OpContext, parsed: list[str], prepared: Any) -> Outcome:
        subs = [
            {"id": d, "name": {"zh": d, "pt": d, "en": d}, "state": "sent", "detail": None} for d in parsed
        ]
        return Accepted(Job(0.05, {"subs": subs, "done": 0}), subs)

    def advance(self, ctx: OpContext, job: dict[str, Any]) -> Outcome:
        subs, done = job["subs"], job["done"]
        subs[done] = {**subs[done], "state": "done", "detail": "updated"}
        if done + 1 == len(subs):
            ctx.record_effect("address", None)
            return Succeeded({"departments": len(subs)}, subs)
        return Accepted(Job(0.05, {"subs": subs, "done": done + 1}), subs)


def test_a_kind_is_one_registration_with_its_own_sub_status(
    client: TestClient, services: Services, token: str
) -> None:
    services.ops.kinds.register(_Departments())
    with pytest.raises(ValueError, match="twice"):
        services.ops.kinds.register(_Departments())
    op_id = new_op_id()
    body = {
        "kind": "notify_departments",
        "stream": "address",
        "payload": {"departments": ["DSI", "DSAT", "IH"]},
    }
    assert put_op(client, token, op_id, body).status_code == 202
    first = client.get(f"/v1/ops/{op_id}", headers=bearer(token)).json()
    assert first["state"] == "accepted_async"
    assert [(s["id"], s["state"]) for s in first["sub_status"]] == [
        ("DSI", "sent"),
        ("DSAT", "sent"),
        ("IH", "sent"),
    ]
    final = wait_final(client, token, op_id)
    assert final["state"] == "succeeded" and final["receipt"] == {"departments": 3}
    assert [(s["id"], s["state"], s["detail"]) for s in final["sub_status"]] == [
        ("DSI", "done", "updated"), ("DSAT", "done", "updated"), ("IH", "done", "updated"),
    ]  # fmt: skip
    assert [e["kind"] for e in client.get("/v1/_test/effects").json()["effects"]] == ["notify_departments"]
    assert_problem(put_op(client, token, new_op_id(), {**body, "payload": {}}), 422, "invalid-payload")
