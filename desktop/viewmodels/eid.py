"""電子身份 eID for the screens: whether this computer may hold one, binding it, the codes it shows,
reading an institution's request, consenting or refusing, and the consent history (docs/EID.md §7).

Files, in the account folder (resident profile only: ``DeviceKeyStore`` refuses kiosks and assisted
PCs before anything is written): ``eid.json`` the credential bundle (personal data), ``eid-keys.json``
the authority's published key set and ``eid-revocations.json`` its signed list (to read requests
offline), ``eid-consents.jsonl`` the consent history (field names, never values).

Threading: keyring and network work runs on two ``SessionWorker`` threads; signing a code, reading a
request and appending to the history are quick and run on the GUI thread. Signals on the GUI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop.context import AppContext
from desktop.eid import qrcodes
from desktop.eid.consent import (
    ConsentHistory,
    ConsentPrompt,
    ConsentRecord,
    PresenceCheck,
    ShareOffer,
    read_request,
)
from desktop.eid.errors import EidError, Reason
from desktop.eid.holder import COURSE_SECONDS, CredentialBundle, EidWallet, RefreshingCode, make_bind_proof
from desktop.eid.keys import DeviceKeyStore
from desktop.eid.trust import PublishedKeys
from desktop.secrets import KeyringUnavailableError
from desktop.session_worker import NotSignedIn, SessionWorker

__all__ = ["Course", "EidFiles", "EidModel", "EidState", "eid_language", "failure_code"]

log = logging.getLogger(__name__)


#: The credential's status is asked after a sync at most this often (and whenever the page opens).
STATUS_EVERY_S = 300.0


class EidState(StrEnum):
    CHECKING = "checking"  # the keyring is being read
    UNAVAILABLE = "unavailable"  # kiosk, assisted PC, or a profile that keeps nothing
    NO_KEYRING = "no_keyring"  # a resident PC without a working OS keyring
    SIGNED_OUT = "signed_out"
    NOT_BOUND = "not_bound"
    BOUND = "bound"
    MOVED = "moved"  # the authority revoked this computer's credential: bound on another device


def eid_language(app_language: str) -> str:
    """The app's language code as eID texts name it (zh, pt, en)."""
    return "zh" if app_language.startswith("zh") else app_language


def failure_code(error: BaseException) -> str:
    """A stable code for why an eID step failed: an ``EidError`` reason, or a network condition."""
    from desktop.sync.errors import OfflineError, ProblemError

    if isinstance(error, EidError):
        return error.reason.value
    if isinstance(error, NotSignedIn):
        return "signed_out"
    if isinstance(error, KeyringUnavailableError):
        return "no_keyring"
    if isinstance(error, OfflineError):
        return "offline"
    if isinstance(error, ProblemError) and error.slug == "presence-failed":
        return "presence-failed"
    return "server_error"


class EidFiles:
    """The eID files of one account. No Qt."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.bundle_path = folder / "eid.json"
        self.keys_path = folder / "eid-keys.json"
        self.revocations_path = folder / "eid-revocations.json"
        self.history = ConsentHistory(folder / "eid-consents.jsonl")

    def bundle(self) -> CredentialBundle | None:
        try:
            return CredentialBundle.from_json(self.bundle_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, EidError):
            log.warning("the stored eID credential cannot be read; it must be bound again")
            return None

    def keys(self) -> PublishedKeys | None:
        try:
            return PublishedKeys.from_json(self.keys_path.read_text(encoding="utf-8"))
        except (OSError, EidError):
            return None

    def save_published(self, keys_text: str, revocations_text: str) -> None:
        from desktop.viewmodels.photos import write_atomic

        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.keys_path, keys_text.encode("utf-8"))
        write_atomic(self.revocations_path, revocations_text.encode("utf-8"))

    def save(self, bundle: CredentialBundle, keys_text: str, revocations_text: str) -> None:
        from desktop.viewmodels.photos import write_atomic

        self.save_published(keys_text, revocations_text)
        write_atomic(self.bundle_path, bundle.to_json().encode("utf-8"))

    def forget_credential(self) -> None:
        """The credential goes (personal data); the key set and the history stay."""
        self.bundle_path.unlink(missing_ok=True)


@dataclass(frozen=True)
class Course:
    """A continuing-education course the resident signs in to and out of (the cached ``course`` row)."""

    programme: str
    id: str
    name: dict[str, str]
    row: dict[str, Any]

    def next_session(self, now: datetime) -> datetime | None:
        """The start of the next session not yet over (the one to sign in to), if the row says."""
        for session in self.row.get("schedule") or []:
            try:
                start = datetime.fromisoformat(str(session["start"]))
                end = datetime.fromisoformat(str(session.get("end") or session["start"]))
            except (KeyError, TypeError, ValueError):
                continue
            if end.tzinfo is not None and end >= now:
                return start
        return None


@dataclass(frozen=True)
class _Loaded:
    state: EidState
    wallet: EidWallet | None
    keys: PublishedKeys | None


def _as_name(value: Any, fallback: str) -> dict[str, str]:
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items() if isinstance(v, str)}
    return {"zh": str(value), "pt": str(value), "en": str(value)} if value else {"en": fallback}


def _courses_and_balance(store: Any) -> tuple[list[Course], dict[str, Any] | None]:
    """DB worker: the cached courses, and the continuing-education voucher (its balance)."""
    courses = []
    for item in store.overlay.rows("course"):
        row = item.row or {}
        programme = str(row.get("programme_id") or row.get("programme") or "cep")
        name = _as_name(row.get("name") or row.get("title"), item.id)
        courses.append(Course(programme, str(row.get("course_id") or item.id), name, row))
    vouchers = [item.row for item in store.overlay.rows("voucher") if item.row]
    education = [row for row in vouchers if "educ" in str(row.get("kind", row.get("type", "")))]
    return courses, (education or [None])[0]


class EidModel(QObject):
    state_changed = Signal()
    bind_finished = Signal(str)  # "" when bound, else a failure code
    courses_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.state = EidState.CHECKING
        self.wallet: EidWallet | None = None
        self.keys: PublishedKeys | None = None
        self.courses: list[Course] = []
        self.voucher: dict[str, Any] | None = None
        #: The authority says a certified detail changed (a new address): binding again renews it.
        self.renew_suggested = False
        self._local = SessionWorker(name="eid", parent=self)
        self._net = SessionWorker(ctx.sync.current_session, name="eid-net", parent=self)
        self._generation = 0
        self._last_sync: datetime | None = None
        self._checked_at = 0.0
        ctx.sync.status_changed.connect(self._on_sync_status)

    # --- where -----------------------------------------------------------------------------------------
    def key_store(self) -> DeviceKeyStore:
        return DeviceKeyStore.for_profile(self._ctx.profile, self._ctx.account_key or "")

    @property
    def files(self) -> EidFiles | None:
        key = self._ctx.account_key
        if key is None or not self.key_store().available:
            return None
        return EidFiles(self._ctx.profile.account_dir(key))

    @property
    def busy(self) -> bool:
        return bool(self._local.pending or self._net.pending)

    # --- state ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Work out the state again (the page was shown, the account changed)."""
        self._generation += 1
        generation = self._generation
        store, files = self.key_store(), self.files
        if not store.available:
            self._set(_Loaded(EidState.UNAVAILABLE, None, None))
            return
        if files is None:
            self._set(_Loaded(EidState.SIGNED_OUT, None, None))
            return

        def load() -> _Loaded:
            try:
                key = store.load()
            except KeyringUnavailableError:
                return _Loaded(EidState.NO_KEYRING, None, None)
            bundle = files.bundle()
            if key is None or bundle is None:
                return _Loaded(EidState.NOT_BOUND, None, files.keys())
            try:
                return _Loaded(EidState.BOUND, EidWallet(bundle, key), files.keys())
            except EidError:  # another key now (a binding that did not finish): bind again
                return _Loaded(EidState.NOT_BOUND, None, files.keys())

        def loaded(result: _Loaded) -> None:
            if generation == self._generation:
                self._set(result)
                if result.state is EidState.BOUND:
                    self.check_status()

        self._local.run(load, loaded, lambda _e: loaded(_Loaded(EidState.NO_KEYRING, None, None)))

    def _set(self, loaded: _Loaded) -> None:
        self.state, self.wallet, self.keys = loaded.state, loaded.wallet, loaded.keys
        self.state_changed.emit()

    @Slot(object)
    def _on_sync_status(self, status: Any) -> None:
        """After a sync, now and then: has the authority revoked this credential (bound elsewhere)?"""
        if status.last_sync == self._last_sync:
            return
        self._last_sync = status.last_sync
        now = self._ctx.clock.monotonic()
        if self.state is EidState.BOUND and now - self._checked_at >= STATUS_EVERY_S:
            self.check_status()

    def check_status(self) -> None:
        """Ask the authority about this credential; a revoked one means the eID moved to another device."""
        wallet, files, store = self.wallet, self.files, self.key_store()
        if wallet is None or files is None or self._ctx.sync.current_session() is None:
            return
        cid = wallet.claims.cid
        self._checked_at = self._ctx.clock.monotonic()

        def ask(session: Any) -> Any:
            from desktop.sync.eid_client import EidClient

            client = EidClient(session)
            status = client.status(cid)
            if status.status == "revoked":
                store.delete()
                files.forget_credential()
            else:  # keep the key set fresh for reading requests offline
                keys, keys_text = client.keys()
                _, revocations_text = client.revocations(keys)
                files.save_published(keys_text, revocations_text)
            return status

        self._net.call(
            ask, self._on_status, lambda e: log.info("eID status not checked: %s", failure_code(e))
        )

    def _on_status(self, status: Any) -> None:
        if status.status == "revoked" and self.wallet is not None:
            self._set(_Loaded(EidState.MOVED, None, self.keys))
        elif status.reissue_required != self.renew_suggested:
            self.renew_suggested = status.reissue_required
            self.state_changed.emit()

    # --- binding ----------------------------------------------------------------------------------------
    def bind(self, frames: list[Any], presence_at: datetime) -> None:
        """Bind this computer: a new device key, the server's challenge and presence check, the proof,
        the credential checked against the key set, everything saved. ``frames``: BGR face frames."""
        files, store, resident = self.files, self.key_store(), self._ctx.resident
        if files is None or resident is None:
            self.bind_finished.emit("signed_out")
            return
        clock = self._ctx.clock

        def run(session: Any) -> tuple[EidWallet, PublishedKeys]:
            from desktop.capture import crop
            from desktop.eid.verify import Verifier
            from desktop.sync.eid_client import EidClient
            from desktop.sync.uploads import ResumableUploader

            client = EidClient(session)
            uploader = ResumableUploader(session)
            upload_ids = [
                uploader.upload(crop.encode_jpeg(frame)[0], "image/jpeg").upload_id for frame in frames
            ]
            key = store.create()
            challenge = client.challenge()
            presence = client.presence(upload_ids, presence_at)
            proof = make_bind_proof(key, resident.user_id, challenge.value, clock.now())
            issued = client.bind(proof, presence.presence_id)
            keys, keys_text = client.keys()
            revocations, revocations_text = client.revocations(keys)
            Verifier(keys, revocations=revocations, clock=clock).verify(issued.credential, expect="cred")
            bundle = CredentialBundle.from_issued(issued)
            wallet = EidWallet(bundle, key)
            files.save(bundle, keys_text, revocations_text)
            return wallet, keys

        self._net.call(run, self._on_bound, self._on_bind_failed)

    def _on_bound(self, done: tuple[EidWallet, PublishedKeys]) -> None:
        wallet, keys = done
        self.renew_suggested = False
        self._set(_Loaded(EidState.BOUND, wallet, keys))
        self.bind_finished.emit("")

    def _on_bind_failed(self, error: BaseException) -> None:
        code = failure_code(error)
        log.warning("eID binding failed: %s (%s)", code, error)
        self.bind_finished.emit(code)

    # --- codes ------------------------------------------------------------------------------------------
    def show_code(self) -> RefreshingCode:
        assert self.wallet is not None
        return RefreshingCode.for_show(self.wallet)

    def course_code(self, course: Course, action: str) -> RefreshingCode:
        wallet = self.wallet
        assert wallet is not None
        return RefreshingCode(lambda now: wallet.course(course.programme, course.id, action, now),
                              refresh_every=60, lifetime=COURSE_SECONDS)  # fmt: skip

    @staticmethod
    def matrix(token: str) -> Any:
        return qrcodes.token_matrix(token)

    def load_courses(self) -> None:
        self._ctx.tasks.query(_courses_and_balance, self._on_courses, lambda _e: self._on_courses(([], None)))

    def _on_courses(self, found: tuple[list[Course], dict[str, Any] | None]) -> None:
        self.courses, self.voucher = found
        self.courses_loaded.emit()

    # --- scan to provide data ---------------------------------------------------------------------------
    def read(self, text: str) -> ConsentPrompt:
        """Check a scanned request (raises ``EidError``: unknown institution, expired, bad signature…)."""
        if self.keys is None:
            raise EidError(Reason.UNKNOWN_INSTITUTION, "no published key set on this computer yet")
        return read_request(text, self.keys, self._ctx.clock.now())

    @staticmethod
    def decode_picture(path: str | Path) -> str | None:
        """The text of the QR code in a picture file (``ValueError`` when it is not a picture)."""
        return qrcodes.read_png(path)

    def consent(self, prompt: ConsentPrompt, fields: list[str], presence_at: datetime) -> ShareOffer:
        assert self.wallet is not None and self.files is not None
        offer = prompt.consent(self.wallet, fields, PresenceCheck(True, presence_at), self._ctx.clock.now())
        self.files.history.append(offer.record)
        return offer

    def refuse(self, prompt: ConsentPrompt) -> ConsentRecord:
        assert self.files is not None
        record = prompt.refuse(self._ctx.clock.now())
        self.files.history.append(record)
        return record

    def history(self) -> list[ConsentRecord]:
        files = self.files
        return files.history.records() if files is not None else []

    def shutdown(self) -> None:
        self._local.shutdown()
        self._net.shutdown()


def make_scanner() -> Any:
    """The QR scanner of the "scan to provide data" camera (fed by the camera thread)."""
    from desktop.capture.scanner import QrScanner

    return QrScanner()


def presence_analyser() -> Any:
    """Per-frame check for the face-presence step: PhotoGuide's guidance (its one-face check)."""
    from desktop.capture.photo_rules import PhotoGuide

    return PhotoGuide(track=True).analyse
