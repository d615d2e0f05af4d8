"""``/v1/_test/eid/*``: register an institution's key, pass a face-presence check. Mounted only with
``--test-mode``."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import Field

from server.deps import ServicesDep
from server.eid.service import PRESENCE_SECONDS
from server.openapi import problem_responses
from server.problems import ProblemError
from server.routes.eid import InstitutionOut, PresenceOut
from server.schemas import StrictIn
from server.timeutil import iso_time

router = APIRouter(prefix="/v1/_test/eid", tags=["test mode"])

#: The ids a request token may name (desktop.eid.claims).
INSTITUTION_ID = r"^[A-Za-z0-9._:-]{1,40}$"


class NameIn(StrictIn):
    zh: str = Field(min_length=1, max_length=120)
    pt: str = Field(min_length=1, max_length=120)
    en: str = Field(min_length=1, max_length=120)


class JwkIn(StrictIn):
    kty: Literal["OKP"]
    crv: Literal["Ed25519"]
    x: str = Field(pattern=r"^[A-Za-z0-9_-]{43}$", description="The raw 32-byte public key, base64url")
    kid: str | None = Field(default=None, pattern=INSTITUTION_ID, description="Absent: the thumbprint")


class InstitutionIn(StrictIn):
    id: str = Field(pattern=INSTITUTION_ID)
    name: NameIn
    key: JwkIn


class TestPresenceIn(StrictIn):
    user_id: str = Field(min_length=1, max_length=64)


@router.post(
    "/institutions",
    status_code=201,
    response_model=InstitutionOut,
    responses={
        200: {"model": InstitutionOut, "description": "A key added to a registered institution"},
        **problem_responses(400, 422),
    },
)
def register_institution(body: InstitutionIn, services: ServicesDep) -> JSONResponse:
    """Register an institution (or add a key to one): its requests verify against the key set."""
    created, info = services.eid.register_institution(
        body.id, body.name.model_dump(), body.key.x, body.key.kid
    )
    return JSONResponse(info, status_code=201 if created else 200)


@router.post(
    "/presence", status_code=201, response_model=PresenceOut, responses=problem_responses(400, 404, 422)
)
def pass_presence(body: TestPresenceIn, services: ServicesDep) -> PresenceOut:
    """A face-presence check that passes, for this resident, now."""
    if services.auth.user_by_id(body.user_id) is None:
        raise ProblemError(404, "not-found", f"No resident {body.user_id}")
    presence_id, checked = services.eid.test_presence(body.user_id)
    return PresenceOut(
        presence_id=presence_id, checked_at=iso_time(checked), expires_at=iso_time(checked + PRESENCE_SECONDS)
    )
