"""Resumable uploads: declare, send in parts, resume after a cut, checksum, limits (server.uploads)."""

from __future__ import annotations

import hashlib
import os
import socket
import time
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from server_testkit import assert_problem, bearer, live_server, login

from server.services import Services
from server.uploads import MAX_SIZE, MAX_VIDEO_SIZE, OFFSET_MEDIA_TYPE

CONTENT = os.urandom(150_000)
SHA = hashlib.sha256(CONTENT).hexdigest()


@pytest.fixture
def auth(client: TestClient) -> dict[str, str]:
    return bearer(str(login(client)["access_token"]))


def declare(
    client: Any, auth: dict[str, str], size: int = len(CONTENT), sha: str = SHA, mime: str = "image/jpeg"
) -> Any:
    return client.post("/v1/uploads", json={"sha256": sha, "size": size, "mime": mime}, headers=auth)


def patch(client: Any, auth: dict[str, str], upload_id: str, offset: int, data: bytes, **headers: str) -> Any:
    sent = auth | {"Upload-Offset": str(offset), "Content-Type": OFFSET_MEDIA_TYPE} | headers
    return client.patch(f"/v1/uploads/{upload_id}", content=data, headers=sent)


def test_declare_is_content_addressed_per_resident(client: TestClient, auth: dict[str, str]) -> None:
    created = declare(client, auth)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body == {"upload_id": body["upload_id"], "offset": 0, "size": len(CONTENT), "complete": False}
    assert created.headers["location"] == f"/v1/uploads/{body['upload_id']}"
    again = declare(client, auth, sha=SHA.upper())
    assert again.status_code == 200 and again.json() == body
    lee = bearer(str(login(client, "lee")["access_token"]))
    theirs = declare(client, lee)
    assert theirs.status_code == 201 and theirs.json()["upload_id"] != body["upload_id"]
    assert_problem(declare(client, auth, size=5), 422, "validation-error")  # same sha256, other size


def test_declare_limits(client: TestClient, auth: dict[str, str]) -> None:
    assert_problem(declare(client, auth, mime="application/x-msdownload"), 415, "unsupported-media-type")
    assert_problem(declare(client, auth, size=MAX_SIZE + 1), 413, "upload-too-large")
    assert declare(client, auth, size=MAX_SIZE + 1, mime="video/mp4").status_code == 201
    assert_problem(declare(client, auth, size=MAX_VIDEO_SIZE + 1, mime="video/mp4", sha="ab" * 32), 413,
                   "upload-too-large")  # fmt: skip
    assert_problem(declare(client, auth, sha="xyz"), 422, "validation-error")
    assert_problem(declare(client, auth, size=0), 422, "validation-error")
    assert_problem(client.post("/v1/uploads", json={"sha256": SHA, "size": 1, "mime": "image/png"}), 401,
                   "unauthorized")  # fmt: skip


def test_upload_in_parts(client: TestClient, services: Services, auth: dict[str, str]) -> None:
    upload_id = declare(client, auth).json()["upload_id"]
    head = client.head(f"/v1/uploads/{upload_id}", headers=auth)
    assert head.status_code == 200
    assert (head.headers["upload-offset"], head.headers["upload-length"]) == ("0", str(len(CONTENT)))
    first = patch(client, auth, upload_id, 0, CONTENT[:100_000])
    assert first.status_code == 204 and first.headers["upload-offset"] == "100000"
    view = client.get(f"/v1/uploads/{upload_id}", headers=auth).json()
    assert view == {
        "upload_id": upload_id, "sha256": SHA, "size": len(CONTENT), "mime": "image/jpeg",
        "offset": 100_000, "complete": False,
    }  # fmt: skip
    last = patch(client, auth, upload_id, 100_000, CONTENT[100_000:])
    assert last.status_code == 204 and last.headers["upload-offset"] == str(len(CONTENT))
    assert client.get(f"/v1/uploads/{upload_id}", headers=auth).json()["complete"] is True
    upload = services.uploads.get("usr-demo", upload_id)
    assert upload is not None
    blob = services.uploads.blob_path(upload)
    assert blob.read_bytes() == CONTENT and blob.name == SHA
    assert blob.is_relative_to(services.config.data_dir)
    assert declare(client, auth).json() == {
        "upload_id": upload_id, "offset": len(CONTENT), "size": len(CONTENT), "complete": True,
    }  # fmt: skip
    # Sending the end again changes nothing.
    assert patch(client, auth, upload_id, len(CONTENT), b"").status_code == 204


def test_patch_refusals(client: TestClient, auth: dict[str, str]) -> None:
    upload_id = declare(client, auth).json()["upload_id"]
    patch(client, auth, upload_id, 0, CONTENT[:1000])
    wrong = patch(client, auth, upload_id, 500, CONTENT[500:2000])
    assert_problem(wrong, 409, "offset-mismatch")
    assert wrong.headers["upload-offset"] == "1000"
    assert_problem(patch(client, auth, upload_id, 1000, b"x", **{"Content-Type": "application/octet-stream"}),
                   415, "unsupported-media-type")  # fmt: skip
    assert_problem(patch(client, auth, upload_id, 1000, CONTENT[1000:] + b"extra"), 413, "upload-too-large")
    assert_problem(patch(client, auth, upload_id, 1000, b"x", **{"Upload-Offset": "ten"}), 400, "bad-request")
    chunked = client.patch(
        f"/v1/uploads/{upload_id}",
        content=iter([CONTENT[1000:], b"more than declared"]),
        headers=auth | {"Upload-Offset": "1000", "Content-Type": OFFSET_MEDIA_TYPE},
    )
    assert_problem(chunked, 413, "upload-too-large")
    assert client.head(f"/v1/uploads/{upload_id}", headers=auth).headers["upload-offset"] == "1000"
    assert_problem(patch(client, auth, "up-nope", 0, b"x"), 404, "not-found")
    assert client.head("/v1/uploads/up-nope", headers=auth).status_code == 404
    lee = bearer(str(login(client, "lee")["access_token"]))
    assert_problem(client.get(f"/v1/uploads/{upload_id}", headers=lee), 404, "not-found")
    assert patch(client, auth, upload_id, 1000, CONTENT[1000:]).status_code == 204  # all still fine


def test_checksum_mismatch_starts_over(client: TestClient, auth: dict[str, str]) -> None:
    upload_id = declare(client, auth).json()["upload_id"]
    patch(client, auth, upload_id, 0, CONTENT[:1000])
    corrupt = patch(client, auth, upload_id, 1000, bytes(len(CONTENT) - 1000))
    assert_problem(corrupt, 422, "checksum-mismatch")
    assert corrupt.headers["upload-offset"] == "0"
    view = client.get(f"/v1/uploads/{upload_id}", headers=auth).json()
    assert (view["offset"], view["complete"]) == (0, False)
    assert patch(client, auth, upload_id, 0, CONTENT).status_code == 204
    assert client.get(f"/v1/uploads/{upload_id}", headers=auth).json()["complete"] is True


def test_resume_after_a_cut_connection(services: Services) -> None:
    with live_server(services) as url, httpx.Client(base_url=url, timeout=10) as http:
        token = http.post("/v1/auth/login", json={"username": "demo", "password": "demo"}).json()
        auth = {"Authorization": f"Bearer {token['access_token']}"}
        upload_id = declare(http, auth).json()["upload_id"]
        host, port = url.removeprefix("http://").split(":")
        sent = 60_000
        with socket.create_connection((host, int(port)), timeout=10) as raw:
            head = (
                f"PATCH /v1/uploads/{upload_id} HTTP/1.1\r\nHost: {host}\r\n"
                f"Authorization: {auth['Authorization']}\r\nUpload-Offset: 0\r\n"
                f"Content-Type: {OFFSET_MEDIA_TYPE}\r\nContent-Length: {len(CONTENT)}\r\n\r\n"
            )
            raw.sendall(head.encode() + CONTENT[:sent])
            time.sleep(0.5)  # the server reads the bytes; then the line goes dead
        deadline = time.monotonic() + 10
        while (
            offset := int(http.head(f"/v1/uploads/{upload_id}", headers=auth).headers["upload-offset"])
        ) == 0:
            assert time.monotonic() < deadline, "the server kept nothing of the cut request"
            time.sleep(0.02)
        # What arrived is kept (bytes still in the server's buffer at the cut may be lost, no more).
        assert 0 < offset <= sent
        rest = patch(http, auth, upload_id, offset, CONTENT[offset:])
        assert rest.status_code == 204, rest.text
        assert http.get(f"/v1/uploads/{upload_id}", headers=auth).json()["complete"] is True
