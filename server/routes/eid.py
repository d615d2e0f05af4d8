"""``/v1/eid``: the published key set and revocation list, and binding a device (docs/EID.md §6).

The key set and the list are public (a verifier fetches them without an account) and cacheable:
``ETag`` and ``If-None-Match`` (``304``). Everything else acts for the signed-in resident. The
authority's work runs in a worker thread (the routes are plain functions) under the service's lock.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from server.deps import ServicesDep, UserDep
from server.eid.service import PRESENCE_SECONDS
from server.openapi import problem_responses
from server.problems import ProblemError
from server.schemas import WHOLE, Localized, StrictIn
from server.timeutil import iso_time

router = APIRouter(prefix="/v1/eid", tags=["eid"])

KEYS_MAX_AGE = 3600
ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"


class JwkOut(BaseModel):
    kty: Literal["OKP"]
    crv: Literal["Ed25519"]
    kid: str
    x: str = Field(description="The raw 32-byte public key, base64url.")
    use: str | None = Field(default=None, description="eid-credential on the authority's keys.")


class InstitutionOut(BaseModel):
    id: str
    name: Localized
    keys: list[JwkOut]


class KeySetOut(BaseModel):
    """docs/EID.md §4: the authority's keys and the institution registry (JWKS-like)."""

    format: Literal["oae-keys/1"]
    issuer: str
    demo: bool
    keys: list[JwkOut]
    institutions: list[InstitutionOut]


class RevokedOut(BaseModel):
    cid: str
    at: int = Field(description="Seconds since the epoch.")
    reason: str = Field(examples=["rebound", "renewed", "unbound"])


class RevocationsOut(BaseModel):
    """docs/EID.md §4: signed by the authority key ``kid`` (``sig`` over the rest, canonical JSON)."""

    format: Literal["oae-revocations/1"]
    issuer: str
    kid: str
    version: int
    issued_at: int
    revoked: list[RevokedOut]
    sig: str


class ChallengeOut(BaseModel):
    challenge: str
    expires_at: str = Field(description="ISO 8601 (Macao time); five minutes from now.")


class PresenceIn(StrictIn):
    upload_ids: list[Annotated[str, Field(pattern=ID_PATTERN)]] = Field(
        min_length=1, max_length=5, description="Frames of the check, sent through /v1/uploads"
    )
    faces: Annotated[int, Field(ge=0, le=20), WHOLE] | None = Field(
        default=None, description="Faces the device's check saw (1 passes); absent: one"
    )
    checked_at: str | None = Field(
        default=None, max_length=40, description="When the device saw the face (ISO 8601); absent: now"
    )


class PresenceOut(BaseModel):
    presence_id: str
    checked_at: str
    expires_at: str = Field(description="A binding must use it before then (five minutes).")


class BindingIn(StrictIn):
    proof: str = Field(min_length=1, max_length=4096, description="A bind token (docs/EID.md §2.1)")
    presence_id: str = Field(pattern=ID_PATTERN)


class IssuedOut(BaseModel):
    """``Issued.to_json_dict()`` of desktop.eid.authority; times in seconds since the epoch."""

    credential: str
    credential_id: str
    expires_at: int
    disclosures: dict[str, list[Any]] = Field(description="Every field: [salt, value].")
    revoked: list[str] = Field(description="Credential ids this binding revoked.")


class CredentialStatusOut(BaseModel):
    status: Literal["active", "revoked", "expired", "unknown"]
    reissue_required: bool = Field(description="A certified value changed: bind again to renew.")
    changed_fields: list[str]


def _cached(request: Request, body: str, etag: str, cache_control: str) -> Response:
    headers = {"ETag": etag, "Cache-Control": cache_control}
    wanted = {tag.strip() for tag in request.headers.get("if-none-match", "").split(",")}
    if etag in wanted or "*" in wanted:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


_NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified (If-None-Match held the current ETag)"}
}


@router.get(
    "/keys",
    response_model=KeySetOut,
    responses=_NOT_MODIFIED,
    summary="The published key set: authority keys and registered institutions",
)
def keys(request: Request, services: ServicesDep) -> Response:
    body = json.dumps(services.eid.key_set(), ensure_ascii=False, separators=(",", ":"))
    etag = '"' + hashlib.sha256(body.encode("utf-8")).hexdigest()[:20] + '"'
    return _cached(request, body, etag, f"public, max-age={KEYS_MAX_AGE}")


@router.get(
    "/revocations",
    response_model=RevocationsOut,
    responses=_NOT_MODIFIED,
    summary="The signed revocation list",
)
def revocations(request: Request, services: ServicesDep) -> Response:
    listed = services.eid.revocation_list()
    # Weak: issued_at (the signing time) differs on every fetch of the same version.
    return _cached(request, listed.to_json(), f'W/"{listed.version}"', "no-cache")


@router.post(
    "/challenge",
    status_code=201,
    response_model=ChallengeOut,
    responses=problem_responses(401),
    summary="A single-use challenge for binding this device",
)
def challenge(services: ServicesDep, user: UserDep) -> ChallengeOut:
    value, expires_at = services.eid.new_challenge(user.id)
    return ChallengeOut(challenge=value, expires_at=iso_time(expires_at))


def _time(text: str) -> float:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ProblemError(422, "validation-error", "'checked_at' must be an ISO 8601 time with an offset")
    return moment.timestamp()


@router.post(
    "/presence",
    status_code=201,
    response_model=PresenceOut,
    responses=problem_responses(400, 401, 422),
    summary="Record the device's face-presence check (the server cannot verify the face)",
)
def presence(body: PresenceIn, services: ServicesDep, user: UserDep) -> PresenceOut:
    at = None if body.checked_at is None else _time(body.checked_at)
    presence_id, checked = services.eid.presence(user.id, body.upload_ids, body.faces, at)
    return PresenceOut(
        presence_id=presence_id, checked_at=iso_time(checked), expires_at=iso_time(checked + PRESENCE_SECONDS)
    )


@router.post(
    "/binding",
    status_code=201,
    response_model=IssuedOut,
    responses={
        200: {"model": IssuedOut, "description": "The same proof again: the first answer"},
        **problem_responses(400, 401, 409, 422),
    },
    summary="Bind the device key that signed the proof; issue its credential",
)
def bind(body: BindingIn, services: ServicesDep, user: UserDep) -> JSONResponse:
    status, answer = services.eid.bind(user.id, body.proof, body.presence_id)
    return JSONResponse(answer, status_code=status)


@router.get(
    "/credentials/{cid}",
    response_model=CredentialStatusOut,
    responses=problem_responses(401, 422),
    summary="A credential's status, and whether it should be re-issued",
)
def credential(
    cid: Annotated[str, Path(max_length=64)], services: ServicesDep, user: UserDep
) -> CredentialStatusOut:
    return CredentialStatusOut.model_validate(services.eid.status(user.id, cid))


@router.delete(
    "/binding",
    status_code=204,
    response_class=Response,
    responses=problem_responses(401),
    summary="Remove the resident's eID (revokes its credential)",
)
def unbind(services: ServicesDep, user: UserDep) -> Response:
    services.eid.unbind(user.id)
    return Response(status_code=204)
