"""Every error is application/problem+json, and the served OpenAPI says so (problems, openapi)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from server_testkit import assert_problem

from server.app import create_app
from server.services import Services


def test_unknown_path_is_404(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/no-such-thing"), 404, "not-found")
    assert "/v1/no-such-thing" in body["detail"]
    assert_problem(client.get("/"), 404, "not-found")


def test_wrong_method_is_405_with_allow(client: TestClient) -> None:
    response = client.put("/v1/info")
    assert_problem(response, 405, "method-not-allowed")
    assert "GET" in response.headers["allow"]


def test_validation_error_lists_the_fields(client: TestClient) -> None:
    body = assert_problem(client.post("/v1/auth/login", json={"password": 5}), 422, "validation-error")
    locations = {tuple(e["loc"]) for e in body["errors"]}
    assert ("body", "username") in locations and ("body", "password") in locations
    assert all({"loc", "msg", "type"} <= set(e) for e in body["errors"])


def test_body_that_is_not_json_is_400(client: TestClient) -> None:
    response = client.post(
        "/v1/auth/refresh", content=b"refresh_token=abc", headers={"Content-Type": "application/json"}
    )
    assert_problem(response, 400, "bad-request")


def test_unhandled_exception_is_a_500_problem(services: Services) -> None:
    app = create_app(services.config, services)

    @app.get("/v1/boom")
    def boom() -> None:
        raise RuntimeError("kaboom")

    client = TestClient(app, raise_server_exceptions=False)
    body = assert_problem(client.get("/v1/boom"), 500, "internal")
    assert "kaboom" not in body["detail"]  # internals stay in the server log


def test_openapi_declares_problem_json_for_every_error(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    schemas = doc["components"]["schemas"]
    assert "Problem" in schemas
    assert "HTTPValidationError" not in schemas and "ValidationError" not in schemas
    errors = 0
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                if int(status) >= 400:
                    errors += 1
                    assert response["content"] == {
                        "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
                    }, (method, path, status)
    assert errors > 10


def test_openapi_declares_response_models(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]

    def ok_schema(path: str, method: str) -> str:
        ref: str = paths[path][method]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        return ref.rsplit("/", 1)[-1]

    assert ok_schema("/v1/changes", "get") == "ChangesOut"
    assert ok_schema("/v1/auth/login", "post") == "TokenOut"
    assert ok_schema("/v1/auth/refresh", "post") == "TokenOut"
    assert ok_schema("/v1/me", "get") == "UserOut"
    assert ok_schema("/v1/info", "get") == "InfoOut"
    assert set(paths["/v1/changes"]["get"]["responses"]) >= {"200", "400", "401", "410", "422"}
    assert "204" in paths["/v1/auth/logout"]["post"]["responses"]
    assert paths["/v1/me"]["get"]["security"] == [{"HTTPBearer": []}]
    assert {} in paths["/v1/auth/logout"]["post"]["security"]  # the bearer token is optional there
