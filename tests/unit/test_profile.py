"""Profiles: where data lives, and that kiosk/assisted sessions leave nothing behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.profile import Profile, ProfileKind, account_key, sessions_root, sweep_abandoned_sessions
from desktop.secrets import FallbackTokenStore, MemoryTokenStore


def test_resident_profile_uses_data_dir_and_keyring(isolated_dirs: Path, memory_keyring) -> None:
    profile = Profile.open(ProfileKind.RESIDENT)
    assert profile.data_dir == isolated_dirs / "data"
    assert profile.data_dir.is_dir()
    store = profile.token_store("k1")
    assert isinstance(store, FallbackTokenStore)
    store.save("refresh-secret")
    assert memory_keyring.entries == {("One Account Desktop", "k1"): "refresh-secret"}
    profile.wipe()  # never wipes a resident's data
    assert profile.data_dir.is_dir()


def test_resident_without_remember_keeps_tokens_in_memory(memory_keyring) -> None:
    profile = Profile.open(ProfileKind.RESIDENT, remember_sign_in=False)
    store = profile.token_store("k1")
    store.save("refresh-secret")
    assert isinstance(store, MemoryTokenStore)
    assert memory_keyring.entries == {}


@pytest.mark.parametrize("kind", [ProfileKind.KIOSK, ProfileKind.ASSISTED])
def test_ephemeral_session_is_destroyed_at_wipe(kind: ProfileKind, memory_keyring) -> None:
    profile = Profile.open(kind)
    assert profile.data_dir.parent == sessions_root()
    cache = profile.cache_path(account_key("srv", "demo"))
    cache.write_bytes(b"personal data")
    tokens = profile.token_store("k")
    tokens.save("refresh-secret")
    assert memory_keyring.entries == {}  # never the OS keyring
    profile.wipe()
    assert not profile.data_dir.exists()
    assert tokens.load() is None
    assert memory_keyring.entries == {}


def test_renew_starts_a_clean_directory() -> None:
    profile = Profile.open(ProfileKind.KIOSK)
    first = profile.data_dir
    (first / "left.txt").write_text("resident one")
    profile.renew()
    assert not first.exists()
    assert profile.data_dir.is_dir() and profile.data_dir != first
    assert [p.name for p in profile.data_dir.iterdir()] == [".session.lock"]
    profile.wipe()


def test_crashed_sessions_are_swept_but_live_ones_kept(tmp_path: Path) -> None:
    root = tmp_path / "sessions"
    live = Profile.open(ProfileKind.ASSISTED, root)
    # A session folder whose process died (here: a real child process that took the lock and exited).
    dead = root / "session-dead"
    dead.mkdir()
    (dead / "cache.sqlite3").write_bytes(b"left behind by a crash")
    code = (
        "import sys; from pathlib import Path; from desktop.filelock import FileLock; "
        "FileLock(Path(sys.argv[1])).acquire()"
    )
    subprocess.run([sys.executable, "-c", code, str(dead / ".session.lock")], check=True)
    assert sweep_abandoned_sessions(root) == 1
    assert not dead.exists()
    assert live.data_dir.exists()
    live.wipe()


def test_opening_an_ephemeral_profile_sweeps_leftovers(tmp_path: Path) -> None:
    root = tmp_path / "sessions"
    (root / "session-old").mkdir(parents=True)
    (root / "session-old" / "photo.jpg").write_bytes(b"x")
    profile = Profile.open(ProfileKind.KIOSK, root)
    assert not (root / "session-old").exists()
    profile.wipe()


def test_account_key_is_stable_and_opaque() -> None:
    key = account_key("https://api.example.mo", "Chan.Tai.Man")
    assert key == account_key("https://api.example.mo", "chan.tai.man")
    assert "chan" not in key.lower()
    assert key != account_key("https://other.example.mo", "chan.tai.man")
