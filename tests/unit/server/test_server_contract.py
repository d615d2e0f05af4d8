"""Schemathesis against the served OpenAPI document: no 5xx, and every answer matches the document.

The cases are derandomized so a failure reproduces for everybody; ``CONTRACT_RANDOM=1`` explores
fresh ones (with ``--hypothesis-seed`` to replay a find).

Left out: ``/v1/events`` (an endless stream), ``/v1/_test/faults`` (a fault is meant to break the
contract), ``/v1/_test/provider`` (a generated latency would stall every later payment) and
``/v1/_test/clock`` (a clock moved by a year expires the token every case shares). Valid
operations and uploads may still be refused for what their data says (a fine that does not exist, a
type not accepted): for those, a refusal must be one of the documented slugs. The eID binding stays in
although no generated proof can pass (that needs a fresh challenge signed by a device key): what it
answers must still be a documented reason code, in the documented shape.
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
from server.uploads import OFFSET_MEDIA_TYPE

DERANDOMIZE = os.environ.get("CONTRACT_RANDOM") != "1"

#: Refusals a schema-valid request may meet because of its data, per operation.
DATA_REFUSALS = {
    "PUT /v1/ops/{op_id}": {
        "unknown-kind", "invalid-payload", "fine-not-found", "fine-already-paid", "tax-not-found",
        "tax-already-paid", "amount-mismatch", "payment-declined", "idempotency-key-reused",
        "bill-not-found", "bill-already-paid", "memo-id-taken", "slot-not-found", "slot-past", "slot-taken",
        "already-booked", "appointment-not-found", "appointment-cancelled", "appointment-past",
        "invalid-address", "unknown-department", "upload-not-found", "upload-incomplete", "not-a-jpeg",
        "photo-wrong-ratio", "photo-too-small", "photo-too-old",
    },
    # A proof can only pass with a fresh challenge signed by a device key: generated ones are refused
    # for what they are (eID reason codes).
    "POST /v1/eid/binding": {
        "malformed", "unsupported-version", "too-large", "wrong-type", "bad-signature", "expired",
        "not-yet-valid", "lifetime-too-long", "presence-required", "challenge-invalid", "device-key-in-use",
    },
    # Generated upload ids are no frames of the resident; a generated time may not parse.
    "POST /v1/eid/presence": {"presence-required", "validation-error"},
    # A generated x of the right length may still carry stray bits.
    "POST /v1/_test/eid/institutions": {"malformed"},
    "POST /v1/uploads": {"unsupported-media-type", "upload-too-large", "validation-error"},
    "PATCH /v1/uploads/{upload_id}": {"offset-mismatch", "upload-too-large", "checksum-mismatch"},
    # A slot that does not exist yet needs all its fields; times must parse; places must fit.
    "POST /v1/_test/slots": {"validation-error"},
}  # fmt: skip


@schemathesis.serializer(OFFSET_MEDIA_TYPE)
def _offset_octets(ctx: Any, value: Any) -> bytes:
    return value if isinstance(value, bytes) else str(value).encode()


FINES = 60


@pytest.fixture(scope="module")
def contract_app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    # Test mode for the entity and epoch endpoints; faults are left out below, since a fault is
    # meant to break the contract.
    config = ServerConfig(data_dir=tmp_path_factory.mktemp("contract"), test_mode=True, clock=FakeClock())
    services = Services.open(config)
    for r in DEMO_RESIDENTS:
        services.auth.create_user(r.username, r.password, r.display_name, user_id=r.user_id)
    services.store.put_many(("service", f"ps-{n}", {"n": n}, None) for n in range(30))
    services.store.put_many(
        ("fine", f"F-{n}", {"amount": "600.00", "status": "unpaid"}, "usr-demo") for n in range(FINES)
    )
    # One method answers 202, so the accepted shape is checked too.
    services.provider.configure(async_methods=frozenset({"unionpay"}), confirm_after_s=0.05)
    yield create_app(config, services)
    services.close()


def _fill_in(case: schemathesis.Case, n: int, epoch: str, made: dict[str, list[str]]) -> None:
    """What a schema cannot say, filled into positive cases so they get past it to the real work.

    ``n`` is a hash of the case: its lowest bit decides the sign-in, the others what is filled in.
    """
    if case.query and case.query.get("cursor"):
        # Which strings are cursors this server made (any other is 400); read the epoch now, since
        # the generated calls of /v1/_test/reset-epoch change it.
        case.query["cursor"] = encode_cursor(epoch, len(str(case.query["cursor"])) % 30)
    if case.path_parameters and "op_id" in case.path_parameters and case.headers is not None:
        # That the Idempotency-Key equals the path's op_id.
        case.headers["Idempotency-Key"] = case.path_parameters["op_id"]
    # Which operations and uploads exist.
    if case.method == "GET" and case.path == "/v1/ops/{op_id}" and made["op_id"] and n & 2:
        case.path_parameters = {"op_id": made["op_id"][(n >> 2) % len(made["op_id"])]}
    if case.path == "/v1/uploads/{upload_id}" and made["upload_id"] and n & 2:
        case.path_parameters = {"upload_id": made["upload_id"][(n >> 2) % len(made["upload_id"])]}
        if case.method == "PATCH" and case.headers is not None:
            case.headers["Upload-Offset"] = "0"
    if case.method == "PUT" and isinstance(case.body, dict) and (n >> 1) % 3:
        # Which kinds and payloads exist: two cases in three pay one of the fines.
        method = ("mpay", "unionpay", "card")[(n >> 3) % 3]
        payload = {"fine_id": f"F-{n % FINES}", "amount": "600.00", "method": method}
        case.body = {**case.body, "kind": "pay_fine", "payload": payload}
    if case.path == "/v1/uploads" and isinstance(case.body, dict) and n & 2:
        case.body = {**case.body, "mime": "image/png", "size": 1 + (n >> 2) % 5000}


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_served_openapi_holds(contract_app: Any, mode: GenerationMode) -> None:
    client = TestClient(contract_app)

    def sign_in() -> dict[str, str]:
        token = client.post("/v1/auth/login", json={"username": "demo", "password": "demo"})
        return {"Authorization": f"Bearer {token.json()['access_token']}"}

    headers = sign_in()
    made: dict[str, list[str]] = {"op_id": [], "upload_id": []}
    store = contract_app.state.services.store
    schema = schemathesis.openapi.from_asgi("/openapi.json", contract_app).exclude(
        path_regex="^/v1/(_test/faults|_test/provider|_test/clock|events)"
    )

    # Unknown query parameters are ignored on purpose (newer clients may send more), so a request
    # that is "invalid" only by an extra parameter is rightly accepted.
    excluded = [schemathesis.checks.negative_data_rejection] if mode is GenerationMode.NEGATIVE else []
    accepted = schemathesis.checks.positive_data_acceptance

    @settings(
        max_examples=300,
        deadline=None,
        # The same cases every run: a contract check that fails must fail for everybody.
        derandomize=DERANDOMIZE,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=schema.as_strategy(generation_mode=mode))
    def check(case: schemathesis.Case) -> None:
        nonlocal headers
        n = zlib.crc32(f"{case.path_parameters!r}{case.query!r}{case.body!r}".encode())
        label = f"{case.method} {case.path}"
        if mode is GenerationMode.POSITIVE:
            _fill_in(case, n, store.epoch, made)
        refusals = DATA_REFUSALS.get(label) if mode is GenerationMode.POSITIVE else None
        # Half the cases signed in, so the operations behind auth are exercised past the 401.
        signed_in = n % 2 == 0
        response = case.call_and_validate(
            headers=headers if signed_in else None,
            excluded_checks=[*excluded, accepted] if refusals else excluded,
        )
        if refusals and response.status_code >= 400 and response.status_code not in (401, 404):
            slug = response.json()["type"].rsplit("/", 1)[-1]
            assert slug in refusals, (label, response.status_code, response.text)
        if case.method == "PUT" and response.status_code in (201, 202):
            made["op_id"].append(case.path_parameters["op_id"])
        if label == "POST /v1/uploads" and response.status_code in (200, 201):
            made["upload_id"].append(response.json()["upload_id"])
        if signed_in and case.path == "/v1/auth/logout":
            headers = sign_in()  # that logout revoked the token every case shares

    check()
