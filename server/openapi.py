"""Make the served OpenAPI document tell the truth about error answers.

FastAPI files every declared response under the route's media type (``application/json``) and adds
its own ``HTTPValidationError`` for 422. The server answers every error as ``application/problem+json``
with the :class:`~server.schemas.Problem` shape, so the document is rewritten to say exactly that.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from server.problems import PROBLEM_MEDIA_TYPE
from server.schemas import OpIn, Problem

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}

_DESCRIPTIONS = {
    400: "Malformed request (bad-request)",
    401: "Not authenticated (unauthorized, invalid-credentials or invalid-refresh-token)",
    404: "No such resource (not-found, op-not-found)",
    409: "Conflicts with the current state (owner-conflict, offset-mismatch, fine-already-paid…)",
    410: "Cursor of an expired epoch (cursor-expired)",
    413: "Too large (payload-too-large, upload-too-large)",
    415: "Unsupported media type (unsupported-media-type)",
    422: "A field has a wrong type or value (validation-error), or a refusal of the data",
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` argument of a route that can answer these error statuses."""
    return {s: {"model": Problem, "description": _DESCRIPTIONS.get(s, "Problem")} for s in statuses}


def install_openapi(app: FastAPI) -> None:
    def build() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        doc = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        # Problem: every error answer; OpIn: a body the operations route reads itself.
        for model in (Problem, OpIn):
            schemas.setdefault(
                model.__name__, model.model_json_schema(ref_template="#/components/schemas/{model}")
            )
        for path_item in doc.get("paths", {}).values():
            for operation in path_item.values():
                if isinstance(operation, dict):
                    _fix_error_responses(operation)
        # Nothing refers to FastAPI's own validation shapes any more.
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
        app.openapi_schema = doc
        return doc

    app.openapi = build  # type: ignore[method-assign]


def _fix_error_responses(operation: dict[str, Any]) -> None:
    responses = operation.get("responses", {})
    for status, response in responses.items():
        if not status.isdigit() or int(status) < 400:
            continue
        response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_REF}}
        if int(status) in _DESCRIPTIONS and response.get("description") == "Validation Error":
            response["description"] = _DESCRIPTIONS[int(status)]
