"""AuthSession: sign-in, resume, rotation, one refresh on a stale token, sign-in required, threads."""

from __future__ import annotations

import threading

import httpx
import pytest

from desktop.sync.api import ApiClient
from desktop.sync.auth import AuthSession, MemoryTokenStore, SignInRequired
from desktop.sync.errors import OfflineError, ProblemError

from .fakes import PASSWORD, FakeServer, problem, raises


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def tokens() -> MemoryTokenStore:
    return MemoryTokenStore()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def session(server: FakeServer, tokens: MemoryTokenStore, clock: Clock) -> AuthSession:
    return AuthSession(ApiClient("http://127.0.0.1:1", transport=server.transport()), tokens, clock=clock)


def test_login_keeps_refresh_token_in_the_store_and_access_in_memory(
    session: AuthSession, tokens: MemoryTokenStore
) -> None:
    resident = session.login("demo", PASSWORD)
    assert resident.user_id == "u-1" and session.resident == resident
    saved = tokens.load()
    assert saved is not None and saved.startswith("ref-")
    assert session.access_token() is not None and session.access_token() != saved
    assert session.authorized(session.api.me).username == "demo"
    assert "ref-" not in repr(tokens)


def test_wrong_password_saves_nothing(session: AuthSession, tokens: MemoryTokenStore) -> None:
    with pytest.raises(ProblemError) as info:
        session.login("demo", "nope")
    assert info.value.slug == "invalid-credentials"
    assert tokens.load() is None and session.access_token() is None


def test_resume_rotates_the_stored_token(
    server: FakeServer, session: AuthSession, tokens: MemoryTokenStore
) -> None:
    session.login("demo", PASSWORD)
    first = tokens.load()
    fresh = AuthSession(ApiClient("http://127.0.0.1:1", transport=server.transport()), tokens)
    resident = fresh.resume()
    assert resident is not None and resident.username == "demo"
    assert tokens.load() not in (None, first)
    assert fresh.authorized(fresh.api.me).user_id == "u-1"


def test_resume_without_a_token(session: AuthSession, server: FakeServer) -> None:
    assert session.resume() is None
    assert server.requests == []


def test_resume_with_a_refused_token_clears_it(session: AuthSession, tokens: MemoryTokenStore) -> None:
    tokens.save("ref-unknown")
    assert session.resume() is None
    assert tokens.load() is None


def test_resume_offline_keeps_the_token(
    session: AuthSession, tokens: MemoryTokenStore, server: FakeServer
) -> None:
    session.login("demo", PASSWORD)
    saved = tokens.load()
    server.fail("/v1/auth/refresh", raises(httpx.ConnectError))
    with pytest.raises(OfflineError):
        session.resume()
    assert tokens.load() == saved


def test_a_stale_access_token_is_refreshed_once(
    session: AuthSession, server: FakeServer, tokens: MemoryTokenStore
) -> None:
    session.login("demo", PASSWORD)
    before = tokens.load()
    server.expire_access_tokens()
    assert session.authorized(session.api.me).user_id == "u-1"
    assert server.refresh_calls == 1
    assert tokens.load() != before  # rotated and saved


def test_an_expired_token_is_refreshed_before_the_call(
    session: AuthSession, server: FakeServer, clock: Clock
) -> None:
    session.login("demo", PASSWORD)
    clock.now += 10_000
    server.expire_access_tokens()
    session.authorized(session.api.me)
    me_calls = [r for r in server.requests if r.url.path == "/v1/me"]
    assert len(me_calls) == 1 and server.refresh_calls == 1


def test_refused_refresh_means_sign_in_required(
    session: AuthSession, server: FakeServer, tokens: MemoryTokenStore
) -> None:
    session.login("demo", PASSWORD)
    server.expire_access_tokens()
    server.fail("/v1/auth/refresh", lambda r: problem(401, "invalid-refresh-token"))
    with pytest.raises(SignInRequired):
        session.authorized(session.api.me)
    assert tokens.load() is None and session.access_token() is None and session.resident is None


def test_no_tokens_at_all_means_sign_in_required_without_a_request(
    session: AuthSession, server: FakeServer
) -> None:
    with pytest.raises(SignInRequired):
        session.authorized(session.api.me)
    assert server.requests == []


def test_a_second_401_is_not_retried_again(session: AuthSession, server: FakeServer) -> None:
    session.login("demo", PASSWORD)
    server.fail("/v1/me", lambda r: problem(401, "unauthorized"), lambda r: problem(401, "unauthorized"))
    with pytest.raises(ProblemError) as info:
        session.authorized(session.api.me)
    assert info.value.status == 401
    assert server.refresh_calls == 1
    assert len([r for r in server.requests if r.url.path == "/v1/me"]) == 2


def test_other_errors_pass_through(session: AuthSession, server: FakeServer) -> None:
    session.login("demo", PASSWORD)
    server.fail("/v1/me", lambda r: problem(410, "cursor-expired"))
    with pytest.raises(ProblemError) as info:
        session.authorized(session.api.me)
    assert info.value.slug == "cursor-expired" and server.refresh_calls == 0


def test_offline_refresh_keeps_the_token(
    session: AuthSession, server: FakeServer, tokens: MemoryTokenStore
) -> None:
    session.login("demo", PASSWORD)
    saved = tokens.load()
    server.expire_access_tokens()
    server.fail("/v1/auth/refresh", raises(httpx.ConnectError))
    with pytest.raises(OfflineError):
        session.authorized(session.api.me)
    assert tokens.load() == saved
    session.authorized(session.api.me)  # back online: works with the same stored token


def test_logout_revokes_and_forgets(
    session: AuthSession, server: FakeServer, tokens: MemoryTokenStore
) -> None:
    session.login("demo", PASSWORD)
    old = tokens.load()
    session.logout()
    assert tokens.load() is None and session.access_token() is None
    assert old is not None
    tokens.save(old)
    assert session.resume() is None  # the server revoked it


def test_logout_offline_still_signs_out_here(
    session: AuthSession, server: FakeServer, tokens: MemoryTokenStore
) -> None:
    session.login("demo", PASSWORD)
    server.fail("/v1/auth/logout", raises(httpx.ConnectError))
    with pytest.raises(OfflineError):
        session.logout()
    assert tokens.load() is None and session.access_token() is None


def test_threads_sharing_a_stale_token_refresh_once(session: AuthSession, server: FakeServer) -> None:
    session.login("demo", PASSWORD)
    server.expire_access_tokens()
    barrier = threading.Barrier(8)
    results: list[str] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            results.append(session.authorized(session.api.me).user_id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and results == ["u-1"] * 8
    # Rotation means a second refresh with the same token would revoke the family; it never happens.
    assert server.refresh_calls == 1


def test_login_while_another_thread_uses_the_session(session: AuthSession, server: FakeServer) -> None:
    session.login("demo", PASSWORD)
    server.expire_access_tokens()
    errors: list[BaseException] = []

    def sync_worker() -> None:
        try:
            for _ in range(20):
                session.authorized(session.api.me)
        except BaseException as exc:
            errors.append(exc)

    t = threading.Thread(target=sync_worker)
    t.start()
    for _ in range(5):
        session.login("demo", PASSWORD)
    t.join()
    assert errors == []
    assert session.authorized(session.api.me).user_id == "u-1"
