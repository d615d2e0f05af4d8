"""登記及更改地址: a Macao correspondence address, checked before it is queued, and how it reads.

The rules mirror the server's (``register_address`` in docs/API.md), so a request the resident can
queue is one the server will take; a refusal names the field the way the server would
(``address.street``, ``address.street.zh``, ``children[0].address.number``, ``departments``):

- ``district``: one of :data:`DISTRICTS` (澳門半島, 氹仔, 路環, 路氹城).
- ``street``: required, in Chinese or Portuguese or both, each at most 120 characters.
- a door ``number`` (at most 20 characters) or a ``building`` (Chinese and/or Portuguese, at most 120
  each) — at least one of the two.
- ``floor`` and ``flat``: optional, at most 10 characters each.
- text is trimmed before it is measured; control characters (line breaks, tabs…) are refused.
- ``departments``: 1–23 distinct ids, each one of the address service's departments.
- ``children``: at most 10 minors, each with a name of 1–100 characters and either no address of their
  own (they live at the resident's address) or an address checked by the same rules.

Lengths count characters (code points), as the server does. No Qt here: the views turn each
:class:`FieldError` into words.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.domain.text import LocalizedText

DISTRICTS: tuple[str, ...] = ("macau", "taipa", "coloane", "cotai")
#: Official names; they are proper names, the same whatever language the interface is in.
DISTRICT_NAMES: dict[str, LocalizedText] = {
    "macau": LocalizedText("澳門半島", "Península de Macau", "Macau Peninsula"),
    "taipa": LocalizedText("氹仔", "Taipa", "Taipa"),
    "coloane": LocalizedText("路環", "Coloane", "Coloane"),
    "cotai": LocalizedText("路氹城", "Cotai", "Cotai"),
}
NAME_MAX = 120
NUMBER_MAX = 20
FLOOR_MAX = 10
FLAT_MAX = 10
CHILDREN_MAX = 10
CHILD_NAME_MAX = 100
DEPARTMENTS_MAX = 23
KINDS = ("register", "change")
#: The parts of an address in the order the server stores them.
PARTS = ("district", "street", "number", "building", "floor", "flat")

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class ErrorCode(StrEnum):
    MISSING = "missing"  # a required part is empty
    TOO_LONG = "too_long"  # more than ``limit`` characters
    CONTROL = "control"  # line breaks, tabs or other control characters
    NUMBER_OR_BUILDING = "number_or_building"  # neither a door number nor a building
    UNKNOWN_DISTRICT = "unknown_district"
    TOO_FEW = "too_few"  # no department chosen
    TOO_MANY = "too_many"  # more than ``limit`` departments or children
    DUPLICATE = "duplicate"  # a department listed twice
    UNKNOWN_DEPARTMENT = "unknown_department"  # not one of the address service's departments


@dataclass(frozen=True, slots=True)
class FieldError:
    #: The server's name for the field: ``address.street.zh``, ``children[1].name``, ``departments``.
    field: str
    code: ErrorCode
    limit: int | None = None

    @property
    def part(self) -> str:
        """The last named part of the field (``street``, ``number``, ``name``…), ignoring the language."""
        parts = [p for p in self.field.split(".") if p not in ("zh", "pt")]
        return parts[-1].split("[")[0] if parts else ""

    @property
    def child(self) -> int | None:
        """The child's index when the field belongs to a child (``children[2]…`` → 2)."""
        match = re.match(r"children\[(\d+)\]", self.field)
        return int(match.group(1)) if match else None


@dataclass(frozen=True, slots=True)
class AddressInput:
    """The address as typed (untrimmed); :meth:`to_payload` gives what is sent."""

    district: str = ""
    street_zh: str = ""
    street_pt: str = ""
    number: str = ""
    building_zh: str = ""
    building_pt: str = ""
    floor: str = ""
    flat: str = ""

    @classmethod
    def from_payload(cls, value: Any) -> AddressInput:
        """From an address as the server stores it (to prefill a change); tolerant of odd values."""
        if not isinstance(value, Mapping):
            return cls()

        def text(v: Any) -> str:
            return v if isinstance(v, str) else ""

        def named(key: str, lang: str) -> str:
            part = value.get(key)
            return text(part.get(lang)) if isinstance(part, Mapping) else ""

        return cls(
            district=text(value.get("district")),
            street_zh=named("street", "zh"),
            street_pt=named("street", "pt"),
            number=text(value.get("number")),
            building_zh=named("building", "zh"),
            building_pt=named("building", "pt"),
            floor=text(value.get("floor")),
            flat=text(value.get("flat")),
        )

    def to_payload(self) -> dict[str, Any]:
        """The address in the server's stored form: trimmed, empty parts left out, in :data:`PARTS` order."""
        out: dict[str, Any] = {"district": self.district}
        street = _named(self.street_zh, self.street_pt)
        if street:
            out["street"] = street
        if self.number.strip():
            out["number"] = self.number.strip()
        building = _named(self.building_zh, self.building_pt)
        if building:
            out["building"] = building
        if self.floor.strip():
            out["floor"] = self.floor.strip()
        if self.flat.strip():
            out["flat"] = self.flat.strip()
        return out


@dataclass(frozen=True, slots=True)
class ChildInput:
    name: str
    #: None: the child lives at the resident's address.
    address: AddressInput | None = None

    def to_payload(self) -> dict[str, Any]:
        return {
            "name": self.name.strip(),
            "address": None if self.address is None else self.address.to_payload(),
        }


def _named(zh: str, pt: str) -> dict[str, str]:
    return {lang: text.strip() for lang, text in (("zh", zh), ("pt", pt)) if text.strip()}


def _text_errors(value: str, field: str, limit: int) -> list[FieldError]:
    if _CONTROL.search(value):
        return [FieldError(field, ErrorCode.CONTROL)]
    if len(value.strip()) > limit:
        return [FieldError(field, ErrorCode.TOO_LONG, limit)]
    return []


def check_address(address: AddressInput, field: str = "address") -> list[FieldError]:
    """Every problem of one address, in the order of the form (empty list: it can be sent)."""
    errors: list[FieldError] = []
    if not address.district:
        errors.append(FieldError(f"{field}.district", ErrorCode.MISSING))
    elif address.district not in DISTRICTS:
        errors.append(FieldError(f"{field}.district", ErrorCode.UNKNOWN_DISTRICT))
    street = [*_text_errors(address.street_zh, f"{field}.street.zh", NAME_MAX),
              *_text_errors(address.street_pt, f"{field}.street.pt", NAME_MAX)]  # fmt: skip
    if not street and not (address.street_zh.strip() or address.street_pt.strip()):
        street.append(FieldError(f"{field}.street", ErrorCode.MISSING))
    errors += street
    errors += _text_errors(address.number, f"{field}.number", NUMBER_MAX)
    errors += _text_errors(address.building_zh, f"{field}.building.zh", NAME_MAX)
    errors += _text_errors(address.building_pt, f"{field}.building.pt", NAME_MAX)
    has_building = bool(address.building_zh.strip() or address.building_pt.strip())
    if not address.number.strip() and not has_building:
        errors.append(FieldError(f"{field}.number", ErrorCode.NUMBER_OR_BUILDING))
    errors += _text_errors(address.floor, f"{field}.floor", FLOOR_MAX)
    errors += _text_errors(address.flat, f"{field}.flat", FLAT_MAX)
    return errors


def check_child(child: ChildInput, index: int) -> list[FieldError]:
    field = f"children[{index}]"
    errors: list[FieldError] = []
    if not child.name.strip():
        errors.append(FieldError(f"{field}.name", ErrorCode.MISSING))
    else:
        errors += _text_errors(child.name, f"{field}.name", CHILD_NAME_MAX)
    if child.address is not None:
        errors += check_address(child.address, f"{field}.address")
    return errors


def check_departments(departments: Sequence[str], known: Collection[str] | None = None) -> list[FieldError]:
    if not departments:
        return [FieldError("departments", ErrorCode.TOO_FEW)]
    if len(departments) > DEPARTMENTS_MAX:
        return [FieldError("departments", ErrorCode.TOO_MANY, DEPARTMENTS_MAX)]
    if len(set(departments)) != len(departments):
        return [FieldError("departments", ErrorCode.DUPLICATE)]
    if known is not None and any(d not in known for d in departments):
        return [FieldError("departments", ErrorCode.UNKNOWN_DEPARTMENT)]
    return []


def check_registration(
    address: AddressInput,
    departments: Sequence[str],
    children: Sequence[ChildInput] = (),
    known_departments: Collection[str] | None = None,
) -> list[FieldError]:
    """Every problem of a whole request; only an empty list may be queued."""
    errors = check_address(address)
    errors += check_departments(departments, known_departments)
    if len(children) > CHILDREN_MAX:
        errors.append(FieldError("children", ErrorCode.TOO_MANY, CHILDREN_MAX))
    for index, child in enumerate(children):
        errors += check_child(child, index)
    return errors


def registration_payload(
    address: AddressInput, departments: Sequence[str], children: Sequence[ChildInput], kind: str
) -> dict[str, Any]:
    """The ``register_address`` payload (check it with :func:`check_registration` first)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    return {
        "address": address.to_payload(),
        "departments": list(departments),
        "children": [child.to_payload() for child in children],
        "kind": kind,
    }


# --- reading an address ------------------------------------------------------------------------------


def forms_of(address: Mapping[str, Any]) -> tuple[str, ...]:
    """Which written forms the address has: ``("zh", "pt")``, ``("zh",)``…"""
    found = []
    for lang in ("zh", "pt"):
        if any(isinstance(address.get(k), Mapping) and address[k].get(lang) for k in ("street", "building")):
            found.append(lang)
    return tuple(found)


def format_address(address: Mapping[str, Any], form: str) -> str:
    """One line in the Chinese (``zh``) or Portuguese (``pt``) way of writing a Macao address.

    The words around the parts (號, 樓, n.º) belong to the form the address is written in, not to the
    interface language: an address typed only in Chinese reads the Chinese way in every interface.
    A part missing in ``form`` is taken from the other form, so nothing typed is hidden.
    """
    other = "pt" if form == "zh" else "zh"

    def named(key: str) -> str:
        part = address.get(key)
        if not isinstance(part, Mapping):
            return ""
        return str(part.get(form) or part.get(other) or "")

    district = DISTRICT_NAMES.get(str(address.get("district")), LocalizedText())
    number, floor, flat = (str(address.get(k) or "") for k in ("number", "floor", "flat"))
    if form == "zh":
        text = district.zh + named("street")
        text += f"{number}號" if number else ""
        text += named("building")
        text += f"{floor}樓" if floor.isdigit() else floor
        return text + flat
    pieces = [named("street")]
    if number:
        pieces.append(f"n.º {number}")
    if named("building"):
        pieces.append(named("building"))
    storey = " ".join(p for p in (f"{floor}.º" if floor.isdigit() else floor, flat) if p)
    if storey:
        pieces.append(storey)
    pieces.append(district.pt)
    return ", ".join(p for p in pieces if p)


def preferred_form(lang: str, address: Mapping[str, Any]) -> str:
    """The form to show first in interface language ``lang`` (Chinese for zh-Hant, else Portuguese)."""
    forms = forms_of(address)
    wanted = "zh" if lang == "zh-Hant" else "pt"
    return wanted if wanted in forms or not forms else forms[0]


def address_text(address: Mapping[str, Any] | None, lang: str) -> str:
    """The address in one line, in the form that suits the interface language."""
    if not isinstance(address, Mapping) or not address:
        return ""
    return format_address(address, preferred_form(lang, address))


def same_address(a: Any, b: Any) -> bool:
    """Whether two stored addresses are the same (both are in the server's stored form)."""
    return isinstance(a, Mapping) and isinstance(b, Mapping) and dict(a) == dict(b)
