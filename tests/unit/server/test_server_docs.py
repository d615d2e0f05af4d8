"""docs/API.md documents what the server serves: every path, every problem slug, the demo departments."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from server.demo.departments import department_rows
from server.problems import TITLES

API_MD = Path(__file__).resolve().parents[3] / "docs" / "API.md"


def test_every_served_operation_is_documented(client: TestClient) -> None:
    text = API_MD.read_text(encoding="utf-8")
    paths = client.get("/openapi.json").json()["paths"]
    for path, item in paths.items():
        for method in item:
            # Not followed by more path: "GET /v1/uploads" is not "GET /v1/uploads/{upload_id}".
            found = re.search(rf"{method.upper()} {re.escape(path)}(?![\w/{{])", text)
            assert found, f"{method.upper()} {path}"


def test_every_problem_slug_is_documented() -> None:
    text = API_MD.read_text(encoding="utf-8")
    for slug in TITLES:
        assert f"`{slug}`" in text, slug


def test_the_department_table_matches_the_demo() -> None:
    text = API_MD.read_text(encoding="utf-8")
    for row in department_rows():
        name = row["name"]
        assert f"| {row['id']} | {name['zh']} | {name['pt']} | {name['en']} |" in text, row["id"]
