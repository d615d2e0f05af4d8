"""eID binding (server.eid, /v1/eid): a real device key binds, the credential verifies offline against
the published key set, a retry gets the same answer, a second device revokes the first, refusals."""

from __future__ import annotations

import json
from typing import Any

import pytest
from eid_kit import bind, challenge, moment, pass_presence
from fastapi.testclient import TestClient
from server_testkit import FakeClock, assert_problem, bearer, login

from desktop.clock import FakeClock as EidClock
from desktop.eid.authority import Issued
from desktop.eid.errors import EidError, Reason
from desktop.eid.holder import CredentialBundle, EidWallet, make_bind_proof
from desktop.eid.keys import generate_key
from desktop.eid.trust import PublishedKeys, RevocationList
from desktop.eid.verify import Verifier
from server.eid import service
from server.services import Services


@pytest.fixture
def demo(make_server: Any) -> tuple[TestClient, Services]:
    """A test-mode demo server: the residents' particulars and the demo resident's address are there."""
    return make_server(test_mode=True, demo=True)


def published(client: TestClient) -> tuple[PublishedKeys, RevocationList]:
    keys = PublishedKeys.from_json(client.get("/v1/eid/keys").text)
    return keys, RevocationList.from_json(client.get("/v1/eid/revocations").text, keys)


def verifier(client: TestClient, clock: FakeClock) -> Verifier:
    keys, revocations = published(client)
    return Verifier(keys, revocations=revocations, clock=EidClock(moment(clock)))


def wallet(body: dict[str, Any], key: Any) -> EidWallet:
    return EidWallet(CredentialBundle.from_issued(Issued.from_json_dict(body)), key)


def test_bind_and_verify_offline(demo: tuple[TestClient, Services], clock: FakeClock) -> None:
    client, services = demo
    token = login(client)["access_token"]
    key = generate_key()
    answer = bind(client, token, key, clock)
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert set(body) == {"credential", "credential_id", "expires_at", "disclosures", "revoked"}
    assert body["revoked"] == [] and body["expires_at"] == int(clock.now) + 180 * 86400

    # The values certified are the resident's, from their rows.
    mine = wallet(body, key)  # the disclosures match the credential's digest root
    values = mine.bundle.values()
    assert values == {
        "name_zh": "陳大文",
        "name_pt": "Chan Tai Man",
        "name_en": "Chan Tai Man",
        "id_number_masked": "1****67(8)",
        "date_of_birth": "1988-03-14",
        "age_over_18": True,
        "address": "澳門高士德大馬路25號示範大廈8樓B",
        "phone": "+853 6612 3456",
        "email": "chan.taiman@example.com",
        "photo_hash": None,
    }

    # Offline: only the key set and the list, fetched once.
    check = verifier(client, clock)
    assert check.keys.demo is True
    credential = check.verify(body["credential"])
    assert credential.kind == "credential" and credential.subject is not None
    assert (credential.subject.resident_id, credential.subject.name) == ("usr-demo", "陳大文")
    shown = check.verify(mine.show(moment(clock)), expect="show")
    assert shown.subject is not None and shown.subject.credential_id == body["credential_id"]
    assert shown.revocation_version == 0

    status = client.get(f"/v1/eid/credentials/{body['credential_id']}", headers=bearer(token))
    assert status.json() == {"status": "active", "reissue_required": False, "changed_fields": []}
    stored = services.store.get("eid_credential", body["credential_id"])
    assert stored is not None and stored.owner == "usr-demo" and stored.row is not None
    assert stored.row["status"] == "active" and stored.row["device_key"] == mine.claims.device_key


def test_the_same_proof_again_gets_the_same_answer(
    server: tuple[TestClient, Services], clock: FakeClock
) -> None:
    client, _ = server
    token = login(client)["access_token"]
    key = generate_key()
    value = challenge(client, token)
    proof = make_bind_proof(key, "usr-demo", value, moment(clock))
    presence = pass_presence(client)
    sent = {"proof": proof, "presence_id": presence}
    first = client.post("/v1/eid/binding", json=sent, headers=bearer(token))
    assert first.status_code == 201, first.text
    clock.advance(400)  # past the proof's and the challenge's lives: still the first answer
    again = client.post("/v1/eid/binding", json=sent, headers=bearer(token))
    assert again.status_code == 200 and again.json() == first.json()
    clock.advance(-400)
    # A proof made anew on the same challenge by the same key (an app that signs again on retry).
    remade = make_bind_proof(key, "usr-demo", value, moment(clock))
    third = client.post(
        "/v1/eid/binding", json={"proof": remade, "presence_id": presence}, headers=bearer(token)
    )
    assert third.status_code == 200 and third.json() == first.json()
    # That challenge answered; another key cannot use it.
    other = make_bind_proof(generate_key(), "usr-demo", value, moment(clock))
    refused = client.post(
        "/v1/eid/binding", json={"proof": other, "presence_id": pass_presence(client)}, headers=bearer(token)
    )
    assert_problem(refused, 422, "challenge-invalid")
    keys, revocations = published(client)
    assert revocations.version == 0 and len(keys.authority) == 1


def test_a_second_device_revokes_the_first(server: tuple[TestClient, Services], clock: FakeClock) -> None:
    client, services = server
    token = login(client)["access_token"]
    first_key, second_key = generate_key(), generate_key()
    first = bind(client, token, first_key, clock).json()
    old_tag = client.get("/v1/eid/revocations").headers["etag"]
    assert old_tag == 'W/"0"'
    head = services.events.head()
    clock.advance(60)
    second = bind(client, token, second_key, clock)
    assert second.status_code == 201, second.text
    assert second.json()["revoked"] == [first["credential_id"]]

    keys, revocations = published(client)
    assert revocations.version == 1
    entry = revocations.is_revoked(first["credential_id"])
    assert entry is not None and entry.reason == "rebound" and entry.at == int(clock.now)
    check = Verifier(keys, revocations=revocations, clock=EidClock(moment(clock)))
    with pytest.raises(EidError) as refused:
        check.verify(wallet(first, first_key).show(moment(clock)))
    assert refused.value.reason is Reason.REVOKED
    assert check.verify(wallet(second.json(), second_key).show(moment(clock))).kind == "show"

    def status(cid: str) -> str:
        return str(client.get(f"/v1/eid/credentials/{cid}", headers=bearer(token)).json()["status"])

    assert (status(first["credential_id"]), status(second.json()["credential_id"])) == ("revoked", "active")
    # Every device of the resident hears it: an event, and the credential's row.
    events = [e for e in services.events.read(head, "usr-demo") if e.type == "eid"]
    assert [e.data for e in events] == [
        {
            "credential_id": first["credential_id"],
            "status": "revoked",
            "reason": "rebound",
            "reissue_required": False,
            "changed_fields": [],
            "revocation_version": 1,
        }
    ]
    assert not [e for e in services.events.read(head, "usr-lee") if e.type == "eid"]
    row = services.store.get("eid_credential", first["credential_id"])
    assert row is not None and row.row is not None and row.row["status"] == "revoked"
    # The list is cacheable by its version.
    assert client.get("/v1/eid/revocations", headers={"If-None-Match": old_tag}).status_code == 200
    assert client.get("/v1/eid/revocations", headers={"If-None-Match": 'W/"1"'}).status_code == 304


def test_unbind(server: tuple[TestClient, Services], clock: FakeClock) -> None:
    client, _ = server
    token = login(client)["access_token"]
    body = bind(client, token, generate_key(), clock).json()
    assert client.delete("/v1/eid/binding", headers=bearer(token)).status_code == 204
    _, revocations = published(client)
    entry = revocations.is_revoked(body["credential_id"])
    assert entry is not None and entry.reason == "unbound" and revocations.version == 1
    status = client.get(f"/v1/eid/credentials/{body['credential_id']}", headers=bearer(token)).json()
    assert status["status"] == "revoked"
    assert client.delete("/v1/eid/binding", headers=bearer(token)).status_code == 204  # nothing left
    assert published(client)[1].version == 1


def test_refusals(server: tuple[TestClient, Services], clock: FakeClock) -> None:
    client, _ = server
    token = login(client)["access_token"]
    lee = login(client, "lee")["access_token"]
    key = generate_key()

    def proof(user: str = "usr-demo", value: str | None = None, signer: Any = key) -> str:
        """A proof by ``signer`` for ``user`` over a fresh challenge of theirs (or ``value``)."""
        fresh = value or challenge(client, token if user == "usr-demo" else lee)
        return make_bind_proof(signer, user, fresh, moment(clock))

    def post(proof: str, presence: str | None = None, as_token: str = token) -> Any:
        sent = {"proof": proof, "presence_id": presence or pass_presence(client)}
        return client.post("/v1/eid/binding", json=sent, headers=bearer(as_token))

    fresh = proof()
    assert_problem(post(fresh, "pr-unknown"), 422, "presence-required")
    assert_problem(post("OAE1.nonsense"), 422, "malformed")
    assert_problem(post("OAE1." + "A" * 3000), 422, "too-large")
    tampered = fresh[:-4] + ("AAAA" if not fresh.endswith("AAAA") else "BBBA")
    assert_problem(post(tampered), 422, "bad-signature")
    assert_problem(post(proof("usr-lee")), 422, "challenge-invalid")  # made for another resident
    assert_problem(post(proof(value="not-a-challenge-xyz")), 422, "challenge-invalid")
    late = proof()
    clock.advance(200)
    assert_problem(post(late), 422, "expired")
    stale = challenge(client, token)
    clock.advance(301)
    assert_problem(post(proof(value=stale)), 422, "challenge-invalid")
    # A presence check counts five minutes, and once.
    presence = pass_presence(client)
    clock.advance(301)
    assert_problem(post(proof(), presence), 422, "presence-required")
    presence = pass_presence(client)
    assert post(proof(), presence).status_code == 201
    assert_problem(post(proof(), presence), 422, "presence-required")
    # One device key backs one resident.
    taken = post(proof("usr-lee"), pass_presence(client, "usr-lee"), as_token=lee)
    assert_problem(taken, 409, "device-key-in-use")
    # Someone else's presence check is not yours.
    theirs = post(proof("usr-lee", signer=generate_key()), pass_presence(client), as_token=lee)
    assert_problem(theirs, 422, "presence-required")
    assert_problem(client.post("/v1/eid/challenge"), 401, "unauthorized")
    anonymous = client.post("/v1/eid/binding", json={"proof": fresh, "presence_id": "x"})
    assert_problem(anonymous, 401, "unauthorized")


def test_another_residents_credential_is_unknown(
    server: tuple[TestClient, Services], clock: FakeClock
) -> None:
    client, _ = server
    token = login(client)["access_token"]
    body = bind(client, token, generate_key(), clock).json()
    lee = login(client, "lee")["access_token"]
    unknown = {"status": "unknown", "reissue_required": False, "changed_fields": []}
    assert client.get(f"/v1/eid/credentials/{body['credential_id']}", headers=bearer(lee)).json() == unknown
    assert client.get("/v1/eid/credentials/no-such-cid", headers=bearer(token)).json() == unknown


def test_state_is_kept_with_the_answer(
    make_server: Any, tmp_path: Any, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "kept"
    client, services = make_server(test_mode=True, data_dir=data)
    token = login(client)["access_token"]

    # A failure after the authority issued, before the commit: nothing of it remains.
    def fail(*args: Any) -> dict[str, Any]:
        raise RuntimeError("the disk is full")

    with monkeypatch.context() as patched:
        patched.setattr(service, "credential_row", fail)
        broken = TestClient(client.app, raise_server_exceptions=False)
        assert_problem(bind(broken, token, generate_key(), clock), 500, "internal")
    with services.db.snapshot() as conn:
        state = json.loads(conn.execute("SELECT state_json FROM eid_state").fetchone()[0])
    assert state["credentials"] == {} and state["active"] == {}
    body = bind(client, token, generate_key(), clock).json()
    assert body["revoked"] == []
    kid = published(client)[0].authority
    services.close()
    # A restarted server: the same key, the same credentials.
    again, _ = make_server(test_mode=True, data_dir=data, users=False)
    token = login(again)["access_token"]
    assert published(again)[0].authority.keys() == kid.keys()
    status = again.get(f"/v1/eid/credentials/{body['credential_id']}", headers=bearer(token)).json()
    assert status["status"] == "active"


def test_each_database_has_its_own_key(make_server: Any) -> None:
    first, _ = make_server(test_mode=True)
    second, _ = make_server(test_mode=True)
    keys = [PublishedKeys.from_json(c.get("/v1/eid/keys").text) for c in (first, second)]
    assert set(keys[0].authority).isdisjoint(keys[1].authority)
    assert keys[0].demo is False and not keys[0].institutions
    answer = first.get("/v1/eid/keys")
    assert answer.headers["cache-control"] == "public, max-age=3600"
    assert first.get("/v1/eid/keys", headers={"If-None-Match": answer.headers["etag"]}).status_code == 304
