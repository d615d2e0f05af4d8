"""Resumable uploads (photos, voice, video, attachments), content-addressed per resident.

An upload is declared first (sha256, size, type), then sent in one or more ``PATCH`` requests, each
continuing at the offset the server holds. Bytes go to ``<data>/uploads/<resident>/<id>.part``; a
cut connection keeps what arrived, so the client resumes where it stopped. When the last byte is in
the server checks the sha256: a mismatch starts the upload over at 0, a match moves the file to
``<data>/uploads/<resident>/<sha256>`` and marks it complete. A second declaration of the same
sha256 by the same resident answers the upload it already has.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from server.db import Database
from server.problems import ProblemError

ALLOWED_TYPES: tuple[str, ...] = (
    "image/jpeg",
    "image/png",
    "audio/mpeg",
    "audio/mp4",
    "audio/ogg",
    "video/mp4",
    "application/pdf",
)
MAX_SIZE = 20 * 1024 * 1024
MAX_VIDEO_SIZE = 50 * 1024 * 1024
OFFSET_MEDIA_TYPE = "application/offset+octet-stream"
_SAFE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def size_limit(mime: str) -> int:
    return MAX_VIDEO_SIZE if mime.startswith("video/") else MAX_SIZE


@dataclass(frozen=True, slots=True)
class Upload:
    id: str
    user_id: str
    sha256: str
    size: int
    mime: str
    offset: int
    complete: bool

    def to_json(self) -> dict[str, object]:
        return {
            "upload_id": self.id,
            "sha256": self.sha256,
            "size": self.size,
            "mime": self.mime,
            "offset": self.offset,
            "complete": self.complete,
        }


def offset_mismatch(upload: Upload, detail: str) -> ProblemError:
    return ProblemError(409, "offset-mismatch", detail, headers={"Upload-Offset": str(upload.offset)})


class UploadService:
    def __init__(self, db: Database, root: Path, clock: Callable[[], float]) -> None:
        self._db = db
        self.root = root
        self._clock = clock
        self._lock = threading.Lock()
        #: Uploads a PATCH is writing right now: a second PATCH of the same one would interleave.
        self._busy: set[str] = set()

    def _dir(self, user_id: str) -> Path:
        # Resident ids are ours, but a path is built from them: anything unusual is hashed.
        name = user_id if _SAFE.fullmatch(user_id) else hashlib.sha256(user_id.encode()).hexdigest()
        return self.root / name

    def part_path(self, upload: Upload) -> Path:
        return self._dir(upload.user_id) / f"{upload.id}.part"

    def blob_path(self, upload: Upload) -> Path:
        """Where a complete upload's bytes are."""
        return self._dir(upload.user_id) / upload.sha256

    # -- records ---------------------------------------------------------------------------------

    def get(self, user_id: str, upload_id: str) -> Upload | None:
        with self._db.snapshot() as conn:
            row = conn.execute(
                "SELECT id, user_id, sha256, size, mime, received, complete FROM uploads"
                " WHERE id = ? AND user_id = ?",
                (upload_id, user_id),
            ).fetchone()
        if row is None:
            return None
        return Upload(row[0], row[1], row[2], int(row[3]), row[4], int(row[5]), bool(row[6]))

    def create(self, user_id: str, sha256: str, size: int, mime: str) -> tuple[Upload, bool]:
        """Declare an upload: ``(upload, created)``; the resident's upload of that sha256 if any."""
        sha256 = sha256.lower()
        if mime not in ALLOWED_TYPES:
            raise ProblemError(
                415, "unsupported-media-type", f"{mime} is not accepted", accepted=ALLOWED_TYPES
            )
        if size > size_limit(mime):
            raise ProblemError(413, "upload-too-large", f"At most {size_limit(mime)} bytes for {mime}")
        now = self._clock()
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM uploads WHERE user_id = ? AND sha256 = ?", (user_id, sha256)
            ).fetchone()
            if row is None:
                upload_id = f"up-{secrets.token_hex(10)}"
                conn.execute(
                    "INSERT INTO uploads (id, user_id, sha256, size, mime, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (upload_id, user_id, sha256, size, mime, now, now),
                )
        found = self.get(user_id, upload_id if row is None else str(row[0]))
        assert found is not None
        if row is not None and found.size != size:
            raise ProblemError(
                422, "validation-error", f"This sha256 was declared with size {found.size}, not {size}"
            )
        return found, row is None

    def _set_offset(self, upload: Upload, offset: int, *, complete: bool = False) -> Upload:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE uploads SET received = ?, complete = ?, updated_at = ? WHERE id = ?",
                (offset, int(complete), self._clock(), upload.id),
            )
        return Upload(upload.id, upload.user_id, upload.sha256, upload.size, upload.mime, offset, complete)

    # -- one PATCH -------------------------------------------------------------------------------

    def begin(self, user_id: str, upload_id: str, offset: int, length: int | None) -> Upload:
        """Check a PATCH before its bytes are read; the upload stays busy until :meth:`end`."""
        upload = self.get(user_id, upload_id)
        if upload is None:
            raise ProblemError(404, "not-found", f"No upload {upload_id}")
        with self._lock:
            if upload.id in self._busy:
                raise offset_mismatch(upload, "Another PATCH of this upload is in progress")
            if offset != upload.offset:
                raise offset_mismatch(upload, f"The upload is at offset {upload.offset}, not {offset}")
            if length is not None and offset + length > upload.size:
                raise ProblemError(413, "upload-too-large", f"The upload was declared as {upload.size} bytes")
            self._busy.add(upload.id)
        return upload

    def end(self, upload: Upload) -> None:
        with self._lock:
            self._busy.discard(upload.id)

    def open_part(self, upload: Upload) -> Path:
        """The part file, cut back to the offset on record (a crash may have left bytes past it)."""
        path = self.part_path(upload)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab") as f:
            f.truncate(upload.offset)
        return path

    def received(self, upload: Upload, new_offset: int) -> Upload:
        """Record the bytes written; at the end check the sha256 (raises ``checksum-mismatch``)."""
        if new_offset < upload.size:
            return self._set_offset(upload, new_offset)
        part = self.part_path(upload)
        digest = hashlib.sha256()
        with open(part, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
        if digest.hexdigest() != upload.sha256:
            part.unlink(missing_ok=True)
            self._set_offset(upload, 0)
            raise ProblemError(
                422, "checksum-mismatch", "The bytes do not match the declared sha256; start again at 0",
                headers={"Upload-Offset": "0"},
            )  # fmt: skip
        os.replace(part, self.blob_path(upload))
        return self._set_offset(upload, upload.size, complete=True)

    def rewind(self, upload: Upload) -> None:
        """Drop the bytes of a refused PATCH (it ran past the declared size)."""
        with open(self.part_path(upload), "ab") as f:
            f.truncate(upload.offset)
