"""``PUT /v1/ops/{op_id}`` (send an operation, Idempotency-Key semantics) and ``GET /v1/ops/{op_id}``.

The handler reads the body itself, so that an oversized body is refused (``413``) before it is all
in memory and so that the fingerprint is taken of the JSON as sent. The engine's work (the provider,
the transaction) runs in a worker thread.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from server.deps import ServicesDep, UserDep
from server.openapi import problem_responses
from server.problems import PROBLEM_MEDIA_TYPE, ProblemError, validation_problem
from server.schemas import OP_ID_PATTERN, OpAnswerOut, OpIn, OpStatusOut

router = APIRouter(tags=["operations"])

#: Largest accepted operation body.
MAX_BODY = 64 * 1024

OpIdPath = Annotated[
    str, Path(pattern=OP_ID_PATTERN, description="Minted once by the client (a UUID4 string)")
]

_STR = {"schema": {"type": "string"}}
_REPLAYED = {
    "description": "true: this answers a key seen before",
    "schema": {"type": "string", "enum": ["true"]},
}
_PUT_RESPONSES: dict[int | str, dict[str, Any]] = {
    201: {"description": "Applied now"},
    200: {
        "model": OpAnswerOut,
        "description": "A replay (Idempotent-Replayed: true): the first answer's body, or a late final state",
        "headers": {"Idempotent-Replayed": {**_REPLAYED, "required": True}},
    },
    202: {
        "model": OpAnswerOut,
        "description": "Accepted; finishes later (GET the Location to follow it)",
        "headers": {"Location": {**_STR, "required": True}, "Idempotent-Replayed": _REPLAYED},
    },
    **problem_responses(400, 401, 413, 415),
    409: {
        "model": None,
        "description": "idempotency-in-flight (with Retry-After), or a business refusal (fine-already-paid…)",
        "headers": {"Retry-After": _STR, "Idempotent-Replayed": _REPLAYED},
    },
    422: {
        "model": None,
        "description": "idempotency-key-reused, validation-error, or a business refusal (amount-mismatch…)",
        "headers": {"Idempotent-Replayed": _REPLAYED},
    },
}


def _check_key(op_id: str, idempotency_key: str | None) -> None:
    if idempotency_key is None:
        raise ProblemError(400, "idempotency-key-missing", "Send 'Idempotency-Key: <op_id>'", op_id=op_id)
    if idempotency_key != op_id:
        raise ProblemError(
            400, "idempotency-key-mismatch", "The Idempotency-Key must equal the operation id", op_id=op_id
        )


async def _read_body(request: Request, op_id: str) -> Any:
    content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if content_type != "application/json" and not content_type.endswith("+json"):
        raise ProblemError(
            415, "unsupported-media-type", "Send the operation as application/json", op_id=op_id
        )
    too_large = ProblemError(413, "payload-too-large", f"At most {MAX_BODY} bytes", op_id=op_id)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise too_large
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks))
    except ValueError:
        raise ProblemError(400, "bad-request", "The request body is not valid JSON", op_id=op_id) from None


@router.put(
    "/v1/ops/{op_id}",
    status_code=201,
    response_model=OpAnswerOut,
    responses=_PUT_RESPONSES,
    summary="Send an operation (applied once per Idempotency-Key)",
    # The header and the body are read by the handler itself (see the module docstring), so they are
    # declared here for the document.
    openapi_extra={
        "parameters": [
            {
                "name": "Idempotency-Key",
                "in": "header",
                "required": True,
                "description": "Equal to op_id (400 idempotency-key-missing / idempotency-key-mismatch)",
                "schema": {"type": "string", "pattern": OP_ID_PATTERN},
            }
        ],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OpIn"}}},
        },
    },
)
async def put_op(request: Request, services: ServicesDep, user: UserDep, op_id: OpIdPath) -> JSONResponse:
    _check_key(op_id, request.headers.get("idempotency-key"))
    raw = await _read_body(request, op_id)
    try:
        OpIn.model_validate(raw)
    except ValidationError as exc:
        errors = [{**e, "loc": ["body", *e["loc"]]} for e in exc.errors()]
        raise validation_problem(errors, op_id=op_id) from None
    # The body as sent (not the model with its defaults): its fingerprint is the request's.
    answer = await run_in_threadpool(services.ops.submit, user.id, op_id, raw)
    media_type = PROBLEM_MEDIA_TYPE if answer.status >= 400 else "application/json"
    return JSONResponse(answer.body, status_code=answer.status, headers=answer.headers, media_type=media_type)


@router.get(
    "/v1/ops/{op_id}",
    response_model=OpStatusOut,
    responses=problem_responses(401, 404),
    summary="Where an operation stands (reconciliation)",
)
def get_op(op_id: OpIdPath, services: ServicesDep, user: UserDep) -> JSONResponse:
    view = services.ops.view(user.id, op_id)
    if view is None:
        raise ProblemError(
            404, "op-not-found", "No operation with this id was received from you", op_id=op_id
        )
    return JSONResponse(view)
