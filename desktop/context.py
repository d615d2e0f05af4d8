"""AppContext: the one object that holds a run of the app together.

Built once in ``app.py`` and passed down; tests build their own. No module-level singletons.
"""

from __future__ import annotations

import logging
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.changebus import ChangeBus
from desktop.clock import Clock, SystemClock
from desktop.config import AppConfig
from desktop.demo import DEMO_PASSWORD, DEMO_SERVER_ID, DEMO_USERNAME
from desktop.domain.models import Resident
from desktop.domain.text import DEFAULT_LANGUAGE
from desktop.profile import Profile, account_key
from desktop.settings import Settings
from desktop.sync.service import SignedIn, SyncBackend, SyncService
from desktop.tasks import DbWorker, TaskRunner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notice:
    """Something the user must be told once, in words (a cache set aside, a keyring missing…)."""

    code: str
    detail: str = ""


class AppContext(QObject):
    language_changed = Signal(str)
    account_changed = Signal(object)  # Resident | None
    notice_raised = Signal(object)  # Notice

    def __init__(
        self, config: AppConfig, *, clock: Clock | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.clock = clock or SystemClock()
        self.profile = Profile.open(config.profile, config.data_dir, remember_sign_in=config.remember_sign_in)
        self.settings = Settings(None if self.profile.ephemeral else self.profile.data_dir / "settings.json")
        self.bus = ChangeBus()
        self.resident: Resident | None = None
        self.account_key: str | None = None
        self._open_lock = threading.Lock()
        self._embedded: Any = None  # desktop.demo.EmbeddedServer, imported when first needed
        self._demo_tmp: Path | None = None
        self._started = False
        self._pending_notices: list[Notice] = []
        self._notice_lock = threading.Lock()
        self._language = str(config.language or self.settings.get("language") or DEFAULT_LANGUAGE)

        last = None if self.profile.ephemeral else self.settings.get("last_account")
        if isinstance(last, dict) and last.get("server") == self.server_id and last.get("key"):
            self.account_key = str(last["key"])
        self.db = DbWorker(self._opener_for(self.account_key))
        self.tasks = TaskRunner(self.db, self.bus, self)

        backend = SyncBackend(
            resolve_server=self._resolve_server,
            token_store_for=self.profile.token_store,
            account_key_for=account_key,
            open_store_for=lambda key: self.open_store(self.profile.cache_path(key)),
            demo_credentials=(DEMO_USERNAME, DEMO_PASSWORD) if config.demo else None,
            initial_account=(self.account_key, str(last.get("username", "")))
            if self.account_key and isinstance(last, dict)
            else None,
        )
        self.sync = SyncService(backend, self.clock, self)
        self.sync.signed_in.connect(self._on_signed_in)
        self.sync.signed_out.connect(self._on_signed_out)
        self.sync.changes_applied.connect(self._on_changes_applied)
        self._sync_timer = QTimer(self)
        self._sync_timer.setInterval(int(self.settings.get("sync_interval_s")) * 1000)
        self._sync_timer.timeout.connect(self._on_sync_timer)
        self._notice_timer = QTimer(self)
        self._notice_timer.setInterval(100)
        self._notice_timer.timeout.connect(self._flush_notices)

    # --- facts -------------------------------------------------------------------------------------
    @property
    def demo(self) -> bool:
        return self.config.demo

    @property
    def server_id(self) -> str:
        return DEMO_SERVER_ID if self.config.server_url is None else self.config.server_url

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, lang: str) -> None:
        """Switch the language at run time; listeners hear of it only when it really changes."""
        self.settings.set("language", lang)
        if lang != self._language:
            self._language = lang
            self.language_changed.emit(lang)

    @property
    def has_account(self) -> bool:
        return self.account_key is not None

    # --- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Start background work (after the first window has been shown). Calling it again does nothing."""
        if self._started:
            return
        self._started = True
        self._notice_timer.start()
        self.sync.start()
        self._sync_timer.start()

    def shutdown(self) -> None:
        self._sync_timer.stop()
        self._notice_timer.stop()
        self.sync.stop()
        self.db.shutdown()
        if self._embedded is not None:
            self._embedded.stop()
        if self._demo_tmp is not None:
            shutil.rmtree(self._demo_tmp, ignore_errors=True)
        self.profile.wipe()  # ephemeral sessions leave nothing behind; no-op for residents

    # --- stores ------------------------------------------------------------------------------------
    def open_store(self, path: Path) -> Any:
        """Open the cache at ``path``; a damaged or too-new file is set aside (never deleted) and rebuilt.

        Called on the DB worker and on the sync worker; the lock keeps them from both setting it aside.
        """
        from desktop.store import open_store
        from desktop.store.db import set_aside
        from desktop.store.errors import CacheCorruptError, CacheTooNewError

        with self._open_lock:
            try:
                return open_store(path)
            except (CacheCorruptError, CacheTooNewError) as exc:
                kept = set_aside(path, "newer" if isinstance(exc, CacheTooNewError) else "corrupt")
                log.error("Cache %s could not be used (%s); kept as %s", path.name, exc, kept.name)
                code = "cache_too_new" if isinstance(exc, CacheTooNewError) else "cache_corrupt"
                self._post_notice(Notice(code, str(kept)))
                return open_store(path)

    def _opener_for(self, key: str | None) -> Any:
        if key is None:
            return None
        path = self.profile.cache_path(key)
        return lambda: self.open_store(path)

    def _resolve_server(self) -> tuple[str, str]:
        """Runs on the sync worker: the configured server, or the embedded demo server (started here)."""
        if self.config.server_url is not None:
            return self.config.server_url, self.server_id
        if self._embedded is None:
            from desktop.demo import EmbeddedServer

            self._embedded = EmbeddedServer(self._demo_server_dir())
        return self._embedded.start(), self.server_id

    def _demo_server_dir(self) -> Path:
        """The demo backend's data: kept with a resident's profile, a throw-away folder otherwise."""
        if not self.profile.ephemeral:
            return self.profile.data_dir / "demo-server"
        import tempfile

        self._demo_tmp = Path(tempfile.mkdtemp(prefix="oneaccount-demo-server-"))
        return self._demo_tmp

    def _post_notice(self, notice: Notice) -> None:
        # Any thread: queued here, emitted on the GUI thread by the notice timer.
        with self._notice_lock:
            self._pending_notices.append(notice)

    @Slot()
    def _flush_notices(self) -> None:
        with self._notice_lock:
            notices, self._pending_notices = self._pending_notices, []
        for notice in notices:
            self.notice_raised.emit(notice)

    # --- sync signals ------------------------------------------------------------------------------
    @Slot(object)
    def _on_signed_in(self, info: SignedIn) -> None:
        if info.account_key != self.account_key:
            self.account_key = info.account_key
            self.db.reopen(self._opener_for(info.account_key))
        self.resident = info.resident
        if not self.profile.ephemeral:
            self.settings.set(
                "last_account",
                {"key": info.account_key, "username": info.resident.username, "server": info.server_id},
            )
        if not info.remembered and not self.profile.ephemeral:
            self._post_notice(Notice("keyring_unavailable"))
        self.account_changed.emit(info.resident)

    @Slot()
    def _on_signed_out(self) -> None:
        had_account = self.account_key is not None
        self.resident = None
        if self.profile.ephemeral and had_account:
            # Nothing of one resident may be seen by the next: destroy the session folder, start afresh.
            self.account_key = None
            self.db.reopen(None).result(timeout=10)
            self.profile.renew()
        elif not self.profile.ephemeral:
            self.settings.set("last_account", None)
        self.account_changed.emit(None)

    @Slot(object)
    def _on_changes_applied(self, changes: Any) -> None:
        self.bus.publish(changes)

    @Slot()
    def _on_sync_timer(self) -> None:
        if self.sync.status.signed_in:
            self.sync.sync_now(manual=False)
