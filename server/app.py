"""``create_app(config)``: the FastAPI application of the reference server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from server import __version__
from server.config import ServerConfig
from server.faults import RAW_SEND_KEY, FaultMiddleware, Receive, Scope, Send
from server.openapi import install_openapi
from server.problems import install_problem_handlers
from server.routes import (
    auth,
    changes,
    eid,
    events,
    info,
    ops,
    testing,
    testing_eid,
    testing_live,
    testing_services,
    uploads,
)
from server.services import Services

DESCRIPTION = (
    "Reference implementation of the Macao One Account (澳門公共服務一戶通) API used by One Account "
    "Desktop. Errors are application/problem+json (RFC 9457)."
)


class OneAccountApp(FastAPI):
    """FastAPI that keeps the server's own ``send`` in the scope, for the ``drop_after_commit`` fault
    (every middleware, Starlette's included, wraps it afterwards)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope[RAW_SEND_KEY] = send
        await super().__call__(scope, receive, send)


def create_app(config: ServerConfig, services: Services | None = None) -> FastAPI:
    """Build the app; opens (and with ``config.demo`` seeds) the database unless ``services`` is given.

    The app closes the database at shutdown only when it opened it: given ``services`` stay the
    caller's, so tests can run several clients (each with its own lifespan) on one database.
    """
    owned = services is None
    parts = services or Services.open(config)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            parts.close()

    app = OneAccountApp(
        title="One Account API", version=__version__, description=DESCRIPTION, lifespan=lifespan
    )
    app.state.services = parts
    install_problem_handlers(app)
    app.include_router(info.router)
    app.include_router(auth.router)
    app.include_router(changes.router)
    app.include_router(ops.router)
    app.include_router(uploads.router)
    app.include_router(events.router)
    app.include_router(eid.router)
    if config.test_mode:
        app.include_router(testing.router)
        app.include_router(testing_live.router)
        app.include_router(testing_services.router)
        app.include_router(testing_eid.router)
    install_openapi(app)
    app.add_middleware(FaultMiddleware, registry=parts.faults)
    return app
