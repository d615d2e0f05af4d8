"""The demo residents' particulars (entity ``resident``) and the demo eID institutions.

The particulars are what an eID binding certifies besides the address and the photo: names in three
languages, the ID card number partly hidden, the date of birth, phone and email. They are made up;
the numbers have the form of a Macao resident identity card number (seven digits and a check digit)
with the middle hidden, as the app shows it. The email addresses are at ``example.com``.

The institutions are registered with the authority so that their request QR codes verify. Their keys
are the public demo keys of ``desktop.eid.demo`` (anyone can rebuild them from their label): so
``python -m desktop.eid request --demo --institution demo-bank`` makes a request this server's key set
accepts. Their names say demo in every language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.eid.demo import DEMO_INSTITUTIONS, demo_institution_key
from desktop.eid.keys import public_to_text
from server.demo.residents import DEMO_RESIDENTS
from server.demo.text import loc
from server.timeutil import iso_time

if TYPE_CHECKING:
    from server.eid.service import EidService

_PARTICULARS: dict[str, dict[str, str]] = {
    "usr-demo": {
        "id_number_masked": "1****67(8)",
        "date_of_birth": "1988-03-14",
        "phone": "+853 6612 3456",
        "email": "chan.taiman@example.com",
    },
    "usr-lee": {
        "id_number_masked": "1****23(4)",
        "date_of_birth": "1995-07-22",
        "phone": "+853 6688 1234",
        "email": "lei.siomui@example.com",
    },
}

#: The demo institutions of the eID (bank and continuing-education centre as in desktop.eid.demo).
EID_INSTITUTIONS: dict[str, dict[str, str]] = {
    "demo-bank": DEMO_INSTITUTIONS["demo-bank"],
    "demo-hotel": loc(
        "示範酒店（入住登記櫃檯）", "Hotel de Demonstração (balcão de check-in)", "Demo Hotel (check-in desk)"
    ),
    "demo-cep": DEMO_INSTITUTIONS["demo-cep"],
}


def resident_rows(now: float) -> list[tuple[str, str, dict[str, Any], str]]:
    """``resident`` rows, one per demo resident, each owned by that resident."""
    rows = []
    for resident in DEMO_RESIDENTS:
        row = {"id": resident.user_id, "name": dict(resident.display_name),
               **_PARTICULARS[resident.user_id], "updated_at": iso_time(now)}  # fmt: skip
        rows.append(("resident", resident.user_id, row, resident.user_id))
    return rows


def register_institutions(eid: EidService) -> None:
    """Register the demo institutions with their public demo keys (registering again changes nothing)."""
    for iid, name in EID_INSTITUTIONS.items():
        signer = demo_institution_key(iid)
        eid.register_institution(iid, name, public_to_text(signer.key), signer.kid)
