"""An in-process fake of the One Account API for ``httpx.MockTransport``: auth with rotating refresh
tokens, a change log with cursors and epochs, operations with idempotency keys (docs/OPS-CONTRACT-DRAFT.md),
and switches to answer badly."""

from __future__ import annotations

import hashlib
import itertools
import json
import threading
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
class _Op:
    op_id: str
    kind: str
    stream: str
    fingerprint: str
    state: str = "processing"
    status: int = 0
    receipt: dict[str, Any] | None = None
    problem: dict[str, Any] | None = None
    commit_seq: int = 0
    payload: dict[str, Any] = field(default_factory=dict)

    def status_body(self) -> dict[str, Any]:
        return {"op_id": self.op_id, "kind": self.kind, "stream": self.stream, "state": self.state,
                "receipt": self.receipt, "problem": self.problem, "sub_status": [],
                "commit_seq": self.commit_seq}

    def first_answer(self, headers: dict[str, str] | None = None) -> httpx.Response:
        if self.state == "rejected" and self.status != 202:
            return httpx.Response(self.status, json=self.problem, headers={
                "content-type": "application/problem+json", **(headers or {})})
        if self.state in ("accepted_async", "processing"):
            return httpx.Response(202, json={"op_id": self.op_id, "state": "accepted_async", "receipt": None,
                                             "commit_seq": self.commit_seq},
                                  headers={"location": f"/v1/ops/{self.op_id}", **(headers or {})})
        body = {"op_id": self.op_id, "state": self.state, "receipt": self.receipt,
                "commit_seq": self.commit_seq}
        if self.state == "rejected":  # an async op that ended refused
            body["problem"] = self.problem
        return httpx.Response(201, json=body, headers=headers)

    def replay(self) -> httpx.Response:
        first = self.first_answer({"idempotent-replayed": "true"})
        if first.status_code in (201, 202) and self.state not in ("accepted_async", "processing"):
            return httpx.Response(200, content=first.content, headers=first.headers)
        return first


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
    #: Operations: op id → record; fines the ops pay; effects applied (one per charge).
    ops: dict[str, _Op] = field(default_factory=dict)
    fines: dict[str, dict[str, Any]] = field(default_factory=dict)
    effects: list[tuple[str, str]] = field(default_factory=list)
    #: Payment methods the provider confirms later (202), and op ids "being processed right now".
    async_methods: set[str] = field(default_factory=set)
    busy: dict[str, str] = field(default_factory=dict)  # op id → Retry-After value
    #: Called with each ops request inside the lock (tests block or count there).
    on_op: Callable[[httpx.Request], None] | None = None
    _ops_lock: threading.RLock = field(default_factory=threading.RLock)

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
        if path.startswith("/v1/ops/"):
            with self._ops_lock:
                if self.on_op is not None:
                    self.on_op(request)
                return self._op(request, path.rsplit("/", 1)[-1])
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
        acked = sorted((o for o in self.ops.values() if o.commit_seq and after < o.commit_seq <= last),
                       key=lambda o: o.commit_seq)
        return httpx.Response(
            200,
            json={"changes": changes, "cursor": f"{self.epoch}:{last}", "has_more": len(pending) > limit,
                  "acked_ops": [o.op_id for o in acked]},
        )

    # -- operations -----------------------------------------------------------------------------------

    def fine(self, fine_id: str, amount: str = "600.00", status: str = "unpaid") -> None:
        self.fines[fine_id] = {"id": fine_id, "amount": amount, "status": status, "receipt_no": None}
        self.put("fine", dict(self.fines[fine_id]))

    def _op(self, request: httpx.Request, op_id: str) -> httpx.Response:
        if request.method == "GET":
            op = self.ops.get(op_id)
            if op is None:
                return problem(404, "op-not-found")
            return httpx.Response(200, json=op.status_body())
        key = request.headers.get("idempotency-key")
        if key is None:
            return problem(400, "idempotency-key-missing")
        if key != op_id:
            return problem(400, "idempotency-key-mismatch")
        if len(request.content) > 64 * 1024:
            return problem(413, "payload-too-large")
        body = json.loads(request.content)
        fingerprint = hashlib.sha256(
            json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        ).hexdigest()
        if op_id in self.busy:
            return problem(409, "idempotency-in-flight", headers={"retry-after": self.busy[op_id]})
        op = self.ops.get(op_id)
        if op is not None:
            if op.fingerprint != fingerprint:
                return problem(422, "idempotency-key-reused")
            return op.replay()
        op = _Op(op_id, body.get("kind", ""), body.get("stream", ""), fingerprint)
        self.ops[op_id] = op
        self._run(op, body.get("payload") or {})
        return op.first_answer()

    def _run(self, op: _Op, payload: dict[str, Any]) -> None:
        if op.kind == "pay_fine":
            fine = self.fines.get(str(payload.get("fine_id")))
            if fine is None:
                return self._refuse(op, 422, "fine-not-found")
            if fine["status"] != "unpaid":
                return self._refuse(op, 409, "fine-already-paid")
            if payload.get("amount") != fine["amount"]:
                return self._refuse(op, 422, "amount-mismatch")
            if payload.get("method") in self.async_methods:
                fine["status"] = "pending"
                self.put("fine", dict(fine))
                op.state, op.status = "accepted_async", 202
                op.payload = payload
                return None
            return self._pay(op, fine, payload)
        if op.kind == "note":
            self.seq += 1
            op.state, op.status, op.receipt, op.commit_seq = "succeeded", 201, {"noted": True}, self.seq
            self.effects.append((op.op_id, "note"))
            return None
        return self._refuse(op, 422, "unknown-kind")

    def _pay(self, op: _Op, fine: dict[str, Any], payload: dict[str, Any]) -> None:
        receipt_no = f"R-{len(self.effects) + 1:04d}"
        fine.update(status="paid", receipt_no=receipt_no)
        self.put("fine", dict(fine))
        self.effects.append((op.op_id, fine["id"]))
        op.receipt = {"receipt_no": receipt_no, "fine_id": fine["id"], "amount": payload.get("amount")}
        op.state, op.commit_seq = "succeeded", self.seq
        if op.status != 202:
            op.status = 201

    def _refuse(self, op: _Op, status: int, slug: str) -> None:
        self.seq += 1
        op.state, op.status, op.commit_seq = "rejected", status, self.seq
        op.problem = {"type": f"/problems/{slug}", "title": slug, "status": status, "op_id": op.op_id}

    def finish(self, op_id: str, *, declined: bool = False) -> None:
        """The payment provider confirms (or declines) an accepted op."""
        with self._ops_lock:
            op = self.ops[op_id]
            fine = self.fines[str(op.payload.get("fine_id"))]
            if declined:
                fine["status"] = "unpaid"
                self.put("fine", dict(fine))
                op.state, op.commit_seq = "rejected", self.seq
                op.problem = {"type": "/problems/payment-declined", "title": "declined", "status": 409}
            else:
                self._pay(op, fine, op.payload)

    def apply_then(self, reply: Reply) -> Reply:
        """A fault that lets the op run and commit, then answers with ``reply`` (drop, bare 500…)."""

        def run(request: httpx.Request) -> httpx.Response:
            with self._ops_lock:
                self._op(request, request.url.path.rsplit("/", 1)[-1])
            return reply(request)

        return run


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
