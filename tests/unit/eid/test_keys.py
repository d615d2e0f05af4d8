"""desktop.eid.keys: key text forms, key ids, demo keys, and the device key kept in the OS keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.errors import KeyringError

from desktop.eid.errors import EidError, Reason
from desktop.eid.keys import (
    DeviceKeyStore,
    demo_private_key,
    generate_key,
    private_from_text,
    private_to_text,
    public_from_text,
    public_to_text,
    thumbprint,
)
from desktop.profile import Profile, ProfileKind
from desktop.secrets import KEYRING_SERVICE, KeyringUnavailableError
from tests.conftest import MemoryKeyring


def test_keys_round_trip_as_text() -> None:
    key = generate_key()
    again = private_from_text(private_to_text(key))
    assert public_to_text(again) == public_to_text(key)
    assert len(public_to_text(key)) == 43 and len(private_to_text(key)) == 43
    assert public_to_text(public_from_text(public_to_text(key))) == public_to_text(key)
    assert len(thumbprint(key)) == 11 and thumbprint(key) == thumbprint(key.public_key())
    with pytest.raises(EidError):
        public_from_text("AAAA")


def test_demo_keys_are_rebuilt_from_their_label() -> None:
    assert public_to_text(demo_private_key("a")) == public_to_text(demo_private_key("a"))
    assert public_to_text(demo_private_key("a")) != public_to_text(demo_private_key("b"))


def test_a_resident_keeps_the_device_key_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = DeviceKeyStore(ProfileKind.RESIDENT, "acct1")
    assert store.available and store.load() is None
    key = store.create()
    assert list(memory_keyring.entries) == [(KEYRING_SERVICE, "eid-device-key:acct1")]
    loaded = store.load()
    assert loaded is not None and public_to_text(loaded) == public_to_text(key)
    replaced = store.create()  # binding again: a new key in place of the old
    assert public_to_text(replaced) != public_to_text(key) and len(memory_keyring.entries) == 1
    store.delete()
    store.delete()  # nothing left to delete is fine
    assert store.load() is None and memory_keyring.entries == {}


@pytest.mark.parametrize("kind", [ProfileKind.KIOSK, ProfileKind.ASSISTED])
def test_kiosk_and_assisted_refuse_and_leave_nothing(
    kind: ProfileKind, memory_keyring: MemoryKeyring
) -> None:
    store = DeviceKeyStore(kind, "acct1")
    assert not store.available
    with pytest.raises(EidError) as exc:
        store.create()
    assert exc.value.reason is Reason.EID_UNAVAILABLE
    assert store.load() is None
    store.delete()
    assert memory_keyring.entries == {}


def test_profiles_decide(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    kiosk = Profile.open(ProfileKind.KIOSK)
    try:
        assert not DeviceKeyStore.for_profile(kiosk, "a").available
    finally:
        kiosk.wipe()
    resident = Profile.open(ProfileKind.RESIDENT, tmp_path / "data")
    assert DeviceKeyStore.for_profile(resident, "a").available
    forgetful = Profile.open(ProfileKind.RESIDENT, tmp_path / "data", remember_sign_in=False)
    with pytest.raises(EidError):
        DeviceKeyStore.for_profile(forgetful, "a").create()
    assert memory_keyring.entries == {}


class BrokenKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("no backend")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("no backend")


def test_no_keyring_means_no_key_rather_than_a_key_in_memory() -> None:
    keyring.set_keyring(BrokenKeyring())
    store = DeviceKeyStore(ProfileKind.RESIDENT, "acct1")
    for action in (store.create, store.load, store.delete):
        with pytest.raises(KeyringUnavailableError):
            action()
