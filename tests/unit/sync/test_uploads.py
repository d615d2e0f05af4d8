"""ResumableUploader against an in-process fake of ``/v1/uploads``: chunks, content addressing, cuts
that resume from the server's offset, offset conflicts, checksum restarts, refusals, cancel, 401."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from desktop.sync.api import ApiClient
from desktop.sync.auth import AuthSession, MemoryTokenStore
from desktop.sync.errors import BadResponseError, OfflineError, ProblemError, ServerError
from desktop.sync.uploads import (
    ResumableUploader,
    UploadCancelled,
    UploadProgress,
    UploadRejected,
    sha256_of,
)

from .fakes import PASSWORD, FakeServer, problem

KIB = 1024
CHUNK = 256 * KIB


@dataclass
class _Upload:
    id: str
    sha256: str
    size: int
    mime: str
    data: bytearray = field(default_factory=bytearray)
    complete: bool = False


@dataclass
class UploadServer(FakeServer):
    """FakeServer (auth) plus the upload endpoints of the contract, with switches for faults."""

    limit: int = 20 * 1024 * KIB
    mimes: frozenset[str] = frozenset(
        {"image/jpeg", "image/png", "audio/mp4", "video/mp4", "application/pdf"}
    )
    uploads: dict[str, _Upload] = field(default_factory=dict)
    #: The next PATCH keeps only this many bytes, then the connection breaks (the answer is lost).
    cut_after: int | None = None
    #: The next PATCH times out after the server kept all its bytes.
    timeout_next: bool = False
    #: How many passes get one byte of their first PATCH spoilt on the way (the checksum then fails).
    corrupt: int = 0
    #: Before the next PATCH, this many further bytes "land late" from an earlier try.
    land_late: int = 0
    #: Called with each PATCH (before it is handled) — tests change the world there.
    on_patch: Callable[[httpx.Request], None] | None = None
    #: The content the test means to upload (for bytes that "land late").
    expected: bytes = b""
    created: int = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if not path.startswith("/v1/uploads"):
            return super().handle(request)
        self.requests.append(request)
        for prefix, replies in self.faults.items():
            if path.startswith(prefix) and replies:
                return replies.pop(0)(request)
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self._access:
            return problem(401, "unauthorized")
        if path == "/v1/uploads" and request.method == "POST":
            return self._create(json.loads(request.content))
        upload = self.uploads.get(path.rsplit("/", 1)[-1])
        if upload is None:
            return problem(404, "upload-not-found")
        if request.method == "HEAD":
            return httpx.Response(
                200, headers={"Upload-Offset": str(len(upload.data)), "Upload-Length": str(upload.size)}
            )
        if request.method == "PATCH":
            if self.on_patch is not None:
                self.on_patch(request)
            return self._patch(upload, request)
        return problem(405, "method-not-allowed")

    def _create(self, body: dict[str, object]) -> httpx.Response:
        sha, size, mime = str(body["sha256"]), int(str(body["size"])), str(body["mime"])
        if size > self.limit:
            return problem(413, "upload-too-large")
        if mime not in self.mimes:
            return problem(415, "unsupported-media-type")
        for upload in self.uploads.values():
            if upload.sha256 == sha:
                return httpx.Response(200, json=self._out(upload))
        self.created += 1
        upload = _Upload(f"up-{self.created}", sha, size, mime)
        self.uploads[upload.id] = upload
        return httpx.Response(201, json=self._out(upload), headers={"Location": f"/v1/uploads/{upload.id}"})

    @staticmethod
    def _out(upload: _Upload) -> dict[str, object]:
        return {
            "upload_id": upload.id,
            "offset": len(upload.data),
            "size": upload.size,
            "complete": upload.complete,
        }

    def _patch(self, upload: _Upload, request: httpx.Request) -> httpx.Response:
        if request.headers.get("content-type") != "application/offset+octet-stream":
            return problem(415, "unsupported-media-type")
        if self.land_late:
            upload.data += self.expected[len(upload.data) : len(upload.data) + self.land_late]
            self.land_late = 0
        offset = int(request.headers["upload-offset"])
        if offset != len(upload.data):
            return problem(409, "offset-mismatch", headers={"Upload-Offset": str(len(upload.data))})
        body = bytearray(request.content)
        if offset + len(body) > upload.size:
            return problem(413, "upload-too-large")
        if self.corrupt and body and offset == 0:
            self.corrupt -= 1
            body[0] ^= 0xFF
        if self.cut_after is not None:
            upload.data += body[: self.cut_after]
            self.cut_after = None
            raise httpx.ReadError("connection reset by peer", request=request)
        upload.data += body
        if self.timeout_next:
            self.timeout_next = False
            raise httpx.ReadTimeout("timed out", request=request)
        if len(upload.data) == upload.size:
            if hashlib.sha256(upload.data).hexdigest() != upload.sha256:
                upload.data.clear()
                return problem(422, "checksum-mismatch")
            upload.complete = True
        return httpx.Response(204, headers={"Upload-Offset": str(len(upload.data))})

    def patches(self) -> list[int]:
        """The Upload-Offset of every PATCH sent, in order."""
        return [int(r.headers["upload-offset"]) for r in self.requests if r.method == "PATCH"]

    def methods(self) -> list[str]:
        return [r.method for r in self.requests if r.url.path.startswith("/v1/uploads")]


def content(size: int, seed: int = 7) -> bytes:
    # Not all one byte: a chunk sent at the wrong offset must change the checksum.
    return bytes((i * 31 + seed + i // 251) % 256 for i in range(size))


@pytest.fixture
def server() -> UploadServer:
    return UploadServer()


@pytest.fixture
def session(server: UploadServer) -> AuthSession:
    session = AuthSession(ApiClient("http://127.0.0.1:1", transport=server.transport()), MemoryTokenStore())
    session.login("demo", PASSWORD)
    return session


@pytest.fixture
def uploader(session: AuthSession) -> ResumableUploader:
    return ResumableUploader(session)


def fresh_uploader(server: UploadServer, session: AuthSession) -> ResumableUploader:
    """Another uploader on another client, as after an app restart (the same sign-in)."""
    again = AuthSession(ApiClient("http://127.0.0.1:1", transport=server.transport()), session.token_store)
    return ResumableUploader(again)


def test_bytes_go_in_chunks_after_post_and_head(uploader: ResumableUploader, server: UploadServer) -> None:
    data = content(CHUNK * 3 + 100)
    seen: list[UploadProgress] = []
    result = uploader.upload(data, "image/jpeg", on_progress=seen.append)
    assert result.sha256 == hashlib.sha256(data).hexdigest() and result.size == len(data)
    assert server.methods() == ["POST", "HEAD", "PATCH", "PATCH", "PATCH", "PATCH"]
    assert server.patches() == [0, CHUNK, 2 * CHUNK, 3 * CHUNK]
    stored = server.uploads[result.upload_id]
    assert stored.complete and bytes(stored.data) == data
    patch = next(r for r in server.requests if r.method == "PATCH")
    assert patch.headers["content-type"] == "application/offset+octet-stream"
    assert seen[0].upload_id == result.upload_id and seen[0].offset == 0
    assert seen[-1].offset == len(data) and seen[-1].complete


def test_a_file_is_hashed_and_sent_from_disk(
    uploader: ResumableUploader, server: UploadServer, tmp_path: Path
) -> None:
    data = content(CHUNK * 5 + 1, seed=3)
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    result = uploader.upload(path, "image/jpeg", chunk_size=CHUNK * 2)
    assert result.sha256 == sha256_of(path) == sha256_of(data)
    assert bytes(server.uploads[result.upload_id].data) == data
    assert server.patches() == [0, 2 * CHUNK, 4 * CHUNK]


def test_content_already_on_the_server_returns_at_once(
    uploader: ResumableUploader, server: UploadServer
) -> None:
    data = content(1000)
    first = uploader.upload(data, "application/pdf")
    server.requests.clear()
    seen: list[UploadProgress] = []
    again = uploader.upload(data, "application/pdf", on_progress=seen.append)
    assert again == first
    assert server.methods() == ["POST"]
    assert [p.complete for p in seen] == [True]


def test_a_cut_resumes_from_the_server_offset_not_from_zero(
    uploader: ResumableUploader, server: UploadServer, session: AuthSession
) -> None:
    data = content(CHUNK * 4)
    saved: list[UploadProgress] = []
    server.on_patch = lambda r: setattr(server, "cut_after", 1234) if server.patches() == [0, CHUNK] else None
    with pytest.raises(OfflineError):
        uploader.upload(data, "video/mp4", on_progress=saved.append)
    landed = CHUNK + 1234
    upload_id = saved[-1].upload_id
    assert len(server.uploads[upload_id].data) == landed
    assert saved[-1].offset == CHUNK  # what the client knew for sure before the cut

    # Later, maybe after a restart: the same content finds the same upload; HEAD says where to go on.
    server.requests.clear()
    result = fresh_uploader(server, session).upload(data, "video/mp4")
    assert result.upload_id == upload_id
    assert server.methods()[:2] == ["POST", "HEAD"]
    assert server.patches()[0] == landed and 0 not in server.patches()
    sent = sum(len(r.content) for r in server.requests if r.method == "PATCH")
    assert sent == len(data) - landed
    assert bytes(server.uploads[upload_id].data) == data


def test_a_timeout_is_offline_and_the_next_call_resumes(
    uploader: ResumableUploader, server: UploadServer
) -> None:
    data = content(CHUNK * 2 + 5)
    server.timeout_next = True
    with pytest.raises(OfflineError) as info:
        uploader.upload(data, "image/png")
    assert info.value.timeout
    server.requests.clear()
    uploader.upload(data, "image/png")
    assert server.patches() == [CHUNK, 2 * CHUNK]


def test_offset_mismatch_asks_the_server_and_goes_on(
    uploader: ResumableUploader, server: UploadServer
) -> None:
    data = content(CHUNK * 3)
    server.expected = data
    server.on_patch = lambda r: setattr(server, "land_late", 777) if server.patches() == [0, CHUNK] else None
    result = uploader.upload(data, "image/jpeg")
    assert bytes(server.uploads[result.upload_id].data) == data
    # The second PATCH met 777 late bytes: refused, then a HEAD, then on from the server's offset.
    assert server.patches() == [0, CHUNK, CHUNK + 777, 2 * CHUNK + 777]
    assert server.methods().count("HEAD") == 2


def test_offset_conflicts_without_end_give_up(uploader: ResumableUploader, server: UploadServer) -> None:
    reply = lambda r: problem(409, "offset-mismatch")  # noqa: E731
    # HEAD and PATCH alternate: every HEAD says 0, every PATCH at 0 is refused as a mismatch.
    server.fail("/v1/uploads/", *[reply if i % 2 else _head_zero for i in range(20)])
    with pytest.raises(BadResponseError):
        uploader.upload(content(CHUNK * 2), "image/jpeg")
    assert len(server.patches()) == 3


def _head_zero(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"Upload-Offset": "0"})


def test_checksum_mismatch_restarts_once_from_zero(uploader: ResumableUploader, server: UploadServer) -> None:
    data = content(CHUNK * 2 + 10)
    server.corrupt = 1
    result = uploader.upload(data, "image/jpeg")
    assert server.patches() == [0, CHUNK, 2 * CHUNK, 0, CHUNK, 2 * CHUNK]
    assert server.uploads[result.upload_id].complete
    assert bytes(server.uploads[result.upload_id].data) == data


def test_a_second_checksum_mismatch_is_a_rejection(uploader: ResumableUploader, server: UploadServer) -> None:
    server.corrupt = 2
    with pytest.raises(UploadRejected) as info:
        uploader.upload(content(CHUNK + 1), "image/jpeg")
    assert info.value.status == 422 and info.value.slug == "checksum-mismatch"
    assert server.patches() == [0, CHUNK, 0, CHUNK]


def test_a_file_changed_while_sent_becomes_a_new_upload(
    uploader: ResumableUploader, server: UploadServer, tmp_path: Path
) -> None:
    path = tmp_path / "voice.m4a"
    old, new = content(CHUNK * 2, seed=1), content(CHUNK * 2, seed=2)
    path.write_bytes(old)

    def edit(request: httpx.Request) -> None:
        if server.patches() == [0]:
            path.write_bytes(new)  # same size, new bytes: the checksum fails at the end

    server.on_patch = edit
    result = uploader.upload(path, "audio/mp4")
    assert result.sha256 == hashlib.sha256(new).hexdigest()
    assert bytes(server.uploads[result.upload_id].data) == new
    assert len(server.uploads) == 2 and server.methods().count("POST") == 2


@pytest.mark.parametrize(
    ("kwargs", "status", "slug"),
    [
        ({"mime": "image/jpeg", "size": 21 * 1024 * KIB}, 413, "upload-too-large"),
        ({"mime": "application/x-msdownload", "size": 10}, 415, "unsupported-media-type"),
    ],
)
def test_too_large_or_wrong_type_is_rejected_for_good(
    uploader: ResumableUploader, server: UploadServer, kwargs: dict[str, object], status: int, slug: str
) -> None:
    data = bytes(int(str(kwargs["size"])))
    with pytest.raises(UploadRejected) as info:
        uploader.upload(data, str(kwargs["mime"]))
    assert isinstance(info.value, ProblemError)
    assert info.value.status == status and info.value.slug == slug
    assert server.methods() == ["POST"]


def test_a_patch_refused_as_too_large_is_a_rejection(
    uploader: ResumableUploader, server: UploadServer
) -> None:
    server.on_patch = lambda r: server.fail("/v1/uploads/", lambda r: problem(413, "upload-too-large"))
    with pytest.raises(UploadRejected) as info:
        uploader.upload(content(CHUNK * 2), "image/png")
    assert info.value.slug == "upload-too-large"


def test_cancel_between_chunks_then_resume(uploader: ResumableUploader, server: UploadServer) -> None:
    data = content(CHUNK * 4)
    cancel = threading.Event()

    def progress(p: UploadProgress) -> None:
        if p.offset >= 2 * CHUNK:
            cancel.set()

    with pytest.raises(UploadCancelled) as info:
        uploader.upload(data, "video/mp4", cancel=cancel, on_progress=progress)
    assert info.value.progress is not None and info.value.progress.offset == 2 * CHUNK
    assert server.patches() == [0, CHUNK]
    server.requests.clear()
    uploader.upload(data, "video/mp4")
    assert server.patches() == [2 * CHUNK, 3 * CHUNK]


def test_cancel_before_anything_sends_nothing(uploader: ResumableUploader, server: UploadServer) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(UploadCancelled) as info:
        uploader.upload(b"x" * 10, "image/png", cancel=cancel)
    assert info.value.progress is None and server.methods() == []


def test_a_stale_token_mid_upload_is_refreshed_once(
    uploader: ResumableUploader, server: UploadServer
) -> None:
    data = content(CHUNK * 3)
    server.on_patch = lambda r: server.expire_access_tokens() if server.patches() == [0] else None
    result = uploader.upload(data, "image/jpeg")
    assert bytes(server.uploads[result.upload_id].data) == data
    assert server.refresh_calls == 1
    assert server.patches() == [0, CHUNK, CHUNK, 2 * CHUNK]  # the PATCH refused with 401 is sent again


def test_an_upload_the_server_forgot_is_created_again(
    uploader: ResumableUploader, server: UploadServer
) -> None:
    data = content(CHUNK * 2)
    server.on_patch = lambda r: server.uploads.clear() if server.patches() == [0] else None
    result = uploader.upload(data, "image/jpeg")
    assert result.upload_id == "up-2" and bytes(server.uploads["up-2"].data) == data
    # The second PATCH finds nothing (404): POST again, HEAD says 0, all of it again.
    assert server.patches() == [0, CHUNK, 0, CHUNK]
    assert server.methods().count("POST") == 2


def test_server_trouble_is_raised_with_retry_after_and_resumes_later(
    uploader: ResumableUploader, server: UploadServer
) -> None:
    data = content(CHUNK * 2)
    server.on_patch = lambda r: (
        server.fail("/v1/uploads/", lambda r: problem(429, "rate-limited", headers={"Retry-After": "3"}))
        if server.patches() == [0]
        else None
    )
    with pytest.raises(ProblemError) as info:
        uploader.upload(data, "image/jpeg")
    assert info.value.status == 429 and info.value.retry_after == 3.0
    assert not isinstance(info.value, UploadRejected)
    server.fail("/v1/uploads/", lambda r: httpx.Response(503, headers={"Retry-After": "5"}))
    with pytest.raises(ServerError) as server_error:
        uploader.upload(data, "image/jpeg")
    assert server_error.value.retry_after == 5.0
    server.requests.clear()
    uploader.upload(data, "image/jpeg")
    assert server.patches() == [CHUNK]


@pytest.mark.parametrize("offset", ["", "-1", "abc", str(10**9)])
def test_a_broken_offset_header_is_a_bad_response(
    uploader: ResumableUploader, server: UploadServer, offset: str
) -> None:
    server.fail("/v1/uploads/", lambda r: httpx.Response(200, headers={"Upload-Offset": offset}))
    with pytest.raises(BadResponseError):
        uploader.upload(content(100), "image/png")


def test_offset_reads_the_server_head(uploader: ResumableUploader, server: UploadServer) -> None:
    server.on_patch = lambda r: setattr(server, "cut_after", 10) if server.patches() == [0] else None
    with pytest.raises(OfflineError):
        uploader.upload(content(CHUNK), "image/png", chunk_size=CHUNK)
    assert uploader.offset("up-1") == 10
    with pytest.raises(ProblemError) as info:
        uploader.offset("up-404")
    assert info.value.status == 404


def test_an_empty_file_is_one_empty_patch(uploader: ResumableUploader, server: UploadServer) -> None:
    result = uploader.upload(b"", "application/pdf")
    assert result.size == 0 and server.uploads[result.upload_id].complete
    assert server.patches() == [0]


def test_a_bad_chunk_size_is_refused(uploader: ResumableUploader) -> None:
    with pytest.raises(ValueError):
        uploader.upload(b"x", "image/png", chunk_size=0)
