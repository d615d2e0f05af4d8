"""Operation kind ``register_address`` (登記及更改地址): one address sent to several departments at once.

The operation answers ``202`` at once; then each department processes it on its own schedule
(received → processing → done or failed), one job step per moment something changes. Every step
commits the operation's ``sub_status``, the resident's ``address_registration`` row and — at the end —
their ``address`` row (which department holds which address) with the final state, so a pull always
shows where each department stands. The operation ends ``succeeded`` once every department has
finished, also when some failed: the refusal of one department is not the refusal of the request;
the registration's ``status`` (``done``, ``partly_failed``, ``failed``) and each department's state say it.

:class:`AddressOffice` holds how departments behave: in the demo each takes a few minutes; test mode
(``POST /v1/_test/address``) makes chosen departments fail and the steps as short as it likes.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

from server.ops.address_check import Registration, check_registration, unknown_department
from server.ops.kinds import Accepted, Job, OpContext, OpKind, Outcome, Succeeded
from server.timeutil import iso_time

#: Seconds of one step of the demo's departments: each is done 3–6 steps after the request.
DEFAULT_STEP_S = 30.0

DETAIL: dict[str, dict[str, str]] = {
    "received": {"zh": "已收到申請。", "pt": "Pedido recebido.", "en": "Request received."},
    "processing": {
        "zh": "部門正在處理。",
        "pt": "Em tratamento no serviço.",
        "en": "Being processed by the department.",
    },
    "done": {
        "zh": "已更新通訊地址。",
        "pt": "Morada de correspondência actualizada.",
        "en": "Correspondence address updated.",
    },
    "failed": {
        "zh": "未能更新：部門未能核實地址資料，請聯絡該部門或重新提交。",
        "pt": "Não actualizada: o serviço não conseguiu confirmar a morada; contacte-o ou submeta de novo.",
        "en": "Not updated: the department could not verify the address; contact it or submit again.",
    },
}


@dataclass(frozen=True, slots=True)
class OfficeSettings:
    fail_departments: frozenset[str] = field(default_factory=frozenset)
    step_s: float = DEFAULT_STEP_S


class AddressOffice:
    """How the departments of the address service behave (thread-safe; read at each request)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._settings = OfficeSettings()

    @property
    def settings(self) -> OfficeSettings:
        with self._lock:
            return self._settings

    def configure(self, *, fail_departments: frozenset[str], step_s: float) -> OfficeSettings:
        with self._lock:
            self._settings = OfficeSettings(fail_departments, step_s)
            return self._settings


def _schedule(departments: list[str], settings: OfficeSettings) -> list[list[Any]]:
    """``[[seconds after the request, department, new state], …]`` in time order."""
    events: list[list[Any]] = []
    for dept in departments:
        # The same department is always as quick: its own draw, not the request's.
        draw = int.from_bytes(hashlib.sha256(dept.encode()).digest()[:4], "big")
        final = "failed" if dept in settings.fail_departments else "done"
        events.append([settings.step_s * (1 + draw % 2), dept, "processing"])
        events.append([settings.step_s * (3 + draw // 2 % 4), dept, final])
    return sorted(events, key=lambda e: (e[0], e[1]))


def _status(states: list[str]) -> str:
    if any(s in ("received", "processing") for s in states):
        return "processing"
    if all(s == "done" for s in states):
        return "done"
    return "failed" if all(s == "failed" for s in states) else "partly_failed"


def _sub_status(registration: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"id": d["id"], "name": d["name"], "state": d["state"], "detail": d["detail"]}
        for d in registration["departments"]
    ]


class RegisterAddressKind(OpKind[Registration]):
    """``register_address`` ``{"address", "departments", "children", "kind"}``."""

    name = "register_address"

    def __init__(self, office: AddressOffice) -> None:
        self._office = office

    def parse(self, payload: dict[str, Any]) -> Registration:
        return check_registration(payload)

    def apply(self, ctx: OpContext, parsed: Registration, prepared: Any) -> Outcome:
        names: dict[str, Any] = {}
        for dept in parsed.departments:
            stored = ctx.writer.get("address_department", dept)
            if stored is not None and stored.row is not None:
                names[dept] = stored.row
        unknown = [d for d in parsed.departments if d not in names]
        if unknown:
            raise unknown_department(unknown)
        # Shown in the departments' own order, whatever order the request listed them in.
        ordered = sorted(parsed.departments, key=lambda d: (names[d].get("sort", 0), d))
        now = iso_time(ctx.now)
        registration: dict[str, Any] = {
            "id": f"AR-{secrets.token_hex(6).upper()}",
            "op_id": ctx.op_id,
            "kind": parsed.kind,
            "address": parsed.address,
            "children": parsed.children,
            "departments": [
                {"id": d, "name": names[d]["name"], "state": "received", "detail": DETAIL["received"],
                 "updated_at": now}
                for d in ordered
            ],
            "status": "processing",
            "created_at": now,
            "updated_at": now,
        }  # fmt: skip
        ctx.writer.put("address_registration", registration["id"], registration, ctx.user_id)
        events = _schedule(ordered, self._office.settings)
        job = {"registration_id": registration["id"], "events": events, "elapsed": 0.0}
        return Accepted(Job(events[0][0], job), _sub_status(registration))

    def advance(self, ctx: OpContext, job: dict[str, Any]) -> Outcome:
        stored = ctx.writer.get("address_registration", job["registration_id"])
        assert stored is not None and stored.row is not None
        registration = stored.row
        events: list[list[Any]] = job["events"]
        moment = events[0][0]
        now = iso_time(ctx.now)
        by_id = {d["id"]: d for d in registration["departments"]}
        while events and events[0][0] == moment:
            _, dept, state = events.pop(0)
            by_id[dept].update(state=state, detail=DETAIL[state], updated_at=now)
        registration["status"] = _status([d["state"] for d in registration["departments"]])
        registration["updated_at"] = now
        ctx.writer.put("address_registration", registration["id"], registration, ctx.user_id)
        subs = _sub_status(registration)
        if events:
            return Accepted(Job(events[0][0] - moment, {**job, "events": events, "elapsed": moment}), subs)
        done = [d["id"] for d in registration["departments"] if d["state"] == "done"]
        if done:
            _update_address(ctx, registration, done)
            ctx.record_effect("address", None)
        failed = [d["id"] for d in registration["departments"] if d["state"] == "failed"]
        receipt = {"registration_id": registration["id"], "status": registration["status"], "done": done,
                   "failed": failed}  # fmt: skip
        return Succeeded(receipt, subs)


def address_id(user_id: str) -> str:
    """The id of a resident's ``address`` row (one per resident)."""
    return f"addr-{user_id}"


def _update_address(ctx: OpContext, registration: dict[str, Any], done: list[str]) -> None:
    """The departments that took the new address now hold it; the others keep what they had."""
    ident = address_id(ctx.user_id)
    stored = ctx.writer.get("address", ident)
    current = stored.row if stored is not None and stored.row is not None else {}
    holders = {d["id"]: d for d in current.get("departments", [])}
    now = iso_time(ctx.now)
    names = {d["id"]: d["name"] for d in registration["departments"]}
    for dept in done:
        holders[dept] = {"id": dept, "name": names[dept], "address": registration["address"],
                         "registration_id": registration["id"], "updated_at": now}  # fmt: skip

    def sort(dept: str) -> tuple[int, str]:
        found = ctx.writer.get("address_department", dept)
        return (int(found.row.get("sort", 0)) if found is not None and found.row else 0), dept

    row = {
        "id": ident,
        "address": registration["address"],
        "children": registration["children"],
        "registration_id": registration["id"],
        "departments": sorted(holders.values(), key=lambda d: sort(d["id"])),
        "updated_at": now,
    }
    ctx.writer.put("address", ident, row, ctx.user_id)
