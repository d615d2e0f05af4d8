"""ApiClient: parsing and checking answers, error mapping, TLS rules, and no secrets in logs."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest

from desktop.sync import api as api_module
from desktop.sync.api import ApiClient, TokenGrant
from desktop.sync.errors import BadResponseError, OfflineError, ProblemError, ServerError

from .fakes import PASSWORD, FakeServer, html, json_reply, problem, raises, raw, service_row

URL = "http://127.0.0.1:8000"


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def client(server: FakeServer) -> ApiClient:
    return ApiClient(URL, transport=server.transport())


def test_info(client: ApiClient) -> None:
    info = client.info()
    assert info.epoch == "e1" and info.demo is True


def test_login_me_and_changes(server: FakeServer, client: ApiClient) -> None:
    server.put("service", service_row("ps-1"))
    grant = client.login("demo", PASSWORD)
    assert grant.resident.username == "demo" and grant.resident.display_name.zh == "陳大文"
    assert grant.expires_in == 900
    client.token_provider = lambda: grant.access_token
    assert client.me().user_id == "u-1"
    page = client.changes(None, 10)
    assert page.has_more is False and page.cursor == "e1:1"
    assert page.changes[0]["entity"] == "service" and page.changes[0]["row"]["id"] == "ps-1"


def test_bearer_comes_from_the_provider_only_where_needed(server: FakeServer) -> None:
    tokens: list[str | None] = ["tok-1", None]
    client = ApiClient(URL, transport=server.transport(), token_provider=lambda: tokens[0])
    client.info()
    with pytest.raises(ProblemError):
        client.changes(None)
    tokens[0] = None
    with pytest.raises(ProblemError):
        client.changes(None)
    auth = [r.headers.get("authorization") for r in server.requests]
    assert auth == [None, "Bearer tok-1", None]


def test_limit_is_clamped_and_cursor_sent(server: FakeServer, client: ApiClient) -> None:
    client.token_provider = lambda: client.login("demo", PASSWORD).access_token
    client.changes("e1:0", 5000)
    client.changes("", 0)
    params = [dict(r.url.params) for r in server.requests if r.url.path == "/v1/changes"]
    assert params == [{"limit": "1000", "cursor": "e1:0"}, {"limit": "1"}]


# -- errors -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "error", "check"),
    [
        (
            raises(httpx.ConnectError, "[Errno 111] Connection refused"),
            OfflineError,
            lambda e: not e.timeout and not e.sent,
        ),
        (raises(httpx.ConnectTimeout), OfflineError, lambda e: e.timeout and not e.sent),
        (raises(httpx.ReadTimeout), OfflineError, lambda e: e.timeout and e.sent),
        (
            raises(httpx.ReadError, "connection reset by peer"),
            OfflineError,
            lambda e: "reset" in e.reason and e.sent,
        ),
        (raises(httpx.RemoteProtocolError, "peer closed connection"), OfflineError, lambda e: e.sent),
        (
            lambda r: problem(404, "not-found", "No such thing"),
            ProblemError,
            lambda e: (e.status, e.slug, e.title) == (404, "not-found", "No such thing"),
        ),
        (lambda r: problem(500, "internal"), ProblemError, lambda e: e.slug == "internal"),
        (raw(500, b"Internal Server Error", "text/plain"), ServerError, lambda e: e.status == 500),
        (raw(502, b"", ""), ServerError, lambda e: e.status == 502),
        (html(404), ProblemError, lambda e: e.slug == "http-404"),
        (raw(503, b"{}", "application/json"), ServerError, lambda e: e.retry_after is None),
        (html(200), BadResponseError, lambda e: "text/html" in str(e)),
        (raw(200, b'{"name": "fake", "vers'), BadResponseError, lambda e: "cut short" in str(e)),
        (raw(200, b"\xff\xfe\x00garbage"), BadResponseError, lambda e: True),
        (raw(200, b""), BadResponseError, lambda e: True),
        (json_reply([1, 2]), BadResponseError, lambda e: True),
        (
            json_reply({"name": 1, "version": "1", "epoch": "e", "demo": True, "now": ""}),
            BadResponseError,
            lambda e: "name" in str(e),
        ),
        (
            json_reply({"name": "x", "version": "1", "epoch": "e", "demo": "yes", "now": ""}),
            BadResponseError,
            lambda e: True,
        ),
    ],
)
def test_error_mapping(
    server: FakeServer, client: ApiClient, reply: Any, error: type[Exception], check: Any
) -> None:
    server.fail("/v1/info", reply)
    with pytest.raises(error) as info:
        client.info()
    assert check(info.value), info.value


def test_retry_after(server: FakeServer, client: ApiClient) -> None:
    server.fail("/v1/info", lambda r: problem(429, "too-many-requests", headers={"retry-after": "7"}))
    server.fail(
        "/v1/info", lambda r: httpx.Response(503, headers={"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})
    )
    with pytest.raises(ProblemError) as info:
        client.info()
    assert info.value.retry_after == 7.0
    with pytest.raises(ServerError) as info2:
        client.info()
    assert info2.value.retry_after == 0.0  # a date in the past


GOOD_CHANGE = {"entity": "service", "id": "ps-1", "op": "put", "row": {"id": "ps-1"}, "version": 1}
BAD_PAGES: list[Any] = [
    {"changes": {}, "cursor": "c", "has_more": False},
    {"changes": [GOOD_CHANGE], "cursor": 5, "has_more": False},
    {"changes": [GOOD_CHANGE], "cursor": "", "has_more": False},
    {"changes": [GOOD_CHANGE], "cursor": "c", "has_more": "false"},
    {"changes": [GOOD_CHANGE], "cursor": "c"},
    {"changes": ["x"], "cursor": "c", "has_more": False},
    {"changes": [{**GOOD_CHANGE, "entity": None}], "cursor": "c", "has_more": False},
    {"changes": [{**GOOD_CHANGE, "id": 7}], "cursor": "c", "has_more": False},
    {"changes": [{**GOOD_CHANGE, "op": "upsert"}], "cursor": "c", "has_more": False},
    {"changes": [{**GOOD_CHANGE, "row": None}], "cursor": "c", "has_more": False},
    {"changes": [{**GOOD_CHANGE, "op": "delete"}], "cursor": "c", "has_more": False},
    {"changes": [{**GOOD_CHANGE, "version": "1"}], "cursor": "c", "has_more": False},
    {"changes": [{**GOOD_CHANGE, "version": True}], "cursor": "c", "has_more": False},
    {"changes": [], "cursor": "c", "has_more": False, "acked_ops": [1]},
    None,
    "changes",
]


def test_acked_ops_are_read_and_may_be_absent(server: FakeServer, client: ApiClient) -> None:
    server.fail("/v1/changes", json_reply({"changes": [GOOD_CHANGE], "cursor": "c", "has_more": False}))
    assert client.changes(None).acked_ops == []  # an older server says nothing about ops
    server.fail(
        "/v1/changes",
        json_reply({"changes": [], "cursor": "c", "has_more": False, "acked_ops": ["op-1", "op-2"]}),
    )
    assert client.changes(None).acked_ops == ["op-1", "op-2"]


@pytest.mark.parametrize("body", BAD_PAGES)
def test_changes_shape_is_checked(server: FakeServer, client: ApiClient, body: Any) -> None:
    server.fail("/v1/changes", json_reply(body))
    with pytest.raises(BadResponseError):
        client.changes(None)


BAD_GRANTS: list[Any] = [
    {"access_token": "", "refresh_token": "r", "expires_in": 1, "user": {"id": "u", "username": "d"}},
    {"access_token": "a", "refresh_token": None, "expires_in": 1, "user": {"id": "u", "username": "d"}},
    {"access_token": "a", "refresh_token": "r", "expires_in": "900", "user": {"id": "u", "username": "d"}},
    {"access_token": "a", "refresh_token": "r", "expires_in": -1, "user": {"id": "u", "username": "d"}},
    {"access_token": "a", "refresh_token": "r", "expires_in": 1, "user": None},
    {"access_token": "a", "refresh_token": "r", "expires_in": 1, "user": {"id": 1, "username": "d"}},
    {
        "access_token": "a",
        "refresh_token": "r",
        "expires_in": 1,
        "user": {"id": "u", "username": "d", "display_name": [1]},
    },
    {
        "access_token": "a",
        "refresh_token": "r",
        "expires_in": 1,
        "token_type": "MAC",
        "user": {"id": "u", "username": "d"},
    },
]


@pytest.mark.parametrize("body", BAD_GRANTS)
def test_token_answers_are_checked(server: FakeServer, client: ApiClient, body: Any) -> None:
    server.fail("/v1/auth/login", json_reply(body))
    with pytest.raises(BadResponseError):
        client.login("demo", PASSWORD)


def test_wrong_password_is_a_problem(client: ApiClient) -> None:
    with pytest.raises(ProblemError) as info:
        client.login("demo", "wrong")
    assert (info.value.status, info.value.slug) == (401, "invalid-credentials")


def test_logout_accepts_204(server: FakeServer, client: ApiClient) -> None:
    grant = client.login("demo", PASSWORD)
    client.logout(grant.refresh_token)
    with pytest.raises(ProblemError):
        client.refresh(grant.refresh_token)


# -- TLS and addresses ------------------------------------------------------------------------------


@pytest.fixture
def client_kwargs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    real = httpx.Client

    def spy(**kwargs: Any) -> httpx.Client:
        seen.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(api_module.httpx, "Client", spy)
    return seen


@pytest.mark.parametrize(
    ("url", "verify"),
    [
        ("https://account.gov.mo", True),
        ("https://127.0.0.1:8443", False),
        ("https://localhost:8443/", False),
        ("https://[::1]:8443", False),
        ("https://127.0.0.1.evil.example", True),
        ("http://127.0.0.1:8000", True),
    ],
)
def test_tls_is_verified_except_on_loopback(
    client_kwargs: list[dict[str, Any]], url: str, verify: bool
) -> None:
    ApiClient(url).close()
    assert client_kwargs[-1]["verify"] is verify


def test_timeouts(client_kwargs: list[dict[str, Any]]) -> None:
    ApiClient(URL).close()
    timeout = client_kwargs[-1]["timeout"]
    assert timeout.connect == 10.0 and timeout.read == 30.0


@pytest.mark.parametrize("url", ["http://account.gov.mo", "ftp://127.0.0.1", "not a url", "https://"])
def test_unsafe_or_bad_addresses_are_refused(url: str) -> None:
    with pytest.raises(ValueError):
        ApiClient(url)


def test_plain_http_can_be_allowed_explicitly() -> None:
    ApiClient("http://10.0.0.5:8000", allow_plain_http=True).close()


# -- secrets never logged ---------------------------------------------------------------------------


def test_tokens_and_passwords_never_reach_the_logs(
    server: FakeServer, client: ApiClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    grant = client.login("demo", PASSWORD)
    client.token_provider = lambda: grant.access_token
    client.me()
    again = client.refresh(grant.refresh_token)
    with pytest.raises(ProblemError) as reused:
        client.refresh(grant.refresh_token)
    server.fail("/v1/changes", raises(httpx.ReadTimeout))
    with pytest.raises(OfflineError) as offline:
        client.changes(None)
    client.logout(again.refresh_token)
    secrets = [PASSWORD, grant.access_token, grant.refresh_token, again.access_token, again.refresh_token]
    texts = [caplog.text, repr(grant), str(grant), str(reused.value), str(offline.value), repr(offline.value)]
    assert caplog.records  # the client did log something
    for secret in secrets:
        for text in texts:
            assert secret not in text
    assert isinstance(grant, TokenGrant) and "access_token" not in repr(grant)


def test_problem_body_is_kept(server: FakeServer, client: ApiClient) -> None:
    body = {
        "type": "https://x/problems/validation-error",
        "title": "Bad",
        "status": 422,
        "errors": [{"field": "x"}],
    }
    server.fail("/v1/info", raw(422, json.dumps(body).encode(), "application/problem+json"))
    with pytest.raises(ProblemError) as info:
        client.info()
    assert info.value.slug == "validation-error" and info.value.body["errors"] == [{"field": "x"}]
