"""save_memo and delete_memo (server.ops.memo): the owned memo entity follows the resident across devices."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from server_testkit import assert_problem, bearer, login, new_op_id, put_op

MEMO = "3f6f0f8e-7a57-4c53-9d5e-0c1b0b4a1d11"


def save(memo_id: str = MEMO, **over: Any) -> dict[str, Any]:
    payload = {
        "memo_id": memo_id,
        "title": "身份證續期",
        "body": "帶齊證件及相片。",
        "at": "2027-01-20T10:30:00+08:00",
        "remind_before_minutes": [60, 1440],
    } | over
    return {"kind": "save_memo", "stream": f"memo:{memo_id}", "payload": payload}


def delete(memo_id: str = MEMO) -> dict[str, Any]:
    return {"kind": "delete_memo", "stream": f"memo:{memo_id}", "payload": {"memo_id": memo_id}}


def pull(client: TestClient, token: str) -> dict[str, Any]:
    rows: dict[str, Any] = {}
    for change in client.get("/v1/changes", headers=bearer(token)).json()["changes"]:
        if change["entity"] == "memo":
            rows[change["id"]] = change["row"]
    return rows


@pytest.fixture
def token(client: TestClient) -> str:
    return str(login(client)["access_token"])


def test_save_update_and_delete(client: TestClient, token: str) -> None:
    first = put_op(client, token, new_op_id(), save(appointment_id="AP-7Q2K9M"))
    assert first.status_code == 201, first.text
    assert first.json()["receipt"] == {"memo_id": MEMO, "updated_at": "2027-01-15T16:00:00+08:00"}
    row = pull(client, token)[MEMO]
    assert row == {
        "id": MEMO, "title": "身份證續期", "body": "帶齊證件及相片。", "at": "2027-01-20T10:30:00+08:00",
        "remind_before_minutes": [1440, 60], "appointment_id": "AP-7Q2K9M",
        "created_at": "2027-01-15T16:00:00+08:00", "updated_at": "2027-01-15T16:00:00+08:00",
    }  # fmt: skip
    # Another device edits it: the same id, the last save wins; times in UTC come back in Macao time.
    edited = save(title="Renovação do BIR", at="2027-01-20T03:00:00Z", remind_before_minutes=[30, 30])
    assert put_op(client, token, new_op_id(), edited).status_code == 201
    row = pull(client, token)[MEMO]
    assert (row["title"], row["at"], row["remind_before_minutes"]) == (
        "Renovação do BIR", "2027-01-20T11:00:00+08:00", [30],
    )  # fmt: skip
    assert row["appointment_id"] is None and row["created_at"] == "2027-01-15T16:00:00+08:00"

    gone = put_op(client, token, new_op_id(), delete())
    assert gone.json()["receipt"] == {"memo_id": MEMO, "deleted": True}
    changes = client.get("/v1/changes", headers=bearer(token)).json()["changes"]
    assert [(c["entity"], c["op"]) for c in changes if c["id"] == MEMO] == [("memo", "delete")]
    # Deleted already (on another device): still a success, nothing to change.
    again = put_op(client, token, new_op_id(), delete())
    assert again.status_code == 201 and again.json()["receipt"]["deleted"] is False
    # Saved again after the delete: back.
    assert put_op(client, token, new_op_id(), save()).status_code == 201
    assert pull(client, token)[MEMO]["title"] == "身份證續期"


def test_memos_are_the_residents_own(client: TestClient, token: str) -> None:
    assert put_op(client, token, new_op_id(), save()).status_code == 201
    lee = str(login(client, "lee")["access_token"])
    assert pull(client, lee) == {}
    assert_problem(put_op(client, lee, new_op_id(), save(title="x")), 409, "memo-id-taken")
    assert put_op(client, lee, new_op_id(), delete()).json()["receipt"]["deleted"] is False
    assert pull(client, token)[MEMO]["title"] == "身份證續期"  # untouched by lee


@pytest.mark.parametrize(
    "over",
    [
        {"title": ""},
        {"title": "x" * 201},
        {"body": 5},
        {"at": "2027-01-20 10:30"},
        {"at": "2027-01-20T10:30:00"},  # no offset
        {"at": "tomorrow+08:00"},
        {"remind_before_minutes": [-1]},
        {"remind_before_minutes": [True]},
        {"remind_before_minutes": list(range(11))},
        {"remind_before_minutes": 60},
        {"appointment_id": "not an id"},
        {"memo_id": ""},
    ],
)
def test_invalid_memos(client: TestClient, token: str, over: dict[str, Any]) -> None:
    assert_problem(put_op(client, token, new_op_id(), save(**over)), 422, "invalid-payload")


def test_optional_fields(client: TestClient, token: str) -> None:
    body = save()
    del body["payload"]["body"], body["payload"]["remind_before_minutes"]
    assert put_op(client, token, new_op_id(), body).status_code == 201
    row = pull(client, token)[MEMO]
    assert (row["body"], row["remind_before_minutes"], row["appointment_id"]) == ("", [], None)
