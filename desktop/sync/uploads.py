"""Resumable, content-addressed uploads (``/v1/uploads``) for photos, voice, video and attachments.

The flow of docs/API.md: ``POST /v1/uploads {sha256, size, mime}`` finds or creates the upload (an
upload already complete returns at once), ``HEAD`` tells the server's ``Upload-Offset``, and ``PATCH``
sends the rest in chunks from there. The server checks the sha256 when the last byte arrives.

Nothing is kept on disk here. The caller persists what ``on_progress`` reports (above all the
``upload_id`` and ``sha256``) in its outbox row; calling :meth:`ResumableUploader.upload` again with
the same content after a cut, or after the app restarted, finds the same upload (the server keys it
by sha256) and resumes from the offset ``HEAD`` gives — never from 0.

Threading contract: an uploader holds no state between calls and may be shared; one ``upload`` call
runs on the calling thread (the sync worker), blocking; ``cancel`` may be set from any thread and is
honoured between chunks; ``on_progress`` is called on the uploading thread.
"""

from __future__ import annotations

import hashlib
import io
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO
from urllib.parse import quote

import httpx

from desktop.sync.api import error_of
from desktop.sync.auth import AuthSession
from desktop.sync.crashpoints import crash_point
from desktop.sync.errors import BadResponseError, ProblemError, SyncError

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "ResumableUploader",
    "UploadCancelled",
    "UploadProgress",
    "UploadRejected",
    "UploadResult",
    "sha256_of",
]

log = logging.getLogger(__name__)

UPLOADS_PATH = "/v1/uploads"
DEFAULT_CHUNK_SIZE = 256 * 1024
OFFSET_CONTENT_TYPE = "application/offset+octet-stream"
_HASH_BLOCK = 1024 * 1024
#: Answers in a row that move nothing forward (offset conflicts, stalls) before giving up on this try.
_MAX_STALLS = 3


@dataclass(frozen=True, slots=True)
class UploadResult:
    """A complete upload: what an operation's payload refers to."""

    upload_id: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class UploadProgress:
    """Where an upload stands on the server; worth saving in the outbox row after each report."""

    upload_id: str
    sha256: str
    size: int
    offset: int

    @property
    def complete(self) -> bool:
        return self.offset >= self.size


class UploadRejected(ProblemError):
    """The server refuses this upload for good (too large, type not accepted, content keeps failing
    its checksum). Retrying cannot help: the operation that needs it goes to "needs attention"."""

    @classmethod
    def of(cls, problem: ProblemError) -> UploadRejected:
        return cls(
            problem.status,
            problem.slug,
            problem.title,
            problem.detail,
            body=problem.body,
            retry_after=problem.retry_after,
        )


class UploadCancelled(SyncError):
    """``cancel`` was set; ``progress`` (None if nothing was created yet) says where to resume."""

    def __init__(self, progress: UploadProgress | None) -> None:
        self.progress = progress
        where = f" at {progress.offset} of {progress.size} bytes" if progress else ""
        super().__init__(f"the upload was cancelled{where}")


def sha256_of(source: Path | bytes) -> str:
    """The hex sha256 of a file (read in blocks, never whole) or of bytes."""
    if isinstance(source, bytes | bytearray | memoryview):
        return hashlib.sha256(source).hexdigest()
    with open(source, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


class _Source:
    """The bytes to send, read at any offset; a file stays open for the whole upload."""

    def __init__(self, source: Path | bytes) -> None:
        if isinstance(source, bytes | bytearray | memoryview):
            self._file: BinaryIO = io.BytesIO(bytes(source))
        else:
            self._file = open(source, "rb")  # noqa: SIM115 - closed by __exit__
        self.size = 0
        self.sha256 = ""
        self.measure()

    def measure(self) -> None:
        """(Re)compute size and sha256 from the content as it is now."""
        self._file.seek(0)
        digest, size = hashlib.sha256(), 0
        while block := self._file.read(_HASH_BLOCK):
            digest.update(block)
            size += len(block)
        self.sha256, self.size = digest.hexdigest(), size

    def read_at(self, offset: int, length: int) -> bytes:
        self._file.seek(offset)
        return self._file.read(length)

    def __enter__(self) -> _Source:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._file.close()


@dataclass(slots=True)
class _Upload:
    upload_id: str
    offset: int
    complete: bool


class ResumableUploader:
    """Sends files and bytes through the resumable upload endpoints, on an :class:`AuthSession`.

    Errors: ``OfflineError`` (cut, reset, timeout: call again later, it resumes), ``ServerError`` /
    ``ProblemError`` with ``retry_after`` (429, 5xx: back off and call again), :class:`UploadRejected`
    (never retry), :class:`UploadCancelled`, ``SignInRequired``, ``BadResponseError``, and ``OSError``
    when the file cannot be read.
    """

    def __init__(self, session: AuthSession) -> None:
        self._session = session

    def upload(
        self,
        source: Path | bytes,
        mime: str,
        *,
        cancel: threading.Event | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        on_progress: Callable[[UploadProgress], object] | None = None,
    ) -> UploadResult:
        """Make sure the server holds ``source`` completely; resume whatever part it already has."""
        if chunk_size <= 0:
            raise ValueError("chunk_size must be positive")
        with _Source(source) as src:
            return _Run(self, src, mime, cancel, chunk_size, on_progress).go()

    def offset(self, upload_id: str) -> int:
        """The server's ``Upload-Offset`` of an upload (``ProblemError`` 404 if it does not know it)."""
        response = self._call("HEAD", _upload_path(upload_id))
        if response.status_code >= 400:
            raise self._error(response)
        return _header_int(response, "upload-offset")

    # -- HTTP ---------------------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        headers: dict[str, str] | None = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        api = self._session.api

        def send() -> httpx.Response:
            # check=False keeps the answer's headers (Upload-Offset) for us to classify; only a 401
            # is raised here, so that authorized() refreshes the token once and sends again.
            response = api.request(method, path, json=json, headers=headers, content=content, check=False)
            if response.status_code == 401:
                raise self._error(response)
            return response

        return self._session.authorized(send)

    @staticmethod
    def _error(response: httpx.Response) -> Exception:
        return error_of(response)


class _Run:
    """One call of ``upload``: the state machine of POST → HEAD → PATCH… with its recoveries."""

    def __init__(
        self,
        uploader: ResumableUploader,
        src: _Source,
        mime: str,
        cancel: threading.Event | None,
        chunk_size: int,
        on_progress: Callable[[UploadProgress], object] | None,
    ) -> None:
        self.up = uploader
        self.src = src
        self.mime = mime
        self.cancel = cancel
        self.chunk_size = chunk_size
        self.on_progress = on_progress
        self.restarted = False  # checksum failed once and the upload started again from 0
        self.recreated = False  # the server forgot the upload once and it was created again
        self.upload_id = ""
        self.offset = 0

    def go(self) -> UploadResult:
        self._check_cancel()
        if self._create():
            return self._result()
        self.offset = self._head()
        self._report()
        stalls = 0
        while self.offset < self.src.size or self.src.size == 0:
            self._check_cancel()
            before = self.offset
            if self._send_chunk():
                return self._result()
            stalls = 0 if self.offset > before else stalls + 1
            if stalls >= _MAX_STALLS:
                raise BadResponseError(f"the upload makes no progress at offset {self.offset}")
        return self._result()

    # -- steps --------------------------------------------------------------------------------------

    def _create(self) -> bool:
        """POST (find or create by sha256); True when the server already has the whole content."""
        response = self.up._call(
            "POST",
            UPLOADS_PATH,
            json={"sha256": self.src.sha256, "size": self.src.size, "mime": self.mime},
        )
        if response.status_code in (413, 415):
            raise self._rejected(response)
        if response.status_code not in (200, 201):
            raise self.up._error(response)
        upload = _created(response, self.src.size)
        self.upload_id, self.offset = upload.upload_id, upload.offset
        log.info(
            "upload %s: %s, %d of %d bytes on the server",
            self.upload_id,
            "found" if response.status_code == 200 else "created",
            upload.offset,
            self.src.size,
        )
        if upload.complete:
            self.offset = self.src.size
            self._report()
            return True
        self._report()
        return False

    def _head(self) -> int:
        """The server's offset; a forgotten upload is created again (once)."""
        response = self.up._call("HEAD", _upload_path(self.upload_id))
        if response.status_code == 404:
            self._recreate()
            response = self.up._call("HEAD", _upload_path(self.upload_id))
        if response.status_code >= 400:
            raise self.up._error(response)
        offset = _header_int(response, "upload-offset")
        length = response.headers.get("upload-length")
        if length is not None and length.strip() != str(self.src.size):
            raise BadResponseError(f"Upload-Length {length!r} is not the size {self.src.size}")
        if not 0 <= offset <= self.src.size:
            raise BadResponseError(f"Upload-Offset {offset} is outside 0..{self.src.size}")
        return offset

    def _send_chunk(self) -> bool:
        """PATCH one chunk from the current offset; True when the upload is complete."""
        length = min(self.chunk_size, self.src.size - self.offset)
        chunk = self.src.read_at(self.offset, length)
        if len(chunk) != length:
            # The file shrank since it was measured: its sha256 cannot match any more.
            log.warning("upload %s: the file changed while being sent", self.upload_id)
            self._restart("the file changed while it was being sent")
            return False
        response = self.up._call(
            "PATCH",
            _upload_path(self.upload_id),
            headers={"Upload-Offset": str(self.offset), "Content-Type": OFFSET_CONTENT_TYPE},
            content=chunk,
        )
        status = response.status_code
        if status in (200, 204):
            offset = _header_int(response, "upload-offset")
            if not 0 <= offset <= self.src.size:
                raise BadResponseError(f"Upload-Offset {offset} is outside 0..{self.src.size}")
            self.offset = offset
            self._report()
            if offset < self.src.size:
                # Crash tests kill the process here: a chunk is on the server, the next is not sent.
                crash_point("mid_upload")
            return offset == self.src.size
        if status == 409:
            # Our idea of the offset is stale (a cut whose bytes did land, another sender): ask again.
            log.info("upload %s: offset %d refused; asking the server", self.upload_id, self.offset)
            self.offset = self._head()
            self._report()
            return False
        if status == 404:
            self._recreate()
            self.offset = self._head()
            self._report()
            return False
        if status == 422 and _slug(response) == "checksum-mismatch":
            self._restart("the content did not match its checksum", response)
            return False
        if status in (413, 415):
            raise self._rejected(response)
        raise self.up._error(response)

    def _restart(self, why: str, response: httpx.Response | None = None) -> None:
        """Start again from 0, once. Bytes spoilt on the way are sent again; a file that changed
        gets a new upload of its new content."""
        if self.restarted:
            if response is not None:
                raise self._rejected(response)
            raise UploadRejected(422, "checksum-mismatch", why)
        self.restarted = True
        old = self.src.sha256
        self.src.measure()
        log.warning("upload %s: %s; starting again from 0", self.upload_id, why)
        if self.src.sha256 != old and self._create():
            self.offset = self.src.size
            return
        self.offset = self._head()
        self._report()

    def _recreate(self) -> None:
        if self.recreated:
            raise BadResponseError(f"upload {self.upload_id} keeps disappearing from the server")
        self.recreated = True
        log.info("upload %s: the server no longer knows it; creating it again", self.upload_id)
        if self._create():
            self.offset = self.src.size

    # -- helpers ------------------------------------------------------------------------------------

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise UploadCancelled(self._progress() if self.upload_id else None)

    def _progress(self) -> UploadProgress:
        return UploadProgress(self.upload_id, self.src.sha256, self.src.size, self.offset)

    def _report(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self._progress())

    def _result(self) -> UploadResult:
        return UploadResult(self.upload_id, self.src.sha256, self.src.size)

    def _rejected(self, response: httpx.Response) -> UploadRejected:
        error = self.up._error(response)
        if isinstance(error, ProblemError):
            return UploadRejected.of(error)
        return UploadRejected(response.status_code, f"http-{response.status_code}")


def _upload_path(upload_id: str) -> str:
    return f"{UPLOADS_PATH}/{quote(upload_id, safe='')}"


def _slug(response: httpx.Response) -> str:
    error = error_of(response)
    return error.slug if isinstance(error, ProblemError) else ""


def _header_int(response: httpx.Response, name: str) -> int:
    value = response.headers.get(name, "").strip()
    if not value.isascii() or not value.isdigit():
        raise BadResponseError(f"{name} must be a whole number, got {value!r}")
    return int(value)


def _created(response: httpx.Response, size: int) -> _Upload:
    try:
        body = response.json()
    except ValueError:
        raise BadResponseError(f"{UPLOADS_PATH}: the JSON answer is broken or cut short") from None
    if not isinstance(body, dict):
        raise BadResponseError(f"{UPLOADS_PATH}: expected an object")
    upload_id, offset, complete = body.get("upload_id"), body.get("offset"), body.get("complete")
    if not isinstance(upload_id, str) or not upload_id:
        raise BadResponseError("'upload_id' must be a non-empty string")
    if isinstance(offset, bool) or not isinstance(offset, int) or not 0 <= offset <= size:
        raise BadResponseError(f"'offset' must be a whole number in 0..{size}")
    if not isinstance(complete, bool):
        raise BadResponseError("'complete' must be true or false")
    server_size = body.get("size", size)
    if server_size != size:
        raise BadResponseError(f"the server has this content with size {server_size}, not {size}")
    return _Upload(upload_id, offset, complete)
