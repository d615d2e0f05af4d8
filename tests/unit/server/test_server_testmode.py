"""The /v1/_test endpoints and the fault switches (routes/testing, server.faults)."""

from __future__ import annotations

import json
import time
import typing

import pytest
from fastapi.testclient import TestClient
from server_testkit import assert_problem, bearer, login

from server.faults import BEHAVIOURS, FAULT_KINDS, FaultRegistry
from server.routes.testing import FaultIn
from server.services import Services


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/v1/_test/entities"),
        ("POST", "/v1/_test/reset-epoch"),
        ("POST", "/v1/_test/faults"),
        ("GET", "/v1/_test/faults"),
        ("DELETE", "/v1/_test/faults"),
        ("POST", "/v1/_test/provider"),
        ("POST", "/v1/_test/config"),
        ("GET", "/v1/_test/effects"),
        ("POST", "/v1/_test/mark-paid-elsewhere"),
        ("POST", "/v1/_test/clock"),
        ("GET", "/v1/_test/clock"),
        ("POST", "/v1/_test/typhoon"),
        ("GET", "/v1/_test/typhoon"),
        ("DELETE", "/v1/_test/typhoon"),
        ("POST", "/v1/_test/feeds/run"),
        ("POST", "/v1/_test/slots"),
        ("POST", "/v1/_test/address"),
    ],
)
def test_test_endpoints_are_absent_without_test_mode(make_server: object, method: str, path: str) -> None:
    client, _ = make_server(test_mode=False)  # type: ignore[operator]
    assert_problem(client.request(method, path, json={}), 404, "not-found")
    assert not any(p.startswith("/v1/_test") for p in client.get("/openapi.json").json()["paths"])


def test_write_entities_one_or_many(client: TestClient, services: Services) -> None:
    one = client.post("/v1/_test/entities", json={"entity": "service", "id": "ps-1", "row": {"a": 1}})
    assert one.status_code == 200
    assert one.json()["written"] == [{"entity": "service", "id": "ps-1", "op": "put", "seq": 1, "version": 1}]
    many = client.post(
        "/v1/_test/entities",
        json=[
            {"entity": "fine", "id": "F-1", "row": {"amount": 600}, "owner": "usr-demo"},
            {"entity": "service", "id": "ps-1", "row": None},
            {"entity": "service", "id": "missing", "row": None},
        ],
    ).json()
    assert [(w["id"], w["op"], w["version"]) for w in many["written"]] == [
        ("F-1", "put", 1),
        ("ps-1", "delete", 2),
    ]
    assert many["seq"] == services.store.current_seq == 3
    stored = services.store.get("fine", "F-1")
    assert stored is not None and stored.owner == "usr-demo" and stored.row == {"amount": 600}
    token = login(client)["access_token"]
    changes = client.get("/v1/changes", headers=bearer(token)).json()["changes"]
    assert [(c["id"], c["op"]) for c in changes] == [("F-1", "put"), ("ps-1", "delete")]


def test_write_entities_rejects_bad_bodies_atomically(client: TestClient, services: Services) -> None:
    assert_problem(
        client.post("/v1/_test/entities", json={"entity": "", "id": "x", "row": {}}), 422, "validation-error"
    )
    assert_problem(
        client.post("/v1/_test/entities", json={"entity": "s", "id": "x", "row": 3}), 422, "validation-error"
    )
    services.store.put("fine", "F-1", {}, owner="usr-demo")
    moved = client.post(
        "/v1/_test/entities",
        json=[
            {"entity": "service", "id": "ok", "row": {}},
            {"entity": "fine", "id": "F-1", "row": {}, "owner": "usr-lee"},
        ],
    )
    assert "owner" in assert_problem(moved, 409, "owner-conflict")["detail"]
    assert services.store.get("service", "ok") is None  # the whole batch rolled back


def test_reset_epoch_endpoint(client: TestClient) -> None:
    token = login(client)["access_token"]
    client.post("/v1/_test/entities", json={"entity": "service", "id": "ps-1", "row": {}})
    cursor = client.get("/v1/changes", headers=bearer(token)).json()["cursor"]
    before = client.get("/v1/info").json()["epoch"]
    reset = client.post("/v1/_test/reset-epoch")
    assert reset.status_code == 200
    assert reset.json()["epoch"] == client.get("/v1/info").json()["epoch"] != before
    assert_problem(
        client.get("/v1/changes", params={"cursor": cursor}, headers=bearer(token)), 410, "cursor-expired"
    )
    assert client.post("/v1/_test/reset-epoch", json={"compact": False}).status_code == 200


def _fault(client: TestClient, **fault: object) -> list[dict[str, object]]:
    response = client.post("/v1/_test/faults", json=fault)
    assert response.status_code == 200, response.text
    faults: list[dict[str, object]] = response.json()["faults"]
    return faults


def test_html_fault(client: TestClient) -> None:
    _fault(client, kind="html", path="/v1/info")
    response = client.get("/v1/info")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.lstrip().lower().startswith("<!doctype html>")
    assert int(response.headers["content-length"]) == len(response.content)
    client.delete("/v1/_test/faults")
    _fault(client, kind="html", path="/v1/info", status=502)
    assert client.get("/v1/info").status_code == 502


def test_truncated_json_fault(client: TestClient) -> None:
    full = client.get("/v1/info").content
    _fault(client, kind="truncated_json", path="/v1/info")
    response = client.get("/v1/info")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert 0 < len(response.content) < len(full) and full.startswith(response.content)
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)


def test_wrong_types_fault(client: TestClient) -> None:
    token = login(client)["access_token"]
    _fault(client, kind="wrong_types", path="/v1/changes")
    body = client.get("/v1/changes", headers=bearer(token)).json()
    assert not isinstance(body["changes"], list)
    assert not isinstance(body["cursor"], str)
    assert not isinstance(body["has_more"], bool)
    # Other paths answer normally.
    assert isinstance(client.get("/v1/info").json()["epoch"], str)


def test_delay_fault(client: TestClient) -> None:
    _fault(client, kind="delay", path="/v1/info", seconds=0.3)
    started = time.perf_counter()
    response = client.get("/v1/info")
    assert time.perf_counter() - started >= 0.3
    assert response.status_code == 200 and response.json()["name"]


def test_faults_count_down_filter_by_method_and_clear(client: TestClient) -> None:
    faults = _fault(client, kind="html", path="/v1/", times=1)
    assert faults == [
        {
            "id": faults[0]["id"],
            "kind": "html",
            "path": "/v1/",
            "method": None,
            "seconds": 0.0,
            "status": None,
            "times": 1,
            "when": "before",
            "probability": 1.0,
            "seed": None,
        }
    ]
    assert client.get("/v1/info").headers["content-type"].startswith("text/html")
    assert client.get("/v1/info").headers["content-type"] == "application/json"  # used up
    assert client.get("/v1/_test/faults").json() == {"faults": []}

    _fault(client, kind="html", path="/v1/auth/login", method="get")
    assert client.get("/v1/_test/faults").json()["faults"][0]["method"] == "GET"
    login(client)  # a POST is not affected
    _fault(client, kind="html", path="/v1/auth/login")
    assert (
        client.post("/v1/auth/login", json={"username": "demo", "password": "demo"})
        .headers["content-type"]
        .startswith("text/html")
    )
    assert client.delete("/v1/_test/faults").status_code == 204
    assert client.get("/v1/_test/faults").json() == {"faults": []}
    login(client)


def test_test_endpoints_are_never_faulted(client: TestClient) -> None:
    _fault(client, kind="html", path="/")
    assert client.get("/v1/_test/faults").headers["content-type"] == "application/json"
    assert client.delete("/v1/_test/faults").status_code == 204
    assert client.get("/v1/info").headers["content-type"] == "application/json"


def test_fault_body_is_validated(client: TestClient) -> None:
    assert_problem(
        client.post("/v1/_test/faults", json={"kind": "explode", "path": "/v1/"}), 422, "validation-error"
    )
    assert_problem(
        client.post("/v1/_test/faults", json={"kind": "html", "path": "v1"}), 422, "validation-error"
    )
    assert_problem(
        client.post("/v1/_test/faults", json={"kind": "delay", "path": "/", "seconds": -1}),
        422,
        "validation-error",
    )


def test_fault_kinds_are_declared_once_everywhere() -> None:
    declared = typing.get_args(FaultIn.model_fields["kind"].annotation)
    assert set(declared) == set(FAULT_KINDS) == set(BEHAVIOURS)


def test_registry_accepts_only_known_kinds() -> None:
    registry = FaultRegistry()
    with pytest.raises(ValueError, match="unknown fault kind"):
        registry.add("teleport", "/")
    assert not registry
    registry.add("delay", "/v1/changes", seconds=1)
    assert registry.take("GET", "/v1/info") is None
    assert registry.take("GET", "/v1/_test/faults") is None
    taken = registry.take("GET", "/v1/changes")
    assert taken is not None and taken.kind == "delay"


def test_fault_when_is_validated(client: TestClient) -> None:
    assert_problem(
        client.post("/v1/_test/faults", json={"kind": "delay", "path": "/", "when": "during"}),
        422,
        "validation-error",
    )
    assert_problem(
        client.post("/v1/_test/faults", json={"kind": "html", "path": "/", "probability": 0}),
        422,
        "validation-error",
    )
