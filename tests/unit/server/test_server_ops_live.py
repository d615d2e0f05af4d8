"""Operations over real HTTP (uvicorn in a thread): concurrent tries of one key, dropped answers.

What the in-process client cannot show: requests that really overlap, and a connection that closes
after the commit with no answer at all.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from server_testkit import fine_row, live_server, new_op_id, pay_fine_body

from server.services import Services


@pytest.fixture
def live(services: Services) -> Iterator[str]:
    with live_server(services) as url:
        yield url


@pytest.fixture
def http(live: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live, timeout=10) as client:
        yield client


def sign_in(http: httpx.Client, username: str = "demo") -> dict[str, str]:
    token = http.post("/v1/auth/login", json={"username": username, "password": username}).json()
    return {"Authorization": f"Bearer {token['access_token']}"}


def put(http: httpx.Client, auth: dict[str, str], op_id: str, body: dict[str, Any]) -> httpx.Response:
    return http.put(f"/v1/ops/{op_id}", json=body, headers=auth | {"Idempotency-Key": op_id})


def effects(http: httpx.Client) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = http.get("/v1/_test/effects").json()["effects"]
    return found


def test_concurrent_tries_of_one_key_apply_once(services: Services, live: str, http: httpx.Client) -> None:
    services.store.put("fine", "F-1", fine_row("F-1"), owner="usr-demo")
    # The provider takes a moment, as a real one does: the tries overlap while the key is claimed.
    services.provider.configure(latency_s=0.3)
    auth = sign_in(http)
    op_id, body = new_op_id(), pay_fine_body("F-1")
    tries = 8
    barrier = threading.Barrier(tries)
    answers: list[httpx.Response] = []

    def send() -> None:
        with httpx.Client(base_url=live, timeout=10) as own:
            barrier.wait()
            answers.append(put(own, auth, op_id, body))

    threads = [threading.Thread(target=send) for _ in range(tries)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = Counter(a.status_code for a in answers)
    assert statuses[201] == 1 and statuses[201] + statuses[409] + statuses[200] == tries, statuses
    applied = next(a for a in answers if a.status_code == 201).json()
    for answer in answers:
        if answer.status_code == 409:
            assert answer.json()["type"] == "/problems/idempotency-in-flight"
            assert answer.json()["op_id"] == op_id and int(answer.headers["retry-after"]) >= 1
        elif answer.status_code == 200:
            assert answer.json() == applied and answer.headers["idempotent-replayed"] == "true"
    assert len(effects(http)) == 1
    assert put(http, auth, op_id, body).json() == applied  # every try that was told to wait gets it now


def test_in_flight_key_is_processing(services: Services, live: str, http: httpx.Client) -> None:
    services.store.put("fine", "F-1", fine_row("F-1"), owner="usr-demo")
    services.provider.configure(latency_s=0.5)
    auth = sign_in(http)
    op_id = new_op_id()
    first: list[httpx.Response] = []
    sender = threading.Thread(
        target=lambda: first.append(httpx.put(f"{live}/v1/ops/{op_id}", json=pay_fine_body("F-1"),
                                              headers=auth | {"Idempotency-Key": op_id}, timeout=10))
    )  # fmt: skip
    sender.start()
    deadline = time.monotonic() + 5
    while (view := http.get(f"/v1/ops/{op_id}", headers=auth)).status_code == 404:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert view.json()["state"] == "processing" and view.json()["commit_seq"] is None
    busy = put(http, auth, op_id, pay_fine_body("F-1"))
    assert busy.status_code == 409 and busy.json()["type"] == "/problems/idempotency-in-flight"
    assert busy.headers["retry-after"] == "1"
    other = put(http, auth, op_id, pay_fine_body("F-1", method="card"))
    assert other.status_code == 422 and other.json()["type"] == "/problems/idempotency-key-reused"
    sender.join()
    assert first[0].status_code == 201
    assert put(http, auth, op_id, pay_fine_body("F-1")).status_code == 200


def test_drop_after_commit_closes_the_connection_with_the_effect_committed(
    services: Services, live: str, http: httpx.Client
) -> None:
    services.store.put("fine", "F-1", fine_row("F-1"), owner="usr-demo")
    auth = sign_in(http)
    http.post("/v1/_test/faults", json={"kind": "drop_after_commit", "path": "/v1/ops/", "times": 1})
    op_id = new_op_id()
    body = httpx.Request("PUT", "/", json=pay_fine_body("F-1")).content
    host, port = live.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as raw:
        head = (
            f"PUT /v1/ops/{op_id} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
            f"Authorization: {auth['Authorization']}\r\nIdempotency-Key: {op_id}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        raw.sendall(head.encode() + body)
        received = b""
        try:
            while chunk := raw.recv(4096):
                received += chunk
        except ConnectionResetError:
            pass
    assert received == b""  # not even a status line
    assert [e["op_id"] for e in effects(http)] == [op_id]  # ...yet the payment committed
    replay = put(http, auth, op_id, pay_fine_body("F-1"))
    assert replay.status_code == 200 and replay.json()["state"] == "succeeded"


def test_200_payments_with_every_answer_dropped_are_each_charged_once(
    services: Services, http: httpx.Client
) -> None:
    count = 200
    services.store.put_many(("fine", f"F-{n}", fine_row(f"F-{n}"), "usr-demo") for n in range(count))
    auth = sign_in(http)
    receipts = set()
    for n in range(count):
        http.post("/v1/_test/faults", json={"kind": "drop_after_commit", "path": "/v1/ops/", "times": 1})
        op_id, body = new_op_id(), pay_fine_body(f"F-{n}")
        with pytest.raises(httpx.TransportError):
            put(http, auth, op_id, body)
        retry = put(http, auth, op_id, body)  # the same key, as the outbox does
        assert retry.status_code == 200 and retry.headers["idempotent-replayed"] == "true", retry.text
        receipts.add(retry.json()["receipt"]["receipt_no"])
    charged = Counter(e["target"] for e in effects(http))
    assert charged == {f"fine:F-{n}": 1 for n in range(count)}
    assert len(receipts) == count


def test_error_after_commit_is_a_bare_500(services: Services, http: httpx.Client) -> None:
    services.store.put("fine", "F-1", fine_row("F-1"), owner="usr-demo")
    auth = sign_in(http)
    http.post("/v1/_test/faults", json={"kind": "error_after_commit", "path": "/v1/ops/", "times": 1})
    op_id = new_op_id()
    failed = put(http, auth, op_id, pay_fine_body("F-1"))
    assert failed.status_code == 500 and failed.content == b""
    assert len(effects(http)) == 1
    assert put(http, auth, op_id, pay_fine_body("F-1")).status_code == 200
