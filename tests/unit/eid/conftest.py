"""Shared eID fixtures: a fake clock, the demo authority, a bound demo wallet, a bank's request."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.clock import FakeClock
from desktop.eid.authority import Authority, Issued
from desktop.eid.demo import demo_authority, demo_institution_key, demo_wallet
from desktop.eid.holder import EidWallet
from desktop.eid.request import MadeRequest, make_request
from desktop.eid.verify import Verifier
from tests.unit.eid.samples import ASKED, BANK, PURPOSE


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def now(clock: FakeClock) -> datetime:
    return clock.now()


@pytest.fixture
def authority(clock: FakeClock) -> Authority:
    return demo_authority(clock)


@pytest.fixture
def bound(authority: Authority, now: datetime) -> tuple[EidWallet, Issued]:
    return demo_wallet(authority, now)


@pytest.fixture
def wallet(bound: tuple[EidWallet, Issued]) -> EidWallet:
    return bound[0]


@pytest.fixture
def request_qr(now: datetime) -> MadeRequest:
    return make_request(demo_institution_key(BANK), ASKED, PURPOSE, now)


@pytest.fixture
def verifier(authority: Authority, clock: FakeClock, wallet: EidWallet) -> Verifier:
    """A verifier holding the current key set and revocation list (after the wallet was bound)."""
    return Verifier(authority.published_keys(), revocations=authority.revocation_list(), clock=clock)
