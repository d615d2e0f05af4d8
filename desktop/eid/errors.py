"""Why an eID operation failed: one ``EidError`` carrying a stable reason code and words for people.

The codes are part of the contract (the CLI prints them, the app translates them, verifiers log them);
the words are English, for logs and the command line.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["EidError", "Reason"]


class Reason(StrEnum):
    # Reading a token
    MALFORMED = "malformed"
    UNSUPPORTED_VERSION = "unsupported-version"
    TOO_LARGE = "too-large"
    WRONG_TYPE = "wrong-type"
    # Keys and signatures
    UNKNOWN_KEY = "unknown-key"
    UNKNOWN_INSTITUTION = "unknown-institution"
    BAD_SIGNATURE = "bad-signature"
    BAD_DISCLOSURE = "bad-disclosure"
    REVOKED = "revoked"
    # Time
    EXPIRED = "expired"
    NOT_YET_VALID = "not-yet-valid"
    LIFETIME_TOO_LONG = "lifetime-too-long"
    CREDENTIAL_EXPIRED = "credential-expired"
    # Binding to the verifier's context
    NONCE_REQUIRED = "nonce-required"
    WRONG_NONCE = "wrong-nonce"
    WRONG_INSTITUTION = "wrong-institution"
    WRONG_COURSE = "wrong-course"
    NOT_REQUESTED = "not-requested"
    REPLAYED = "replayed"
    # The resident's side
    EID_UNAVAILABLE = "eid-unavailable"
    KEY_MISMATCH = "key-mismatch"
    NOT_CONSENTED = "not-consented"
    PRESENCE_REQUIRED = "presence-required"
    # The authority's side
    CHALLENGE_INVALID = "challenge-invalid"
    DEVICE_KEY_IN_USE = "device-key-in-use"
    BAD_ATTRIBUTE = "bad-attribute"
    STALE_LIST = "stale-list"


_WORDS: dict[Reason, str] = {
    Reason.MALFORMED: "not an eID token of a known form",
    Reason.UNSUPPORTED_VERSION: "an eID token of a version this program does not read",
    Reason.TOO_LARGE: "the token is longer than any eID token can be",
    Reason.WRONG_TYPE: "a token of another kind than expected",
    Reason.UNKNOWN_KEY: "signed with a key that is not in the published key set",
    Reason.UNKNOWN_INSTITUTION: "the institution is not registered with the authority",
    Reason.BAD_SIGNATURE: "bad signature: the token was altered or not signed by the key it names",
    Reason.BAD_DISCLOSURE: "a shared field does not match what the authority certified",
    Reason.REVOKED: "revoked key: this eID was revoked (bound again on another device or removed)",
    Reason.EXPIRED: "expired",
    Reason.NOT_YET_VALID: "not valid yet (check the clocks)",
    Reason.LIFETIME_TOO_LONG: "the token claims a longer life than its kind is allowed",
    Reason.CREDENTIAL_EXPIRED: "the eID credential inside the token has expired",
    Reason.NONCE_REQUIRED: "a share token is checked against the nonce of your request",
    Reason.WRONG_NONCE: "wrong nonce: the token answers another request",
    Reason.WRONG_INSTITUTION: "the token was made for another institution",
    Reason.WRONG_COURSE: "the token is for another course",
    Reason.NOT_REQUESTED: "the token shares fields that were not requested",
    Reason.REPLAYED: "replayed: this token was already used",
    Reason.EID_UNAVAILABLE: "eID is available on a resident's own computer only",
    Reason.KEY_MISMATCH: "the device key does not match the eID credential",
    Reason.NOT_CONSENTED: "only fields the institution requested and the resident consented to can be shared",
    Reason.PRESENCE_REQUIRED: "a recent face-presence check is required",
    Reason.CHALLENGE_INVALID: "the binding challenge is unknown, used or expired",
    Reason.DEVICE_KEY_IN_USE: "this device key already backs another resident's eID",
    Reason.BAD_ATTRIBUTE: "an attribute is not in the field vocabulary or has the wrong form",
    Reason.STALE_LIST: "the revocation list is older than the one already held",
}


class EidError(Exception):
    """An eID operation failed for ``reason``; ``detail`` says more about this occurrence."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(self.message)

    @property
    def words(self) -> str:
        return _WORDS[self.reason]

    @property
    def message(self) -> str:
        return f"{self.words} ({self.detail})" if self.detail else self.words
