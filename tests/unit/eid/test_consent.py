"""desktop.eid.consent and desktop.eid.request: scan a request, consent to part of it, keep a history."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.clock import FakeClock
from desktop.eid.authority import Authority
from desktop.eid.consent import ConsentHistory, PresenceCheck, read_request
from desktop.eid.demo import demo_institution_key
from desktop.eid.errors import EidError, Reason
from desktop.eid.fields import FIELD_NAMES
from desktop.eid.holder import EidWallet
from desktop.eid.keys import generate_key
from desktop.eid.request import InstitutionKey, MadeRequest, make_request
from desktop.eid.tokens import b64d
from desktop.eid.verify import Verifier
from tests.unit.eid.samples import ASKED, BANK, PURPOSE


def test_the_prompt_shows_who_asks_exactly_what_and_why(
    authority: Authority, wallet: EidWallet, request_qr: MadeRequest, now: datetime
) -> None:
    prompt = read_request(request_qr.token, authority.published_keys(), now)
    assert prompt.institution.id == BANK and prompt.institution.name["zh"] == "示範銀行"
    assert prompt.fields == ASKED and prompt.request.purpose == PURPOSE and prompt.demo
    rows = prompt.rows(wallet, "pt")
    assert [row.name for row in rows] == list(ASKED)
    assert rows[0].label == "Nome em chinês" and rows[0].value == "陳大文"
    assert rows[3].value is True and prompt.rows(None)[0].label == "中文姓名"


def test_consent_to_part_shares_only_that_part(
    authority: Authority,
    verifier: Verifier,
    wallet: EidWallet,
    request_qr: MadeRequest,
    now: datetime,
) -> None:
    prompt = read_request(request_qr.token, authority.published_keys(), now)
    offer = prompt.consent(wallet, ["age_over_18", "name_zh"], PresenceCheck(True, now), now)
    assert offer.record.shared == ("name_zh", "age_over_18") and offer.record.decision == "consented"
    assert offer.expires_at == now + timedelta(seconds=120)
    # Nothing of a field not consented is in the token: not its name, not its value.
    device_payload = b64d(offer.token.split(".")[3]).decode("utf-8")
    for name, value in wallet.bundle.values().items():
        if name not in ("name_zh", "age_over_18"):
            assert name not in device_payload and str(value) not in device_payload
    result = verifier.verify(offer.token, nonce=request_qr.nonce, institution=BANK, requested=ASKED)
    assert result.fields == {"name_zh": "陳大文", "age_over_18": True}


def test_consent_refusals(
    authority: Authority, wallet: EidWallet, request_qr: MadeRequest, clock: FakeClock, now: datetime
) -> None:
    prompt = read_request(request_qr.token, authority.published_keys(), now)
    present = PresenceCheck(True, now)

    def refused(fields: list[str], presence: PresenceCheck, at: datetime) -> Reason:
        with pytest.raises(EidError) as exc:
            prompt.consent(wallet, fields, presence, at)
        return exc.value.reason

    assert refused(["email"], present, now) is Reason.NOT_CONSENTED  # not requested
    assert refused([], present, now) is Reason.NOT_CONSENTED
    assert refused(["name_zh"], PresenceCheck(False, now), now) is Reason.PRESENCE_REQUIRED
    stale = PresenceCheck(True, now - timedelta(minutes=3))
    assert refused(["name_zh"], stale, now) is Reason.PRESENCE_REQUIRED
    later = now + timedelta(minutes=11)
    assert refused(["name_zh"], PresenceCheck(True, later), later) is Reason.EXPIRED
    with pytest.raises(EidError) as exc:
        wallet.share(BANK, request_qr.nonce, [], now, user_verified=True)
    assert exc.value.reason is Reason.NOT_CONSENTED


def test_requests_from_outside_the_registry_are_refused(authority: Authority, now: datetime) -> None:
    keys = authority.published_keys()

    def refused(token: str) -> Reason:
        with pytest.raises(EidError) as exc:
            read_request(token, keys, now)
        return exc.value.reason

    stranger = InstitutionKey.generate("shady-shop")
    assert refused(make_request(stranger, ["phone"], "x", now).token) is Reason.UNKNOWN_INSTITUTION
    # A registered institution's id with a key the authority never registered for it.
    impostor = InstitutionKey.generate(BANK)
    assert refused(make_request(impostor, ["phone"], "x", now).token) is Reason.UNKNOWN_KEY
    # ...or claiming the registered key id while signing with another key.
    real = demo_institution_key(BANK)
    forged = InstitutionKey(BANK, generate_key(), real.kid)
    assert refused(make_request(forged, ["phone"], "x", now).token) is Reason.BAD_SIGNATURE
    old = make_request(real, ["phone"], "x", now - timedelta(hours=1), lifetime=600)
    assert refused(old.token) is Reason.EXPIRED
    assert refused("https://example.com/not-a-request") is Reason.MALFORMED


def test_making_requests(now: datetime) -> None:
    signer = demo_institution_key(BANK)
    made = make_request(signer, ["email", "name_zh", "email"], "查詢", now, nonce="N" * 22)
    assert made.fields == ("name_zh", "email") and made.nonce == "N" * 22
    for fields, purpose in ((["shoe_size"], "x"), ([], "x")):
        with pytest.raises(EidError):
            make_request(signer, fields, purpose, now)
    with pytest.raises(EidError):
        make_request(signer, ["phone"], "澳" * 41, now)  # purposes are short
    with pytest.raises(ValueError):
        make_request(signer, ["phone"], "x", now, lifetime=7200)


def test_institution_key_files(tmp_path: Path) -> None:
    signer = InstitutionKey.generate("demo-cep")
    path = signer.save(tmp_path / "cep.key.json")
    assert path.stat().st_mode & 0o777 == 0o600
    again = InstitutionKey.load(path)
    assert again.kid == signer.kid and again.institution == "demo-cep"
    assert again.public_jwk()["x"] == signer.public_jwk()["x"]
    assert "d" not in signer.public_jwk()
    with pytest.raises(EidError):
        InstitutionKey.from_json(json.dumps({"format": "x"}))


def test_the_history_keeps_decisions_not_values(
    authority: Authority, wallet: EidWallet, request_qr: MadeRequest, tmp_path: Path, now: datetime
) -> None:
    history = ConsentHistory(tmp_path / "acct" / "eid-consents.jsonl")
    assert history.records() == []
    prompt = read_request(request_qr.token, authority.published_keys(), now)
    history.append(prompt.refuse(now))
    offer = prompt.consent(wallet, ["name_zh"], PresenceCheck(True, now), now + timedelta(seconds=5))
    history.append(offer.record)
    with history.path.open("a", encoding="utf-8") as out:
        out.write('{"id": "torn')  # a power cut mid-line
    newest, oldest = history.records()
    assert newest == offer.record and oldest.decision == "refused" and oldest.shared == ()
    assert newest.institution_name["en"] == "Demo Bank" and newest.requested == ASKED
    assert newest.credential_id == wallet.claims.cid and newest.purpose == PURPOSE
    text = history.path.read_text(encoding="utf-8")
    assert "陳大文" not in text and "1****67(8)" not in text


def test_every_field_has_labels_in_three_languages() -> None:
    from desktop.eid.fields import FIELDS

    assert tuple(spec.name for spec in FIELDS) == FIELD_NAMES
    assert all(set(spec.label) == {"zh", "pt", "en"} and all(spec.label.values()) for spec in FIELDS)


def test_an_expired_request(clock: FakeClock, authority: Authority, request_qr: MadeRequest) -> None:
    clock.advance(600 + 31)  # its ten minutes and the clock-skew allowance
    with pytest.raises(EidError) as exc:
        read_request(request_qr.token, authority.published_keys(), clock.now())
    assert exc.value.reason is Reason.EXPIRED
