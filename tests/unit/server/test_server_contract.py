"""Schemathesis against the served OpenAPI document: no 5xx, and every answer matches the document.

The cases are derandomized so a failure reproduces for everybody; ``CONTRACT_RANDOM=1`` explores
fresh ones (with ``--hypothesis-seed`` to replay a find).
"""

from __future__ import annotations

import os
import zlib
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from server_testkit import FakeClock

from server.app import create_app
from server.config import ServerConfig
from server.cursor import encode_cursor
from server.demo.residents import DEMO_RESIDENTS
from server.services import Services

DERANDOMIZE = os.environ.get("CONTRACT_RANDOM") != "1"


@pytest.fixture(scope="module")
def contract_app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    # Test mode for the entity and epoch endpoints; faults are left out below, since a fault is
    # meant to break the contract.
    config = ServerConfig(data_dir=tmp_path_factory.mktemp("contract"), test_mode=True, clock=FakeClock())
    services = Services.open(config)
    for r in DEMO_RESIDENTS:
        services.auth.create_user(r.username, r.password, r.display_name, user_id=r.user_id)
    services.store.put_many(("service", f"ps-{n}", {"n": n}, None) for n in range(30))
    yield create_app(config, services)
    services.close()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_served_openapi_holds(contract_app: Any, mode: GenerationMode) -> None:
    token = TestClient(contract_app).post("/v1/auth/login", json={"username": "demo", "password": "demo"})
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    store = contract_app.state.services.store
    schema = schemathesis.openapi.from_asgi("/openapi.json", contract_app).exclude(
        path_regex="^/v1/_test/faults"
    )

    # Unknown query parameters are ignored on purpose (newer clients may send more), so a request
    # that is "invalid" only by an extra parameter is rightly accepted.
    excluded = [schemathesis.checks.negative_data_rejection] if mode is GenerationMode.NEGATIVE else []

    @settings(
        max_examples=150,
        deadline=None,
        # The same cases every run: a contract check that fails must fail for everybody.
        derandomize=DERANDOMIZE,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=schema.as_strategy(generation_mode=mode))
    def check(case: schemathesis.Case) -> None:
        # Half the cases signed in, so the operations behind auth are exercised past the 401.
        sign_in = zlib.crc32(f"{case.query!r}{case.body!r}".encode()) % 2 == 0
        if mode is GenerationMode.POSITIVE and case.query and case.query.get("cursor"):
            # The schema cannot say which strings are cursors this server made (any other is 400).
            # Read the epoch now: the generated calls of /v1/_test/reset-epoch change it.
            case.query["cursor"] = encode_cursor(store.epoch, len(str(case.query["cursor"])) % 30)
        case.call_and_validate(headers=headers if sign_in else None, excluded_checks=excluded)

    check()
