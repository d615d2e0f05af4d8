"""``GET /v1/events``: the resident's server-sent event stream (see :mod:`server.events`)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from server.deps import ServicesDep, UserDep
from server.openapi import problem_responses
from server.problems import ProblemError

router = APIRouter(tags=["events"])

EVENT_STREAM = "text/event-stream"


@router.get(
    "/v1/events",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "An endless text/event-stream: `id`, `event` (alert | op | changes | eid) and one"
            " `data` line of JSON per event; a `: keep-alive` comment when idle",
            "content": {EVENT_STREAM: {"schema": {"type": "string"}}},
        },
        **problem_responses(400, 401),
    },
    summary="Server-sent events: alerts, operation outcomes, 'pull soon'",
    openapi_extra={
        "parameters": [
            {
                "name": "Last-Event-ID",
                "in": "header",
                "required": False,
                "description": "Resume after this event id (absent: only events from now on)",
                "schema": {"type": "string", "pattern": r"^\d{1,18}$"},
            }
        ]
    },
)
def events(request: Request, services: ServicesDep, user: UserDep) -> StreamingResponse:
    last = request.headers.get("last-event-id")
    after: int | None = None
    if last is not None and last.strip():
        if not last.strip().isdigit() or len(last.strip()) > 18:
            raise ProblemError(400, "bad-request", "Last-Event-ID must be an event id")
        after = int(last.strip())
    return StreamingResponse(
        services.events.stream(user.id, after),
        media_type=EVENT_STREAM,
        # no-store: a proxy must not keep it; X-Accel-Buffering: nginx must pass each event at once.
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )
