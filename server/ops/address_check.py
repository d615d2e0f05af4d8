"""The payload of ``register_address``, checked field by field: a refusal names the field.

An address is ``{"district", "street": {"zh", "pt"}, "number", "building": {"zh", "pt"}, "floor",
"flat"}``: Macao addresses are written in Chinese and Portuguese, so the named parts carry either
language or both. Errors in an address are ``422 invalid-address`` with ``"field"`` (a path such as
``address.street`` or ``children[1].address.floor``); other shape errors are ``invalid-payload``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from server.ops.kinds import OpRefused
from server.ops.payments import invalid_payload

DISTRICTS = ("macau", "taipa", "coloane", "cotai")
KINDS = ("register", "change")
NAME_MAX = 120
SHORT_MAX = {"number": 20, "floor": 10, "flat": 10}
CHILDREN_MAX = 10
CHILD_NAME_MAX = 100
#: The address service's departments (23).
DEPARTMENTS_MAX = 23
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
#: Printable text only: control characters have no place in an address label.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Registration:
    address: dict[str, Any]
    departments: list[str]
    children: list[dict[str, Any]]
    kind: str


def _bad(field: str, detail: str) -> OpRefused:
    return OpRefused(422, "invalid-address", detail, field=field)


def _text(value: object, field: str, limit: int) -> str:
    if not isinstance(value, str) or _CONTROL.search(value) or len(value.strip()) > limit:
        raise _bad(field, f"'{field}' must be text of at most {limit} characters")
    return value.strip()


def _named(value: object, field: str, *, required: bool) -> dict[str, str] | None:
    """A part written in Chinese and/or Portuguese: ``{"zh", "pt"}``."""
    if value is None and not required:
        return None
    if not isinstance(value, dict):
        raise _bad(field, f"'{field}' must be an object with 'zh' and/or 'pt'")
    extra = set(value) - {"zh", "pt"}
    if extra:
        raise _bad(f"{field}.{sorted(extra)[0]}", f"'{field}' has only 'zh' and 'pt'")
    named = {lang: _text(value[lang], f"{field}.{lang}", NAME_MAX) for lang in ("zh", "pt") if lang in value}
    named = {lang: text for lang, text in named.items() if text}
    if not named:
        if required:
            raise _bad(field, f"'{field}' is needed, in Chinese or Portuguese")
        return None
    return named


def check_address(value: object, field: str = "address") -> dict[str, Any]:
    """The address in its stored form (trimmed, empty parts left out), or ``invalid-address``."""
    if not isinstance(value, dict):
        raise _bad(field, f"'{field}' must be an object")
    known = {"district", "street", "number", "building", "floor", "flat"}
    extra = set(value) - known
    if extra:
        raise _bad(f"{field}.{sorted(extra)[0]}", f"'{field}' has no field {sorted(extra)[0]!r}")
    district = value.get("district")
    if district not in DISTRICTS:
        raise _bad(f"{field}.district", f"'{field}.district' must be one of {', '.join(DISTRICTS)}")
    out: dict[str, Any] = {"district": district}
    street = _named(value.get("street"), f"{field}.street", required=True)
    out["street"] = street
    building = _named(value.get("building"), f"{field}.building", required=False)
    for name, limit in SHORT_MAX.items():
        part = value.get(name)
        if part is not None:
            text = _text(part, f"{field}.{name}", limit)
            if text:
                out[name] = text
    if building:
        out["building"] = building
    if "number" not in out and not building:
        raise _bad(f"{field}.number", f"'{field}' needs a door number or a building")
    return {
        key: out[key] for key in ("district", "street", "number", "building", "floor", "flat") if key in out
    }


def _departments(value: object) -> list[str]:
    wrong = invalid_payload(f"'departments' must be a list of 1 to {DEPARTMENTS_MAX} department ids")
    if not isinstance(value, list) or not 0 < len(value) <= DEPARTMENTS_MAX:
        raise wrong
    departments: list[str] = []
    for item in value:
        if not isinstance(item, str) or not _ID.fullmatch(item):
            raise wrong
        departments.append(item)
    if len(set(departments)) != len(departments):
        raise invalid_payload("'departments' lists a department twice")
    return departments


def unknown_department(unknown: list[str]) -> OpRefused:
    return OpRefused(
        422, "unknown-department", "Not a department of the address service", departments=unknown
    )


def _children(value: object) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > CHILDREN_MAX:
        raise invalid_payload(f"'children' must be a list of at most {CHILDREN_MAX}")
    out = []
    for n, child in enumerate(value):
        if not isinstance(child, dict) or set(child) - {"name", "address"}:
            raise invalid_payload(f"'children[{n}]' must be {{'name', 'address'?}}")
        name = child.get("name")
        if (
            not isinstance(name, str)
            or not name.strip()
            or len(name) > CHILD_NAME_MAX
            or _CONTROL.search(name)
        ):
            raise invalid_payload(f"'children[{n}].name' must be a name of 1 to {CHILD_NAME_MAX} characters")
        address = child.get("address")
        # No address of their own: the child lives at the resident's address.
        checked = None if address is None else check_address(address, f"children[{n}].address")
        out.append({"name": name.strip(), "address": checked})
    return out


def check_registration(payload: dict[str, Any]) -> Registration:
    """The payload's shape; whether the departments exist is checked against the store later."""
    kind = payload.get("kind")
    if kind not in KINDS:
        raise invalid_payload("'kind' must be 'register' or 'change'")
    address = check_address(payload.get("address"))
    return Registration(address, _departments(payload.get("departments")),
                        _children(payload.get("children")), str(kind))  # fmt: skip
