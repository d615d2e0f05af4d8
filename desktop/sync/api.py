"""HTTP client of the One Account API (docs/API.md), on ``httpx.Client``.

Every answer is checked against the contract before it is returned, so the rest of the app only
ever sees well-typed values or one of the errors in :mod:`desktop.sync.errors`. The client holds no
tokens: it asks a token provider (usually the :class:`~desktop.sync.auth.AuthSession`) for the
access token of each request. Tokens, passwords and bodies are never logged.
"""

from __future__ import annotations

import ipaddress
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any

import httpx

from desktop import __version__
from desktop.domain.models import Resident
from desktop.domain.text import LocalizedText
from desktop.sync.errors import BadResponseError, OfflineError, ProblemError, ServerError

log = logging.getLogger(__name__)

#: 10 s to connect, 30 s for everything else.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
MAX_PAGE_LIMIT = 1000

TokenProvider = Callable[[], "str | None"]


@dataclass(frozen=True, slots=True)
class ServerInfo:
    name: str
    version: str
    epoch: str
    demo: bool
    now: str


@dataclass(frozen=True, slots=True)
class TokenGrant:
    """The answer of login and refresh. Tokens are left out of ``repr`` so they never reach a log."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_in: int
    resident: Resident
    token_type: str = "Bearer"


@dataclass(frozen=True, slots=True)
class ChangesPage:
    """One page of ``/v1/changes``; each change is a checked dict (rows are checked by the store)."""

    changes: list[dict[str, Any]]
    cursor: str
    has_more: bool
    acked_ops: list[str] = field(default_factory=list)


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ApiClient:
    """Calls of the API. Thread-safe as httpx.Client is; the app uses it from the sync worker."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        token_provider: TokenProvider | None = None,
        allow_plain_http: bool = False,
    ) -> None:
        url = httpx.URL(base_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"not a server address: {base_url!r}")
        loopback = is_loopback(url.host)
        if url.scheme == "http" and not loopback and not allow_plain_http:
            raise ValueError("plain http is only allowed to this computer (loopback); use https")
        # TLS is always verified, except on loopback, where the embedded server may use a
        # self-signed certificate and nothing leaves the machine.
        verify = not (url.scheme == "https" and loopback)
        self.base_url = str(url).rstrip("/")
        self.token_provider = token_provider
        self._client = httpx.Client(
            base_url=self.base_url,
            timeout=timeout,
            transport=transport,
            verify=verify,
            follow_redirects=False,
            headers={"Accept": "application/json", "User-Agent": f"OneAccountDesktop/{__version__}"},
        )

    # -- endpoints ------------------------------------------------------------------------------------

    def info(self) -> ServerInfo:
        body = _object(self._json("GET", "/v1/info"), "info")
        return ServerInfo(
            name=_string(body, "name"),
            version=_string(body, "version"),
            epoch=_string(body, "epoch"),
            demo=_boolean(body, "demo"),
            now=_string(body, "now"),
        )

    def login(self, username: str, password: str) -> TokenGrant:
        body = self._json("POST", "/v1/auth/login", json={"username": username, "password": password})
        return _grant(body)

    def refresh(self, refresh_token: str) -> TokenGrant:
        return _grant(self._json("POST", "/v1/auth/refresh", json={"refresh_token": refresh_token}))

    def logout(self, refresh_token: str) -> None:
        self._send("POST", "/v1/auth/logout", json={"refresh_token": refresh_token}, auth=True)

    def me(self) -> Resident:
        return _resident(self._json("GET", "/v1/me", auth=True), "me")

    def changes(self, cursor: str | None, limit: int = 500) -> ChangesPage:
        params: dict[str, str | int] = {"limit": max(1, min(int(limit), MAX_PAGE_LIMIT))}
        if cursor:
            params["cursor"] = cursor
        return _changes_page(self._json("GET", "/v1/changes", params=params, auth=True))

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- transport ------------------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        content: bytes | None = None,
        auth: bool = True,
        check: bool = True,
    ) -> httpx.Response:
        """Send one request, for modules that add endpoints (operations, uploads).

        Network failures raise ``OfflineError``. With ``check`` an answer of 400 or more raises as
        :func:`error_of` says; without it the caller classifies the answer itself.
        """
        return self._send(
            method, path, json=json, params=params, headers=headers, content=content, auth=auth, check=check
        )

    @contextmanager
    def stream(
        self,
        method: str,
        path: str,
        *,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> Iterator[httpx.Response]:
        """An authorised streaming request (Server-Sent Events); errors mapped like :meth:`request`."""
        all_headers = self._auth_headers(True) | (headers or {})
        try:
            with self._client.stream(
                method, path, headers=all_headers, timeout=timeout or self._client.timeout
            ) as response:
                if response.status_code >= 400:
                    response.read()
                    raise error_of(response)
                yield response
        except httpx.TimeoutException as exc:
            raise OfflineError(
                f"timed out ({type(exc).__name__})", timeout=True, sent=not _unsent(exc)
            ) from None
        except httpx.TransportError as exc:
            raise OfflineError(f"{type(exc).__name__}: {exc}", sent=not _unsent(exc)) from None

    def _auth_headers(self, auth: bool) -> dict[str, str]:
        if auth and self.token_provider is not None:
            token = self.token_provider()
            if token:
                return {"Authorization": f"Bearer {token}"}
        return {}

    def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        content: bytes | None = None,
        auth: bool = False,
        check: bool = True,
    ) -> httpx.Response:
        headers = self._auth_headers(auth) | (headers or {})
        started = time.monotonic()
        try:
            response = self._client.request(
                method, path, json=json, params=params, headers=headers, content=content
            )
        except httpx.TimeoutException as exc:
            log.info("%s %s timed out (%s)", method, path, type(exc).__name__)
            # "from None": the httpx exception holds the request, headers and all.
            raise OfflineError(
                f"timed out ({type(exc).__name__})", timeout=True, sent=not _unsent(exc)
            ) from None
        except httpx.TransportError as exc:
            log.info("%s %s failed: %s", method, path, type(exc).__name__)
            raise OfflineError(f"{type(exc).__name__}: {exc}", sent=not _unsent(exc)) from None
        elapsed_ms = (time.monotonic() - started) * 1e3
        log.debug("%s %s -> %d in %.0f ms", method, path, response.status_code, elapsed_ms)
        if check and response.status_code >= 400:
            raise error_of(response)
        return response

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._send(method, path, **kwargs)
        kind = response.headers.get("content-type", "")
        if "json" not in kind:
            raise BadResponseError(f"{path}: expected JSON, got {kind or 'no content type'}")
        try:
            return response.json()
        except ValueError:  # JSONDecodeError and UnicodeDecodeError
            raise BadResponseError(f"{path}: the JSON answer is broken or cut short") from None


def _unsent(exc: httpx.TransportError) -> bool:
    """True when httpx failed before any byte of the request could reach the server."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


# -- answers and their checks ---------------------------------------------------------------------------


def retry_after_of(response: httpx.Response) -> float | None:
    """``Retry-After`` in seconds from now (given as seconds or as an HTTP date); None if absent or bad."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def error_of(response: httpx.Response) -> Exception:
    """The exception an error answer stands for: ProblemError (with a problem body or not), ServerError."""
    status = response.status_code
    retry_after = retry_after_of(response)
    body: Any = None
    if "json" in response.headers.get("content-type", ""):
        try:
            body = response.json()
        except ValueError:
            body = None
    if isinstance(body, dict) and isinstance(body.get("type"), str) and body["type"].strip("/"):
        slug = body["type"].rstrip("/").rsplit("/", 1)[-1]
        title, detail = body.get("title"), body.get("detail")
        title = title if isinstance(title, str) else ""
        detail = detail if isinstance(detail, str) else ""
        return ProblemError(status, slug, title, detail, body=body, retry_after=retry_after)
    if status >= 500:
        return ServerError(status, retry_after=retry_after)
    return ProblemError(status, f"http-{status}", response.reason_phrase, retry_after=retry_after)


def _object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadResponseError(f"{what}: expected an object, got {type(value).__name__}")
    return value


def _string(body: dict[str, Any], key: str, *, empty: bool = True) -> str:
    value = body.get(key)
    if not isinstance(value, str) or (not empty and not value):
        raise BadResponseError(f"{key!r} must be a {'' if empty else 'non-empty '}string")
    return value


def _boolean(body: dict[str, Any], key: str) -> bool:
    value = body.get(key)
    if not isinstance(value, bool):
        raise BadResponseError(f"{key!r} must be true or false")
    return value


def _integer(body: dict[str, Any], key: str) -> int:
    value = body.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadResponseError(f"{key!r} must be an integer")
    return value


def _resident(value: Any, what: str) -> Resident:
    user = _object(value, what)
    name = user.get("display_name")
    if name is not None and not isinstance(name, dict | str):
        raise BadResponseError(f"{what}: 'display_name' must be an object of texts")
    return Resident(
        user_id=_string(user, "id", empty=False),
        username=_string(user, "username"),
        display_name=LocalizedText.from_row(name),
    )


def _grant(value: Any) -> TokenGrant:
    body = _object(value, "token answer")
    expires_in = _integer(body, "expires_in")
    if expires_in < 0:
        raise BadResponseError("'expires_in' must not be negative")
    token_type = body.get("token_type", "Bearer")
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        raise BadResponseError("'token_type' must be Bearer")
    return TokenGrant(
        access_token=_string(body, "access_token", empty=False),
        refresh_token=_string(body, "refresh_token", empty=False),
        expires_in=expires_in,
        resident=_resident(body.get("user"), "user"),
        token_type=token_type,
    )


def _check_changes(changes: list[Any]) -> None:
    """The envelope of each change (entity, id, op, row, version); the store checks the rows.

    One tight loop over up to a thousand changes a page: the pull calls this for every change it gets.
    """
    for n, change in enumerate(changes):
        if not isinstance(change, dict):
            raise BadResponseError(f"change #{n}: expected an object, got {type(change).__name__}")
        get = change.get
        entity, row_id, op, row, version = get("entity"), get("id"), get("op"), get("row"), get("version")
        if not isinstance(entity, str) or not entity:
            raise BadResponseError(f"change #{n}: 'entity' must be a non-empty string")
        if not isinstance(row_id, str) or not row_id:
            raise BadResponseError(f"change #{n}: 'id' must be a non-empty string")
        if op == "put":
            if not isinstance(row, dict):
                raise BadResponseError(f"change #{n} row: expected an object, got {type(row).__name__}")
        elif op == "delete":
            if row is not None:
                raise BadResponseError(f"change #{n}: a delete has no row")
        else:
            raise BadResponseError(f"change #{n}: op must be put or delete")
        if isinstance(version, bool) or not isinstance(version, int):
            raise BadResponseError(f"change #{n}: 'version' must be an integer")


def _changes_page(value: Any) -> ChangesPage:
    body = _object(value, "changes answer")
    changes = body.get("changes")
    if not isinstance(changes, list):
        raise BadResponseError("'changes' must be a list")
    acked = body.get("acked_ops", [])
    if not isinstance(acked, list) or not all(isinstance(a, str) for a in acked):
        raise BadResponseError("'acked_ops' must be a list of strings")
    _check_changes(changes)
    return ChangesPage(
        changes=changes,
        cursor=_string(body, "cursor", empty=False),
        has_more=_boolean(body, "has_more"),
        acked_ops=list(acked),
    )
