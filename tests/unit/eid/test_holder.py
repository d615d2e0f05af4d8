"""desktop.eid.holder and the size budget: the stored credential, the refreshing code, QR-sized tokens."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.clock import FakeClock
from desktop.eid.authority import Authority, Issued
from desktop.eid.claims import Request
from desktop.eid.demo import demo_institution_key
from desktop.eid.errors import EidError, Reason
from desktop.eid.fields import FIELD_NAMES, FIELDS, Disclosure
from desktop.eid.holder import CredentialBundle, EidWallet, RefreshingCode, make_bind_proof
from desktop.eid.keys import generate_key
from desktop.eid.qrcodes import token_matrix
from desktop.eid.request import make_request
from desktop.eid.tokens import MAX_TOKEN_CHARS, parse
from desktop.eid.verify import Verifier
from tests.unit.eid.samples import ASKED, BANK, PURPOSE


def test_the_bundle_round_trips_and_must_match_the_key(bound: tuple[EidWallet, Issued]) -> None:
    wallet, _ = bound
    bundle = CredentialBundle.from_json(wallet.bundle.to_json())
    assert bundle == wallet.bundle and bundle.values()["name_pt"] == "Chan Tai Man"
    with pytest.raises(EidError) as exc:
        EidWallet(bundle, generate_key())
    assert exc.value.reason is Reason.KEY_MISMATCH
    lied = dict(bundle.disclosures)
    lied["name_zh"] = Disclosure("name_zh", lied["name_zh"].salt, "李小龍")
    with pytest.raises(EidError) as exc:
        EidWallet(CredentialBundle(bundle.credential, lied), wallet._key)
    assert exc.value.reason is Reason.BAD_DISCLOSURE
    with pytest.raises(EidError):
        CredentialBundle.from_json("{}")


def test_the_code_refreshes_every_30_seconds(verifier: Verifier, wallet: EidWallet, clock: FakeClock) -> None:
    code = RefreshingCode.for_show(wallet)
    first = code.current(clock.now())
    assert first.refresh_in == 30 and first.valid_until == clock.now() + timedelta(seconds=60)
    clock.advance(12.5)
    same = code.current(clock.now())
    assert same.token == first.token and same.refresh_in == 18
    clock.advance(17.5)
    second = code.current(clock.now())
    assert second.token != first.token and second.refresh_in == 30
    # The code replaced a moment ago still verifies until its minute is up.
    clock.advance(29)
    verifier.verify(first.token)
    verifier.verify(second.token)
    clock.advance(-120)  # the clock was put back: a fresh code, not a stale one
    assert code.current(clock.now()).token != second.token
    code.reset()
    assert code.current(clock.now()).refresh_in == 30
    with pytest.raises(ValueError):
        RefreshingCode(wallet.show, refresh_every=60, lifetime=60)


def _longest(name: str) -> object:
    spec = next(s for s in FIELDS if s.name == name)
    return {"bool": True, "date": "1999-12-31"}.get(spec.kind, "澳" * (spec.max_bytes // 3))


def test_tokens_fit_in_a_qr_code(authority: Authority, wallet: EidWallet, now: datetime) -> None:
    """The size budget of docs/EID.md, and a QR code for the largest token there can be."""
    sizes = {
        "credential": len(wallet.bundle.credential),
        "show": len(wallet.show(now)),
        "course": len(wallet.course("cep-2026", "C-2026-00123", "in", now)),
        "request": len(make_request(demo_institution_key(BANK), ASKED, PURPOSE, now).token),
        "share": len(wallet.share(BANK, "N" * 22, ASKED, now, user_verified=True)),
    }
    assert sizes["credential"] <= 400 and sizes["show"] <= 600 and sizes["course"] <= 650
    assert sizes["request"] <= 600 and sizes["share"] <= 1100
    longest_purpose = {lang: "澳" * (Request.PURPOSE_BYTES // 3) for lang in PURPOSE}
    all_fields = make_request(demo_institution_key(BANK), FIELD_NAMES, longest_purpose, now)
    assert len(all_fields.token) <= 950
    # Every field at its longest, for a resident with the longest name: still under the cap.
    key = generate_key()
    issued = authority.bind(
        resident_id="usr-long",
        display_name="澳" * 20,
        attributes={name: _longest(name) for name in FIELD_NAMES},
        proof=make_bind_proof(key, "usr-long", authority.new_challenge("usr-long").value, now),
        presence_checked_at=now,
    )
    longest = EidWallet(CredentialBundle.from_issued(issued), key)
    biggest = longest.share(BANK, "N" * 43, FIELD_NAMES, now, user_verified=True)
    assert len(biggest) <= MAX_TOKEN_CHARS and len(parse(biggest)) == 2
    assert (len(token_matrix(biggest)) - 17) // 4 <= 40  # a QR version there is
