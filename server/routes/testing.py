"""``/v1/_test/*``: write rows, reset the epoch, switch faults. Mounted only with ``--test-mode``."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from server.deps import ServicesDep
from server.faults import Fault
from server.openapi import problem_responses
from server.problems import ProblemError
from server.schemas import StrictIn
from server.store import Written

router = APIRouter(prefix="/v1/_test", tags=["test mode"])


class EntityWriteIn(StrictIn):
    entity: str = Field(min_length=1, max_length=100)
    id: str = Field(min_length=1, max_length=200)
    row: dict[str, Any] | None = Field(description="The new row; null deletes it (tombstone).")
    owner: str | None = Field(
        default=None, min_length=1, description="User id that alone sees the row; null = public."
    )


class WrittenOut(BaseModel):
    entity: str
    id: str
    op: Literal["put", "delete"]
    seq: int
    version: int


class EntitiesOut(BaseModel):
    written: list[WrittenOut] = Field(
        description="Writes that changed something (deleting a missing row does not)."
    )
    seq: int = Field(description="The change sequence after these writes.")


class ResetEpochIn(StrictIn):
    compact: bool = Field(default=True, description="Also drop tombstones (nobody needs them after a reset).")


class EpochOut(BaseModel):
    epoch: str


class FaultIn(StrictIn):
    kind: Literal["html", "truncated_json", "wrong_types", "delay"]
    path: str = Field(pattern=r"^/", max_length=300, description="Path prefix, e.g. /v1/changes")
    method: str | None = Field(default=None, max_length=10, description="Only this HTTP method; null = any")
    seconds: float = Field(default=0.0, ge=0, le=600, description="Delay (kind delay)")
    status: int | None = Field(
        default=None, ge=200, le=599, description="Status of the HTML answer (kind html)"
    )
    times: int | None = Field(
        default=None, ge=1, description="Apply to this many requests; null = until cleared"
    )


class FaultOut(FaultIn):
    id: int


class FaultsOut(BaseModel):
    faults: list[FaultOut]


def _written_out(w: Written) -> WrittenOut:
    return WrittenOut(entity=w.entity, id=w.id, op=w.op, seq=w.seq, version=w.version)


def _faults_out(faults: list[Fault]) -> FaultsOut:
    return FaultsOut(faults=[FaultOut(**f.to_json()) for f in faults])


@router.post("/entities", response_model=EntitiesOut, responses=problem_responses(400, 409, 422))
def write_entities(body: EntityWriteIn | list[EntityWriteIn], services: ServicesDep) -> EntitiesOut:
    items = body if isinstance(body, list) else [body]
    try:
        with services.store.write() as writer:
            for item in items:
                if item.row is None:
                    writer.delete(item.entity, item.id)
                else:
                    writer.put(item.entity, item.id, item.row, item.owner)
            written = list(writer.written)
    except ValueError as exc:
        # The only refusal left after validation: a row cannot move to another owner.
        raise ProblemError(409, "owner-conflict", str(exc)) from None
    return EntitiesOut(written=[_written_out(w) for w in written], seq=services.store.current_seq)


@router.post("/reset-epoch", response_model=EpochOut, responses=problem_responses(400, 422))
def reset_epoch(services: ServicesDep, body: ResetEpochIn | None = None) -> EpochOut:
    return EpochOut(epoch=services.store.reset_epoch(compact=body.compact if body else True))


@router.get("/faults", response_model=FaultsOut)
def list_faults(services: ServicesDep) -> FaultsOut:
    return _faults_out(services.faults.active())


@router.post("/faults", response_model=FaultsOut, responses=problem_responses(400, 422))
def add_faults(body: FaultIn | list[FaultIn], services: ServicesDep) -> FaultsOut:
    for item in body if isinstance(body, list) else [body]:
        services.faults.add(**item.model_dump())
    return _faults_out(services.faults.active())


@router.delete("/faults", status_code=204, response_class=Response)
def clear_faults(services: ServicesDep) -> Response:
    services.faults.clear()
    return Response(status_code=204)
