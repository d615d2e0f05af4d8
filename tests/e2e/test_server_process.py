"""The reference server as a real process: ``python -m server --port 0 --demo --data DIR``.

Starts it, waits for its ``listening on`` line, signs in over real HTTP, pulls everything, stops it
with SIGTERM, and starts it again on the same data to check that the demo and its epoch persist.
"""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 60.0


@contextmanager
def running_server(*args: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "server", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    try:
        url = ""
        while not url:
            line = lines.get(timeout=START_TIMEOUT)
            if line is None:
                raise AssertionError(f"server exited before listening: {proc.wait()} {proc.stderr.read()}")  # type: ignore[union-attr]
            if line.startswith("listening on "):
                url = line.removeprefix("listening on ").strip()
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)


def stop(proc: subprocess.Popen[str]) -> int:
    """SIGTERM and wait; 0 when the server shut down cleanly (Windows has no SIGTERM to catch)."""
    if sys.platform == "win32":
        proc.terminate()
        proc.wait(timeout=20)
        return 0
    proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=20)


def pull_everything(client: httpx.Client, token: str, cursor: str | None = None) -> tuple[list[Any], str]:
    changes: list[Any] = []
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 250} | ({"cursor": cursor} if cursor else {})
        response = client.get("/v1/changes", params=params, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200, response.text
        page = response.json()
        changes += page["changes"]
        cursor = page["cursor"]
        pages += 1
        assert pages < 100
        if not page["has_more"]:
            return changes, page["cursor"]


def test_server_process_serves_the_demo(tmp_path: Path) -> None:
    data = tmp_path / "server-data"
    with running_server("--port", "0", "--demo", "--data", str(data)) as (url, proc):
        assert url.startswith("http://127.0.0.1:") and not url.endswith(":0")
        with httpx.Client(base_url=url, timeout=30) as client:
            info = client.get("/v1/info").json()
            assert info["demo"] is True and info["now"].endswith("+08:00")
            login = client.post("/v1/auth/login", json={"username": "demo", "password": "demo"})
            assert login.status_code == 200
            token = login.json()["access_token"]
            assert (
                client.get("/v1/me", headers={"Authorization": f"Bearer {token}"}).json()["username"]
                == "demo"
            )
            changes, cursor = pull_everything(client, token)
            # Without --test-mode the test endpoints do not exist.
            absent = client.get("/v1/_test/faults")
            assert absent.status_code == 404
            assert absent.headers["content-type"].startswith("application/problem+json")
        assert stop(proc) == 0
    counts: dict[str, int] = {}
    for change in changes:
        counts[change["entity"]] = counts.get(change["entity"], 0) + 1
    assert counts["department"] == 28
    assert counts["service"] >= 600
    assert 25 <= counts["feed_item"] <= 40
    assert (data / "server.sqlite3").is_file()

    # Restarted on the same data: the demo is reused, not seeded again, and old cursors stay valid.
    with running_server("--demo", "--data", str(data), "--access-ttl", "60") as (url, proc):
        with httpx.Client(base_url=url, timeout=30) as client:
            assert client.get("/v1/info").json()["epoch"] == info["epoch"]
            login = client.post("/v1/auth/login", json={"username": "demo", "password": "demo"}).json()
            assert login["expires_in"] == 60
            again, _ = pull_everything(client, login["access_token"], cursor)
            assert again == []
        assert stop(proc) == 0


def test_bad_option_exits_non_zero() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "server", "--port", "0", "--nonsense"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "listening on" not in result.stdout
