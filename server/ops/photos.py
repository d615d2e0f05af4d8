"""Operation kind ``submit_photo`` (我的照片): an uploaded ID photo becomes a ``photo`` row.

What DSI asks of an ID photo that a server can check from the file: a colour JPEG of 1.5 × 1.8 inch
(width to height 5:6), taken within the past 12 months (docs: the real My Photos keeps "photos for
identification documents" usable for 12 months). The client crops to 450 × 540 px; the server reads
the JPEG header (``server.jpeg``) and accepts a ratio within 2 % of 5:6 and at least 300 × 360 px.
Faces, light and background are the client's guidance; nothing here looks at the pixels.

A refusal about the photo itself (not a JPEG, wrong ratio, too small, too old) still writes the
``photo`` row, with ``status: "rejected"`` and the reason, so every device of the resident shows what
happened; a refusal about the upload (unknown, incomplete) writes nothing. The row's id is the
upload's (``ph-<upload id>``), so the same upload submitted again updates one row; once accepted it
stays accepted.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from server.jpeg import jpeg_size
from server.ops.kinds import OpContext, OpKind, OpRefused, Outcome, Rejected, Succeeded
from server.ops.memo import parse_time
from server.ops.payments import id_field, invalid_payload
from server.timeutil import MACAO_TZ, iso_time
from server.uploads import Upload, UploadService

ENTITY = "photo"
PURPOSES = ("id_document",)
VALID_MONTHS = 12
#: Width : height of a 1.5 × 1.8 inch photo, and how far a photo may be from it.
RATIO = 5 / 6
RATIO_TOLERANCE = 0.02
MIN_WIDTH, MIN_HEIGHT = 300, 360
#: A photo "taken" further ahead than this (a device clock far off) is refused as a payload error.
FUTURE_SKEW_S = 300
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")

DETAIL = {
    "not-a-jpeg": "The upload is not a JPEG image",
    "photo-wrong-ratio": "An ID photo is 1.5 × 1.8 inch: width to height 5:6",
    "photo-too-small": f"An ID photo is at least {MIN_WIDTH} × {MIN_HEIGHT} pixels",
    "photo-too-old": f"An ID photo must have been taken within the past {VALID_MONTHS} months",
}


@dataclass(frozen=True, slots=True)
class PhotoSubmission:
    upload_id: str
    sha256: str
    taken_at: float
    purpose: str


def add_months(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` later (the month's last day when it is shorter: 29 Feb → 28 Feb)."""
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def valid_until(taken_at: float) -> float:
    """When an ID photo taken at ``taken_at`` stops being usable (counted on Macao's calendar)."""
    taken = datetime.fromtimestamp(taken_at, UTC).astimezone(MACAO_TZ)
    return add_months(taken, VALID_MONTHS).timestamp()


def judge(size: tuple[int, int] | None, mime: str, taken_at: float, now: float) -> str | None:
    """The reason an ID photo is refused, or None when it is accepted."""
    if size is None or mime != "image/jpeg":
        return "not-a-jpeg"
    width, height = size
    if abs(width / height - RATIO) > RATIO * RATIO_TOLERANCE:
        return "photo-wrong-ratio"
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        return "photo-too-small"
    if valid_until(taken_at) <= now:
        return "photo-too-old"
    return None


def _upload(ctx: OpContext, upload_id: str) -> Upload:
    row = ctx.conn.execute(
        "SELECT id, user_id, sha256, size, mime, received, complete FROM uploads"
        " WHERE id = ? AND user_id = ?",
        (upload_id, ctx.user_id),
    ).fetchone()
    if row is None:
        raise OpRefused(422, "upload-not-found", "You have no upload with this id", upload_id=upload_id)
    return Upload(row[0], row[1], row[2], int(row[3]), row[4], int(row[5]), bool(row[6]))


def _receipt(row: dict[str, Any]) -> dict[str, Any]:
    return {"photo_id": row["id"], "status": row["status"], "sha256": row["sha256"],
            "accepted_at": row["accepted_at"], "valid_until": row["valid_until"]}  # fmt: skip


class SubmitPhotoKind(OpKind[PhotoSubmission]):
    """``submit_photo`` ``{"upload_id", "sha256", "taken_at", "purpose": "id_document"}``."""

    name = "submit_photo"

    def __init__(self, uploads: UploadService) -> None:
        self._uploads = uploads

    def parse(self, payload: dict[str, Any]) -> PhotoSubmission:
        sha256 = payload.get("sha256")
        if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
            raise invalid_payload("'sha256' must be the upload's sha256, 64 hex digits")
        purpose = payload.get("purpose")
        if purpose not in PURPOSES:
            raise invalid_payload(f"'purpose' must be one of {', '.join(PURPOSES)}")
        taken = parse_time(payload.get("taken_at"), "taken_at").timestamp()
        return PhotoSubmission(id_field(payload, "upload_id"), sha256.lower(), taken, str(purpose))

    def apply(self, ctx: OpContext, parsed: PhotoSubmission, prepared: Any) -> Outcome:
        upload = _upload(ctx, parsed.upload_id)
        if upload.sha256 != parsed.sha256:
            raise invalid_payload("'sha256' is not the sha256 of that upload")
        if not upload.complete:
            raise OpRefused(422, "upload-incomplete", "Send the rest of the upload first",
                            upload_id=upload.id, offset=upload.offset, size=upload.size)  # fmt: skip
        if parsed.taken_at > ctx.now + FUTURE_SKEW_S:
            raise invalid_payload("'taken_at' is in the future")
        photo_id = f"ph-{upload.id}"
        stored = ctx.writer.get(ENTITY, photo_id)
        if stored is not None and stored.row is not None and stored.row.get("status") == "accepted":
            return Succeeded(_receipt(stored.row))
        try:
            with open(self._uploads.blob_path(upload), "rb") as f:
                size = jpeg_size(f)
        except OSError:
            size = None
        reason = judge(size, upload.mime, parsed.taken_at, ctx.now)
        now = iso_time(ctx.now)
        row: dict[str, Any] = {
            "id": photo_id,
            "upload_id": upload.id,
            "sha256": upload.sha256,
            "purpose": parsed.purpose,
            "taken_at": iso_time(parsed.taken_at),
            "accepted_at": None if reason else now,
            "status": "rejected" if reason else "accepted",
            "valid_until": None if reason else iso_time(valid_until(parsed.taken_at)),
            "reason": reason,
            "width": size[0] if size else None,
            "height": size[1] if size else None,
            "op_id": ctx.op_id,
            "updated_at": now,
        }
        ctx.writer.put(ENTITY, photo_id, row, ctx.user_id)
        if reason is not None:
            extra: dict[str, Any] = {"photo_id": photo_id}
            if size is not None:
                extra |= {"width": size[0], "height": size[1]}
            return Rejected(422, reason, DETAIL[reason], extra)
        return Succeeded(_receipt(row))
