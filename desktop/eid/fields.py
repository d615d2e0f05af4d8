"""The fixed field vocabulary and selective disclosure: what a share token may carry, and proof of it.

The authority certifies the resident's attributes without putting them in the credential: for every
field of the vocabulary it draws a random 16-byte salt and takes ``digest = SHA-256(salt, field,
value)`` (cut to 16 bytes); the credential carries only the *root*, a digest of all field digests in
vocabulary order. A share token then carries, for each consented field, its salt and value, and for
every other field only its digest. The verifier recomputes the consented digests, slots the rest in,
and checks the root. The values of fields not shared never leave the device, and the random salts
keep a verifier from guessing them from their digests (a birth date has only ~36,500 candidates).
This is the idea of ISO 18013-5's mobile security object and of SD-JWT, cut down to fit a QR code.

New fields are only ever appended to the vocabulary, so a root made with more fields still checks.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.eid.errors import EidError, Reason
from desktop.eid.tokens import b64d, b64e, canonical_json

__all__ = [
    "DIGEST_BYTES",
    "FIELDS",
    "FIELD_NAMES",
    "SALT_BYTES",
    "Disclosure",
    "FieldSpec",
    "check_value",
    "label",
    "make_disclosures",
    "root_from_share",
    "root_of",
    "withheld_digests",
]

DIGEST_BYTES = 16
SALT_BYTES = 16


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: dict[str, str]  # zh, pt, en: what the consent screen shows
    kind: str  # "text", "date" or "bool"
    max_bytes: int = 0  # UTF-8 bytes of a text value: what the QR code pays for


def _spec(name: str, zh: str, pt: str, en: str, kind: str = "text", max_bytes: int = 0) -> FieldSpec:
    return FieldSpec(name, {"zh": zh, "pt": pt, "en": en}, kind, max_bytes)


FIELDS: tuple[FieldSpec, ...] = (
    _spec("name_zh", "中文姓名", "Nome em chinês", "Name in Chinese", max_bytes=45),
    _spec("name_pt", "葡文姓名", "Nome em português", "Name in Portuguese", max_bytes=80),
    _spec("name_en", "英文姓名", "Nome em inglês", "Name in English", max_bytes=80),
    _spec(
        "id_number_masked",
        "身份證號碼（部分遮蓋）",
        "Número do BIR (parcialmente oculto)",
        "ID card number (partly hidden)",
        max_bytes=16,
    ),
    _spec("date_of_birth", "出生日期", "Data de nascimento", "Date of birth", "date"),
    _spec("age_over_18", "年滿十八歲", "Maior de 18 anos", "Aged 18 or over", "bool"),
    _spec("address", "通訊地址", "Endereço de correspondência", "Correspondence address", max_bytes=150),
    _spec("phone", "電話號碼", "Número de telefone", "Phone number", max_bytes=24),
    _spec("email", "電郵地址", "Endereço de correio electrónico", "Email address", max_bytes=80),
    _spec(
        "photo_hash", "證件相片指紋", "Impressão digital da fotografia", "ID photo fingerprint", max_bytes=43
    ),
)
FIELD_NAMES: tuple[str, ...] = tuple(spec.name for spec in FIELDS)
_SPECS = {spec.name: spec for spec in FIELDS}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FIELD_TAG = b"OAE1 field\x00"
_ROOT_TAG = b"OAE1 fields\x00"


def check_value(name: str, value: Any) -> None:
    """Raise ``bad-attribute`` unless ``value`` is of the form field ``name`` takes (None: not on record)."""
    spec = _SPECS.get(name)
    if spec is None:
        raise EidError(Reason.BAD_ATTRIBUTE, f"unknown field {name!r}")
    if value is None:
        return
    if spec.kind == "bool":
        ok = isinstance(value, bool)
    elif spec.kind == "date":
        ok = isinstance(value, str) and bool(_DATE.fullmatch(value))
    else:
        ok = (
            isinstance(value, str)
            and 0 < len(value.encode("utf-8")) <= spec.max_bytes
            and value.isprintable()
        )
    if not ok:
        raise EidError(Reason.BAD_ATTRIBUTE, f"{name} has the wrong form")


@dataclass(frozen=True)
class Disclosure:
    """A field's salt and value: what proves the value against the credential's root."""

    name: str
    salt: bytes
    value: Any

    def digest(self) -> bytes:
        body = canonical_json([self.name, self.value])
        return hashlib.sha256(_FIELD_TAG + self.salt + body).digest()[:DIGEST_BYTES]

    def to_wire(self) -> list[Any]:
        return [b64e(self.salt), self.value]

    @classmethod
    def from_wire(cls, name: str, wire: Any) -> Disclosure:
        if not (isinstance(wire, list) and len(wire) == 2 and isinstance(wire[0], str)):
            raise EidError(Reason.MALFORMED, f"disclosure of {name}")
        salt = b64d(wire[0])
        if len(salt) != SALT_BYTES:
            raise EidError(Reason.MALFORMED, f"salt of {name}")
        try:
            check_value(name, wire[1])
        except EidError as exc:
            raise EidError(Reason.MALFORMED, exc.detail) from exc
        return cls(name, salt, wire[1])


def make_disclosures(attributes: Mapping[str, Any]) -> dict[str, Disclosure]:
    """A fresh salt for every field of the vocabulary; a field absent from ``attributes`` is None.

    Absent fields get a disclosure too, so the set of digests never tells which fields a resident has.
    """
    for name, value in attributes.items():
        check_value(name, value)
    return {name: Disclosure(name, os.urandom(SALT_BYTES), attributes.get(name)) for name in FIELD_NAMES}


def _root(digests: Iterable[bytes]) -> str:
    return b64e(hashlib.sha256(_ROOT_TAG + b"".join(digests)).digest()[:DIGEST_BYTES])


def root_of(disclosures: Mapping[str, Disclosure]) -> str:
    """The root the authority puts in the credential, over every field in vocabulary order."""
    return _root(disclosures[name].digest() for name in FIELD_NAMES)


def withheld_digests(disclosures: Mapping[str, Disclosure], shared: Iterable[str]) -> bytes:
    """The digests of the fields not shared, in vocabulary order: a share token's ``u``."""
    keep = set(shared)
    return b"".join(disclosures[name].digest() for name in FIELD_NAMES if name not in keep)


def root_from_share(shared: Mapping[str, Disclosure], withheld: bytes) -> str:
    """The root rebuilt from a share's disclosed fields and the digests of the rest.

    Digests beyond the vocabulary this program knows belong to fields appended later; they are kept
    in order after the known ones, so a newer credential still checks here.
    """
    if len(withheld) % DIGEST_BYTES:
        raise EidError(Reason.MALFORMED, "withheld digests")
    unknown = set(shared) - set(FIELD_NAMES)
    if unknown:
        raise EidError(Reason.MALFORMED, f"unknown field {sorted(unknown)[0]!r}")
    chunks = [withheld[i : i + DIGEST_BYTES] for i in range(0, len(withheld), DIGEST_BYTES)]
    digests: list[bytes] = []
    for name in FIELD_NAMES:
        if name in shared:
            digests.append(shared[name].digest())
        elif chunks:
            digests.append(chunks.pop(0))
        else:
            raise EidError(Reason.BAD_DISCLOSURE, "too few withheld digests")
    return _root(digests + chunks)


def label(name: str, language: str = "zh") -> str:
    """The consent screen's name of a field in ``language`` (zh, pt or en)."""
    return _SPECS[name].label.get(language, _SPECS[name].label["en"])
