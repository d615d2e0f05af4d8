"""FastAPI dependencies: the server's parts and the signed-in user of a request."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from server.auth import AuthError, User
from server.problems import ProblemError
from server.services import Services

# auto_error=False: a missing header must become our problem+json 401, not FastAPI's own 403.
_bearer = HTTPBearer(auto_error=False, description="Access token from /v1/auth/login or /v1/auth/refresh")

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="one-account"'}


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def bearer_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str | None:
    return credentials.credentials if credentials is not None else None


def current_user(
    token: Annotated[str | None, Depends(bearer_token)],
    services: Annotated[Services, Depends(get_services)],
) -> User:
    if not token:
        raise ProblemError(
            401, "unauthorized", "Sign in and send 'Authorization: Bearer <token>'", headers=_CHALLENGE
        )
    try:
        return services.auth.authenticate(token)
    except AuthError as exc:
        raise ProblemError(
            401, "unauthorized", exc.detail, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}
        ) from None


ServicesDep = Annotated[Services, Depends(get_services)]
UserDep = Annotated[User, Depends(current_user)]
TokenDep = Annotated[str | None, Depends(bearer_token)]
