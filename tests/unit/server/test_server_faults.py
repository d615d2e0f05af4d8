"""The fault kinds added for the push (server.faults) and the test-mode config endpoint.

drop_after_commit and error_after_commit over real HTTP are in test_server_ops_live; exit_after_commit
needs a real process (tests/e2e/test_server_crash.py).
"""

from __future__ import annotations

import threading
import time
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

from server.faults import ConnectionDropped, FaultRegistry
from server.services import Services


def _fault(client: TestClient, **fault: Any) -> None:
    response = client.post("/v1/_test/faults", json=fault)
    assert response.status_code == 200, response.text


def _charges(services: Services) -> int:
    with services.db.snapshot() as conn:
        return int(conn.execute("SELECT COUNT(*) FROM effects").fetchone()[0])


@pytest.fixture
def token(client: TestClient, services: Services) -> str:
    services.store.put("fine", "F-1", fine_row("F-1"), owner="usr-demo")
    return str(login(client)["access_token"])


def test_rate_limit_answers_429_without_running_the_request(
    client: TestClient, services: Services, token: str
) -> None:
    _fault(client, kind="rate_limit", path="/v1/ops/", seconds=2.5, times=1)
    op_id = new_op_id()
    limited = put_op(client, token, op_id, pay_fine_body("F-1"))
    assert_problem(limited, 429, "rate-limited")
    assert limited.headers["retry-after"] == "3"
    assert _charges(services) == 0
    assert put_op(client, token, op_id, pay_fine_body("F-1")).status_code == 201  # not recorded


def test_error_after_commit_in_process(client: TestClient, services: Services, token: str) -> None:
    _fault(client, kind="error_after_commit", path="/v1/ops/", method="PUT")
    op_id = new_op_id()
    failed = put_op(client, token, op_id, pay_fine_body("F-1"))
    assert failed.status_code == 500 and failed.content == b""
    assert _charges(services) == 1
    client.delete("/v1/_test/faults")
    assert put_op(client, token, op_id, pay_fine_body("F-1")).status_code == 200


def test_drop_after_commit_without_a_transport_raises(
    client: TestClient, services: Services, token: str
) -> None:
    """In process there is no connection to cut: the test client sees an error instead of an answer."""
    _fault(client, kind="drop_after_commit", path="/v1/ops/", times=1)
    op_id = new_op_id()
    with pytest.raises(ConnectionDropped):
        put_op(client, token, op_id, pay_fine_body("F-1"))
    assert _charges(services) == 1
    assert put_op(client, token, op_id, pay_fine_body("F-1")).status_code == 200


@pytest.mark.parametrize("when", ["before", "after"])
def test_delay_before_or_after_the_commit(
    client: TestClient, services: Services, token: str, when: str
) -> None:
    _fault(client, kind="delay", path="/v1/ops/", seconds=1.5, when=when)
    answers: list[Any] = []
    sender = threading.Thread(
        target=lambda: answers.append(put_op(client, token, new_op_id(), pay_fine_body("F-1")))
    )
    started = time.monotonic()
    sender.start()
    if when == "after":
        # Committed while the answer is still held back.
        while _charges(services) == 0:
            assert time.monotonic() - started < 1.4, "not committed before the delay ended"
            time.sleep(0.01)
    else:
        time.sleep(0.5)
        assert _charges(services) == 0
    assert not answers
    sender.join()
    assert time.monotonic() - started >= 1.5
    assert answers[0].status_code == 201 and _charges(services) == 1


def test_times_and_seeded_probability(client: TestClient) -> None:
    def pattern(seed: int) -> list[bool]:
        client.delete("/v1/_test/faults")
        _fault(client, kind="html", path="/v1/info", probability=0.5, seed=seed)
        return [client.get("/v1/info").headers["content-type"].startswith("text/html") for _ in range(40)]

    first = pattern(7)
    assert pattern(7) == first  # reproducible
    assert 8 <= sum(first) <= 32 and pattern(8) != first
    client.delete("/v1/_test/faults")
    _fault(client, kind="html", path="/v1/info", probability=0.5, seed=1, times=3)
    faulted = sum(client.get("/v1/info").headers["content-type"].startswith("text/html") for _ in range(40))
    assert faulted == 3  # times counts the faulted requests, not the matching ones
    assert client.get("/v1/_test/faults").json() == {"faults": []}


def test_registry_draws_only_for_matching_requests() -> None:
    registry = FaultRegistry()
    registry.add("rate_limit", "/v1/ops/", probability=0.5, seed=3)
    assert registry.take("GET", "/v1/info") is None
    with pytest.raises(ValueError, match="when"):
        registry.add("delay", "/", when="later")


def test_config_shortens_the_access_token(client: TestClient, clock: FakeClock) -> None:
    answer = client.post("/v1/_test/config", json={"access_ttl": 2})
    assert answer.status_code == 200 and answer.json() == {"access_ttl": 2, "sse_keepalive_s": 15.0}
    tokens = login(client)
    assert tokens["expires_in"] == 2
    assert client.get("/v1/me", headers=bearer(tokens["access_token"])).status_code == 200
    clock.advance(3)
    assert_problem(client.get("/v1/me", headers=bearer(tokens["access_token"])), 401, "unauthorized")
    refreshed = client.post("/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}).json()
    assert refreshed["expires_in"] == 2
    assert (
        client.post("/v1/_test/config", json={}).json()["access_ttl"] == 2
    )  # nothing given, nothing changed
    assert_problem(client.post("/v1/_test/config", json={"access_ttl": 0}), 422, "validation-error")
