"""The change log and the pull: paging, latest state, tombstones, visibility, epochs.

Covers server.store and GET /v1/changes.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest
from fastapi.testclient import TestClient
from server_testkit import assert_problem, bearer, login

from server.cursor import decode_cursor, encode_cursor
from server.services import Services
from server.store import CursorExpired


def pull(
    client: TestClient, token: str, cursor: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if cursor is not None:
        params["cursor"] = cursor
    if limit is not None:
        params["limit"] = limit
    response = client.get("/v1/changes", params=params, headers=bearer(token))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    body: dict[str, Any] = response.json()
    return body


def pull_all(
    client: TestClient, token: str, cursor: str | None = None, limit: int = 500
) -> tuple[list[Any], str]:
    changes: list[Any] = []
    while True:
        page = pull(client, token, cursor, limit)
        changes += page["changes"]
        cursor = page["cursor"]
        if not page["has_more"]:
            return changes, page["cursor"]


@pytest.fixture
def token(client: TestClient) -> str:
    return str(login(client, "demo")["access_token"])


def test_pull_needs_a_token(client: TestClient) -> None:
    assert_problem(client.get("/v1/changes"), 401, "unauthorized")


def test_empty_log(client: TestClient, token: str) -> None:
    page = pull(client, token)
    assert page["changes"] == [] and page["has_more"] is False
    assert decode_cursor(page["cursor"])[1] == 0
    assert pull(client, token, "")["changes"] == []  # an empty cursor also means "from the beginning"


def test_paging_with_limit_has_more_and_resume(client: TestClient, services: Services, token: str) -> None:
    services.store.put_many(("service", f"ps-{n}", {"n": n}, None) for n in range(25))
    first = pull(client, token, limit=10)
    assert [c["id"] for c in first["changes"]] == [f"ps-{n}" for n in range(10)]
    assert first["has_more"] is True
    second = pull(client, token, first["cursor"], limit=10)
    assert [c["row"]["n"] for c in second["changes"]] == list(range(10, 20))
    third = pull(client, token, second["cursor"], limit=10)
    assert len(third["changes"]) == 5 and third["has_more"] is False
    # Nothing new: an empty page, and the cursor stays usable.
    again = pull(client, token, third["cursor"], limit=10)
    assert again["changes"] == [] and again["has_more"] is False
    services.store.put("service", "ps-99", {"n": 99})
    assert [c["id"] for c in pull(client, token, again["cursor"])["changes"]] == ["ps-99"]


def test_default_and_maximum_limit(client: TestClient, services: Services, token: str) -> None:
    services.store.put_many(("feed_item", f"f{n:04d}", {}, None) for n in range(1200))
    assert len(pull(client, token)["changes"]) == 500
    page = pull(client, token, limit=1000)
    assert len(page["changes"]) == 1000 and page["has_more"] is True
    assert_problem(
        client.get("/v1/changes", params={"limit": 0}, headers=bearer(token)), 422, "validation-error"
    )
    assert_problem(
        client.get("/v1/changes", params={"limit": 1001}, headers=bearer(token)), 422, "validation-error"
    )
    assert_problem(
        client.get("/v1/changes", params={"limit": "x"}, headers=bearer(token)), 422, "validation-error"
    )


def test_only_the_latest_state_is_sent(client: TestClient, services: Services, token: str) -> None:
    cursor = pull(client, token)["cursor"]
    for title in ("a", "b", "c"):
        services.store.put("service", "ps-1", {"title": title})
    services.store.put("service", "ps-2", {"title": "x"})
    changes = pull(client, token, cursor)["changes"]
    assert changes == [
        {"entity": "service", "id": "ps-1", "op": "put", "row": {"title": "c"}, "version": 3},
        {"entity": "service", "id": "ps-2", "op": "put", "row": {"title": "x"}, "version": 1},
    ]


def test_changes_come_in_sequence_order_across_entities(
    client: TestClient, services: Services, token: str
) -> None:
    services.store.put("service", "b", {})
    services.store.put("department", "a", {})
    services.store.put("service", "b", {"again": True})
    changes = pull(client, token)["changes"]
    assert [(c["entity"], c["id"]) for c in changes] == [("department", "a"), ("service", "b")]


def test_deletes_are_tombstones(client: TestClient, services: Services, token: str) -> None:
    services.store.put("feed_item", "f1", {"t": 1})
    cursor = pull(client, token)["cursor"]
    deleted = services.store.delete("feed_item", "f1")
    assert deleted is not None and deleted.version == 2
    assert services.store.delete("feed_item", "f1") is None  # already gone: nothing to tell
    assert services.store.delete("feed_item", "never") is None
    assert pull(client, token, cursor)["changes"] == [
        {"entity": "feed_item", "id": "f1", "op": "delete", "row": None, "version": 2}
    ]
    # A row can come back after a delete; its version keeps growing.
    services.store.put("feed_item", "f1", {"t": 2})
    assert pull(client, token, cursor)["changes"][0]["version"] == 3


def test_each_resident_sees_public_rows_and_only_their_own(client: TestClient, services: Services) -> None:
    store = services.store
    store.put("department", "DSI", {"id": "DSI"})
    store.put("fine", "F-1", {"amount": 600}, owner="usr-demo")
    store.put("fine", "F-2", {"amount": 300}, owner="usr-lee")
    store.put("service", "ps-1", {})
    demo = str(login(client, "demo")["access_token"])
    lee = str(login(client, "lee")["access_token"])
    assert [c["id"] for c in pull_all(client, demo)[0]] == ["DSI", "F-1", "ps-1"]
    assert [c["id"] for c in pull_all(client, lee)[0]] == ["DSI", "F-2", "ps-1"]
    # Deleting someone's row tells only them.
    cursor_demo, cursor_lee = pull_all(client, demo)[1], pull_all(client, lee)[1]
    store.delete("fine", "F-2")
    assert pull(client, demo, cursor_demo)["changes"] == []
    assert [c["op"] for c in pull(client, lee, cursor_lee)["changes"]] == ["delete"]


def test_owner_of_a_row_cannot_change(services: Services) -> None:
    services.store.put("fine", "F-1", {}, owner="usr-demo")
    with pytest.raises(ValueError, match="owner"):
        services.store.put("fine", "F-1", {}, owner="usr-lee")
    with pytest.raises(ValueError, match="owner"):
        services.store.put("fine", "F-1", {})
    services.store.delete("fine", "F-1")
    with pytest.raises(ValueError, match="owner"):
        services.store.put("fine", "F-1", {}, owner="usr-lee")


def test_other_users_rows_do_not_stall_paging(client: TestClient, services: Services) -> None:
    """A page that skips many invisible rows still ends with a cursor past them."""
    services.store.put_many(("fine", f"F-{n}", {}, "usr-lee") for n in range(50))
    token = str(login(client, "demo")["access_token"])
    page = pull(client, token, limit=5)
    assert page["changes"] == [] and page["has_more"] is False
    assert decode_cursor(page["cursor"])[1] == services.store.current_seq


def test_malformed_cursor_is_400(client: TestClient, token: str) -> None:
    for cursor in ("!!!", "bm9jb2xvbg", base64.urlsafe_b64encode(b"abc:-3").decode()):
        response = client.get("/v1/changes", params={"cursor": cursor}, headers=bearer(token))
        assert_problem(response, 400, "bad-request")


def test_cursor_of_another_epoch_is_410(client: TestClient, services: Services, token: str) -> None:
    services.store.put("service", "ps-1", {})
    services.store.put("service", "ps-2", {})
    services.store.delete("service", "ps-2")
    cursor = pull(client, token)["cursor"]
    old_epoch = services.store.epoch
    new_epoch = services.store.reset_epoch()
    assert new_epoch != old_epoch and services.store.epoch == new_epoch
    assert client.get("/v1/info").json()["epoch"] == new_epoch
    assert_problem(
        client.get("/v1/changes", params={"cursor": cursor}, headers=bearer(token)), 410, "cursor-expired"
    )
    # Starting over works and, the tombstone having been compacted away, holds only live rows.
    fresh = pull(client, token)
    assert [(c["id"], c["op"]) for c in fresh["changes"]] == [("ps-1", "put")]
    assert decode_cursor(fresh["cursor"])[0] == new_epoch
    forged = encode_cursor("0123456789abcdef", 1)
    assert_problem(
        client.get("/v1/changes", params={"cursor": forged}, headers=bearer(token)), 410, "cursor-expired"
    )


def test_cursor_ahead_of_the_log_is_410(services: Services) -> None:
    with pytest.raises(CursorExpired):
        services.store.changes(services.store.epoch, services.store.current_seq + 5, "usr-demo", 10)


def test_epoch_survives_a_restart(make_server: Any, tmp_path: Any) -> None:
    data = tmp_path / "data"
    _, first = make_server(data_dir=data)
    first.store.put("service", "ps-1", {})
    epoch, seq = first.store.epoch, first.store.current_seq
    first.close()
    _, second = make_server(data_dir=data, users=False)
    assert (second.store.epoch, second.store.current_seq) == (epoch, seq)


def test_commit_listeners_hear_each_write(services: Services) -> None:
    heard: list[list[tuple[str, str, str]]] = []
    services.store.add_listener(lambda written: heard.append([(w.entity, w.id, w.op) for w in written]))
    with services.store.write() as writer:
        writer.put("service", "a", {})
        writer.put("service", "b", {})
    services.store.delete("service", "a")
    with pytest.raises(RuntimeError), services.store.write() as writer:
        writer.put("service", "c", {})
        raise RuntimeError("rolled back")
    assert heard == [[("service", "a", "put"), ("service", "b", "put")], [("service", "a", "delete")]]
    assert services.store.get("service", "c") is None


def test_python_api_reads(services: Services) -> None:
    store = services.store
    store.put("service", "ps-2", {"t": 2})
    store.put("service", "ps-1", {"t": 1})
    store.put("fine", "F-1", {"a": 1}, owner="usr-demo")
    store.delete("service", "ps-2")
    stored = store.get("service", "ps-2")
    assert stored is not None and stored.deleted and stored.row is None and stored.version == 2
    fine = store.get("fine", "F-1")
    assert fine is not None and fine.owner == "usr-demo" and not fine.deleted
    assert store.get("service", "nope") is None
    assert store.count("service") == 1 and store.count("service", include_deleted=True) == 2
    assert store.rows("service") == [{"t": 1}]
    assert store.rows("fine") == [] and store.rows("fine", owner="usr-demo") == [{"a": 1}]
    assert store.current_seq == 4
    with pytest.raises(ValueError):
        store.put("", "x", {})
    with pytest.raises(TypeError):
        store.put("service", "x", ["not", "a", "dict"])  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        store.changes(None, 0, "usr-demo", 0)
