"""User settings, each declared once with its type, default and meaning.

Settings hold no secrets. The resident profile keeps them in ``settings.json`` in its data dir;
ephemeral profiles keep them in memory. Listeners hear about a setting only when its value really changes.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.text import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] = ()

    def validate(self, value: Any) -> Any:
        if value is None and self.default is None:
            return None
        if not isinstance(value, self.type):
            raise TypeError(f"setting {self.key!r} must be {self.type.__name__}, not {type(value).__name__}")
        if self.choices and value not in self.choices:
            raise ValueError(f"setting {self.key!r} must be one of {self.choices}, not {value!r}")
        return value


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(
            "language", str, DEFAULT_LANGUAGE, "Language of the interface and of server content", LANGUAGES
        ),
        Setting(
            "last_account", dict, None, "The account whose cache opens at start: {key, username, server}"
        ),
        Setting("sync_interval_s", int, 120, "Seconds between background syncs"),
        Setting("high_contrast", bool, False, "Use the high-contrast theme"),
        Setting("shown_alerts", list, None, "Keys of official alerts already announced (never twice)"),
    )
}

Listener = Callable[[str, Any], None]


class Settings:
    def __init__(self, path: Path | None) -> None:
        """``path`` None keeps everything in memory (kiosk and assisted sessions)."""
        self._path = path
        self._values: dict[str, Any] = {}
        self._listeners: list[Listener] = []
        if path is not None:
            self._values = self._read(path)

    @staticmethod
    def _read(path: Path) -> dict[str, Any]:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("Settings file %s unreadable (%s); using defaults", path.name, exc)
            return {}
        values: dict[str, Any] = {}
        if isinstance(raw, dict):
            for key, value in raw.items():
                setting = SETTINGS.get(key)
                if setting is None:
                    continue
                try:
                    values[key] = setting.validate(value)
                except (TypeError, ValueError) as exc:
                    log.warning("Ignoring bad setting: %s", exc)
        return values

    def get(self, key: str) -> Any:
        return self._values.get(key, SETTINGS[key].default)

    def set(self, key: str, value: Any) -> bool:
        """Store ``value``; returns True (and tells listeners) only when it differs from before."""
        value = SETTINGS[key].validate(value)
        if self.get(key) == value:
            return False
        self._values[key] = value
        self._save()
        for listener in list(self._listeners):
            listener(key, value)
        return True

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _save(self) -> None:
        if self._path is None:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        # Write-then-rename so a crash never leaves half a settings file.
        fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._values, fh, ensure_ascii=False, indent=2)
            os.replace(tmp, self._path)
        except OSError as exc:
            log.warning("Could not save settings: %s", exc)
            try:
                os.unlink(tmp)
            except OSError:
                pass
