"""Signing in and keeping the access token fresh.

The refresh token lives in a :class:`TokenStore` (the OS keyring for residents, memory in kiosks);
the access token lives only in this object's memory. Refresh tokens rotate: each one works once, and
presenting a used one makes the server revoke the whole family. So refreshing is serialised under one
lock and a thread that finds the token already refreshed by another simply uses the new one — the
same refresh token is never sent twice.

Threading contract: an ``AuthSession`` may be used from several threads (the sync worker and a
sign-in the user started); the lock is held across the refresh request on purpose.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol, TypeVar

from desktop.domain.models import Resident
from desktop.sync.api import ApiClient, TokenGrant
from desktop.sync.errors import ProblemError, SignInRequired

__all__ = ["AuthSession", "MemoryTokenStore", "SignInRequired", "TokenStore"]

log = logging.getLogger(__name__)

T = TypeVar("T")

#: 401 slugs that are about the credentials themselves, not a stale access token.
_NOT_STALE = frozenset({"invalid-credentials", "invalid-refresh-token"})


class TokenStore(Protocol):
    """Where the refresh token is kept between runs."""

    def load(self) -> str | None: ...

    def save(self, refresh_token: str) -> None: ...

    def clear(self) -> None: ...


class MemoryTokenStore:
    """A token store that forgets everything when the process ends (tests, kiosks)."""

    def __init__(self, refresh_token: str | None = None) -> None:
        self._token = refresh_token
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

    def __repr__(self) -> str:
        return f"MemoryTokenStore(saved={self._token is not None})"


class AuthSession:
    """The signed-in state of one account on one server."""

    def __init__(
        self, api: ApiClient, token_store: TokenStore, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.api = api
        self.token_store = token_store
        self._clock = clock
        self._lock = threading.RLock()
        self._access: str | None = None
        self._access_expires: float | None = None
        self._resident: Resident | None = None
        # The client asks us for the access token of each request; it never stores one itself.
        api.token_provider = self.access_token

    @property
    def resident(self) -> Resident | None:
        """Who signed in (from the last login or refresh), or None."""
        return self._resident

    def access_token(self) -> str | None:
        """The current access token (memory only); the API client's token provider."""
        return self._access

    # -- signing in and out -------------------------------------------------------------------------

    def login(self, username: str, password: str) -> Resident:
        """Sign in; raises ``ProblemError`` (``invalid-credentials``) or ``OfflineError``."""
        with self._lock:
            grant = self.api.login(username, password)
            self._accept(grant)
            return grant.resident

    def resume(self) -> Resident | None:
        """Sign in again with the stored refresh token.

        Returns None when there is no stored token or the server refused it (it is then cleared).
        Raises ``OfflineError``/``ServerError`` when the server cannot say; the token is kept.
        """
        with self._lock:
            try:
                self._refresh_locked()
            except SignInRequired:
                return None
            return self._resident

    def logout(self) -> None:
        """Forget the tokens here, and revoke them on the server when it can be reached.

        The local sign-out always happens; a server error is raised afterwards for the caller to log.
        """
        with self._lock:
            refresh_token = self.token_store.load()
            try:
                if refresh_token:
                    self.api.logout(refresh_token)
            finally:
                self.token_store.clear()
                self._forget()

    # -- authorised calls ---------------------------------------------------------------------------

    def authorized(self, call: Callable[[], T]) -> T:
        """Run ``call`` (an API call that needs the access token); on a stale token refresh once and retry.

        Raises :class:`SignInRequired` when there is no refresh token or the server refuses it.
        """
        with self._lock:
            if self._access is None or self._expired():
                self._refresh_locked()
            used = self._access
        try:
            return call()
        except ProblemError as exc:
            if exc.status != 401 or exc.slug in _NOT_STALE:
                raise
            log.info("the access token was refused (%s); refreshing it once", exc.slug)
        with self._lock:
            # Another thread may have refreshed while our call was out: then just use its token.
            if self._access is None or self._access == used:
                self._refresh_locked()
        return call()

    # -- internals (call with the lock held) ---------------------------------------------------------

    def _expired(self) -> bool:
        return self._access_expires is not None and self._clock() >= self._access_expires

    def _refresh_locked(self) -> None:
        refresh_token = self.token_store.load()
        if not refresh_token:
            self._forget()
            raise SignInRequired("not signed in on this computer")
        try:
            grant = self.api.refresh(refresh_token)
        except ProblemError as exc:
            if exc.status == 401 or exc.slug == "invalid-refresh-token":
                self.token_store.clear()
                self._forget()
                raise SignInRequired(f"the sign-in has ended ({exc.slug}); please sign in again") from None
            raise
        self._accept(grant)

    def _accept(self, grant: TokenGrant) -> None:
        self._access = grant.access_token
        # Refresh a little before the server's expiry so a request does not race the deadline.
        margin = min(30.0, grant.expires_in / 10)
        self._access_expires = self._clock() + grant.expires_in - margin if grant.expires_in else None
        self._resident = grant.resident
        self.token_store.save(grant.refresh_token)

    def _forget(self) -> None:
        self._access = None
        self._access_expires = None
        self._resident = None
