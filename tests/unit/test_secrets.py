"""Refresh tokens: OS keyring when there is one, memory when there is not, never a file."""

from __future__ import annotations

import keyring
from keyring.backends.fail import Keyring as NoKeyring

from desktop.secrets import FallbackTokenStore, KeyringTokenStore, MemoryTokenStore


def test_keyring_round_trip(memory_keyring) -> None:
    store = FallbackTokenStore(KeyringTokenStore("acct"))
    assert store.load() is None
    store.save("r1")
    assert store.load() == "r1"
    store.clear()
    assert store.load() is None
    assert memory_keyring.entries == {}
    store.clear()  # clearing twice is fine


def test_without_a_keyring_the_token_stays_in_memory() -> None:
    keyring.set_keyring(NoKeyring())
    store = FallbackTokenStore(KeyringTokenStore("acct"))
    store.save("r1")
    assert store.degraded
    assert store.load() == "r1"
    store.clear()
    assert store.load() is None


def test_memory_store() -> None:
    store = MemoryTokenStore()
    store.save("x")
    assert store.load() == "x"
    store.clear()
    assert store.load() is None
