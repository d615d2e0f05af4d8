"""Profiles decide where a resident's data lives and for how long.

- ``resident``: the resident's own PC. Data under the platform's user data dir, kept between runs;
  the refresh token in the OS keyring.
- ``assisted`` (community-centre PCs) and ``kiosk`` (public kiosks): one fresh temporary directory per
  resident session, tokens in memory only; the directory is destroyed at sign-out, at exit, and — if the
  app crashed — the next time the app starts.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from desktop.filelock import FileLock, is_locked
from desktop.secrets import FallbackTokenStore, KeyringTokenStore, MemoryTokenStore

log = logging.getLogger(__name__)

APP_NAME = "OneAccountDesktop"
APP_AUTHOR = "MacaoOneAccount"
#: Overrides the resident data dir (tests, portable installs).
DATA_DIR_ENV = "ONEACCOUNT_DATA_DIR"
#: Overrides where ephemeral session directories are made (tests).
SESSIONS_DIR_ENV = "ONEACCOUNT_SESSIONS_DIR"
_SESSION_PREFIX = "session-"
_LOCK_NAME = ".session.lock"


class ProfileKind(Enum):
    RESIDENT = "resident"
    ASSISTED = "assisted"
    KIOSK = "kiosk"

    @property
    def ephemeral(self) -> bool:
        return self is not ProfileKind.RESIDENT


TokenStore = FallbackTokenStore | MemoryTokenStore


def account_key(server_id: str, username: str) -> str:
    """A stable, non-reversible folder/keyring name for one account on one server."""
    digest = hashlib.sha256(f"{server_id}\n{username.casefold()}".encode()).hexdigest()
    return digest[:20]


def resident_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def sessions_root() -> Path:
    override = os.environ.get(SESSIONS_DIR_ENV)
    return Path(override) if override else Path(tempfile.gettempdir()) / "oneaccount-sessions"


@dataclass
class Profile:
    kind: ProfileKind
    data_dir: Path
    #: False keeps even a resident's refresh token in memory only (screenshots, benchmarks).
    remember_sign_in: bool = True
    _lock: FileLock | None = field(default=None, repr=False)
    _memory_tokens: dict[str, MemoryTokenStore] = field(default_factory=dict, repr=False)

    @classmethod
    def open(
        cls, kind: ProfileKind, data_dir: Path | None = None, *, remember_sign_in: bool = True
    ) -> Profile:
        """The resident profile at its data dir, or a brand-new ephemeral session directory."""
        if not kind.ephemeral:
            path = data_dir or resident_data_dir()
            path.mkdir(parents=True, exist_ok=True)
            return cls(kind, path, remember_sign_in)
        root = data_dir or sessions_root()
        removed = sweep_abandoned_sessions(root)
        if removed:
            log.warning("Removed %d session folder(s) left behind by an earlier crash", removed)
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = Path(tempfile.mkdtemp(prefix=_SESSION_PREFIX, dir=root))
        lock = FileLock(path / _LOCK_NAME)
        lock.acquire()
        return cls(kind, path, False, lock)

    @property
    def ephemeral(self) -> bool:
        return self.kind.ephemeral

    def account_dir(self, key: str) -> Path:
        path = self.data_dir / "accounts" / key
        path.mkdir(parents=True, exist_ok=True)
        return path

    def cache_path(self, key: str) -> Path:
        return self.account_dir(key) / "cache.sqlite3"

    def token_store(self, key: str) -> TokenStore:
        """Keyring (with an in-memory fallback) for residents; memory only for ephemeral sessions."""
        if self.ephemeral or not self.remember_sign_in:
            return self._memory_tokens.setdefault(key, MemoryTokenStore())
        return FallbackTokenStore(KeyringTokenStore(key))

    def wipe(self) -> None:
        """Destroy everything this ephemeral session wrote. A no-op for the resident profile."""
        if not self.ephemeral:
            return
        for store in self._memory_tokens.values():
            store.clear()
        self._memory_tokens.clear()
        if self._lock is not None:
            self._lock.release()
        shutil.rmtree(self.data_dir, ignore_errors=True)
        if self.data_dir.exists():  # something still open (Windows); try once more on the way out
            log.error("Session folder could not be removed completely; it will be removed on next start")

    def renew(self) -> None:
        """Wipe this ephemeral session and start a fresh one in a new directory (next resident)."""
        if not self.ephemeral:
            return
        root = self.data_dir.parent
        self.wipe()
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.data_dir = Path(tempfile.mkdtemp(prefix=_SESSION_PREFIX, dir=root))
        self._lock = FileLock(self.data_dir / _LOCK_NAME)
        self._lock.acquire()


def sweep_abandoned_sessions(root: Path) -> int:
    """Remove session folders whose owning process is gone (crash recovery). Returns how many."""
    if not root.is_dir():
        return 0
    removed = 0
    for entry in root.iterdir():
        if not entry.is_dir() or not entry.name.startswith(_SESSION_PREFIX):
            continue
        if is_locked(entry / _LOCK_NAME):
            continue  # a live session of another app instance
        shutil.rmtree(entry, ignore_errors=True)
        removed += 1
    return removed
