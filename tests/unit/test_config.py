"""Run configuration from the command line and the administrator's file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.config import ConfigError, build_config
from desktop.profile import ProfileKind


def test_default_is_a_resident_in_demo_mode() -> None:
    config = build_config()
    assert config.profile is ProfileKind.RESIDENT
    assert config.demo


def test_command_line_wins_over_admin_file(tmp_path: Path) -> None:
    admin = tmp_path / "config.json"
    admin.write_text(json.dumps({"mode": "kiosk", "server": "https://api.example.mo/", "language": "pt"}))
    config = build_config(config_file=str(admin))
    assert config.profile is ProfileKind.KIOSK
    assert config.server_url == "https://api.example.mo"
    assert config.language == "pt"
    assert build_config(assisted=True, language="en", config_file=str(admin)).profile is ProfileKind.ASSISTED


@pytest.mark.parametrize(
    "kwargs",
    [
        {"kiosk": True, "assisted": True},
        {"server": "http://api.example.mo"},  # plain http beyond loopback
        {"server": "ftp://example.mo"},
        {"language": "fr"},
    ],
)
def test_refused_configurations(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        build_config(**kwargs)  # type: ignore[arg-type]


def test_loopback_http_is_allowed() -> None:
    assert build_config(server="http://127.0.0.1:8000").server_url == "http://127.0.0.1:8000"


@pytest.mark.parametrize("content", ["{broken", "[1, 2]", json.dumps({"mode": "party"})])
def test_bad_admin_file_is_a_clear_error(tmp_path: Path, content: str) -> None:
    admin = tmp_path / "config.json"
    admin.write_text(content)
    with pytest.raises(ConfigError):
        build_config(config_file=str(admin))
