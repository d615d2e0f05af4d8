"""Residents, passwords and tokens.

Tokens are random secrets handed to the client once; the database keeps only their SHA-256, so a
copy of the database signs nobody in. Refresh tokens rotate: each refresh spends the old token and
issues a new one in the same *family*. Spending a token twice means it was copied, so the whole
family (every refresh and access token descended from that sign-in) is revoked.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from server.db import Database

# scrypt cost: n=2**14, r=8 is the common interactive setting (about 16 MiB, tens of ms).
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
        digest = hashlib.scrypt(
            password.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except ValueError:
        return False
    return hmac.compare_digest(digest, expected)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class User:
    id: str
    username: str
    display_name: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "username": self.username, "display_name": dict(self.display_name)}


@dataclass(frozen=True, slots=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int
    user: User


class AuthError(Exception):
    """Authentication refused; ``slug`` is the problem type the API answers with."""

    def __init__(self, slug: str, detail: str) -> None:
        super().__init__(detail)
        self.slug = slug
        self.detail = detail


class AuthService:
    def __init__(
        self, db: Database, *, access_ttl: int, refresh_ttl: int, clock: Callable[[], float]
    ) -> None:
        self._db = db
        self.access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl
        self._clock = clock
        # Compared against when the username is unknown, so a wrong username costs as much time
        # as a wrong password and does not reveal which usernames exist.
        self._dummy_hash = hash_password(secrets.token_hex(8))

    # -- users ------------------------------------------------------------------------------------

    def create_user(
        self, username: str, password: str, display_name: dict[str, str], *, user_id: str | None = None
    ) -> User:
        user = User(user_id or f"usr-{secrets.token_hex(6)}", username, dict(display_name))
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO users (id, username, password_hash, display_name_json, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    user.id,
                    username,
                    hash_password(password),
                    json.dumps(user.display_name, ensure_ascii=False),
                    self._clock(),
                ),
            )
        return user

    def user_by_username(self, username: str) -> User | None:
        with self._db.snapshot() as conn:
            row = conn.execute(
                "SELECT id, username, display_name_json FROM users WHERE username = ?", (username,)
            ).fetchone()
        return None if row is None else User(row[0], row[1], json.loads(row[2]))

    def user_by_id(self, user_id: str) -> User | None:
        with self._db.snapshot() as conn:
            return _load_user(conn, user_id)

    # -- sign-in ----------------------------------------------------------------------------------

    def login(self, username: str, password: str) -> TokenPair:
        with self._db.snapshot() as conn:
            row = conn.execute(
                "SELECT id, password_hash FROM users WHERE username = ?", (username,)
            ).fetchone()
        # Hashing runs outside the lock: it is the slow part and touches no shared state.
        ok = verify_password(password, row[1] if row else self._dummy_hash)
        if row is None or not ok:
            raise AuthError("invalid-credentials", "Wrong username or password")
        with self._db.transaction() as conn:
            now = self._clock()
            conn.execute("DELETE FROM access_tokens WHERE expires_at < ?", (now,))
            return self._issue(conn, row[0], secrets.token_hex(12), now)

    def refresh(self, refresh_token: str) -> TokenPair:
        token_hash = _token_hash(refresh_token)
        with self._db.transaction() as conn:
            now = self._clock()
            row = conn.execute(
                "SELECT family, user_id, expires_at, rotated_at, revoked FROM refresh_tokens"
                " WHERE token_hash = ?",
                (token_hash,),
            ).fetchone()
            if row is None:
                raise AuthError("invalid-refresh-token", "Unknown refresh token")
            family, user_id, expires_at, rotated_at, revoked = row
            if revoked:
                raise AuthError("invalid-refresh-token", "The refresh token was revoked")
            if rotated_at is None:
                if expires_at <= now:
                    raise AuthError("invalid-refresh-token", "The refresh token has expired")
                conn.execute(
                    "UPDATE refresh_tokens SET rotated_at = ? WHERE token_hash = ?", (now, token_hash)
                )
                return self._issue(conn, user_id, family, now)
            # The token was already spent: someone holds a copy. Revoke the whole family; the
            # revocation must outlive the refusal, so it commits before the error is raised.
            _revoke_family(conn, family)
        raise AuthError("invalid-refresh-token", "The refresh token was already used; the sign-in is revoked")

    def logout(self, refresh_token: str | None, access_token: str | None = None) -> None:
        """Revoke the family of either token; unknown tokens are ignored so logout can be retried."""
        with self._db.transaction() as conn:
            for table, token in (("refresh_tokens", refresh_token), ("access_tokens", access_token)):
                if not token:
                    continue
                row = conn.execute(
                    f"SELECT family FROM {table} WHERE token_hash = ?", (_token_hash(token),)
                ).fetchone()
                if row is not None:
                    _revoke_family(conn, row[0])

    def authenticate(self, access_token: str) -> User:
        """The user an access token belongs to; raises :class:`AuthError` ``unauthorized``."""
        with self._db.snapshot() as conn:
            row = conn.execute(
                "SELECT user_id, expires_at FROM access_tokens WHERE token_hash = ?",
                (_token_hash(access_token),),
            ).fetchone()
            if row is None:
                raise AuthError("unauthorized", "Unknown or revoked access token")
            if row[1] <= self._clock():
                raise AuthError("unauthorized", "The access token has expired")
            user = _load_user(conn, row[0])
        if user is None:
            raise AuthError("unauthorized", "The token's user no longer exists")
        return user

    def _issue(self, conn: sqlite3.Connection, user_id: str, family: str, now: float) -> TokenPair:
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        conn.execute(
            "INSERT INTO access_tokens (token_hash, family, user_id, expires_at) VALUES (?, ?, ?, ?)",
            (_token_hash(access), family, user_id, now + self.access_ttl),
        )
        conn.execute(
            "INSERT INTO refresh_tokens (token_hash, family, user_id, issued_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (_token_hash(refresh), family, user_id, now, now + self.refresh_ttl),
        )
        user = _load_user(conn, user_id)
        assert user is not None  # the foreign keys above guarantee it
        return TokenPair(access, refresh, self.access_ttl, user)


def _load_user(conn: sqlite3.Connection, user_id: str) -> User | None:
    row = conn.execute(
        "SELECT id, username, display_name_json FROM users WHERE id = ?", (user_id,)
    ).fetchone()
    return None if row is None else User(row[0], row[1], json.loads(row[2]))


def _revoke_family(conn: sqlite3.Connection, family: str) -> None:
    conn.execute("UPDATE refresh_tokens SET revoked = 1 WHERE family = ?", (family,))
    conn.execute("DELETE FROM access_tokens WHERE family = ?", (family,))
