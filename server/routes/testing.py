"""``/v1/_test/*``: write rows, reset the epoch, switch faults, steer the payment provider, count
effects, shorten token lifetimes. Mounted only with ``--test-mode``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from server.deps import ServicesDep
from server.faults import Fault
from server.openapi import problem_responses
from server.ops.kinds import OpRefused
from server.ops.payments import mark_fine_paid_elsewhere
from server.ops.provider import METHODS, ProviderSettings
from server.problems import ProblemError
from server.schemas import WHOLE, StrictIn
from server.store import Written
from server.timeutil import iso_time

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
    kind: Literal[
        "html",
        "truncated_json",
        "wrong_types",
        "delay",
        "drop_after_commit",
        "error_after_commit",
        "exit_after_commit",
        "rate_limit",
    ]
    path: str = Field(pattern=r"^/", max_length=300, description="Path prefix, e.g. /v1/changes")
    method: str | None = Field(default=None, max_length=10, description="Only this HTTP method; null = any")
    seconds: float = Field(
        default=0.0, ge=0, le=600, description="Delay (kind delay); Retry-After, rounded up (kind rate_limit)"
    )
    status: Annotated[int, Field(ge=200, le=599), WHOLE] | None = Field(
        default=None, description="Status of the HTML answer (kind html)"
    )
    times: Annotated[int, Field(ge=1), WHOLE] | None = Field(
        default=None, description="Apply to this many requests; null = until cleared"
    )
    when: Literal["before", "after"] = Field(
        default="before", description="Kind delay: before the request runs, or after its commit"
    )
    probability: float = Field(
        default=1.0, gt=0, le=1, description="Chance that a matching request is faulted"
    )
    seed: Annotated[int, WHOLE] | None = Field(
        default=None, description="Seed of the draws (reproducible chaos)"
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


class ProviderIn(StrictIn):
    async_methods: list[Literal["mpay", "unionpay", "card", "govpay"]] = Field(
        default_factory=list, description="These methods answer 202 and finish after confirm_after_s"
    )
    confirm_after_s: float = Field(default=2.0, ge=0, le=3600)
    decline_methods: list[Literal["mpay", "unionpay", "card", "govpay"]] = Field(
        default_factory=list, description="These methods are declined (at once, or late when async)"
    )
    latency_s: float = Field(default=0.0, ge=0, le=60, description="Each authorisation takes this long")


class ProviderOut(BaseModel):
    async_methods: list[str]
    confirm_after_s: float
    decline_methods: list[str]
    latency_s: float


def _provider_out(s: ProviderSettings) -> ProviderOut:
    order = {m: i for i, m in enumerate(METHODS)}
    return ProviderOut(
        async_methods=sorted(s.async_methods, key=order.__getitem__),
        confirm_after_s=s.confirm_after_s,
        decline_methods=sorted(s.decline_methods, key=order.__getitem__),
        latency_s=s.latency_s,
    )


@router.post("/provider", response_model=ProviderOut, responses=problem_responses(400, 422))
def configure_provider(body: ProviderIn, services: ServicesDep) -> ProviderOut:
    """Replace the demo payment provider's behaviour (fields left out take their defaults)."""
    return _provider_out(
        services.provider.configure(
            async_methods=frozenset(body.async_methods),
            confirm_after_s=body.confirm_after_s,
            decline_methods=frozenset(body.decline_methods),
            latency_s=body.latency_s,
        )
    )


class ConfigIn(StrictIn):
    access_ttl: Annotated[int, Field(ge=1, le=86400), WHOLE] | None = Field(
        default=None, description="Seconds, for tokens issued from now on"
    )
    sse_keepalive_s: float | None = Field(default=None, gt=0, le=3600)


class ConfigOut(BaseModel):
    access_ttl: int
    sse_keepalive_s: float


@router.post("/config", response_model=ConfigOut, responses=problem_responses(400, 422))
def configure(body: ConfigIn, services: ServicesDep) -> ConfigOut:
    if body.access_ttl is not None:
        services.auth.access_ttl = body.access_ttl
    if body.sse_keepalive_s is not None:
        services.events.hub.keepalive_s = body.sse_keepalive_s
    return ConfigOut(access_ttl=services.auth.access_ttl, sse_keepalive_s=services.events.hub.keepalive_s)


class EffectOut(BaseModel):
    seq: int
    op_id: str | None
    kind: str
    target: str
    amount: str | None
    at: str


class EffectsOut(BaseModel):
    effects: list[EffectOut]


@router.get("/effects", response_model=EffectsOut)
def effects(services: ServicesDep) -> EffectsOut:
    """Every business effect applied (a charge…), oldest first."""
    with services.db.snapshot() as conn:
        rows = conn.execute(
            "SELECT seq, op_id, kind, target, amount, at FROM effects ORDER BY seq"
        ).fetchall()
    return EffectsOut(
        effects=[
            EffectOut(seq=r[0], op_id=r[1], kind=r[2], target=r[3], amount=r[4], at=iso_time(r[5]))
            for r in rows
        ]
    )


class PaidElsewhereIn(StrictIn):
    fine_id: str = Field(min_length=1, max_length=64)


class PaidElsewhereOut(BaseModel):
    fine: dict[str, Any]


@router.post(
    "/mark-paid-elsewhere", response_model=PaidElsewhereOut, responses=problem_responses(400, 404, 409, 422)
)
def mark_paid_elsewhere(body: PaidElsewhereIn, services: ServicesDep) -> PaidElsewhereOut:
    """The fine is paid through another channel: no operation, no effect, the fine row says paid."""
    try:
        with services.store.write() as writer:
            row = mark_fine_paid_elsewhere(writer, body.fine_id, services.config.clock())
    except OpRefused as refused:
        raise ProblemError(refused.status, refused.slug, refused.detail) from None
    if row is None:
        raise ProblemError(404, "not-found", f"No fine {body.fine_id}")
    return PaidElsewhereOut(fine=row)
