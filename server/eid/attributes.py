"""The values the authority certifies at binding, gathered from what the server knows of a resident.

- names, masked ID number, date of birth, phone, email: the resident's ``resident`` row (owned), with
  the sign-in display name as the fallback for the names;
- ``age_over_18``: from the date of birth, on the server's date in Macao;
- ``address``: the resident's registered correspondence address (the ``address`` row the address
  service keeps), written on one line;
- ``photo_hash``: the sha256 of the newest accepted ID photo (``photo`` rows), base64url.

A value that does not fit its field (``desktop.eid.fields``: text too long for the QR code, a date of
another form) is certified as "not on record" rather than refusing the binding; the address alone is
shortened to fit, since it is the field most likely to run long.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from desktop.eid.errors import EidError
from desktop.eid.fields import FIELD_NAMES, FIELDS, check_value
from desktop.eid.tokens import b64e
from server.ops.address import address_id
from server.timeutil import MACAO_TZ

log = logging.getLogger(__name__)

#: Entities whose rows feed the certified values: a write to one of them may call for a re-issue.
SOURCE_ENTITIES = frozenset({"resident", "address", "photo"})
#: The credential's display name (``nm``) is at most this many UTF-8 bytes.
NAME_BYTES = 60
_ADDRESS_BYTES = next(spec.max_bytes for spec in FIELDS if spec.name == "address")
_DISTRICTS = {
    "macau": ("澳門", "Macau"),
    "taipa": ("氹仔", "Taipa"),
    "coloane": ("路環", "Coloane"),
    "cotai": ("路氹城", "Cotai"),
}


@dataclass(frozen=True, slots=True)
class Certified:
    """What a binding certifies: the credential's display name and every field's value."""

    display_name: str
    values: dict[str, Any]

    def digests(self) -> dict[str, str]:
        return {name: value_digest(name, self.values.get(name)) for name in FIELD_NAMES}


def value_digest(name: str, value: Any) -> str:
    """A digest of one field's value: enough to notice a change, without keeping the value."""
    text = json.dumps([name, value], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _row(conn: sqlite3.Connection, entity: str, ident: str, owner: str) -> dict[str, Any] | None:
    found = conn.execute(
        "SELECT row_json FROM entities WHERE entity = ? AND id = ? AND owner = ? AND deleted = 0",
        (entity, ident, owner),
    ).fetchone()
    return None if found is None else dict(json.loads(found[0]))


def _cut(text: str, limit: int) -> str:
    """``text`` within ``limit`` UTF-8 bytes, cut at a character and marked with an ellipsis."""
    if len(text.encode("utf-8")) <= limit:
        return text
    out = ""
    for char in text:
        if len((out + char + "…").encode("utf-8")) > limit:
            break
        out += char
    return out + "…"


def _suffixed(text: str, suffix: str) -> str:
    return text if text.endswith(suffix) else text + suffix


def address_line(address: dict[str, Any], *, chinese: bool) -> str:
    """One line of a structured address (``register_address``'s form), in Chinese or Portuguese.

    A part written in one language only is used in the other's line as it is: the street or building
    then appears as the resident registered it.
    """

    def named(key: str) -> str:
        part = address.get(key) or {}
        first, second = ("zh", "pt") if chinese else ("pt", "zh")
        return str(part.get(first) or part.get(second) or "")

    zh_district, pt_district = _DISTRICTS.get(str(address.get("district")), ("", ""))
    street, building = named("street"), named("building")
    number, floor, flat = (str(address.get(k) or "") for k in ("number", "floor", "flat"))
    if chinese:
        return "".join([
            zh_district, street, _suffixed(number, "號") if number else "", building,
            _suffixed(floor, "樓") if floor else "", flat,
        ])  # fmt: skip
    parts = [street, f"n.º {number}" if number else "", building,
             " ".join(p for p in (f"{floor}.º" if floor else "", flat) if p), pt_district]  # fmt: skip
    return ", ".join(p for p in parts if p)


def address_text(address: dict[str, Any]) -> str:
    """The certified address: the Chinese line when the street has a Chinese name, else the
    Portuguese one; the other when the first is too long; shortened when both are."""
    chinese_first = bool((address.get("street") or {}).get("zh"))
    lines = [address_line(address, chinese=chinese_first), address_line(address, chinese=not chinese_first)]
    for line in lines:
        if 0 < len(line.encode("utf-8")) <= _ADDRESS_BYTES:
            return line
    return _cut(lines[0], _ADDRESS_BYTES)


def age_over_18(date_of_birth: str | None, now: float) -> bool | None:
    if not date_of_birth:
        return None
    try:
        born = date.fromisoformat(date_of_birth)
    except ValueError:
        return None
    today = datetime.fromtimestamp(now, UTC).astimezone(MACAO_TZ).date()
    # A birthday on 29 February comes of age on 1 March in common years.
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years >= 18


def photo_hash(sha256_hex: str) -> str:
    """An ID photo's fingerprint as certified: its file's sha256, base64url (43 characters)."""
    return b64e(bytes.fromhex(sha256_hex))


def latest_accepted_photo(conn: sqlite3.Connection, user_id: str) -> dict[str, Any] | None:
    """The resident's accepted photo with the newest ``accepted_at`` (ties: the newest taken)."""
    rows = conn.execute(
        "SELECT row_json FROM entities WHERE entity = 'photo' AND owner = ? AND deleted = 0", (user_id,)
    ).fetchall()
    accepted = [r for r in (json.loads(x[0]) for x in rows) if r.get("status") == "accepted"]
    if not accepted:
        return None
    return max(accepted, key=lambda r: (str(r.get("accepted_at")), str(r.get("taken_at"))))


def gather(conn: sqlite3.Connection, user_id: str, now: float) -> Certified:
    """The resident's values of every field of the vocabulary, as of this transaction."""
    resident = _row(conn, "resident", user_id, user_id) or {}
    user = conn.execute("SELECT display_name_json FROM users WHERE id = ?", (user_id,)).fetchone()
    fallback: dict[str, str] = json.loads(user[0]) if user is not None else {}
    names = {**fallback, **(resident.get("name") or {})}
    values: dict[str, Any] = {
        "name_zh": names.get("zh"),
        "name_pt": names.get("pt"),
        "name_en": names.get("en"),
        "id_number_masked": resident.get("id_number_masked"),
        "date_of_birth": resident.get("date_of_birth"),
        "age_over_18": age_over_18(resident.get("date_of_birth"), now),
        "phone": resident.get("phone"),
        "email": resident.get("email"),
        "address": None,
        "photo_hash": None,
    }
    registered = _row(conn, "address", address_id(user_id), user_id)
    if registered is not None and isinstance(registered.get("address"), dict):
        values["address"] = address_text(registered["address"]) or None
    photo = latest_accepted_photo(conn, user_id)
    if photo is not None and isinstance(photo.get("sha256"), str):
        values["photo_hash"] = photo_hash(photo["sha256"])
    for name, value in values.items():
        try:
            check_value(name, value)
        except EidError:
            log.warning("eID: %s of %s does not fit the field; certified as not on record", name, user_id)
            values[name] = None
    shown = next((n for n in (names.get("zh"), names.get("pt"), names.get("en")) if n), user_id)
    return Certified(_cut(str(shown), NAME_BYTES), values)
