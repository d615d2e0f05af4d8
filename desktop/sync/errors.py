"""Errors of the sync layer, by what the app should do about them.

- :class:`OfflineError`: the server could not be reached (retry later; show "offline").
- :class:`ProblemError`: the server answered with an RFC 9457 problem; act on ``slug``.
- :class:`ServerError`: a 5xx without a problem body (retry with backoff).
- :class:`BadResponseError`: the answer was not what the contract says (HTML, broken JSON, wrong types).
- :class:`SignInRequired`: the refresh token is gone or refused; the resident must sign in again.

No message ever contains a token or a password.
"""

from __future__ import annotations

from typing import Any


class SyncError(Exception):
    """Base of the errors the sync layer raises on purpose."""


class OfflineError(SyncError):
    """Connecting, sending or receiving failed (refused, DNS, reset, timeout)."""

    def __init__(self, reason: str, *, timeout: bool = False, sent: bool = True) -> None:
        self.reason = reason
        self.timeout = timeout
        #: False when the request surely never left (no connection could be made): it cannot have
        #: been applied. True means it may have reached the server (a reset or timeout mid-way).
        self.sent = sent
        super().__init__(f"the server cannot be reached: {reason}")


class ProblemError(SyncError):
    """An error answer; ``slug`` is the last path segment of the problem ``type``.

    A 4xx answer without a problem body gets the slug ``http-<status>``.
    """

    def __init__(
        self,
        status: int,
        slug: str,
        title: str = "",
        detail: str = "",
        *,
        body: dict[str, Any] | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.status = status
        self.slug = slug
        self.title = title
        self.detail = detail
        self.body = body or {}
        self.retry_after = retry_after
        text = f"{status} {slug}"
        if title:
            text += f": {title}"
        if detail and detail != title:
            text += f" ({detail})"
        super().__init__(text)


class ServerError(SyncError):
    """The server failed (5xx) and sent no problem body."""

    def __init__(self, status: int, *, retry_after: float | None = None) -> None:
        self.status = status
        self.retry_after = retry_after
        super().__init__(f"the server failed with status {status}")


class BadResponseError(SyncError):
    """The server's answer breaks the contract: not JSON, cut short, or the wrong shape or types."""


class SignInRequired(SyncError):
    """There is no usable refresh token: the stored one is missing, expired, revoked or reused."""
