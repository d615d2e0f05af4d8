"""Run the real reference server (``python -m server``) as a child process on a free loopback port."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
_LISTENING = re.compile(r"listening on (http://\S+)")


@dataclass
class ServerProcess:
    url: str
    data_dir: Path
    process: subprocess.Popen[str]

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=10, **kwargs)

    def test_call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Call a ``/v1/_test`` endpoint (the server runs with ``--test-mode``)."""
        with self.client() as client:
            response = client.request(method, path, **kwargs)
        response.raise_for_status()
        return response

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


def start_server(data_dir: Path, *args: str, timeout_s: float = 60.0) -> ServerProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONUNBUFFERED"] = "1"
    process = subprocess.Popen(
        [sys.executable, "-m", "server", "--port", "0", "--data", str(data_dir), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    found: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            match = _LISTENING.search(line)
            if match and not found:
                found.append(match.group(1))

    threading.Thread(target=read, daemon=True).start()
    threading.Thread(target=lambda: process.stderr and process.stderr.read(), daemon=True).start()
    deadline = time.monotonic() + timeout_s
    while not found and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if not found:
        process.kill()
        raise RuntimeError(f"reference server did not start (exit {process.poll()})")
    return ServerProcess(found[0], data_dir, process)


@contextmanager
def running_server(data_dir: Path, *args: str) -> Iterator[ServerProcess]:
    server = start_server(data_dir, *args)
    try:
        yield server
    finally:
        server.stop()
