"""The reference server process under faults that need a real process: exit after commit, a kill while
a payment is pending, and a graceful stop with event streams open."""

from __future__ import annotations

import signal
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_server_process import running_server, stop

from server.faults import EXIT_STATUS


def _auth(client: httpx.Client) -> dict[str, str]:
    token = client.post("/v1/auth/login", json={"username": "demo", "password": "demo"}).json()
    return {"Authorization": f"Bearer {token['access_token']}"}


def _pay(client: httpx.Client, auth: dict[str, str], op_id: str, fine_id: str, amount: str) -> httpx.Response:
    body = {
        "kind": "pay_fine",
        "stream": f"fine:{fine_id}",
        "payload": {"fine_id": fine_id, "amount": amount, "method": "mpay"},
        "payload_schema": 1,
        "supersedes": None,
    }
    return client.put(f"/v1/ops/{op_id}", json=body, headers=auth | {"Idempotency-Key": op_id})


def _effects(client: httpx.Client) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = client.get("/v1/_test/effects").json()["effects"]
    return found


def test_exit_after_commit_keeps_the_payment_and_its_answer(tmp_path: Path) -> None:
    data = tmp_path / "data"
    op_id = str(uuid.uuid4())
    with running_server("--demo", "--test-mode", "--data", str(data)) as (url, proc):
        with httpx.Client(base_url=url, timeout=30) as client:
            auth = _auth(client)
            fault = {"kind": "exit_after_commit", "path": "/v1/ops/", "method": "PUT", "times": 1}
            assert client.post("/v1/_test/faults", json=fault).status_code == 200
            with pytest.raises(httpx.TransportError):
                _pay(client, auth, op_id, "F-10001", "600.00")
        assert proc.wait(timeout=20) == EXIT_STATUS
    with running_server("--demo", "--test-mode", "--data", str(data)) as (url, proc):
        with httpx.Client(base_url=url, timeout=30) as client:
            auth = _auth(client)
            replay = _pay(client, auth, op_id, "F-10001", "600.00")
            assert replay.status_code == 200 and replay.headers["idempotent-replayed"] == "true"
            assert replay.json()["state"] == "succeeded"
            assert [e["op_id"] for e in _effects(client)] == [op_id]
        assert stop(proc) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_payment_pending_at_a_crash_completes_after_the_restart(tmp_path: Path) -> None:
    data = tmp_path / "data"
    op_id = str(uuid.uuid4())
    with running_server("--demo", "--test-mode", "--data", str(data)) as (url, proc):
        with httpx.Client(base_url=url, timeout=30) as client:
            provider = {"async_methods": ["mpay"], "confirm_after_s": 1.0}
            assert client.post("/v1/_test/provider", json=provider).status_code == 200
            assert _pay(client, _auth(client), op_id, "F-10002", "1200.00").status_code == 202
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=20)
    with running_server("--demo", "--test-mode", "--data", str(data)) as (url, proc):
        with httpx.Client(base_url=url, timeout=30) as client:
            auth = _auth(client)
            deadline = time.monotonic() + 20
            while (view := client.get(f"/v1/ops/{op_id}", headers=auth).json())["state"] == "accepted_async":
                assert time.monotonic() < deadline
                time.sleep(0.05)
            assert view["state"] == "succeeded"
            assert [e["target"] for e in _effects(client)] == ["fine:F-10002"]
        assert stop(proc) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM")
def test_graceful_stop_with_event_streams_open(tmp_path: Path) -> None:
    with running_server("--demo", "--data", str(tmp_path / "data")) as (url, proc):
        with httpx.Client(base_url=url, timeout=30) as client:
            auth = _auth(client)
        opened = threading.Barrier(3)

        def listen() -> None:
            try:
                with httpx.stream("GET", f"{url}/v1/events", headers=auth, timeout=30) as response:
                    opened.wait()
                    for _ in response.iter_lines():
                        pass
            except httpx.HTTPError:
                pass

        listeners = [threading.Thread(target=listen, daemon=True) for _ in range(2)]
        for t in listeners:
            t.start()
        opened.wait(timeout=20)
        started = time.monotonic()
        assert stop(proc) == 0
        assert time.monotonic() - started < 4  # not the 5 s graceful timeout
        for t in listeners:
            t.join(timeout=5)
            assert not t.is_alive()
