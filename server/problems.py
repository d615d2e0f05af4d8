"""RFC 9457 problem details: the one shape of every error the server answers.

Routes raise :class:`ProblemError`; the handlers installed by :func:`install_problem_handlers` also
turn FastAPI's own 404/405/422 answers and unhandled exceptions into ``application/problem+json``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_MEDIA_TYPE = "application/problem+json"

log = logging.getLogger(__name__)

#: Default title of each problem slug.
TITLES: dict[str, str] = {
    "bad-request": "Bad request",
    "invalid-credentials": "Wrong username or password",
    "unauthorized": "Not signed in",
    "invalid-refresh-token": "Refresh token not accepted",
    "not-found": "Not found",
    "method-not-allowed": "Method not allowed",
    "cursor-expired": "Cursor expired",
    "owner-conflict": "Row belongs to another owner",
    "validation-error": "Invalid request",
    "internal": "Internal server error",
    "payload-too-large": "Request body too large",
    "unsupported-media-type": "Unsupported media type",
    "rate-limited": "Too many requests",
    # Operations: the idempotency key.
    "idempotency-key-missing": "Idempotency-Key header missing",
    "idempotency-key-mismatch": "Idempotency-Key differs from the operation id",
    "idempotency-in-flight": "Operation in progress",
    "idempotency-key-reused": "Idempotency-Key reused with another body",
    "op-not-found": "Operation not found",
    # Operations: business refusals (the final answer for their key).
    "unknown-kind": "Unknown operation kind",
    "invalid-payload": "Invalid operation payload",
    "fine-not-found": "Fine not found",
    "fine-already-paid": "Fine already paid",
    "tax-not-found": "Vehicle tax not found",
    "tax-already-paid": "Vehicle tax already paid",
    "bill-not-found": "Bill not found",
    "bill-already-paid": "Bill already paid",
    "amount-mismatch": "Amount differs from the amount due",
    "memo-id-taken": "Memo id taken",
    "slot-not-found": "Appointment slot not found",
    "slot-past": "Appointment slot has begun",
    "slot-taken": "Appointment slot full",
    "already-booked": "Slot already booked",
    "appointment-not-found": "Appointment not found",
    "appointment-cancelled": "Appointment already cancelled",
    "appointment-past": "Appointment time has come",
    "invalid-address": "Invalid address",
    "unknown-department": "Not a department of the address service",
    "payment-declined": "Payment declined",
    "upload-not-found": "Upload not found",
    "upload-incomplete": "Upload not complete",
    "not-a-jpeg": "Not a JPEG image",
    "photo-wrong-ratio": "ID photo not 5:6",
    "photo-too-small": "ID photo too small",
    "photo-too-old": "ID photo older than 12 months",
    # eID: the reason codes of docs/EID.md, as the binding and the registry answer them.
    "malformed": "Not an eID token of a known form",
    "unsupported-version": "eID token of an unknown version",
    "too-large": "eID token too long",
    "wrong-type": "eID token of another kind",
    "bad-signature": "Bad signature",
    "expired": "Expired",
    "not-yet-valid": "Not valid yet",
    "lifetime-too-long": "eID token claims too long a life",
    "presence-required": "Face-presence check required",
    "challenge-invalid": "Binding challenge unknown, used or expired",
    "device-key-in-use": "Device key backs another resident's eID",
    "bad-attribute": "Attribute not of its field's form",
    # Uploads.
    "upload-too-large": "Upload too large",
    "offset-mismatch": "Upload offset mismatch",
    "checksum-mismatch": "Upload checksum mismatch",
}

#: Slug used for a bare HTTP status (FastAPI's own errors, HTTPException raised by libraries).
_STATUS_SLUGS: dict[int, str] = {
    400: "bad-request",
    401: "unauthorized",
    404: "not-found",
    405: "method-not-allowed",
    410: "cursor-expired",
    413: "payload-too-large",
    415: "unsupported-media-type",
    422: "validation-error",
    429: "rate-limited",
    500: "internal",
}


class ProblemError(Exception):
    """Raise to answer with a problem document; ``extra`` members are added to the body."""

    def __init__(
        self,
        status: int,
        slug: str,
        detail: str = "",
        *,
        title: str | None = None,
        headers: Mapping[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail or slug)
        self.status = status
        self.slug = slug
        self.title = title or TITLES.get(slug) or HTTPStatus(status).phrase
        self.detail = detail
        self.headers = dict(headers or {})
        self.extra = extra


def problem_body(status: int, slug: str, title: str, detail: str, **extra: Any) -> dict[str, Any]:
    return {"type": f"/problems/{slug}", "title": title, "status": status, "detail": detail, **extra}


def problem_response(problem: ProblemError) -> JSONResponse:
    body = problem_body(problem.status, problem.slug, problem.title, problem.detail, **problem.extra)
    return JSONResponse(
        jsonable_encoder(body),
        status_code=problem.status,
        headers=problem.headers,
        media_type=PROBLEM_MEDIA_TYPE,
    )


def _slug_for_status(status: int) -> str:
    if status in _STATUS_SLUGS:
        return _STATUS_SLUGS[status]
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "-").replace("'", "")
    except ValueError:
        return "error"


async def _on_problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    return problem_response(exc)


async def _on_http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else ""
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"No resource at {request.url.path}"
    elif exc.status_code == 405 and detail == "Method Not Allowed":
        detail = f"{request.method} is not allowed on {request.url.path}"
    problem = ProblemError(exc.status_code, _slug_for_status(exc.status_code), detail, headers=exc.headers)
    return problem_response(problem)


def validation_problem(raw_errors: Sequence[Any], **extra: Any) -> ProblemError:
    """``422 validation-error`` listing pydantic's errors (``400 bad-request`` if the body is not JSON)."""
    errors = [
        {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
        for e in raw_errors
    ]
    # A body that is not JSON at all is a malformed request, not a field with a wrong value.
    if any(e["type"] == "json_invalid" for e in errors):
        return ProblemError(400, "bad-request", "The request body is not valid JSON", **extra)
    summary = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors[:5])
    return ProblemError(422, "validation-error", summary, errors=errors, **extra)


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return problem_response(validation_problem(exc.errors()))


async def _on_unhandled(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(ProblemError(500, "internal", "The server failed to answer this request"))


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(StarletteHTTPException, _on_http_exception)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(Exception, _on_unhandled)
