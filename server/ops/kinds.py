"""What an operation kind provides, the outcomes it returns, and the registry the engine uses.

A kind (``pay_fine``, later ``book_appointment``, ``register_address``…) is one :class:`OpKind`:

- :meth:`~OpKind.parse` checks the payload's shape (raise ``OpRefused(422, "invalid-payload")``);
- :meth:`~OpKind.prepare` does slow work outside the database transaction (asking the payment
  provider); the engine's in-memory claim on the key is held meanwhile, so a concurrent retry gets
  ``409 idempotency-in-flight`` instead of waiting for the lock;
- :meth:`~OpKind.apply` runs inside the transaction that also writes the idempotency record;
- :meth:`~OpKind.advance` runs a job that an :class:`Accepted` outcome scheduled (a payment the
  provider confirms later; one department after another of an address change).

Refusals: raising :class:`OpRefused` undoes what the kind wrote in this step; returning
:class:`Rejected` keeps it (a declined payment puts the fine back to "unpaid"). Either way the
refusal is the final answer for the key.
"""

from __future__ import annotations

import sqlite3
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from server.problems import TITLES
from server.store import Writer

P = TypeVar("P")


class OpRefused(Exception):
    """A business refusal (``fine-already-paid``…); ``extra`` members go into the problem body."""

    def __init__(self, status: int, slug: str, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.slug = slug
        self.detail = detail
        self.extra = extra

    def as_rejected(self) -> Rejected:
        return Rejected(self.status, self.slug, self.detail, dict(self.extra))


@dataclass(frozen=True, slots=True)
class Job:
    """Run :meth:`OpKind.advance` with ``data`` after ``after_s`` seconds."""

    after_s: float
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Succeeded:
    receipt: dict[str, Any]
    sub_status: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Accepted:
    """Not final yet: answered ``202``; ``job`` continues it (None: something else will)."""

    job: Job | None
    sub_status: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Rejected:
    status: int
    slug: str
    detail: str
    extra: dict[str, Any] = field(default_factory=dict)
    sub_status: list[dict[str, Any]] = field(default_factory=list)

    def problem(self, op_id: str) -> dict[str, Any]:
        title = TITLES.get(self.slug, self.slug.replace("-", " ").capitalize())
        return {
            "type": f"/problems/{self.slug}",
            "title": title,
            "status": self.status,
            "detail": self.detail,
            **self.extra,
            "op_id": op_id,
        }


Outcome = Succeeded | Accepted | Rejected


@dataclass(slots=True)
class OpContext:
    """What a kind may touch while its step runs inside the transaction."""

    writer: Writer
    user_id: str
    op_id: str
    kind: str
    now: float

    @property
    def conn(self) -> sqlite3.Connection:
        return self.writer.conn

    def record_effect(self, target: str, amount: str | None) -> None:
        """Note a business effect (a charge…) for ``GET /v1/_test/effects``."""
        self.conn.execute(
            "INSERT INTO effects (user_id, op_id, kind, target, amount, at) VALUES (?, ?, ?, ?, ?, ?)",
            (self.user_id, self.op_id, self.kind, target, amount, self.now),
        )


class OpKind(ABC, Generic[P]):
    """One kind of operation; see the module docstring for the life of one."""

    name: str

    @abstractmethod
    def parse(self, payload: dict[str, Any]) -> P: ...

    def prepare(self, parsed: P) -> Any:
        return None

    @abstractmethod
    def apply(self, ctx: OpContext, parsed: P, prepared: Any) -> Outcome: ...

    def advance(self, ctx: OpContext, job: dict[str, Any]) -> Outcome:
        raise NotImplementedError(f"{self.name} schedules no jobs")


class KindRegistry:
    def __init__(self) -> None:
        self._kinds: dict[str, OpKind[Any]] = {}

    def register(self, kind: OpKind[Any]) -> None:
        if kind.name in self._kinds:
            raise ValueError(f"operation kind {kind.name!r} registered twice")
        self._kinds[kind.name] = kind

    def get(self, name: str) -> OpKind[Any] | None:
        return self._kinds.get(name)

    def names(self) -> list[str]:
        return sorted(self._kinds)
