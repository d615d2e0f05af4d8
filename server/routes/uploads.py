"""``/v1/uploads``: declare an upload, then send its bytes in resumable ``PATCH`` requests.

``PATCH`` streams the body to the part file as it arrives (file and database work in worker threads),
so a 50 MiB video never sits in memory and a cut connection keeps the bytes that arrived.
"""

from __future__ import annotations

from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import JSONResponse
from starlette.requests import ClientDisconnect

from server.deps import ServicesDep, UserDep
from server.openapi import problem_responses
from server.problems import ProblemError
from server.schemas import UploadCreatedOut, UploadIn, UploadOut
from server.uploads import OFFSET_MEDIA_TYPE, Upload

router = APIRouter(tags=["uploads"])

UploadIdPath = Annotated[str, Path(max_length=64)]

_INT_HEADER = {"schema": {"type": "string", "pattern": r"^\d+$"}, "required": True}


def _created(upload: Upload) -> dict[str, Any]:
    return {"upload_id": upload.id, "offset": upload.offset, "size": upload.size, "complete": upload.complete}


@router.post(
    "/v1/uploads",
    status_code=201,
    response_model=UploadCreatedOut,
    responses={
        200: {"model": UploadCreatedOut, "description": "This resident already declared this sha256"},
        201: {"headers": {"Location": {"schema": {"type": "string"}, "required": True}}},
        **problem_responses(400, 401, 413, 415, 422),
    },
    summary="Declare an upload (content-addressed per resident)",
)
def create_upload(body: UploadIn, services: ServicesDep, user: UserDep) -> JSONResponse:
    upload, created = services.uploads.create(user.id, body.sha256, body.size, body.mime)
    return JSONResponse(
        _created(upload),
        status_code=201 if created else 200,
        headers={"Location": f"/v1/uploads/{upload.id}"},
    )


def _found(services: ServicesDep, user_id: str, upload_id: str) -> Upload:
    upload = services.uploads.get(user_id, upload_id)
    if upload is None:
        raise ProblemError(404, "not-found", f"No upload {upload_id}")
    return upload


def _offset_headers(upload: Upload) -> dict[str, str]:
    return {
        "Upload-Offset": str(upload.offset),
        "Upload-Length": str(upload.size),
        "Cache-Control": "no-store",
    }


@router.head(
    "/v1/uploads/{upload_id}",
    response_class=Response,
    responses={
        200: {
            "description": "Where the upload stands (headers only)",
            "headers": {"Upload-Offset": _INT_HEADER, "Upload-Length": _INT_HEADER},
        },
        **problem_responses(401, 404),
    },
    summary="Offset of an upload, to resume it",
)
def head_upload(upload_id: UploadIdPath, services: ServicesDep, user: UserDep) -> Response:
    return Response(status_code=200, headers=_offset_headers(_found(services, user.id, upload_id)))


@router.get(
    "/v1/uploads/{upload_id}",
    response_model=UploadOut,
    responses=problem_responses(401, 404),
    summary="An upload's declaration and progress",
)
def get_upload(upload_id: UploadIdPath, services: ServicesDep, user: UserDep) -> JSONResponse:
    return JSONResponse(_found(services, user.id, upload_id).to_json())


def _write(path: Any, offset: int, chunk: bytes) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(chunk)


@router.patch(
    "/v1/uploads/{upload_id}",
    status_code=204,
    response_class=Response,
    responses={
        204: {"description": "Bytes stored", "headers": {"Upload-Offset": _INT_HEADER}},
        **problem_responses(400, 401, 404, 409, 413, 415, 422),
    },
    summary="Send bytes of an upload from Upload-Offset on",
    openapi_extra={
        "parameters": [
            {
                "name": "Upload-Offset",
                "in": "header",
                "required": True,
                "description": "The offset the server holds (HEAD); else 409 offset-mismatch",
                "schema": {"type": "string", "pattern": r"^\d{1,12}$"},
            }
        ],
        "requestBody": {
            "required": True,
            "content": {OFFSET_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
        },
    },
)
async def patch_upload(
    upload_id: UploadIdPath, request: Request, services: ServicesDep, user: UserDep
) -> Response:
    uploads = services.uploads
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != OFFSET_MEDIA_TYPE:
        raise ProblemError(415, "unsupported-media-type", f"Send the bytes as {OFFSET_MEDIA_TYPE}")
    offset_text = request.headers.get("upload-offset", "")
    if not offset_text.isdigit() or len(offset_text) > 12:
        raise ProblemError(400, "bad-request", "Upload-Offset must be a number of bytes")
    length_text = request.headers.get("content-length", "")
    length = int(length_text) if length_text.isdigit() else None
    upload = await anyio.to_thread.run_sync(uploads.begin, user.id, upload_id, int(offset_text), length)
    try:
        if upload.complete:
            return Response(status_code=204, headers={"Upload-Offset": str(upload.offset)})
        path = await anyio.to_thread.run_sync(uploads.open_part, upload)
        offset = upload.offset
        try:
            async for chunk in request.stream():
                if not chunk:
                    continue
                if offset + len(chunk) > upload.size:
                    await anyio.to_thread.run_sync(uploads.rewind, upload)
                    raise ProblemError(
                        413, "upload-too-large", f"The upload was declared as {upload.size} bytes"
                    )
                await anyio.to_thread.run_sync(_write, path, offset, chunk)
                offset += len(chunk)
        except ClientDisconnect:
            # The connection was cut: keep what arrived, so the client resumes from there. Nobody
            # hears the answer; it only ends the request quietly.
            kept = await anyio.to_thread.run_sync(uploads.received, upload, offset)
            return Response(status_code=204, headers={"Upload-Offset": str(kept.offset)})
        done = await anyio.to_thread.run_sync(uploads.received, upload, offset)
        return Response(status_code=204, headers={"Upload-Offset": str(done.offset)})
    finally:
        uploads.end(upload)
