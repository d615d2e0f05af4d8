"""desktop.eid.verify: every kind of token verified offline, and every way one must fail."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.clock import FakeClock
from desktop.eid.authority import Authority, Issued
from desktop.eid.claims import Presentation, Share
from desktop.eid.demo import demo_wallet
from desktop.eid.errors import EidError, Reason
from desktop.eid.holder import EidWallet, make_bind_proof
from desktop.eid.keys import demo_private_key
from desktop.eid.request import MadeRequest
from desktop.eid.tokens import b64d, b64e, canonical_json, parse, sign
from desktop.eid.trust import PublishedKeys
from desktop.eid.verify import SqliteReplayCache, Verifier
from tests.unit.eid.samples import ASKED, BANK


def fails(check: Callable[[], object]) -> Reason:
    with pytest.raises(EidError) as exc:
        check()
    return exc.value.reason


def rewrite(token: str, link: int, change: Callable[[dict[str, Any]], None]) -> str:
    """``token`` with one link's payload changed and every signature kept as it was."""
    segments = token.split(".")
    payload = parse(token)[link].payload
    change(payload)
    segments[1 + 2 * link] = b64e(canonical_json(payload))
    return ".".join(segments)


def share_for(wallet: EidWallet, request: MadeRequest, now: datetime, fields: tuple[str, ...] = ASKED) -> str:
    return wallet.share(BANK, request.nonce, fields, now, user_verified=True)


# -- round trips ---------------------------------------------------------------------------------


def test_show_eid(verifier: Verifier, wallet: EidWallet, now: datetime) -> None:
    result = verifier.verify(wallet.show(now))
    assert result.kind == "show" and result.subject is not None
    assert result.subject.resident_id == "usr-demo" and result.subject.name == "陳大文"
    assert result.subject.credential_id == wallet.claims.cid
    assert (result.expires_at - result.issued_at).total_seconds() == 60
    out = result.to_json_dict()
    assert out["valid"] and out["revocation_checked"] and out["demo"] and "fields" not in out


def test_share(verifier: Verifier, wallet: EidWallet, request_qr: MadeRequest, now: datetime) -> None:
    result = verifier.verify(share_for(wallet, request_qr, now), nonce=request_qr.nonce, institution=BANK,
                             requested=ASKED)  # fmt: skip
    assert result.fields == {"name_zh": "陳大文", "name_pt": "Chan Tai Man", "id_number_masked": "1****67(8)",
                             "age_over_18": True}  # fmt: skip
    assert result.user_verified is True and result.institution is not None
    assert result.institution.name["en"] == "Demo Bank"
    assert list(result.to_json_dict()["fields"]) == list(ASKED)


def test_course_sign_in_and_out(verifier: Verifier, wallet: EidWallet, now: datetime) -> None:
    signed_in = verifier.verify(wallet.course("cep", "C-0042", "in", now), course="cep/C-0042")
    assert signed_in.course is not None and signed_in.course.action == "in"
    out = verifier.verify(wallet.course("cep", "C-0042", "out", now), course="C-0042").to_json_dict()
    assert out["course"] == {"programme": "cep", "course": "C-0042", "action": "out"}
    assert (
        fails(lambda: verifier.verify(wallet.course("cep", "C-0042", "in", now), course="C-9"))
        is Reason.WRONG_COURSE
    )
    with pytest.raises(ValueError):
        wallet.course("cep", "C-0042", "sideways", now)


def test_request_and_bare_credential(verifier: Verifier, wallet: EidWallet, request_qr: MadeRequest) -> None:
    asked = verifier.verify_request(request_qr.token)
    assert (
        asked.request is not None
        and asked.request.fields == ASKED
        and asked.request.nonce == request_qr.nonce
    )
    assert verifier.verify(wallet.bundle.credential).kind == "credential"
    assert fails(lambda: verifier.verify_request(wallet.bundle.credential)) is Reason.WRONG_TYPE


# -- time ------------------------------------------------------------------------------------------


def test_expiry_with_a_fake_clock(verifier: Verifier, wallet: EidWallet, clock: FakeClock) -> None:
    made = wallet.show(clock.now())
    clock.advance(60 + verifier.skew)  # the last second of grace
    verifier.verify(made)
    later = wallet.show(clock.now())
    clock.advance(61 + verifier.skew)
    assert fails(lambda: verifier.verify(later)) is Reason.EXPIRED
    early = wallet.show(clock.now())
    clock.advance(-(verifier.skew + 1))
    assert fails(lambda: verifier.verify(early)) is Reason.NOT_YET_VALID


def test_share_lives_minutes_not_more(
    verifier: Verifier, wallet: EidWallet, request_qr: MadeRequest, clock: FakeClock
) -> None:
    token = share_for(wallet, request_qr, clock.now())
    clock.advance(121 + verifier.skew)
    assert fails(lambda: verifier.verify(token, nonce=request_qr.nonce)) is Reason.EXPIRED


def test_a_device_cannot_mint_long_lived_tokens(verifier: Verifier, wallet: EidWallet, now: datetime) -> None:
    long_show = wallet.show(now, lifetime=3600)
    assert fails(lambda: verifier.verify(long_show)) is Reason.LIFETIME_TOO_LONG


def test_an_expired_credential(verifier: Verifier, wallet: EidWallet, clock: FakeClock) -> None:
    clock.advance(181 * 86400)
    assert fails(lambda: verifier.verify(wallet.show(clock.now()))) is Reason.CREDENTIAL_EXPIRED


# -- tampering -------------------------------------------------------------------------------------


def test_tampered_payloads_and_signatures(
    verifier: Verifier, wallet: EidWallet, request_qr: MadeRequest, now: datetime
) -> None:
    token = share_for(wallet, request_qr, now)

    def verify(text: str) -> Reason:
        return fails(lambda: verifier.verify(text, nonce=request_qr.nonce))

    # A value changed in the device's payload, or in the authority's.
    assert (
        verify(rewrite(token, 1, lambda p: p["v"]["name_zh"].__setitem__(1, "李小龍")))
        is Reason.BAD_SIGNATURE
    )
    assert verify(rewrite(token, 0, lambda p: p.__setitem__("nm", "李小龍"))) is Reason.BAD_SIGNATURE
    assert verify(rewrite(token, 0, lambda p: p.__setitem__("exp", p["exp"] + 9**9))) is Reason.BAD_SIGNATURE
    # A byte flipped anywhere in a segment.
    segments = token.split(".")
    for index in range(1, 5):
        flipped = list(segments)
        middle = len(flipped[index]) // 2
        flipped[index] = (
            flipped[index][:middle]
            + ("B" if flipped[index][middle] != "B" else "C")
            + flipped[index][middle + 1 :]
        )
        assert verify(".".join(flipped)) in (Reason.BAD_SIGNATURE, Reason.MALFORMED)


def test_swapping_the_embedded_credential(
    authority: Authority, verifier: Verifier, wallet: EidWallet, now: datetime
) -> None:
    token = wallet.show(now)
    other, _ = demo_wallet(authority, now)  # another credential (and key) for the same resident
    swapped = other.bundle.credential + token[len(wallet.bundle.credential) :]
    assert fails(lambda: verifier.verify(swapped)) in (Reason.BAD_SIGNATURE, Reason.REVOKED)
    fresh = Verifier(authority.published_keys(), clock=verifier.clock)  # no revocation list at all
    assert fails(lambda: fresh.verify(swapped)) is Reason.BAD_SIGNATURE


def test_a_forged_disclosure(
    verifier: Verifier, wallet: EidWallet, request_qr: MadeRequest, now: datetime
) -> None:
    """A modified app signs a share with a false value: the device key is right, the root is not."""
    honest = Share.from_payload(parse(share_for(wallet, request_qr, now, ("age_over_18",)))[1].payload)
    lie = dict(honest.disclosed)
    lie["age_over_18"] = type(lie["age_over_18"])("age_over_18", lie["age_over_18"].salt, False)
    forged = Share(BANK, request_qr.nonce, lie, honest.withheld, True, honest.issued_at, honest.expires_at)
    token = sign(forged.to_payload(), wallet._key, on=wallet.bundle.credential)
    assert fails(lambda: verifier.verify(token, nonce=request_qr.nonce)) is Reason.BAD_DISCLOSURE


def test_unknown_authority_key(wallet: EidWallet, clock: FakeClock, now: datetime) -> None:
    stranger = Verifier(PublishedKeys({"other": demo_private_key("x").public_key()}), clock=clock)
    assert fails(lambda: stranger.verify(wallet.show(now))) is Reason.UNKNOWN_KEY
    # A credential signed by a key claiming the real kid.
    claims = parse(wallet.bundle.credential)[0].payload
    fake = sign(claims, demo_private_key("impostor"))
    verifier = Verifier(
        PublishedKeys({claims["kid"]: demo_private_key("authority").public_key()}), clock=clock
    )
    assert fails(lambda: verifier.verify(fake)) is Reason.BAD_SIGNATURE


# -- binding to the verifier's context -------------------------------------------------------------


def test_replay_within_validity(
    verifier: Verifier, wallet: EidWallet, request_qr: MadeRequest, now: datetime
) -> None:
    show = wallet.show(now)
    verifier.verify(show)
    assert fails(lambda: verifier.verify(show)) is Reason.REPLAYED
    verifier.verify(wallet.show(now))  # the next code is a new one
    course = wallet.course("cep", "C-1", "in", now)
    verifier.verify(course)
    assert fails(lambda: verifier.verify(course)) is Reason.REPLAYED
    share = share_for(wallet, request_qr, now)
    verifier.verify(share, nonce=request_qr.nonce)
    again = share_for(wallet, request_qr, now)  # even a second share for the same request
    assert fails(lambda: verifier.verify(again, nonce=request_qr.nonce)) is Reason.REPLAYED


def test_a_failing_token_does_not_use_up_the_real_one(
    verifier: Verifier, wallet: EidWallet, request_qr: MadeRequest, now: datetime
) -> None:
    share = share_for(wallet, request_qr, now)
    assert fails(lambda: verifier.verify(share, nonce="x" * 22)) is Reason.WRONG_NONCE
    assert verifier.verify(share, nonce=request_qr.nonce).kind == "share"


def test_nonce_and_institution(
    verifier: Verifier, wallet: EidWallet, request_qr: MadeRequest, now: datetime
) -> None:
    share = share_for(wallet, request_qr, now)
    assert fails(lambda: verifier.verify(share)) is Reason.NONCE_REQUIRED
    assert fails(lambda: verifier.verify(share, nonce="A" * 22)) is Reason.WRONG_NONCE
    assert (
        fails(lambda: verifier.verify(share, nonce=request_qr.nonce, institution="demo-cep"))
        is Reason.WRONG_INSTITUTION
    )
    assert (
        fails(lambda: verifier.verify(share, nonce=request_qr.nonce, requested=["name_zh"]))
        is Reason.NOT_REQUESTED
    )
    assert fails(lambda: verifier.verify(share, nonce=request_qr.nonce, expect="show")) is Reason.WRONG_TYPE


def test_revoked_after_binding_a_new_device(
    authority: Authority, clock: FakeClock, bound: tuple[EidWallet, Issued], now: datetime
) -> None:
    old_wallet, _ = bound
    old_show = old_wallet.show(now)
    before = Verifier(authority.published_keys(), revocations=authority.revocation_list(), clock=clock)
    new_wallet, issued = demo_wallet(authority, now)  # the resident binds a new PC
    assert issued.revoked == (old_wallet.claims.cid,)
    after = Verifier(authority.published_keys(), revocations=authority.revocation_list(), clock=clock)
    reason = fails(lambda: after.verify(old_show))
    assert reason is Reason.REVOKED
    with pytest.raises(EidError) as exc:
        after.verify(old_wallet.show(now))
    assert exc.value.message.startswith("revoked key")
    assert after.verify(new_wallet.show(now)).kind == "show"
    # A verifier that updates its list learns the same; an older list is refused.
    before.update_revocations(authority.revocation_list())
    assert fails(lambda: before.verify(old_wallet.show(now))) is Reason.REVOKED
    stale = Verifier(authority.published_keys(), revocations=authority.revocation_list(), clock=clock)
    demo_wallet(authority, now)
    stale.update_revocations(authority.revocation_list())
    assert fails(lambda: stale.update_revocations(after.revocations)) is Reason.STALE_LIST  # type: ignore[arg-type]


def test_only_device_tokens_ride_on_credentials(verifier: Verifier, wallet: EidWallet, now: datetime) -> None:
    # A device token without a credential, on a non-credential link, and a bind proof: none pass.
    lone = sign(Presentation("A" * 16, 0, 60).to_payload(), wallet._key)
    assert fails(lambda: verifier.verify(lone)) is Reason.MALFORMED
    proof = make_bind_proof(wallet._key, "usr-demo", "A" * 22, now)
    assert fails(lambda: verifier.verify(proof)) is Reason.WRONG_TYPE
    stacked = sign({"t": "show", "jti": "A" * 16, "iat": 0, "exp": 60}, wallet._key, on=lone)
    assert fails(lambda: verifier.verify(stacked)) is Reason.MALFORMED


def test_the_replay_cache_on_disk_holds_across_verifiers(
    authority: Authority, clock: FakeClock, wallet: EidWallet, tmp_path: Path, now: datetime
) -> None:
    show = wallet.show(now)
    first = Verifier(authority.published_keys(), replay=SqliteReplayCache(tmp_path / "seen.db"), clock=clock)
    first.verify(show)
    second = Verifier(authority.published_keys(), replay=SqliteReplayCache(tmp_path / "seen.db"), clock=clock)
    assert fails(lambda: second.verify(show)) is Reason.REPLAYED
    assert b64d(b64e(b"x")) == b"x"
