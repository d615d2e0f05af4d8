"""Fixtures for the reference server tests: a real SQLite file per test, a clock tests can move."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from server_testkit import FakeClock

from server import auth
from server.app import create_app
from server.config import ServerConfig
from server.demo.residents import DEMO_RESIDENTS
from server.services import Services


@pytest.fixture(autouse=True)
def cheap_password_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at its real cost (~50 ms a hash) made every resident created and every sign-in slow;
    the auth tests keep the real cost. The cost is stored in each hash, so checking one is cheap too."""
    if request.module.__name__ != "test_server_auth":
        monkeypatch.setattr(auth, "_SCRYPT_N", 2**10)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


Factory = Callable[..., tuple[TestClient, Services]]


@pytest.fixture
def make_server(tmp_path: Path, clock: FakeClock) -> Iterator[Factory]:
    """Build a server: ``make_server(test_mode=True, demo=False, access_ttl=900, users=True)``.

    ``users`` creates the two demo residents without the demo catalogue (faster than ``demo``).
    """
    opened: list[Services] = []

    def make(
        *, users: bool = True, data_dir: Path | None = None, **options: Any
    ) -> tuple[TestClient, Services]:
        config = ServerConfig(data_dir=data_dir or tmp_path / f"server-{len(opened)}", clock=clock, **options)
        services = Services.open(config)
        opened.append(services)
        if users and not config.demo:
            for r in DEMO_RESIDENTS:
                services.auth.create_user(r.username, r.password, r.display_name, user_id=r.user_id)
        return TestClient(create_app(config, services)), services

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def server(make_server: Factory) -> tuple[TestClient, Services]:
    """A test-mode server with the two demo residents and no catalogue."""
    return make_server(test_mode=True)


@pytest.fixture
def client(server: tuple[TestClient, Services]) -> TestClient:
    return server[0]


@pytest.fixture
def services(server: tuple[TestClient, Services]) -> Services:
    return server[1]
