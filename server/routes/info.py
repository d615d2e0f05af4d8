"""``GET /v1/info``: who this server is and which epoch its cursors belong to."""

from __future__ import annotations

from fastapi import APIRouter

from server import __version__
from server.deps import ServicesDep
from server.schemas import InfoOut
from server.timeutil import iso_time

router = APIRouter(tags=["info"])

SERVER_NAME = "One Account reference server"


@router.get("/v1/info", response_model=InfoOut, summary="Server name, version and change-log epoch")
def info(services: ServicesDep) -> InfoOut:
    return InfoOut(
        name=SERVER_NAME,
        version=__version__,
        epoch=services.store.epoch,
        demo=services.is_demo(),
        now=iso_time(services.config.clock()),
    )
