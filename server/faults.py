"""Fault switches: make chosen requests answer badly so tests can check the client copes.

A :class:`FaultRegistry` holds the active faults; :class:`FaultMiddleware` (outermost ASGI layer, so
it sees the final bytes) applies the first one whose path prefix and method match a request. Each
kind is a small async function in :data:`BEHAVIOURS`; a new kind is one more entry there (and in
:data:`FAULT_KINDS`). A fault may apply a number of ``times`` and, with ``probability`` and ``seed``,
at random but reproducibly.

The answer-mangling and "after commit" kinds let the request run normally and alter only what goes
back, as a broken proxy or a crashing server would: whatever the request changed stays changed.
``drop_after_commit`` needs the connection's transport, which ASGI does not expose: the app keeps the
server's own ``send`` in the scope (:data:`RAW_SEND_KEY`), and with uvicorn that is a bound method of
the connection's request cycle, whose ``transport`` can be aborted.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import os
import random
import sys
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Requests under this prefix are never faulted, so a test can always switch faults off again.
EXEMPT_PREFIX = "/v1/_test"

FAULT_KINDS: tuple[str, ...] = (
    "html",
    "truncated_json",
    "wrong_types",
    "delay",
    "drop_after_commit",
    "error_after_commit",
    "exit_after_commit",
    "rate_limit",
)
#: Scope key of the server's own ``send`` callable (set by the app before any middleware wraps it).
RAW_SEND_KEY = "oneaccount.server_send"
#: Exit status of ``exit_after_commit``.
EXIT_STATUS = 3


@dataclass(slots=True)
class Fault:
    id: int
    kind: str
    #: Path prefix the fault applies to ("/v1/changes", "/v1/" for everything).
    path: str
    #: HTTP method it applies to; None for any.
    method: str | None = None
    #: Delay in seconds (kind "delay"); Retry-After, rounded up (kind "rate_limit").
    seconds: float = 0.0
    #: Status of the substituted answer (kind "html"); None keeps 200.
    status: int | None = None
    #: How many more requests it applies to; None until cleared.
    times: int | None = None
    #: Kind "delay": wait "before" the request runs or "after" it (after its commit, before answering).
    when: str = "before"
    #: Chance that a matching request is faulted; ``seed`` makes the draws reproducible.
    probability: float = 1.0
    seed: int | None = None
    _rng: random.Random = field(default_factory=random.Random, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def matches(self, method: str, path: str) -> bool:
        return path.startswith(self.path) and (self.method is None or self.method == method)

    def draw(self) -> bool:
        """Whether this matching request is faulted (always, at probability 1)."""
        return self.probability >= 1.0 or self._rng.random() < self.probability

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "path": self.path,
            "method": self.method,
            "seconds": self.seconds,
            "status": self.status,
            "times": self.times,
            "when": self.when,
            "probability": self.probability,
            "seed": self.seed,
        }


class FaultRegistry:
    """The active faults; safe to use from request threads and the event loop alike."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)

    def add(
        self,
        kind: str,
        path: str,
        *,
        method: str | None = None,
        seconds: float = 0.0,
        status: int | None = None,
        times: int | None = None,
        when: str = "before",
        probability: float = 1.0,
        seed: int | None = None,
    ) -> Fault:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}")
        if when not in ("before", "after"):
            raise ValueError(f"when must be 'before' or 'after', not {when!r}")
        with self._lock:
            method = method.upper() if method else None
            fault = Fault(
                next(self._ids), kind, path, method, seconds, status, times, when, probability, seed
            )
            self._faults.append(fault)
            return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def active(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def __bool__(self) -> bool:
        return bool(self._faults)

    def take(self, method: str, path: str) -> Fault | None:
        """The fault for this request, if any, counting one use of it."""
        if path.startswith(EXEMPT_PREFIX):
            return None
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path) and fault.draw():
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self._faults.remove(fault)
                    return fault
        return None


# -- behaviours -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Captured:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


async def _run_captured(app: ASGIApp, scope: Scope, receive: Receive) -> _Captured:
    captured = _Captured(500, [], b"")
    chunks: list[bytes] = []

    async def keep(message: Message) -> None:
        if message["type"] == "http.response.start":
            captured.status = message["status"]
            captured.headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, keep)
    captured.body = b"".join(chunks)
    return captured


async def _send(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    kept = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    kept.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": kept})
    await send({"type": "http.response.body", "body": body})


async def _delay(fault: Fault, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
    if fault.when == "after":
        answer = await _run_captured(app, scope, receive)
        await asyncio.sleep(fault.seconds)
        await _send(send, answer.status, answer.headers, answer.body)
        return
    await asyncio.sleep(fault.seconds)
    await app(scope, receive, send)


class ConnectionDropped(RuntimeError):
    """Raised by ``drop_after_commit`` where there is no transport to cut (an in-process test client)."""


async def _drop_after_commit(fault: Fault, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
    await _run_captured(app, scope, receive)
    cycle = getattr(scope.get(RAW_SEND_KEY), "__self__", None)
    transport = getattr(cycle, "transport", None)
    if not isinstance(transport, asyncio.WriteTransport):
        raise ConnectionDropped("drop_after_commit: the request ran and committed; no answer is sent")
    # abort(): no FIN handshake, no buffered bytes; the client sees a reset with no status line.
    transport.abort()
    # Let the server notice the lost connection before the app returns, so it does not try to
    # answer "500 (no response started)" on a closed transport.
    for _ in range(20):
        if getattr(cycle, "disconnected", True):
            break
        await asyncio.sleep(0)


async def _error_after_commit(fault: Fault, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
    await _run_captured(app, scope, receive)
    await _send(send, 500, [], b"")


async def _exit_after_commit(fault: Fault, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
    await _run_captured(app, scope, receive)
    print(f"exit_after_commit: {scope['method']} {scope['path']} committed; exiting", file=sys.stderr)
    sys.stderr.flush()
    os._exit(EXIT_STATUS)


async def _rate_limit(fault: Fault, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
    retry_after = str(math.ceil(fault.seconds))
    body = json.dumps(
        {"type": "/problems/rate-limited", "title": "Too many requests", "status": 429,
         "detail": f"Slow down; try again in {retry_after} s"}
    ).encode()  # fmt: skip
    headers = [(b"content-type", b"application/problem+json"), (b"retry-after", retry_after.encode())]
    await _send(send, 429, headers, body)


_HTML = (
    b'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Service unavailable</title></head>'
    b"<body><h1>Service temporarily unavailable</h1><p>Please try again later.</p></body></html>\n"
)


async def _html(fault: Fault, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
    await _run_captured(app, scope, receive)
    await _send(send, fault.status or 200, [(b"content-type", b"text/html; charset=utf-8")], _HTML)


async def _truncated_json(fault: Fault, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
    answer = await _run_captured(app, scope, receive)
    # Half the body, and at least one byte short, so the JSON can never parse.
    cut = answer.body[: max(0, min(len(answer.body) // 2, len(answer.body) - 1))]
    await _send(send, answer.status, answer.headers, cut)


def _wrong_type(value: Any) -> Any:
    """A value of another JSON type than ``value``."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list):
        return {"items": len(value)}
    if isinstance(value, dict):
        return [str(k) for k in value]
    return 0


async def _wrong_types(fault: Fault, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
    answer = await _run_captured(app, scope, receive)
    try:
        doc = json.loads(answer.body)
    except ValueError:
        doc = answer.body.decode("utf-8", "replace")
    if isinstance(doc, dict):
        mangled: Any = {k: _wrong_type(v) for k, v in doc.items()}
    elif isinstance(doc, list):
        mangled = [_wrong_type(v) for v in doc]
    else:
        mangled = _wrong_type(doc)
    body = json.dumps(mangled, ensure_ascii=False).encode()
    await _send(send, answer.status, answer.headers, body)


Behaviour = Callable[[Fault, ASGIApp, Scope, Receive, Send], Awaitable[None]]

BEHAVIOURS: dict[str, Behaviour] = {
    "html": _html,
    "truncated_json": _truncated_json,
    "wrong_types": _wrong_types,
    "delay": _delay,
    "drop_after_commit": _drop_after_commit,
    "error_after_commit": _error_after_commit,
    "exit_after_commit": _exit_after_commit,
    "rate_limit": _rate_limit,
}


class FaultMiddleware:
    """ASGI middleware applying the registry's faults; costs one truth test when none is set."""

    def __init__(self, app: ASGIApp, registry: FaultRegistry) -> None:
        self.app = app
        self.registry = registry

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.registry:
            await self.app(scope, receive, send)
            return
        fault = self.registry.take(scope["method"], scope["path"])
        if fault is None:
            await self.app(scope, receive, send)
            return
        await BEHAVIOURS[fault.kind](fault, self.app, scope, receive, send)
