"""``/v1/_test/*`` for time and live feeds: move the server's clock, run the typhoon replay, run the
feed ingestion now. Mounted only with ``--test-mode``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from server.deps import ServicesDep
from server.openapi import problem_responses
from server.problems import ProblemError
from server.schemas import StrictIn
from server.timeutil import iso_time

router = APIRouter(prefix="/v1/_test", tags=["test mode"])

#: The furthest one request may move the clock (a year and a bit: enough for any expiry).
MAX_ADVANCE_S = 400 * 86400.0


class ClockIn(StrictIn):
    advance_s: float | None = Field(
        default=None, ge=0, le=MAX_ADVANCE_S, description="Move the clock forward by this many seconds"
    )
    now: str | None = Field(
        default=None,
        max_length=40,
        description="Or move it to this time (ISO 8601 with offset), not earlier than the current one",
    )


class ClockOut(BaseModel):
    now: str = Field(description="The server's time after the move.")
    offset_s: float = Field(description="How far the clock has been moved in all.")


def _clock_out(services: Any) -> ClockOut:
    return ClockOut(now=iso_time(services.clock()), offset_s=services.clock.offset)


@router.get("/clock", response_model=ClockOut)
def get_clock(services: ServicesDep) -> ClockOut:
    return _clock_out(services)


@router.post("/clock", response_model=ClockOut, responses=problem_responses(400, 422))
def move_clock(body: ClockIn, services: ServicesDep) -> ClockOut:
    """Move the server's clock forward (token expiry, appointment times and the slot calendar with it)."""
    seconds = body.advance_s or 0.0
    if body.now is not None:
        try:
            target = datetime.fromisoformat(body.now)
        except ValueError:
            raise ProblemError(422, "validation-error", "'now' must be an ISO 8601 time") from None
        if target.tzinfo is None:
            raise ProblemError(422, "validation-error", "'now' needs an offset (+08:00)")
        seconds += target.timestamp() - services.clock()
        if not 0 <= seconds <= MAX_ADVANCE_S:
            raise ProblemError(
                422, "validation-error", "'now' must be after the server's time, at most 400 days on"
            )
    services.clock.advance(seconds)
    services.after_clock_moved()
    return _clock_out(services)


class TyphoonIn(StrictIn):
    pace: float = Field(default=1.0, gt=0, le=100, description="1.0: 20 s between steps; 0.01: 0.2 s (tests)")


class TyphoonStep(BaseModel):
    label: str
    delay_s: float = Field(description="Seconds after the previous step.")


class TyphoonOut(BaseModel):
    running: bool
    pace: float | None
    steps: list[TyphoonStep]
    done: list[str] = Field(description="Labels of the steps written so far.")


@router.post("/typhoon", response_model=TyphoonOut, responses=problem_responses(400, 422))
def start_typhoon(body: TyphoonIn, services: ServicesDep) -> TyphoonOut:
    """Start the scripted typhoon (a replay still running stops first)."""
    services.typhoon.start(body.pace)
    return TyphoonOut(**services.typhoon.view())


@router.get("/typhoon", response_model=TyphoonOut)
def typhoon_status(services: ServicesDep) -> TyphoonOut:
    return TyphoonOut(**services.typhoon.view())


@router.delete("/typhoon", status_code=204, response_class=Response)
def stop_typhoon(services: ServicesDep) -> Response:
    """Stop the replay; what it wrote stays."""
    services.typhoon.stop()
    return Response(status_code=204)


class FeedRunOut(BaseModel):
    at: str
    report: dict[str, str] = Field(description='Feed name → "ok" or why it failed.')
    written: int = Field(description="Rows put or deleted by this run.")


@router.post("/feeds/run", response_model=FeedRunOut, responses=problem_responses(404))
async def run_feeds(services: ServicesDep) -> FeedRunOut:
    """Run the feed ingestion now (the server must run with --feeds)."""
    if services.feeds is None:
        raise ProblemError(404, "not-found", "The server runs without --feeds")
    run = await run_in_threadpool(services.feeds.run_once)
    return FeedRunOut(at=iso_time(run.at), report=run.report, written=run.written)
