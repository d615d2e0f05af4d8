"""``/v1/_test/*`` for the services' own switches: make and fill appointment slots, steer the address
service's departments. Mounted only with ``--test-mode``."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from server.appointments.calendar import SLOT_COLUMNS, put_slot
from server.deps import ServicesDep
from server.openapi import problem_responses
from server.ops.address import DEFAULT_STEP_S
from server.problems import ProblemError
from server.schemas import WHOLE, StrictIn
from server.store import Writer

router = APIRouter(prefix="/v1/_test", tags=["test mode"])

_ID = r"^[A-Za-z0-9_-]{1,64}$"


class SlotIn(StrictIn):
    id: str = Field(pattern=_ID)
    service_id: str | None = Field(default=None, pattern=_ID, description="Needed to make a new slot")
    location_id: str | None = Field(default=None, pattern=_ID, description="Needed to make a new slot")
    start: str | None = Field(default=None, max_length=40, description="ISO 8601 with offset")
    end: str | None = Field(default=None, max_length=40, description="ISO 8601 with offset")
    capacity: Annotated[int, Field(ge=0, le=1000), WHOLE] | None = None
    booked: Annotated[int, Field(ge=0, le=1000), WHOLE] | None = Field(
        default=None, description="Places taken by other people (not less than the live bookings)"
    )
    fill: bool = Field(default=False, description="Take every free place (booked = capacity)")


class SlotsOut(BaseModel):
    slots: list[dict[str, Any]]


def _time(value: str, name: str) -> float:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ProblemError(422, "validation-error", f"'{name}' must be an ISO 8601 time with an offset")
    return moment.timestamp()


def _write_slot(w: Writer, item: SlotIn) -> dict[str, Any]:
    conn = w.conn
    found = conn.execute(f"SELECT {SLOT_COLUMNS} FROM slots WHERE id = ?", (item.id,)).fetchone()
    if found is None:
        if None in (item.service_id, item.location_id, item.start, item.end, item.capacity):
            raise ProblemError(
                422, "validation-error", "A new slot needs service_id, location_id, start, end and capacity"
            )
        assert item.start is not None and item.end is not None
        conn.execute(
            f"INSERT INTO slots ({SLOT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, 0)",
            (item.id, item.service_id, item.location_id, _time(item.start, "start"), _time(item.end, "end"),
             item.capacity),
        )  # fmt: skip
        found = conn.execute(f"SELECT {SLOT_COLUMNS} FROM slots WHERE id = ?", (item.id,)).fetchone()
    capacity = item.capacity if item.capacity is not None else int(found[5])
    booked = (
        capacity if item.fill else item.booked if item.booked is not None else min(int(found[6]), capacity)
    )
    live = conn.execute(
        "SELECT COUNT(*) FROM appointments WHERE slot_id = ? AND state = 'booked'", (item.id,)
    ).fetchone()[0]
    if not live <= booked <= capacity:
        raise ProblemError(
            422, "validation-error", f"booked must be from {live} (live bookings) to the capacity {capacity}"
        )
    conn.execute("UPDATE slots SET capacity = ?, booked = ? WHERE id = ?", (capacity, booked, item.id))
    row = put_slot(w, item.id)
    assert row is not None
    return row


@router.post("/slots", response_model=SlotsOut, responses=problem_responses(400, 422))
def write_slots(body: SlotIn | list[SlotIn], services: ServicesDep) -> SlotsOut:
    """Make appointment slots, or change a slot's places (``fill`` provokes ``slot-taken``); one
    transaction, written through the change log."""
    items = body if isinstance(body, list) else [body]
    with services.store.write() as w:
        rows = [_write_slot(w, item) for item in items]
    return SlotsOut(slots=rows)


class AddressOfficeIn(StrictIn):
    fail_departments: list[Annotated[str, Field(pattern=_ID)]] = Field(
        default_factory=list, max_length=30, description="These departments fail the requests they get"
    )
    step_s: float = Field(
        default=DEFAULT_STEP_S, ge=0, le=3600, description="One step of a department (done after 3–6 steps)"
    )


class AddressOfficeOut(BaseModel):
    fail_departments: list[str]
    step_s: float


@router.post("/address", response_model=AddressOfficeOut, responses=problem_responses(400, 422))
def configure_address_office(body: AddressOfficeIn, services: ServicesDep) -> AddressOfficeOut:
    """How the address service's departments behave from now on (the body replaces it whole; a
    request already accepted keeps the behaviour it started with)."""
    failing = frozenset(body.fail_departments)
    settings = services.office.configure(fail_departments=failing, step_s=body.step_s)
    return AddressOfficeOut(fail_departments=sorted(settings.fail_departments), step_s=settings.step_s)
