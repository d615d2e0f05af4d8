"""A demo authority, demo institutions and the demo resident: for demos, screenshots and tests.

Every demo key is rebuilt from a public label (``keys.demo_private_key``), so anyone can sign as the
demo authority: its key set says ``"demo": true``, its issuer and key id say DEMO, and the verifier's
command line accepts it only when told ``--demo``. Nothing here is, or looks like, a real key.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from desktop.clock import Clock
from desktop.eid.authority import Authority, Issued
from desktop.eid.holder import CredentialBundle, EidWallet, make_bind_proof
from desktop.eid.keys import demo_private_key, generate_key
from desktop.eid.request import InstitutionKey
from desktop.eid.tokens import b64e

__all__ = [
    "DEMO_AUTHORITY_KID",
    "DEMO_INSTITUTIONS",
    "DEMO_RESIDENT_ID",
    "demo_attributes",
    "demo_authority",
    "demo_institution_key",
    "demo_wallet",
]

DEMO_AUTHORITY_KID = "DEMO-authority-1"
DEMO_ISSUER = "DEMO Macao One Account eID (demo keys, not for real use)"
DEMO_RESIDENT_ID = "usr-demo"
DEMO_RESIDENT_NAME = "陳大文"
DEMO_INSTITUTIONS: dict[str, dict[str, str]] = {
    "demo-bank": {"zh": "示範銀行", "pt": "Banco de Demonstração", "en": "Demo Bank"},
    "demo-cep": {
        "zh": "示範進修中心（持續進修發展計劃）",
        "pt": "Centro de Formação de Demonstração",
        "en": "Demo Learning Centre",
    },
}


def demo_institution_key(institution: str) -> InstitutionKey:
    key = demo_private_key(f"institution:{institution}")
    return InstitutionKey(institution, key, f"DEMO-{institution}-1")


def demo_authority(clock: Clock | None = None) -> Authority:
    """The demo authority with the demo institutions registered (no residents bound yet)."""
    authority = Authority(
        demo_private_key("authority"), kid=DEMO_AUTHORITY_KID, clock=clock, issuer=DEMO_ISSUER, demo=True
    )
    for iid, name in DEMO_INSTITUTIONS.items():
        signer = demo_institution_key(iid)
        authority.register_institution(iid, name, signer.key.public_key(), kid=signer.kid)
    return authority


def demo_attributes() -> dict[str, object]:
    """The demo resident's attributes (the reference server's demo resident, 陳大文)."""
    return {
        "name_zh": DEMO_RESIDENT_NAME,
        "name_pt": "Chan Tai Man",
        "name_en": "Chan Tai Man",
        "id_number_masked": "1****67(8)",
        "date_of_birth": "1988-03-14",
        "age_over_18": True,
        "address": "澳門新馬路100號3樓A",
        "phone": "+853 6612 3456",
        "email": "chan.taiman@example.com",
        "photo_hash": b64e(hashlib.sha256(b"demo ID photo").digest()[:16]),
    }


def demo_wallet(authority: Authority, now: datetime) -> tuple[EidWallet, Issued]:
    """Bind a fresh in-memory device key for the demo resident (no keyring involved)."""
    key = generate_key()
    challenge = authority.new_challenge(DEMO_RESIDENT_ID)
    issued = authority.bind(
        resident_id=DEMO_RESIDENT_ID,
        display_name=DEMO_RESIDENT_NAME,
        attributes=demo_attributes(),
        proof=make_bind_proof(key, DEMO_RESIDENT_ID, challenge.value, now),
        presence_checked_at=now,
    )
    return EidWallet(CredentialBundle.from_issued(issued), key), issued
