"""My photos (我的照片): take an ID photo, keep it in the account's folder, send it, list what was taken.

A photo's life: the capture is cropped and encoded on a background thread (``take``); "Use this
photo" writes ``photos/<id>.jpg`` and its record ``photos/<id>.json`` into the account folder
(``save``); the uploader sends the JPEG through ``/v1/uploads`` on the session worker, recording the
upload's progress in the record after each chunk (a restart resumes where the server stands); once
the server has every byte, a ``submit_photo`` operation ``{upload_id, sha256, taken_at, purpose}``
goes into the outbox, in stream ``photo:<id>`` — guarded, so a photo is submitted once however often
the upload is retried. From then on the photo's badge is its operation's (sending, processing,
received, refused), as for payments.

Uploads are attempted after a save, when the sync service comes online or signs in, and every few
minutes while some wait; nothing happens while nobody is signed in.

Threading: signals are emitted on the GUI thread; files are written on the workers (one writer per
record at a time: the capture worker creates it, then only the session worker updates it).
"""

from __future__ import annotations

import calendar
import json
import logging
import os
import tempfile
import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.context import AppContext
from desktop.domain.changes import Changes
from desktop.domain.operation import Operation, OpState
from desktop.domain.sync_status import Connection, SyncStatus
from desktop.session_worker import SessionWorker

__all__ = ["PURPOSES", "Captured", "PhotoItem", "PhotoLibrary", "PhotoRecord", "PhotosModel", "add_months"]

log = logging.getLogger(__name__)

KIND = "submit_photo"
#: What a photo is for (the server's ``submit_photo`` purposes); the first is the default.
PURPOSES = ("id_document",)
#: An ID photo is accepted while it is at most this many months old.
VALID_MONTHS = 12
RETRY_MS = 120_000


def add_months(moment: datetime, months: int) -> datetime:
    """The same day ``months`` later (the month's last day when it is shorter: 29 Feb → 28 Feb)."""
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def photo_stream(photo_id: str) -> str:
    return f"photo:{photo_id}"


@dataclass(frozen=True)
class Captured:
    """A capture judged again as a still: the JPEG to save (None without exactly one face)."""

    jpeg: bytes | None
    quality: int
    failing: tuple[str, ...]  # check codes that did not pass, in the order they are shown
    white_fill: float
    taken_at: datetime


@dataclass(frozen=True)
class PhotoRecord:
    """``photos/<id>.json``: a photo saved on this computer and how far its upload got."""

    id: str
    taken_at: str  # ISO, UTC
    purpose: str
    sha256: str
    size: int
    quality: int
    failing: list[str] = field(default_factory=list)
    upload_id: str | None = None
    offset: int = 0

    @property
    def taken(self) -> datetime:
        return datetime.fromisoformat(self.taken_at)


@dataclass(frozen=True)
class PhotoItem:
    """One line of the photo list: a local photo, the server's record of it, or both."""

    id: str
    taken_at: datetime
    purpose: str
    path: Path | None  # the JPEG on this computer
    record: PhotoRecord | None
    op: Operation | None = None  # the latest submit_photo of this photo
    row: dict[str, Any] | None = None  # the cached ``photo`` entity

    @property
    def valid_until(self) -> datetime:
        stated = _row_time(self.row, "valid_until") if self.row is not None else None
        return stated or add_months(self.taken_at, VALID_MONTHS)

    def valid(self, now: datetime) -> bool:
        return now < self.valid_until

    @property
    def status(self) -> str:
        """saved | uploading | sending (``op`` not finished) | accepted | refused | received"""
        if self.op is not None and self.op.active:
            return "sending"
        if self.row is not None and self.row.get("status") in ("accepted", "rejected"):
            return "accepted" if self.row["status"] == "accepted" else "refused"
        if self.op is not None:
            return "refused" if self.op.needs_attention else "received"
        if self.record is None:
            return "received"
        return "uploading" if self.record.upload_id else "saved"

    @property
    def refusal(self) -> str | None:
        """Why the server refused the photo (a problem slug: ``photo-too-old``…), when it did."""
        if self.row is not None and self.row.get("status") == "rejected":
            return str(self.row.get("reason") or "")
        return self.op.problem_slug if self.op is not None and self.op.needs_attention else None


class PhotoLibrary:
    """The account's photo folder. No Qt; any thread, one writer per record."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def jpeg_path(self, photo_id: str) -> Path:
        return self.folder / f"{photo_id}.jpg"

    def save(self, captured: Captured, purpose: str) -> PhotoRecord:
        import hashlib

        assert captured.jpeg is not None
        self.folder.mkdir(parents=True, exist_ok=True)
        photo_id = captured.taken_at.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]
        record = PhotoRecord(
            photo_id, captured.taken_at.astimezone(UTC).isoformat(), purpose,
            hashlib.sha256(captured.jpeg).hexdigest(), len(captured.jpeg), captured.quality,
            list(captured.failing),
        )  # fmt: skip
        write_atomic(self.jpeg_path(photo_id), captured.jpeg)
        self.write(record)  # the record last: a record always has its JPEG
        return record

    def write(self, record: PhotoRecord) -> None:
        write_atomic(self.folder / f"{record.id}.json", json.dumps(asdict(record)).encode())

    def records(self) -> list[PhotoRecord]:
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                record = PhotoRecord(**json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError):
                log.warning("photo record %s cannot be read; skipped", path.name)
                continue
            if self.jpeg_path(record.id).is_file():
                found.append(record)
        return found


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def take(bgr: Any, now: datetime) -> Captured:
    """Worker thread: crop the frame to the ID photo and encode it within the size limit."""
    from desktop.capture import crop
    from desktop.capture.photo import take_photo
    from desktop.capture.photo_rules import PhotoGuide

    taken = take_photo(bgr, PhotoGuide(track=False))
    failing = tuple(c.code for c in taken.guidance.checks if not c.passed)
    if taken.photo is None:
        return Captured(None, 0, failing, 0.0, now)
    jpeg, quality = crop.encode_jpeg(taken.photo, crop.MAX_JPEG_BYTES)
    return Captured(jpeg, quality, failing, taken.white_fill, now)


def photo_analyser() -> Any:
    """A fresh per-frame guide for one camera worker (it keeps tracking state for its thread)."""
    from desktop.capture.photo_rules import PhotoGuide

    return PhotoGuide(track=True).analyse


def guide_oval(width: int, height: int) -> tuple[float, float, float, float]:
    """Where the head should be in a ``width`` × ``height`` frame (x, y, w, h), for the preview."""
    from desktop.capture.photo_rules import guide_oval as oval

    return oval(width, height)


def _load_from_store(store: Any) -> tuple[list[Operation], list[dict[str, Any]]]:
    """DB worker: the photo submissions and the cached ``photo`` rows."""
    ops = [op for op in store.outbox.list_ops() if op.kind == KIND]
    rows = [item.row for item in store.overlay.rows("photo") if item.row]
    return ops, rows


def _enqueue_once(store: Any, record: PhotoRecord, upload_id: str) -> tuple[Operation, Changes]:
    """DB worker: the photo's submit_photo op, made only if none is alive or done already."""
    stream = photo_stream(record.id)
    for existing in reversed(store.outbox.for_stream(stream)):
        if existing.kind == KIND and existing.state not in (OpState.DISCARDED, OpState.SUPERSEDED):
            return existing, Changes()
    payload = {"upload_id": upload_id, "sha256": record.sha256, "taken_at": record.taken_at,
               "purpose": record.purpose}  # fmt: skip
    op: Operation = store.outbox.enqueue(KIND, stream, payload)
    return op, Changes.of(["outbox"])


class PhotosModel(QObject):
    loaded = Signal()
    captured = Signal(object)  # Captured
    saved = Signal(object)  # PhotoRecord
    failed = Signal(str)  # "capture" | "save" | "not_signed_in"
    upload_progressed = Signal(str, int, int)  # photo id, bytes on the server, size

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.items: list[PhotoItem] = []
        self._ops: list[Operation] = []
        self._rows: list[dict[str, Any]] = []
        self._uploading: set[str] = set()
        self.upload_errors: dict[str, str] = {}
        self._local = SessionWorker(name="photo", parent=self)
        self._net = SessionWorker(ctx.sync.current_session, name="photo-upload", parent=self)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.pump)
        ctx.sync.status_changed.connect(self._on_status_changed)
        self._online = False

    # --- where -----------------------------------------------------------------------------------------
    @property
    def library(self) -> PhotoLibrary | None:
        key = self._ctx.account_key
        return None if key is None else PhotoLibrary(self._ctx.profile.account_dir(key) / "photos")

    @property
    def busy(self) -> bool:
        return bool(self._local.pending or self._net.pending)

    # --- list ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._ctx.tasks.query(_load_from_store, self._on_store_loaded, self._on_store_failed)

    def clear(self) -> None:
        self.items, self._ops, self._rows = [], [], []
        self.loaded.emit()

    def _on_store_loaded(self, found: tuple[list[Operation], list[dict[str, Any]]]) -> None:
        self._ops, self._rows = found
        self._merge()
        self.pump()

    def _on_store_failed(self, _error: BaseException) -> None:
        self._ops, self._rows = [], []
        self._merge()

    def _merge(self) -> None:
        library = self.library
        records = library.records() if library is not None else []
        latest: dict[str, Operation] = {}
        for op in self._ops:
            if op.state not in (OpState.DISCARDED, OpState.SUPERSEDED):
                latest[op.stream] = op
        by_sha = {str(row.get("sha256", "")): row for row in self._rows}
        items: list[PhotoItem] = []
        for record in records:
            assert library is not None
            path, row = library.jpeg_path(record.id), by_sha.pop(record.sha256, None)
            submitted = latest.get(photo_stream(record.id))
            items.append(PhotoItem(record.id, record.taken, record.purpose, path, record, submitted, row))
        for row in by_sha.values():  # photos sent from elsewhere, or before this computer
            taken = _row_time(row)
            if taken is not None:
                purpose = str(row.get("purpose", ""))
                items.append(PhotoItem(str(row.get("id", "")), taken, purpose, None, None, row=row))
        self.items = sorted(items, key=lambda item: item.taken_at, reverse=True)
        self.loaded.emit()

    # --- taking and saving -----------------------------------------------------------------------------
    def take(self, bgr: Any) -> None:
        """Crop and encode ``bgr`` (the frame on screen) off the GUI thread; ``captured`` follows."""
        now = self._ctx.clock.now()
        self._local.run(lambda: take(bgr, now), self._on_taken, self._on_take_failed)

    def _on_taken(self, captured: Captured) -> None:
        self.captured.emit(captured)

    def _on_take_failed(self, error: BaseException) -> None:
        log.warning("taking the photo failed: %s", error)
        self.failed.emit("capture")

    def save(self, captured: Captured, purpose: str) -> None:
        library = self.library
        if library is None:
            self.failed.emit("not_signed_in")
            return
        self._local.run(lambda: library.save(captured, purpose), self._on_saved, self._on_save_failed)

    def _on_saved(self, record: PhotoRecord) -> None:
        self.saved.emit(record)
        self.reload()  # lists it, then pump() sends it

    def _on_save_failed(self, error: BaseException) -> None:
        log.error("saving the photo failed: %s", error)
        self.failed.emit("save")

    # --- sending ---------------------------------------------------------------------------------------
    @Slot()
    def pump(self) -> None:
        """Send every saved photo that has no submission yet (one upload at a time)."""
        library = self.library
        waiting = [i.record for i in self.items if i.record is not None and i.op is None]
        self._retry.stop()
        if library is None or not waiting:
            return
        self._retry.start()  # come back later for what fails now
        if self._uploading or self._ctx.sync.current_session() is None:
            return
        record = waiting[-1]  # the oldest first
        self._uploading.add(record.id)
        self._net.call(
            lambda session: self._upload(session, library, record),
            self._on_uploaded, lambda error: self._on_upload_failed(record.id, error),
        )  # fmt: skip

    def _upload(self, session: Any, library: PhotoLibrary, record: PhotoRecord) -> tuple[PhotoRecord, str]:
        """Session worker: make sure the server holds the JPEG; progress goes into the record."""
        from desktop.sync.uploads import ResumableUploader, UploadProgress

        current = record

        def progressed(progress: UploadProgress) -> None:
            nonlocal current
            current = replace(current, upload_id=progress.upload_id, offset=progress.offset)
            library.write(current)
            self.upload_progressed.emit(record.id, progress.offset, progress.size)

        result = ResumableUploader(session).upload(library.jpeg_path(record.id), "image/jpeg",
                                                   on_progress=progressed)  # fmt: skip
        return current, result.upload_id

    def _on_uploaded(self, done: tuple[PhotoRecord, str]) -> None:
        record, upload_id = done
        self.upload_errors.pop(record.id, None)

        def write(store: Any) -> tuple[Operation, Changes]:
            return _enqueue_once(store, record, upload_id)

        self._ctx.tasks.write(write, self._on_submitted, lambda e: self._on_upload_failed(record.id, e))

    def _on_submitted(self, op: Operation) -> None:
        self._uploading.discard(op.stream.removeprefix("photo:"))
        self._ctx.sync.sync_now(manual=False)
        self.reload()

    def _on_upload_failed(self, photo_id: str, error: BaseException) -> None:
        self._uploading.discard(photo_id)
        slug = getattr(error, "slug", "") or type(error).__name__
        self.upload_errors[photo_id] = str(slug)
        log.info("photo %s not sent yet: %s", photo_id, slug)
        self.loaded.emit()

    @Slot(object)
    def _on_status_changed(self, status: SyncStatus) -> None:
        online = status.signed_in and status.connection is Connection.ONLINE
        if online and not self._online:
            self.pump()
        self._online = online

    def shutdown(self) -> None:
        self._retry.stop()
        self._local.shutdown()
        self._net.shutdown()


def _row_time(row: dict[str, Any], key: str = "taken_at") -> datetime | None:
    value = row.get(key)
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
