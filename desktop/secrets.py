"""Where refresh tokens live: the OS keyring for a resident's own PC, process memory otherwise.

Tokens are never written to a file or a log. Access tokens are never stored at all (memory only,
inside the auth session).
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)

KEYRING_SERVICE = "One Account Desktop"


class KeyringUnavailableError(RuntimeError):
    """The OS has no usable keyring (e.g. a headless Linux box)."""


class MemoryTokenStore:
    """Keeps the refresh token in this process only; gone when the process ends."""

    def __init__(self) -> None:
        self._token: str | None = None
        self._lock = threading.Lock()

    def load(self) -> str | None:
        with self._lock:
            return self._token

    def save(self, refresh_token: str) -> None:
        with self._lock:
            self._token = refresh_token

    def clear(self) -> None:
        with self._lock:
            self._token = None


class KeyringTokenStore:
    """The refresh token of one account in the OS keyring (Windows Credential Manager, macOS Keychain…)."""

    def __init__(self, account_key: str) -> None:
        self.account_key = account_key

    def load(self) -> str | None:
        import keyring  # imported here: ~0.1 s, and not needed before the window shows
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, self.account_key)
        except KeyringError as exc:
            raise KeyringUnavailableError(str(exc)) from exc

    def save(self, refresh_token: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, self.account_key, refresh_token)
        except KeyringError as exc:
            raise KeyringUnavailableError(str(exc)) from exc

    def clear(self) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(KEYRING_SERVICE, self.account_key)
        except PasswordDeleteError:
            pass
        except KeyringError as exc:
            raise KeyringUnavailableError(str(exc)) from exc


class FallbackTokenStore:
    """The keyring when it works; process memory when it does not, so sign-in still works.

    ``degraded`` tells the UI that this PC cannot remember the sign-in between runs.
    """

    def __init__(self, primary: KeyringTokenStore) -> None:
        self._primary = primary
        self._memory = MemoryTokenStore()
        self.degraded = False

    def _fall_back(self, exc: Exception) -> None:
        if not self.degraded:
            log.warning("No usable OS keyring (%s); the sign-in is kept in memory only", type(exc).__name__)
        self.degraded = True

    def load(self) -> str | None:
        if not self.degraded:
            try:
                return self._primary.load()
            except KeyringUnavailableError as exc:
                self._fall_back(exc)
        return self._memory.load()

    def save(self, refresh_token: str) -> None:
        if not self.degraded:
            try:
                self._primary.save(refresh_token)
                return
            except KeyringUnavailableError as exc:
                self._fall_back(exc)
        self._memory.save(refresh_token)

    def clear(self) -> None:
        self._memory.clear()
        if not self.degraded:
            try:
                self._primary.clear()
            except KeyringUnavailableError as exc:
                self._fall_back(exc)
