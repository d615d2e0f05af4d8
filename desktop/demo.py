"""The embedded reference server: with no server configured, the app runs one on loopback with demo data.

It runs as a child process (``python -m server``) so that FastAPI and uvicorn never load into the app
itself and never slow its start.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import subprocess

log = logging.getLogger(__name__)

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo"
#: Accounts made on the embedded server share this server identity, whatever port it gets.
DEMO_SERVER_ID = "embedded-demo"
_LISTENING = re.compile(r"listening on (http://\S+)")


class EmbeddedServerError(RuntimeError):
    pass


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    # Linux: the server gets SIGTERM if the app dies, even by SIGKILL, so no server is left behind.
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


class EmbeddedServer:
    def __init__(self, data_dir: Path, *, extra_args: tuple[str, ...] = ()) -> None:
        self.data_dir = data_dir
        self.extra_args = extra_args
        self.base_url: str | None = None
        self._proc: subprocess.Popen[str] | None = None

    def start(self, timeout_s: float = 60.0) -> str:
        """Start the server and wait until it accepts connections; returns its base URL."""
        import subprocess  # here, not at the top: this module is on the app's start path

        if self._proc is not None and self._proc.poll() is None and self.base_url:
            return self.base_url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        project_root = Path(__file__).resolve().parent.parent
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(project_root), env.get("PYTHONPATH")]))
        env["PYTHONUNBUFFERED"] = "1"
        cmd = [sys.executable, "-m", "server", "--port", "0", "--demo", "--data", str(self.data_dir)]
        cmd += list(self.extra_args)
        errlog = open(self.data_dir / "server.log", "ab")  # noqa: SIM115 - handed to the child
        try:
            self._proc = subprocess.Popen(
                cmd,
                stdout=subprocess.PIPE,
                stderr=errlog,
                stdin=subprocess.DEVNULL,
                text=True,
                env=env,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
            )
        finally:
            errlog.close()
        assert self._proc.stdout is not None
        deadline = time.monotonic() + timeout_s
        found: list[str] = []
        reader = threading.Thread(target=self._read_until_listening, args=(found,), daemon=True)
        reader.start()
        while time.monotonic() < deadline and not found and self._proc.poll() is None:
            reader.join(0.05)
        if not found:
            code = self._proc.poll()
            self.stop()
            raise EmbeddedServerError(
                f"the demo server did not start (exit code {code}); see {self.data_dir / 'server.log'}"
            )
        self.base_url = found[0]
        log.info("Demo server at %s", self.base_url)
        return self.base_url

    def _read_until_listening(self, found: list[str]) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        for line in self._proc.stdout:
            match = _LISTENING.search(line)
            if match and not found:
                found.append(match.group(1))
        # Keep draining so the child never blocks on a full pipe.

    def stop(self) -> None:
        import subprocess

        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
