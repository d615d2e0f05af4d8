"""desktop.eid.authority: binding with proof and presence, one eID per resident, revocation, key set."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.clock import FakeClock
from desktop.eid.authority import Authority, Issued
from desktop.eid.demo import (
    DEMO_AUTHORITY_KID,
    DEMO_INSTITUTIONS,
    DEMO_RESIDENT_ID,
    demo_attributes,
    demo_authority,
    demo_institution_key,
)
from desktop.eid.errors import EidError, Reason
from desktop.eid.fields import FIELD_NAMES, root_of
from desktop.eid.holder import CredentialBundle, make_bind_proof
from desktop.eid.keys import demo_private_key, generate_key, public_to_text
from desktop.eid.trust import PublishedKeys, RevocationList


def bind(
    authority: Authority,
    now: datetime,
    *,
    resident: str = DEMO_RESIDENT_ID,
    key: Ed25519PrivateKey | None = None,
    **changes: Any,
) -> tuple[Issued, Ed25519PrivateKey]:
    key = key or generate_key()
    challenge = authority.new_challenge(resident)
    options: dict[str, Any] = {
        "resident_id": resident,
        "display_name": "陳大文",
        "attributes": demo_attributes(),
        "proof": make_bind_proof(key, resident, challenge.value, now),
        "presence_checked_at": now,
    }
    options.update(changes)
    return authority.bind(**options), key


def test_binding_issues_a_credential_for_the_device_key(authority: Authority, now: datetime) -> None:
    issued, key = bind(authority, now)
    claims = CredentialBundle.from_issued(issued).claims
    assert claims.device_key == public_to_text(key) and claims.sub == DEMO_RESIDENT_ID
    assert claims.kid == DEMO_AUTHORITY_KID and claims.name == "陳大文"
    assert claims.expires_at - claims.issued_at == 180 * 86400
    assert set(issued.disclosures) == set(FIELD_NAMES) and root_of(issued.disclosures) == claims.root
    assert issued.disclosures["age_over_18"].value is True and issued.revoked == ()
    assert authority.status(issued.cid) == "active"


def test_a_lost_answer_is_repeated_for_the_same_proof(authority: Authority, now: datetime) -> None:
    key = generate_key()
    challenge = authority.new_challenge(DEMO_RESIDENT_ID)
    proof = make_bind_proof(key, DEMO_RESIDENT_ID, challenge.value, now)
    args = {"resident_id": DEMO_RESIDENT_ID, "display_name": "陳大文", "attributes": demo_attributes(),
            "proof": proof, "presence_checked_at": now}  # fmt: skip
    first = authority.bind(**args)  # type: ignore[arg-type]
    assert authority.bind(**args) == first  # type: ignore[arg-type]
    assert authority.state.revocation_version == 0
    # The used challenge cannot bind another key.
    other = make_bind_proof(generate_key(), DEMO_RESIDENT_ID, challenge.value, now)
    with pytest.raises(EidError) as exc:
        authority.bind(**{**args, "proof": other})  # type: ignore[arg-type]
    assert exc.value.reason is Reason.CHALLENGE_INVALID


def test_binding_refusals(authority: Authority, clock: FakeClock, now: datetime) -> None:
    def refused(**changes: object) -> Reason:
        with pytest.raises(EidError) as exc:
            bind(authority, clock.now(), **changes)
        return exc.value.reason

    assert refused(presence_checked_at=now - timedelta(minutes=6)) is Reason.PRESENCE_REQUIRED
    assert refused(proof="OAE1.e30.AA") is Reason.MALFORMED
    key = generate_key()
    forged = make_bind_proof(key, DEMO_RESIDENT_ID, "A" * 22, now)
    assert refused(proof=forged) is Reason.CHALLENGE_INVALID  # a challenge the authority never gave
    challenge = authority.new_challenge("usr-other")
    assert refused(proof=make_bind_proof(key, "usr-other", challenge.value, now)) is Reason.CHALLENGE_INVALID
    assert refused(attributes={"shoe_size": "42"}) is Reason.BAD_ATTRIBUTE
    assert refused(display_name="澳" * 21) is Reason.BAD_ATTRIBUTE  # 63 bytes: over the credential's limit
    # A proof signed by another key than the one it names.
    honest = make_bind_proof(key, DEMO_RESIDENT_ID, authority.new_challenge(DEMO_RESIDENT_ID).value, now)
    tampered = (
        honest[: honest.rindex(".")] + "." + make_bind_proof(generate_key(), "x", "A" * 22, now).split(".")[2]
    )
    assert refused(proof=tampered) is Reason.BAD_SIGNATURE
    # A challenge expires after five minutes.
    stale = make_bind_proof(key, DEMO_RESIDENT_ID, authority.new_challenge(DEMO_RESIDENT_ID).value, now)
    clock.advance(301)
    with pytest.raises(EidError) as exc:
        authority.bind(resident_id=DEMO_RESIDENT_ID, display_name="x", attributes={}, proof=stale,
                       presence_checked_at=clock.now())  # fmt: skip
    assert exc.value.reason in (Reason.CHALLENGE_INVALID, Reason.EXPIRED)


def test_a_refused_binding_keeps_the_current_eid(authority: Authority, now: datetime) -> None:
    first, _ = bind(authority, now)
    with pytest.raises(EidError):
        bind(authority, now, display_name="澳" * 21)
    assert authority.status(first.cid) == "active" and authority.revocation_list().version == 0


def test_one_device_key_backs_one_resident(authority: Authority, now: datetime) -> None:
    _, key = bind(authority, now)
    with pytest.raises(EidError) as exc:
        bind(authority, now, resident="usr-other", key=key)
    assert exc.value.reason is Reason.DEVICE_KEY_IN_USE


def test_binding_a_new_device_revokes_the_old_one(authority: Authority, now: datetime) -> None:
    first, key = bind(authority, now)
    before = authority.revocation_list()
    assert before.version == 0 and before.entries == ()
    second, _ = bind(authority, now)
    assert second.revoked == (first.cid,)
    assert authority.status(first.cid) == "revoked" and authority.status(second.cid) == "active"
    listed = authority.revocation_list()
    assert listed.version == 1 and listed.is_revoked(first.cid) is not None
    assert listed.is_revoked(first.cid).reason == "rebound"  # type: ignore[union-attr]
    # Back on the first device: the second is revoked in turn. Then a renewal with the same key
    # revokes the credential it replaces too: one live eID per resident, always.
    third, _ = bind(authority, now, key=key)
    assert third.revoked == (second.cid,)
    fourth, _ = bind(authority, now, key=key)
    assert fourth.revoked == (third.cid,)
    assert authority.revocation_list().is_revoked(third.cid).reason == "renewed"  # type: ignore[union-attr]
    assert authority.unbind(DEMO_RESIDENT_ID) == fourth.cid and authority.unbind(DEMO_RESIDENT_ID) is None
    assert authority.revocation_list().version == 4
    assert authority.status("nope") == "unknown"


def test_the_revocation_list_is_signed_and_read_back(authority: Authority, now: datetime) -> None:
    first, _ = bind(authority, now)
    bind(authority, now)
    keys = authority.published_keys()
    text = authority.revocation_list().to_json()
    read = RevocationList.from_json(text, keys)
    assert read.version == 1 and read.is_revoked(first.cid) is not None
    data = json.loads(text)
    data["revoked"] = []
    with pytest.raises(EidError) as exc:
        RevocationList.from_json(json.dumps(data), keys)
    assert exc.value.reason is Reason.BAD_SIGNATURE
    stranger = PublishedKeys({"other": demo_private_key("other").public_key()})
    with pytest.raises(EidError) as exc:
        RevocationList.from_json(text, stranger)
    assert exc.value.reason is Reason.UNKNOWN_KEY


def test_the_key_set_round_trips_and_says_demo(authority: Authority) -> None:
    published = PublishedKeys.from_json(authority.published_keys().to_json())
    assert published.demo and list(published.authority) == [DEMO_AUTHORITY_KID]
    assert set(published.institutions) == set(DEMO_INSTITUTIONS)
    bank = published.institutions["demo-bank"]
    signer = demo_institution_key("demo-bank")
    assert bank.name["pt"] == "Banco de Demonstração" and public_to_text(
        bank.keys[signer.kid]
    ) == public_to_text(signer.key)
    data = json.loads(authority.published_keys().to_json())
    assert data["keys"][0] == {"kty": "OKP", "crv": "Ed25519", "kid": DEMO_AUTHORITY_KID,
                               "x": authority.public_key, "use": "eid-credential"}  # fmt: skip
    with pytest.raises(EidError):
        PublishedKeys.from_json('{"format": "something-else"}')


def test_institutions_gain_and_lose_keys(authority: Authority) -> None:
    extra = generate_key()
    info = authority.register_institution("demo-bank", DEMO_INSTITUTIONS["demo-bank"], extra.public_key())
    assert len(info.keys) == 2
    authority.remove_institution_key("demo-bank", demo_institution_key("demo-bank").kid)
    assert list(authority.published_keys().institutions["demo-bank"].keys) == list(info.keys)[1:]
    authority.remove_institution_key("demo-bank", list(info.keys)[1])
    assert "demo-bank" not in authority.published_keys().institutions
    with pytest.raises(EidError):
        authority.register_institution("x", {"zh": "甲"}, extra.public_key())


def test_the_state_survives_a_restart(authority: Authority, clock: FakeClock, now: datetime) -> None:
    first, _ = bind(authority, now)
    second, _ = bind(authority, now)
    saved = json.loads(json.dumps(authority.export_state()))
    again = Authority.from_state(demo_private_key("authority"), saved, kid=DEMO_AUTHORITY_KID, clock=clock)
    assert again.status(first.cid) == "revoked" and again.status(second.cid) == "active"
    assert again.revocation_list().version == 1
    assert again.published_keys().institutions.keys() == authority.published_keys().institutions.keys()
    assert demo_authority(clock).public_key == authority.public_key  # demo keys are rebuilt, never stored
