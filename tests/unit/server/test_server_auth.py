"""Sign-in, token rotation and reuse detection, sign-out, token lifetimes (server.auth, routes/auth)."""

from __future__ import annotations

import hashlib
import sqlite3

from fastapi.testclient import TestClient
from server_testkit import FakeClock, assert_problem, bearer, login

from server.auth import hash_password, verify_password
from server.services import Services

DAY = 24 * 3600


def test_login_returns_tokens_and_the_resident(client: TestClient) -> None:
    body = login(client, "demo")
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    assert body["access_token"] and body["refresh_token"] and body["access_token"] != body["refresh_token"]
    assert body["user"] == {
        "id": "usr-demo",
        "username": "demo",
        "display_name": {"zh": "陳大文", "pt": "Chan Tai Man", "en": "Chan Tai Man"},
    }


def test_wrong_password_and_unknown_user_are_the_same_401(client: TestClient) -> None:
    wrong = client.post("/v1/auth/login", json={"username": "demo", "password": "nope"})
    unknown = client.post("/v1/auth/login", json={"username": "nobody", "password": "demo"})
    assert (
        assert_problem(wrong, 401, "invalid-credentials")["detail"]
        == assert_problem(unknown, 401, "invalid-credentials")["detail"]
    )


def test_me_needs_a_valid_bearer_token(client: TestClient) -> None:
    token = login(client, "lee")["access_token"]
    me = client.get("/v1/me", headers=bearer(token))
    assert me.status_code == 200
    assert me.json()["username"] == "lee"
    missing = client.get("/v1/me")
    assert_problem(missing, 401, "unauthorized")
    assert missing.headers["www-authenticate"].startswith("Bearer")
    assert_problem(client.get("/v1/me", headers=bearer("forged")), 401, "unauthorized")
    assert_problem(client.get("/v1/me", headers={"Authorization": f"Basic {token}"}), 401, "unauthorized")


def test_refresh_rotates_the_refresh_token(client: TestClient) -> None:
    first = login(client)
    second = client.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert second.status_code == 200
    pair = second.json()
    assert pair["refresh_token"] != first["refresh_token"]
    assert pair["access_token"] != first["access_token"]
    assert pair["user"]["id"] == "usr-demo"
    assert client.get("/v1/me", headers=bearer(pair["access_token"])).status_code == 200
    third = client.post("/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert third.status_code == 200


def test_reusing_a_rotated_refresh_token_revokes_the_whole_family(client: TestClient) -> None:
    first = login(client)
    other_sign_in = login(client)
    second = client.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}).json()

    reuse = client.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert_problem(reuse, 401, "invalid-refresh-token")
    # Everything descended from that sign-in is dead now: the newest refresh token and its access token.
    assert_problem(
        client.post("/v1/auth/refresh", json={"refresh_token": second["refresh_token"]}),
        401,
        "invalid-refresh-token",
    )
    assert_problem(client.get("/v1/me", headers=bearer(second["access_token"])), 401, "unauthorized")
    # A separate sign-in of the same resident is another family and keeps working.
    assert client.get("/v1/me", headers=bearer(other_sign_in["access_token"])).status_code == 200


def test_unknown_refresh_token(client: TestClient) -> None:
    assert_problem(client.post("/v1/auth/refresh", json={"refresh_token": "x"}), 401, "invalid-refresh-token")


def test_logout_revokes_the_family(client: TestClient) -> None:
    tokens = login(client)
    response = client.post("/v1/auth/logout", json={"refresh_token": tokens["refresh_token"]})
    assert response.status_code == 204
    assert response.content == b""
    assert_problem(
        client.post("/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}),
        401,
        "invalid-refresh-token",
    )
    assert_problem(client.get("/v1/me", headers=bearer(tokens["access_token"])), 401, "unauthorized")


def test_logout_with_only_the_access_token_and_repeated_logout(client: TestClient) -> None:
    tokens = login(client)
    assert client.post("/v1/auth/logout", headers=bearer(tokens["access_token"])).status_code == 204
    assert_problem(
        client.post("/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}),
        401,
        "invalid-refresh-token",
    )
    # Signing out again, or with tokens the server never issued, is harmless (clients retry).
    assert client.post("/v1/auth/logout", json={"refresh_token": tokens["refresh_token"]}).status_code == 204
    assert client.post("/v1/auth/logout", json={"refresh_token": "never-issued"}).status_code == 204
    assert client.post("/v1/auth/logout").status_code == 204


def test_access_token_expires_after_its_ttl(make_server: object, clock: FakeClock) -> None:
    client, _ = make_server(access_ttl=60)  # type: ignore[operator]
    tokens = login(client)
    assert tokens["expires_in"] == 60
    clock.advance(59)
    assert client.get("/v1/me", headers=bearer(tokens["access_token"])).status_code == 200
    clock.advance(1)
    expired = client.get("/v1/me", headers=bearer(tokens["access_token"]))
    assert_problem(expired, 401, "unauthorized")
    assert "expired" in expired.json()["detail"]
    # The refresh token outlives it and brings a fresh access token.
    fresh = client.post("/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}).json()
    assert client.get("/v1/me", headers=bearer(fresh["access_token"])).status_code == 200


def test_refresh_token_expires_after_30_days(client: TestClient, clock: FakeClock) -> None:
    tokens = login(client)
    clock.advance(30 * DAY)
    assert_problem(
        client.post("/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}),
        401,
        "invalid-refresh-token",
    )


def test_tokens_and_passwords_are_stored_only_as_hashes(client: TestClient, services: Services) -> None:
    tokens = login(client)
    conn = sqlite3.connect(services.config.db_path)
    try:
        dump = "\n".join(conn.iterdump())
        refresh_hashes = {r[0] for r in conn.execute("SELECT token_hash FROM refresh_tokens")}
        access_hashes = {r[0] for r in conn.execute("SELECT token_hash FROM access_tokens")}
        password_hash = conn.execute("SELECT password_hash FROM users WHERE username = 'demo'").fetchone()[0]
    finally:
        conn.close()
    for secret in (tokens["access_token"], tokens["refresh_token"]):
        assert secret not in dump
    assert hashlib.sha256(tokens["refresh_token"].encode()).hexdigest() in refresh_hashes
    assert hashlib.sha256(tokens["access_token"].encode()).hexdigest() in access_hashes
    assert password_hash.startswith("scrypt$") and "demo" not in password_hash.split("$")


def test_password_hashing() -> None:
    stored = hash_password("correct horse")
    assert verify_password("correct horse", stored)
    assert not verify_password("correct horsE", stored)
    assert hash_password("same") != hash_password("same")  # salted
    assert not verify_password("x", "not-a-hash")
    assert not verify_password("x", "pbkdf2$1$2$3$c2FsdA==$aGFzaA==")


def test_login_body_is_validated(client: TestClient) -> None:
    assert_problem(client.post("/v1/auth/login", json={"username": "demo"}), 422, "validation-error")
    assert_problem(
        client.post("/v1/auth/login", json={"username": 1, "password": []}), 422, "validation-error"
    )
    response = client.post("/v1/auth/login", content=b"{", headers={"Content-Type": "application/json"})
    assert_problem(response, 400, "bad-request")


def test_passwords_are_hashed_at_the_interactive_scrypt_cost() -> None:
    # The other server tests lower the cost for speed (conftest); the server itself never does.
    assert hash_password("x").split("$")[1:4] == ["16384", "8", "1"]
