"""``/v1/auth/*`` and ``/v1/me``: sign in, rotate the refresh token, sign out, who am I."""

from __future__ import annotations

from fastapi import APIRouter, Response

from server.auth import AuthError, TokenPair
from server.deps import ServicesDep, TokenDep, UserDep
from server.openapi import problem_responses
from server.problems import ProblemError
from server.schemas import Localized, LoginIn, LogoutIn, RefreshIn, TokenOut, UserOut

router = APIRouter(tags=["auth"])


def _token_out(pair: TokenPair) -> TokenOut:
    return TokenOut(
        access_token=pair.access_token,
        refresh_token=pair.refresh_token,
        expires_in=pair.expires_in,
        user=UserOut(
            id=pair.user.id, username=pair.user.username, display_name=Localized(**pair.user.display_name)
        ),
    )


def _refused(exc: AuthError) -> ProblemError:
    return ProblemError(401, exc.slug, exc.detail)


@router.post(
    "/v1/auth/login", response_model=TokenOut, responses=problem_responses(400, 401), summary="Sign in"
)
def login(body: LoginIn, services: ServicesDep) -> TokenOut:
    try:
        return _token_out(services.auth.login(body.username, body.password))
    except AuthError as exc:
        raise _refused(exc) from None


@router.post(
    "/v1/auth/refresh",
    response_model=TokenOut,
    responses=problem_responses(400, 401),
    summary="Trade a refresh token for a new token pair (rotation)",
)
def refresh(body: RefreshIn, services: ServicesDep) -> TokenOut:
    try:
        return _token_out(services.auth.refresh(body.refresh_token))
    except AuthError as exc:
        raise _refused(exc) from None


@router.post(
    "/v1/auth/logout",
    status_code=204,
    response_class=Response,
    responses=problem_responses(400),
    summary="Sign out: revoke the token family",
    # The bearer token is optional here: a client whose access token expired can still sign out.
    openapi_extra={"security": [{"HTTPBearer": []}, {}]},
)
def logout(services: ServicesDep, token: TokenDep, body: LogoutIn | None = None) -> Response:
    services.auth.logout(body.refresh_token if body else None, token)
    return Response(status_code=204)


@router.get(
    "/v1/me", response_model=UserOut, responses=problem_responses(401), summary="The signed-in resident"
)
def me(user: UserDep) -> UserOut:
    return UserOut(id=user.id, username=user.username, display_name=Localized(**user.display_name))
