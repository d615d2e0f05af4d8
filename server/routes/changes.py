"""``GET /v1/changes``: the pull, one page of the change log at a time."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Query, Response

from server.cursor import BadCursor, decode_cursor, encode_cursor
from server.deps import ServicesDep, UserDep
from server.openapi import problem_responses
from server.problems import ProblemError
from server.schemas import ChangesOut
from server.store import ChangesPage, CursorExpired

router = APIRouter(tags=["sync"])

DEFAULT_LIMIT = 500
MAX_LIMIT = 1000


def _text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def render_page(page: ChangesPage) -> bytes:
    """The page as JSON, splicing in each row's stored JSON text instead of decoding and re-encoding it."""
    parts = [
        f'{{"entity":{_text(r.entity)},"id":{_text(r.id)},"op":"{r.op}",'
        f'"row":{r.row_json or "null"},"version":{r.version}}}'
        for r in page.rows
    ]
    cursor = encode_cursor(page.epoch, page.next_seq)
    acked = ",".join(_text(op_id) for op_id in page.acked_ops)
    tail = (
        f',"cursor":{_text(cursor)},"has_more":{"true" if page.has_more else "false"},"acked_ops":[{acked}]}}'
    )
    return ('{"changes":[' + ",".join(parts) + "]" + tail).encode()


@router.get(
    "/v1/changes",
    response_model=ChangesOut,
    responses=problem_responses(400, 401, 410),
    summary="Rows changed since the cursor, in change-sequence order",
)
def changes(
    services: ServicesDep,
    user: UserDep,
    cursor: Annotated[
        str | None,
        Query(max_length=200, description="Opaque cursor of the previous page; empty to start over"),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Response:
    epoch: str | None = None
    after = 0
    if cursor:
        try:
            epoch, after = decode_cursor(cursor)
        except BadCursor as exc:
            raise ProblemError(400, "bad-request", str(exc)) from None
    try:
        page = services.store.changes(epoch, after, user.id, limit)
    except CursorExpired:
        raise ProblemError(
            410, "cursor-expired", "The change log was reset; pull again without a cursor"
        ) from None
    # Returned as bytes: FastAPI skips re-validating 1000 rows, while response_model keeps the
    # OpenAPI document exact.
    return Response(render_page(page), media_type="application/json")
