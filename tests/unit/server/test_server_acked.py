"""``acked_ops`` in /v1/changes: the caller's operations whose final state committed in a page's range."""

from __future__ import annotations

import sqlite3
from typing import Any

from fastapi.testclient import TestClient
from server_testkit import bearer, fine_row, login, new_op_id, pay_fine_body, put_op

from server.cursor import decode_cursor
from server.services import Services
from server.store import ACKED_QUERY


def pull(client: TestClient, token: str, cursor: str | None = None, limit: int = 500) -> dict[str, Any]:
    params: dict[str, Any] = {"limit": limit} | ({"cursor": cursor} if cursor else {})
    response = client.get("/v1/changes", params=params, headers=bearer(token))
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


def test_every_page_has_acked_ops(client: TestClient) -> None:
    token = str(login(client)["access_token"])
    page = pull(client, token)
    assert page["acked_ops"] == [] and list(page) == ["changes", "cursor", "has_more", "acked_ops"]


def test_a_payment_is_acked_in_the_page_that_holds_its_effect(client: TestClient, services: Services) -> None:
    services.store.put("fine", "F-1", fine_row("F-1"), owner="usr-demo")
    token = str(login(client)["access_token"])
    cursor = pull(client, token)["cursor"]
    op_id = new_op_id()
    answer = put_op(client, token, op_id, pay_fine_body("F-1")).json()
    page = pull(client, token, cursor)
    assert [(c["id"], c["row"]["status"]) for c in page["changes"]] == [("F-1", "paid")]
    assert page["acked_ops"] == [op_id]
    assert decode_cursor(page["cursor"])[1] >= answer["commit_seq"]
    assert pull(client, token, page["cursor"])["acked_ops"] == []  # once only
    # Pulling from the start (a fresh cache) acknowledges it again: its effect is in that pull too.
    assert pull(client, token)["acked_ops"] == [op_id]


def test_a_refusal_without_rows_is_acked_too(client: TestClient) -> None:
    token = str(login(client)["access_token"])
    cursor = pull(client, token)["cursor"]
    op_id = new_op_id()
    assert put_op(client, token, op_id, pay_fine_body("F-missing")).status_code == 422
    page = pull(client, token, cursor)
    assert page["changes"] == [] and page["acked_ops"] == [op_id]


def test_acked_ops_share_the_page_limit_and_come_once(client: TestClient, services: Services) -> None:
    services.store.put_many(("fine", f"F-{n}", fine_row(f"F-{n}"), "usr-demo") for n in range(6))
    services.store.put_many(("fine", f"L-{n}", fine_row(f"L-{n}"), "usr-lee") for n in range(3))
    demo, lee = str(login(client)["access_token"]), str(login(client, "lee")["access_token"])
    cursor = pull(client, demo)["cursor"]
    mine = []
    for n in range(6):
        mine.append(new_op_id())
        put_op(client, demo, mine[-1], pay_fine_body(f"F-{n}"))
        services.store.put("service", f"ps-{n}", {"n": n})  # public rows in between
        put_op(client, lee, new_op_id(), pay_fine_body(f"L-{n % 3}"))
    acked: list[str] = []
    changes = 0
    pages = 0
    while True:
        page = pull(client, demo, cursor, limit=4)
        assert len(page["changes"]) + len(page["acked_ops"]) <= 4
        acked += page["acked_ops"]
        changes += len(page["changes"])
        cursor, pages = page["cursor"], pages + 1
        if not page["has_more"]:
            break
    assert acked == mine  # in commit order, each once, none of lee's
    assert changes == 12 and pages == 5  # 18 items, 4 a page


def test_acked_query_uses_the_index(services: Services) -> None:
    conn = sqlite3.connect(services.config.db_path)
    try:
        plan = [str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + ACKED_QUERY, (0, "usr-demo", 10))]
    finally:
        conn.close()
    assert plan == ["SEARCH ops USING INDEX ops_user_commit (user_id=? AND commit_seq>?)"], plan
