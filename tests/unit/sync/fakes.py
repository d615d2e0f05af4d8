"""An in-process fake of the One Account API for ``httpx.MockTransport``: auth with rotating refresh
tokens, a change log with cursors and epochs, and switches to answer badly."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

PASSWORD = "s3cret-pässword"
Reply = Callable[[httpx.Request], httpx.Response]


def problem(status: int, slug: str, title: str = "", headers: dict[str, str] | None = None) -> httpx.Response:
    body = {"type": f"/problems/{slug}", "title": title or slug, "status": status, "detail": f"{slug} detail"}
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"content-type": "application/problem+json", **(headers or {})},
    )


def loc(text: str) -> dict[str, str]:
    return {"zh": text, "pt": text, "en": text}


def service_row(service_id: str, **over: Any) -> dict[str, Any]:
    row = {
        "id": service_id,
        "department_id": "DSI",
        "category": "identity",
        "title": loc(f"服務 {service_id}"),
        "summary": loc("摘要"),
        "popularity": 1,
        "high_frequency": False,
    }
    row.update(over)
    return row


@dataclass
class _Row:
    seq: int
    entity: str
    id: str
    row: dict[str, Any] | None
    version: int


@dataclass
class FakeServer:
    epoch: str = "e1"
    access_ttl: int = 900
    rows: dict[tuple[str, str], _Row] = field(default_factory=dict)
    seq: int = 0
    #: path prefix → list of replies used once each, before the real handling.
    faults: dict[str, list[Reply]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    #: called with each request before it is answered (tests assert things there).
    on_request: Callable[[httpx.Request], None] | None = None
    refresh_calls: int = 0
    _counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _access: set[str] = field(default_factory=set)
    _refresh: dict[str, str] = field(default_factory=dict)  # live refresh token -> family
    _used_refresh: dict[str, str] = field(default_factory=dict)
    _revoked_families: set[str] = field(default_factory=set)

    # -- data ---------------------------------------------------------------------------------------

    def put(self, entity: str, row: dict[str, Any]) -> None:
        self.seq += 1
        old = self.rows.get((entity, row["id"]))
        self.rows[(entity, row["id"])] = _Row(
            self.seq, entity, row["id"], row, (old.version + 1) if old else 1
        )

    def delete(self, entity: str, row_id: str) -> None:
        self.seq += 1
        old = self.rows.get((entity, row_id))
        self.rows[(entity, row_id)] = _Row(self.seq, entity, row_id, None, (old.version + 1) if old else 1)

    def reset_epoch(self) -> None:
        """A new change log: old cursors answer 410; tombstones are dropped."""
        self.epoch = f"e{int(self.epoch[1:]) + 1}"
        self.rows = {k: r for k, r in self.rows.items() if r.row is not None}

    def live(self, entity: str) -> set[str]:
        return {r.id for r in self.rows.values() if r.entity == entity and r.row is not None}

    def fail(self, path: str, *replies: Reply) -> None:
        self.faults.setdefault(path, []).extend(replies)

    # -- tokens -------------------------------------------------------------------------------------

    def expire_access_tokens(self) -> None:
        self._access.clear()

    def _grant(self, family: str) -> dict[str, Any]:
        n = next(self._counter)
        access, refresh = f"acc-{family}-{n}-XYZ", f"ref-{family}-{n}-XYZ"
        self._access.add(access)
        self._refresh[refresh] = family
        return {
            "access_token": access,
            "refresh_token": refresh,
            "token_type": "Bearer",
            "expires_in": self.access_ttl,
            "user": self._user(),
        }

    @staticmethod
    def _user() -> dict[str, Any]:
        return {"id": "u-1", "username": "demo", "display_name": {"zh": "陳大文", "pt": "Chan", "en": "Chan"}}

    # -- HTTP ---------------------------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.on_request is not None:
            self.on_request(request)
        path = request.url.path
        for prefix, replies in self.faults.items():
            if path.startswith(prefix) and replies:
                return replies.pop(0)(request)
        body = json.loads(request.content) if request.content else {}
        if path == "/v1/info":
            return httpx.Response(
                200,
                json={
                    "name": "fake",
                    "version": "1",
                    "epoch": self.epoch,
                    "demo": True,
                    "now": "2026-11-27T18:30:00+08:00",
                },
            )
        if path == "/v1/auth/login":
            if body.get("username") == "demo" and body.get("password") == PASSWORD:
                return httpx.Response(200, json=self._grant(f"f{next(self._counter)}"))
            return problem(401, "invalid-credentials")
        if path == "/v1/auth/refresh":
            self.refresh_calls += 1
            token = str(body.get("refresh_token"))
            family = self._refresh.pop(token, None)
            if family is None or family in self._revoked_families:
                if token in self._used_refresh:  # reuse: theft detection revokes the family
                    self._revoked_families.add(self._used_refresh[token])
                return problem(401, "invalid-refresh-token")
            self._used_refresh[token] = family
            return httpx.Response(200, json=self._grant(family))
        if path == "/v1/auth/logout":
            family = self._refresh.pop(str(body.get("refresh_token")), None)
            if family:
                self._revoked_families.add(family)
            return httpx.Response(204)
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self._access:
            return problem(401, "unauthorized")
        if path == "/v1/me":
            return httpx.Response(200, json=self._user())
        if path == "/v1/changes":
            return self._changes(request)
        return problem(404, "not-found")

    def _changes(self, request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor") or ""
        limit = int(request.url.params.get("limit", "500"))
        after = 0
        if cursor:
            epoch, _, seq = cursor.partition(":")
            if epoch != self.epoch:
                return problem(410, "cursor-expired")
            after = int(seq)
        pending = sorted((r for r in self.rows.values() if r.seq > after), key=lambda r: r.seq)
        if not cursor:
            pending = [r for r in pending if r.row is not None]  # a fresh pull needs no tombstones
        page = pending[:limit]
        last = page[-1].seq if page else max(after, self.seq)
        changes = [
            {
                "entity": r.entity,
                "id": r.id,
                "op": "put" if r.row is not None else "delete",
                "row": r.row,
                "version": r.version,
            }
            for r in page
        ]
        return httpx.Response(
            200, json={"changes": changes, "cursor": f"{self.epoch}:{last}", "has_more": len(pending) > limit}
        )


def html(status: int = 200) -> Reply:
    return lambda request: httpx.Response(
        status, content=b"<html><body>Proxy says hi</body></html>", headers={"content-type": "text/html"}
    )


def raw(status: int, content: bytes, content_type: str = "application/json") -> Reply:
    return lambda request: httpx.Response(status, content=content, headers={"content-type": content_type})


def json_reply(body: Any, status: int = 200) -> Reply:
    return lambda request: httpx.Response(status, json=body)


def raises(exc: type[httpx.TransportError], message: str = "boom") -> Reply:
    def reply(request: httpx.Request) -> httpx.Response:
        raise exc(message, request=request)

    return reply
