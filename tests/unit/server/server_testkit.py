"""Helpers shared by the server tests (a module, not conftest, so tests can import them by name)."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from fastapi.testclient import TestClient

from server.__main__ import bind_socket
from server.app import create_app
from server.services import Services


class FakeClock:
    """Seconds since the epoch that only move when a test says so."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def login(client: TestClient, username: str = "demo", password: str | None = None) -> dict[str, Any]:
    response = client.post("/v1/auth/login", json={"username": username, "password": password or username})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_problem(response: Any, status: int, slug: str) -> dict[str, Any]:
    """The response is an RFC 9457 problem with this status and slug; returns its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["type"] == f"/problems/{slug}"
    assert body["status"] == status
    assert isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str)
    return body


# -- operations ------------------------------------------------------------------------------------


def new_op_id() -> str:
    return str(uuid.uuid4())


def fine_row(fine_id: str, amount: str = "600.00", status: str = "unpaid") -> dict[str, Any]:
    """A fine as the demo has them (the fields the payment reads and writes)."""
    return {
        "id": fine_id,
        "plate": "MK-12-34",
        "licence_no": "5123456",
        "offence": {
            "zh": "違例泊車",
            "pt": "Estacionamento em local proibido",
            "en": "Parking in a prohibited place",
        },
        "place": {"zh": "新馬路", "pt": "Avenida de Almeida Ribeiro", "en": "Avenida de Almeida Ribeiro"},
        "occurred_at": "2026-11-20T10:00:00+08:00",
        "due_date": "2026-12-20",
        "amount": amount,
        "status": status,
        "paid_at": None,
        "receipt_no": None,
    }


def pay_fine_body(fine_id: str, amount: str = "600.00", method: str = "mpay") -> dict[str, Any]:
    return {
        "kind": "pay_fine",
        "stream": f"fine:{fine_id}",
        "payload": {"fine_id": fine_id, "amount": amount, "method": method},
        "payload_schema": 1,
        "supersedes": None,
    }


def put_op(client: Any, token: str, op_id: str, body: Any, **headers: str) -> Any:
    """PUT /v1/ops/{op_id} with the key equal to the id (unless headers say otherwise)."""
    sent = {"Authorization": f"Bearer {token}", "Idempotency-Key": op_id} | headers
    return client.put(f"/v1/ops/{op_id}", json=body, headers={k: v for k, v in sent.items() if v})


# -- a real HTTP server in a thread ------------------------------------------------------------------


@contextmanager
def live_server(services: Services) -> Iterator[str]:
    """Serve ``services`` with uvicorn on a free loopback port; yields the base URL.

    For what the in-process test client cannot show: real concurrency, dropped connections, streams.
    """
    sock = bind_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    app = create_app(services.config, services)
    server = uvicorn.Server(uvicorn.Config(app, log_level="critical", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the live server did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        services.events.hub.close()  # open event streams would hold the graceful stop
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()
