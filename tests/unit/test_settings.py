"""Settings: declared once, persisted without secrets, and announced only when they really change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.settings import SETTINGS, Settings


def test_defaults_and_persistence(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    assert settings.get("language") == "zh-Hant"
    settings.set("language", "pt")
    assert Settings(path).get("language") == "pt"
    assert json.loads(path.read_text()) == {"language": "pt"}


def test_listeners_hear_only_real_changes(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.json")
    heard: list[tuple[str, object]] = []
    settings.subscribe(lambda key, value: heard.append((key, value)))
    assert settings.set("language", "en") is True
    assert settings.set("language", "en") is False
    assert settings.set("language", "zh-Hant") is True
    assert heard == [("language", "en"), ("language", "zh-Hant")]


def test_memory_settings_write_no_file(tmp_path: Path) -> None:
    settings = Settings(None)
    settings.set("language", "en")
    assert settings.get("language") == "en"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("key", "value"), [("language", "fr"), ("language", 3), ("high_contrast", "yes")])
def test_invalid_values_are_refused(tmp_path: Path, key: str, value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        Settings(tmp_path / "s.json").set(key, value)


def test_damaged_or_hostile_file_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert Settings(path).get("language") == "zh-Hant"
    path.write_text(json.dumps({"language": "klingon", "unknown": 1, "high_contrast": True}))
    settings = Settings(path)
    assert settings.get("language") == "zh-Hant"
    assert settings.get("high_contrast") is True


def test_every_setting_has_a_description_and_a_valid_default() -> None:
    for setting in SETTINGS.values():
        assert setting.description
        setting.validate(setting.default)
