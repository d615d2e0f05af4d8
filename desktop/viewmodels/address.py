"""AddressModel: the resident's registered address, the address service's departments, and every
registration request with where each department stands — the cached rows plus what is still in the
outbox (a request saved on this computer shows before the server has heard of it).

Sending puts one ``register_address`` operation in the outbox on the DB worker, in a transaction that
first checks no request is already on its way in the ``address`` stream: a double click, a second
window or an impatient resident can never send the same change twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.context import AppContext
from desktop.domain.changes import Changes
from desktop.domain.operation import Badge, Operation, OpState
from desktop.domain.text import LocalizedText

KIND = "register_address"
#: Every address request goes in one stream, so they reach the server in the order they were made.
STREAM = "address"
#: Department states in the order a request moves through them.
STATES = ("received", "processing", "done", "failed")


class AlreadyOnItsWay(RuntimeError):
    """A registration request is still saved, being sent or being processed."""


@dataclass(frozen=True, slots=True)
class AddressDepartment:
    """One of the address service's departments (an ``address_department`` row)."""

    id: str
    name: LocalizedText
    processing_time: LocalizedText
    processing_days: int
    sort: int


@dataclass(frozen=True, slots=True)
class DepartmentProgress:
    id: str
    name: LocalizedText
    state: str  # received | processing | done | failed | "" (not known yet)
    detail: LocalizedText = field(default_factory=LocalizedText)
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Registration:
    """One request: a cached ``address_registration`` row, or an op the server has not reported yet."""

    id: str | None
    kind: str
    address: dict[str, Any]
    children: list[dict[str, Any]]
    departments: tuple[DepartmentProgress, ...]
    status: str  # processing | done | partly_failed | failed | "" (not on the server yet)
    created_at: datetime
    op: Operation | None = None

    @property
    def badge(self) -> Badge | None:
        """Where the resident's own op stands while it still has something to say."""
        return self.op.badge if self.op is not None else None

    @property
    def finished(self) -> bool:
        return self.status in ("done", "partly_failed", "failed")

    def count(self, state: str) -> int:
        return sum(1 for d in self.departments if d.state == state)


@dataclass(frozen=True, slots=True)
class HeldAddress:
    """Which address one department holds (from the ``address`` row)."""

    id: str
    name: LocalizedText
    address: dict[str, Any]
    registration_id: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class AddressState:
    departments: tuple[AddressDepartment, ...] = ()
    #: The registered address (the ``address`` row's ``address``); None before a first registration.
    current: dict[str, Any] | None = None
    current_children: tuple[dict[str, Any], ...] = ()
    held: tuple[HeldAddress, ...] = ()
    #: Newest first.
    registrations: tuple[Registration, ...] = ()

    @property
    def latest(self) -> Registration | None:
        return self.registrations[0] if self.registrations else None

    @property
    def on_its_way(self) -> Operation | None:
        """The request still saved, being sent or being processed (it blocks sending another)."""
        for registration in self.registrations:
            if registration.op is not None and registration.op.active:
                return registration.op
        return None


def _time(value: Any) -> datetime:
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _progress(items: Any) -> tuple[DepartmentProgress, ...]:
    found = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            found.append(
                DepartmentProgress(
                    item["id"],
                    LocalizedText.from_row(item.get("name")),
                    str(item.get("state") or ""),
                    LocalizedText.from_row(item.get("detail")),
                    str(item.get("updated_at") or ""),
                )
            )
    return tuple(found)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _children(value: Any) -> list[dict[str, Any]]:
    return [c for c in value if isinstance(c, dict)] if isinstance(value, list) else []


def load_address(store: Any) -> AddressState:
    """Runs on the DB worker."""
    departments = []
    for item in store.overlay.rows("address_department"):
        row = item.row or {}
        departments.append(
            AddressDepartment(
                item.id,
                LocalizedText.from_row(row.get("name")),
                LocalizedText.from_row(row.get("processing_time")),
                int(row.get("processing_days") or 0),
                int(row.get("sort") or 0),
            )
        )
    departments.sort(key=lambda d: (d.sort, d.id))
    names = {d.id: d.name for d in departments}

    ops = [op for op in store.outbox.for_stream(STREAM) if op.kind == KIND]
    by_op = {op.op_id: op for op in ops}
    registrations: list[Registration] = []
    seen_ops: set[str] = set()
    for item in store.overlay.rows("address_registration"):
        row = item.row or {}
        op = by_op.get(str(row.get("op_id") or ""))
        if op is not None:
            seen_ops.add(op.op_id)
        registrations.append(
            Registration(
                item.id,
                str(row.get("kind") or ""),
                _dict(row.get("address")),
                _children(row.get("children")),
                _progress(row.get("departments")),
                str(row.get("status") or ""),
                _time(row.get("created_at")),
                op,
            )
        )
    for op in ops:
        if op.op_id in seen_ops or op.state in (OpState.SUPERSEDED, OpState.DISCARDED):
            continue
        # Not in the cache yet: what the resident asked for, with the server's per-department
        # progress when a status check has brought it, else every chosen department still to hear.
        progress = _progress(op.sub_status) or tuple(
            DepartmentProgress(d, names.get(d, LocalizedText(d, d, d)), "")
            for d in op.payload.get("departments") or []
            if isinstance(d, str)
        )
        registrations.append(
            Registration(
                None,
                str(op.payload.get("kind") or ""),
                _dict(op.payload.get("address")),
                _children(op.payload.get("children")),
                progress,
                "",
                op.created_at,
                op,
            )
        )
    registrations.sort(key=lambda r: r.created_at, reverse=True)

    current_row: dict[str, Any] = {}
    for item in store.overlay.rows("address"):
        current_row = item.row or {}  # one row per resident
    held = tuple(
        HeldAddress(
            d["id"],
            LocalizedText.from_row(d["name"]) if d.get("name") else names.get(d["id"], LocalizedText()),
            _dict(d.get("address")),
            str(d.get("registration_id") or ""),
            str(d.get("updated_at") or ""),
        )
        for d in current_row.get("departments") or []
        if isinstance(d, dict) and isinstance(d.get("id"), str)
    )
    return AddressState(
        tuple(departments),
        _dict(current_row.get("address")) or None,
        tuple(_children(current_row.get("children"))),
        held,
        tuple(registrations),
    )


def enqueue_registration(store: Any, payload: dict[str, Any]) -> Operation:
    """Runs on the DB worker: refuse while another request is on its way, else save this one."""
    if any(op.active for op in store.outbox.for_stream(STREAM)):
        raise AlreadyOnItsWay(STREAM)
    op: Operation = store.outbox.enqueue(KIND, STREAM, payload)
    return op


class AddressModel(QObject):
    loaded = Signal()
    submitted = Signal(object)  # Operation
    submit_refused = Signal(str)  # "already" | "error"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.state = AddressState()
        #: A send was asked for and its write has not come back: one click, one request.
        self.sending = False

    def reload(self) -> None:
        self._ctx.tasks.query(load_address, self._on_loaded, self._on_failed)

    def clear(self) -> None:
        self.state = AddressState()
        self.loaded.emit()

    def submit(self, payload: dict[str, Any]) -> bool:
        """Queue the request; False (nothing done) while an earlier send has not been written yet."""
        if self.sending:
            return False
        self.sending = True

        def write(store: Any) -> tuple[Operation, Changes]:
            return enqueue_registration(store, payload), Changes.of(["outbox"])

        self._ctx.tasks.write(write, self._on_submitted, self._on_submit_failed)
        return True

    def _on_loaded(self, state: AddressState) -> None:
        self.state = state
        self.loaded.emit()

    def _on_failed(self, _error: BaseException) -> None:
        self.clear()

    def _on_submitted(self, op: Operation) -> None:
        self.sending = False
        self.submitted.emit(op)
        self.reload()
        self._ctx.sync.sync_now(manual=False)

    def _on_submit_failed(self, error: BaseException) -> None:
        self.sending = False
        self.submit_refused.emit("already" if isinstance(error, AlreadyOnItsWay) else "error")
        self.reload()
