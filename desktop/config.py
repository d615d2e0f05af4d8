"""How this run of the app is set up: profile kind, server, data dir — from the command line and an
administrator's config file (for kiosks and community-centre PCs)."""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from desktop.domain.text import LANGUAGES
from desktop.profile import ProfileKind

log = logging.getLogger(__name__)

CONFIG_ENV = "ONEACCOUNT_CONFIG"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


class ConfigError(ValueError):
    """The command line or the config file asks for something that cannot be done."""


@dataclass(frozen=True)
class AppConfig:
    profile: ProfileKind = ProfileKind.RESIDENT
    #: The One Account server; None runs the embedded reference server with demo data.
    server_url: str | None = None
    data_dir: Path | None = None
    language: str | None = None
    #: Kiosk/assisted: seconds without input before the session ends.
    idle_timeout_s: int = 120
    #: False keeps the sign-in in memory even for a resident (screenshots, benchmarks).
    remember_sign_in: bool = True

    @property
    def demo(self) -> bool:
        return self.server_url is None


def system_config_path() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "OneAccountDesktop" / "config.json"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/OneAccountDesktop/config.json")
    return Path("/etc/oneaccount-desktop/config.json")


def read_admin_config(path: Path) -> dict[str, object]:
    """The administrator's settings; a missing file is no error, an unreadable one is."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ConfigError(f"config file {path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"config file {path} must hold a JSON object")
    return data


def validate_server_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigError(f"server address must look like https://host[:port], not {url!r}")
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
        # Tokens and personal data never cross a network unencrypted.
        raise ConfigError("plain http is only allowed for a server on this computer (loopback); use https")
    return url.rstrip("/")


def build_config(
    *,
    kiosk: bool = False,
    assisted: bool = False,
    server: str | None = None,
    data_dir: str | None = None,
    language: str | None = None,
    config_file: str | None = None,
) -> AppConfig:
    """Command-line choices win over the administrator's file."""
    if kiosk and assisted:
        raise ConfigError("choose one of --kiosk and --assisted")
    admin = read_admin_config(Path(config_file) if config_file else system_config_path())
    mode = "kiosk" if kiosk else "assisted" if assisted else str(admin.get("mode", "resident"))
    try:
        kind = ProfileKind(mode)
    except ValueError:
        raise ConfigError(f"unknown mode {mode!r} in config; expected resident, assisted or kiosk") from None
    server_url = server or admin.get("server")
    if server_url is not None:
        server_url = validate_server_url(str(server_url))
    lang = language or admin.get("language")
    if lang is not None and lang not in LANGUAGES:
        raise ConfigError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    idle = admin.get("idle_timeout_s", 120)
    if not isinstance(idle, int) or idle < 15:
        raise ConfigError("idle_timeout_s must be a whole number of seconds, at least 15")
    return AppConfig(
        profile=kind,
        server_url=server_url,
        data_dir=Path(data_dir) if data_dir else None,
        language=str(lang) if lang else None,
        idle_timeout_s=idle,
    )
