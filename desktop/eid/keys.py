"""Ed25519 keys: make, write and read them, name them, and keep a device's key in the OS keyring.

A device key exists only on a resident's own computer. Kiosks and assisted-service PCs serve one
resident after another and must leave nothing behind, so ``DeviceKeyStore`` refuses them outright
(before touching the keyring) rather than keeping a key in memory that would die with the session.
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.eid.errors import EidError, Reason
from desktop.eid.tokens import b64d, b64e
from desktop.profile import Profile, ProfileKind
from desktop.secrets import KEYRING_SERVICE, KeyringUnavailableError

__all__ = [
    "DeviceKeyStore",
    "demo_private_key",
    "generate_key",
    "private_from_text",
    "private_to_text",
    "public_from_text",
    "public_to_text",
    "thumbprint",
]

_RAW = serialization.Encoding.Raw
_DEMO_SEED_LABEL = b"OAE1 DEMO KEY - PUBLIC, NOT SECRET, NEVER FOR REAL USE - "


def generate_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_to_text(key: Ed25519PrivateKey) -> str:
    """The 32-byte seed, base64url: what goes into the keyring or an institution's key file."""
    raw = key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return b64e(raw)


def private_from_text(text: str) -> Ed25519PrivateKey:
    raw = b64d(text.strip())
    if len(raw) != 32:
        raise EidError(Reason.MALFORMED, "an Ed25519 private key is 32 bytes")
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_to_text(key: Ed25519PublicKey | Ed25519PrivateKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return b64e(public.public_bytes(_RAW, serialization.PublicFormat.Raw))


def public_from_text(text: str) -> Ed25519PublicKey:
    raw = b64d(text)
    if len(raw) != 32:
        raise EidError(Reason.MALFORMED, "an Ed25519 public key is 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def thumbprint(key: Ed25519PublicKey | Ed25519PrivateKey) -> str:
    """A short key id: the first 8 bytes of SHA-256 of the raw public key, base64url (11 characters)."""
    return b64e(hashlib.sha256(b64d(public_to_text(key))).digest()[:8])


def demo_private_key(label: str) -> Ed25519PrivateKey:
    """A key anyone can rebuild from ``label``: for demos and tests only, never for real use.

    Derived from a public label, so it is never a secret and never stored anywhere; everything signed
    with one is marked demo (the published key set says ``"demo": true``).
    """
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(_DEMO_SEED_LABEL + label.encode()).digest())


class DeviceKeyStore:
    """The eID device key of one account on this computer, in the OS keyring.

    One key per account: binding again replaces it (and the authority revokes the old credential).
    """

    def __init__(self, kind: ProfileKind, account_key: str, *, remember: bool = True) -> None:
        self.kind = kind
        self.account_key = account_key
        self.remember = remember

    @classmethod
    def for_profile(cls, profile: Profile, account_key: str) -> DeviceKeyStore:
        # A resident profile told to remember nothing (screenshots, benchmarks) gets no eID either.
        return cls(profile.kind, account_key, remember=profile.remember_sign_in)

    @property
    def available(self) -> bool:
        return self.kind is ProfileKind.RESIDENT and self.remember

    @property
    def _entry(self) -> str:
        return f"eid-device-key:{self.account_key}"

    def _require_resident(self) -> None:
        if not self.available:
            why = (
                f"{self.kind.value} profile" if self.remember else "this profile keeps nothing in the keyring"
            )
            raise EidError(Reason.EID_UNAVAILABLE, why)

    def load(self) -> Ed25519PrivateKey | None:
        """This account's device key, or None when it has none (or on a kiosk or assisted PC)."""
        if not self.available:
            return None
        import keyring  # imported on use: not needed on the start path
        from keyring.errors import KeyringError

        try:
            text = keyring.get_password(KEYRING_SERVICE, self._entry)
        except KeyringError as exc:
            raise KeyringUnavailableError(str(exc)) from exc
        return private_from_text(text) if text else None

    def create(self) -> Ed25519PrivateKey:
        """A new device key, saved in the keyring in place of any earlier one.

        Without a working keyring this raises ``KeyringUnavailableError``: a key kept only in memory
        would be lost at exit and leave a bound eID no one can use.
        """
        self._require_resident()
        import keyring
        from keyring.errors import KeyringError

        key = generate_key()
        try:
            keyring.set_password(KEYRING_SERVICE, self._entry, private_to_text(key))
        except KeyringError as exc:
            raise KeyringUnavailableError(str(exc)) from exc
        return key

    def delete(self) -> None:
        if not self.available:
            return
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(KEYRING_SERVICE, self._entry)
        except PasswordDeleteError:
            pass
        except KeyringError as exc:
            raise KeyringUnavailableError(str(exc)) from exc
