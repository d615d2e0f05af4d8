"""Test-wide setup: headless Qt, an in-memory keyring, and no test ever touching the user's real data."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: there is no display here, and a Qt run without one aborts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import pytest
from keyring.errors import PasswordDeleteError

ROOT = Path(__file__).resolve().parent.parent
REALDATA = ROOT.parent / "shared" / "realdata"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in this process; lets tests look inside for leftovers."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own resident data dir, sessions dir and (absent) admin config."""
    base = tmp_path_factory.mktemp("profile")
    monkeypatch.setenv("ONEACCOUNT_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("ONEACCOUNT_SESSIONS_DIR", str(base / "sessions"))
    monkeypatch.setenv("ONEACCOUNT_CONFIG", str(base / "no-admin-config.json"))
    return base


@pytest.fixture
def realdata() -> Path:
    if not REALDATA.is_dir():
        pytest.skip("../shared/realdata is not present")
    return REALDATA
