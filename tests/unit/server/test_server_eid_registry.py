"""The institution registry (test mode and the demo's) and the face-presence check of uploaded frames."""

from __future__ import annotations

from typing import Any

import pytest
from eid_kit import challenge, jpeg, moment, upload
from fastapi.testclient import TestClient
from server_testkit import FakeClock, assert_problem, bearer, login

from desktop.clock import FakeClock as EidClock
from desktop.eid.consent import read_request
from desktop.eid.demo import demo_institution_key
from desktop.eid.holder import make_bind_proof
from desktop.eid.keys import generate_key
from desktop.eid.request import InstitutionKey, make_request
from desktop.eid.trust import PublishedKeys
from desktop.eid.verify import Verifier
from server.services import Services

CLINIC = {"zh": "測試診所", "pt": "Clínica de Teste", "en": "Test Clinic"}


def key_set(client: TestClient) -> PublishedKeys:
    return PublishedKeys.from_json(client.get("/v1/eid/keys").text)


def test_register_an_institution(client: TestClient, clock: FakeClock) -> None:
    signer = InstitutionKey.generate("test-clinic")
    # The key as the institution's tool prints it (its extra "institution" member is ignored).
    added = client.post(
        "/v1/_test/eid/institutions", json={"id": "test-clinic", "name": CLINIC, "key": signer.public_jwk()}
    )
    assert added.status_code == 201, added.text
    jwk = {k: v for k, v in signer.public_jwk().items() if k != "institution"}
    assert added.json() == {"id": "test-clinic", "name": CLINIC, "keys": [jwk]}
    keys = key_set(client)
    made = make_request(signer, ["name_zh", "age_over_18"], "測試", moment(clock))
    verified = Verifier(keys, clock=EidClock(moment(clock))).verify_request(made.token)
    assert verified.institution is not None and verified.institution.name == CLINIC
    assert read_request(made.token, keys, moment(clock)).fields == ("name_zh", "age_over_18")

    # Rotation: a second key is added, both verify.
    newer = InstitutionKey.generate("test-clinic")
    again = client.post(
        "/v1/_test/eid/institutions", json={"id": "test-clinic", "name": CLINIC, "key": newer.public_jwk()}
    )
    assert again.status_code == 200 and len(again.json()["keys"]) == 2
    Verifier(key_set(client), clock=EidClock(moment(clock))).verify_request(
        make_request(newer, ["email"], "測試", moment(clock)).token
    )

    wrong_bits = {**jwk, "x": "A" * 42 + "B"}  # 43 characters whose last one has stray bits
    refused = client.post("/v1/_test/eid/institutions", json={"id": "x", "name": CLINIC, "key": wrong_bits})
    assert_problem(refused, 422, "malformed")
    bad_id = client.post("/v1/_test/eid/institutions", json={"id": "a b", "name": CLINIC, "key": jwk})
    assert_problem(bad_id, 422, "validation-error")
    no_name = client.post(
        "/v1/_test/eid/institutions", json={"id": "x", "name": {**CLINIC, "en": ""}, "key": jwk}
    )
    assert_problem(no_name, 422, "validation-error")


def test_no_registration_without_test_mode(make_server: Any) -> None:
    client, _ = make_server(test_mode=False)
    assert_problem(client.post("/v1/_test/eid/institutions", json={}), 404, "not-found")
    assert client.get("/v1/eid/keys").status_code == 200


def test_demo_institutions_use_the_public_demo_keys(make_server: Any, clock: FakeClock) -> None:
    client, _ = make_server(demo=True)
    keys = key_set(client)
    assert keys.demo is True and "DEMO" in keys.issuer
    assert list(keys.institutions) == ["demo-bank", "demo-hotel", "demo-cep"]
    for iid, info in keys.institutions.items():
        assert "示範" in info.name["zh"] and "Demonstração" in info.name["pt"] and "Demo" in info.name["en"]
        made = make_request(demo_institution_key(iid), ["name_zh"], "示範", moment(clock))
        assert read_request(made.token, keys, moment(clock)).institution.id == iid


def frames_presence(client: TestClient, token: str, ids: list[str], **more: Any) -> Any:
    return client.post("/v1/eid/presence", json={"upload_ids": ids, **more}, headers=bearer(token))


def test_presence_from_uploaded_frames(server: tuple[TestClient, Services], clock: FakeClock) -> None:
    client, _ = server
    token = login(client)["access_token"]
    frame = upload(client, token, jpeg(640, 480))
    checked = frames_presence(client, token, [frame], faces=1)
    assert checked.status_code == 201, checked.text
    body = checked.json()
    assert set(body) == {"presence_id", "checked_at", "expires_at"} and body["presence_id"].startswith("pr-")
    proof = make_bind_proof(generate_key(), "usr-demo", challenge(client, token), moment(clock))
    bound = client.post(
        "/v1/eid/binding", json={"proof": proof, "presence_id": body["presence_id"]}, headers=bearer(token)
    )
    assert bound.status_code == 201, bound.text


@pytest.mark.parametrize(
    "case", ["incomplete", "not-image", "two-faces", "old-check", "stale", "theirs", "none"]
)
def test_presence_refusals(server: tuple[TestClient, Services], clock: FakeClock, case: str) -> None:
    client, _ = server
    token = login(client)["access_token"]
    data = jpeg(320, 240)
    frame = upload(client, token, data, send=100 if case == "incomplete" else None)
    more: dict[str, Any] = {}
    if case == "not-image":
        frame = upload(client, token, b"%PDF-1.7 not a frame", "image/jpeg")
    elif case == "two-faces":
        more = {"faces": 2}
    elif case == "old-check":
        more = {"checked_at": "2020-01-01T00:00:00+08:00"}
    elif case == "stale":
        clock.advance(301)
    elif case == "theirs":
        frame = upload(client, login(client, "lee")["access_token"], jpeg(320, 242))
    ids = [] if case == "none" else [frame]
    answer = frames_presence(client, token, ids, **more)
    if case == "none":
        assert_problem(answer, 422, "validation-error")
        return
    problem = assert_problem(answer, 422, "presence-required")
    if case in ("incomplete", "not-image", "stale", "theirs"):
        assert problem["upload_id"] == frame
