"""The frames behind a face-presence check: the resident's own, complete, recent images.

The reference server cannot tell a face from a photo of one: it runs no face detection and no
liveness test. What it checks is what it can: every frame named is an upload of this resident, is
complete, is really a JPEG or PNG (by its first bytes, not by the declared type), and was finished in
the last five minutes, so old frames cannot be presented again. The face itself was judged by the
device (``desktop.capture.faces``), which the answer's ``presence_id`` stands for.
"""

from __future__ import annotations

import sqlite3

from desktop.eid.errors import EidError, Reason
from server.problems import ProblemError
from server.uploads import Upload, UploadService

JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_FRAMES = 5


def _refused(detail: str, upload_id: str) -> ProblemError:
    message = EidError(Reason.PRESENCE_REQUIRED, detail).message
    return ProblemError(422, Reason.PRESENCE_REQUIRED.value, message, upload_id=upload_id)


def check_frames(
    conn: sqlite3.Connection, uploads: UploadService, user_id: str, upload_ids: list[str], since: float
) -> None:
    """Raise ``presence-required`` (naming the upload) unless every frame passes the checks above."""
    for upload_id in upload_ids:
        row = conn.execute(
            "SELECT id, user_id, sha256, size, mime, received, complete, updated_at FROM uploads"
            " WHERE id = ? AND user_id = ?",
            (upload_id, user_id),
        ).fetchone()
        if row is None:
            raise _refused("no such upload of yours", upload_id)
        upload = Upload(row[0], row[1], row[2], int(row[3]), row[4], int(row[5]), bool(row[6]))
        if not upload.complete:
            raise _refused("the frame's upload is not complete", upload_id)
        if float(row[7]) < since:
            raise _refused("the frame was uploaded more than five minutes ago", upload_id)
        try:
            with open(uploads.blob_path(upload), "rb") as f:
                head = f.read(8)
        except OSError:
            raise _refused("the frame's bytes are gone", upload_id) from None
        if not (head.startswith(JPEG_MAGIC) or head == PNG_MAGIC):
            raise _refused("the frame is not a JPEG or PNG image", upload_id)
