"""The app's side of the eID endpoints (docs/EID.md §6): key set, revocation list, binding, status.

Every call goes through the signed-in ``AuthSession`` (a stale access token is refreshed once). A
refusal whose problem slug is an eID reason code (``challenge-invalid``, ``presence-required``,
``device-key-in-use``, ``bad-signature``…) is raised as ``EidError`` with that reason, so the screen
translates it like any other eID failure; network trouble stays ``OfflineError``/``ServerError``.

Threading contract: no Qt; blocking calls for a background thread (``desktop.session_worker``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from desktop.eid.authority import Issued
from desktop.eid.errors import EidError, Reason
from desktop.eid.trust import PublishedKeys, RevocationList
from desktop.sync.auth import AuthSession
from desktop.sync.errors import BadResponseError, ProblemError

__all__ = ["Challenge", "CredentialStatus", "EidClient", "Presence"]

log = logging.getLogger(__name__)

_REASONS = {reason.value: reason for reason in Reason}


@dataclass(frozen=True, slots=True)
class Challenge:
    value: str
    expires_at: str


@dataclass(frozen=True, slots=True)
class CredentialStatus:
    status: str  # active | revoked | expired | unknown
    reissue_required: bool = False  # a certified value changed (a new address): bind again to renew
    changed_fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Presence:
    presence_id: str
    checked_at: datetime


class EidClient:
    def __init__(self, session: AuthSession) -> None:
        self._session = session

    # -- published, no sign-in needed ------------------------------------------------------------------
    def keys(self) -> tuple[PublishedKeys, str]:
        """The authority's key set, and its JSON text to keep for verifying offline."""
        text = self._text("GET", "/v1/eid/keys", auth=False)
        return PublishedKeys.from_json(text), text

    def revocations(self, keys: PublishedKeys) -> tuple[RevocationList, str]:
        """The signed revocation list (checked against ``keys``), and its text."""
        text = self._text("GET", "/v1/eid/revocations", auth=False)
        return RevocationList.from_json(text, keys), text

    # -- binding ---------------------------------------------------------------------------------------
    def challenge(self) -> Challenge:
        body = self._json("POST", "/v1/eid/challenge", json={})
        return Challenge(_text_of(body, "challenge"), str(body.get("expires_at", "")))

    def presence(self, upload_ids: list[str], checked_at: datetime, faces: int = 1) -> Presence:
        """Record the device's face-presence check (``faces`` seen at ``checked_at``) with its frames,
        already sent through ``/v1/uploads``; the server checks they are this resident's recent images."""
        payload = {"upload_ids": upload_ids, "faces": faces, "checked_at": checked_at.isoformat()}
        body = self._json("POST", "/v1/eid/presence", json=payload)
        return Presence(_text_of(body, "presence_id"), _time_of(body.get("checked_at")))

    def bind(self, proof: str, presence_id: str) -> Issued:
        """The credential for the device key that signed ``proof`` (the same answer for a retry)."""
        body = self._json("POST", "/v1/eid/binding", json={"proof": proof, "presence_id": presence_id})
        try:
            return Issued.from_json_dict(body)
        except (KeyError, TypeError, ValueError) as exc:
            raise BadResponseError(f"/v1/eid/binding: not an issued credential ({exc})") from None

    def status(self, credential_id: str) -> CredentialStatus:
        """``active``, ``revoked``, ``expired`` or ``unknown``; and whether a certified value changed."""
        body = self._json("GET", f"/v1/eid/credentials/{quote(credential_id, safe='')}")
        changed = body.get("changed_fields")
        return CredentialStatus(
            _text_of(body, "status"),
            body.get("reissue_required") is True,
            tuple(str(f) for f in changed) if isinstance(changed, list) else (),
        )

    def unbind(self) -> None:
        self._send("DELETE", "/v1/eid/binding")

    # -- transport -------------------------------------------------------------------------------------
    def _send(self, method: str, path: str, *, json: Any = None, auth: bool = True) -> Any:
        api = self._session.api

        def call() -> Any:
            return api.request(method, path, json=json, auth=auth)

        try:
            return self._session.authorized(call) if auth else call()
        except ProblemError as exc:
            reason = _REASONS.get(exc.slug)
            if reason is not None:
                raise EidError(reason, exc.detail or exc.title) from None
            raise

    def _text(self, method: str, path: str, *, auth: bool = True) -> str:
        return str(self._send(method, path, auth=auth).text)

    def _json(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        response = self._send(method, path, **kwargs)
        try:
            body = response.json()
        except ValueError:
            raise BadResponseError(f"{path}: the JSON answer is broken or cut short") from None
        if not isinstance(body, dict):
            raise BadResponseError(f"{path}: expected an object")
        return body


def _text_of(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value:
        raise BadResponseError(f"{key!r} must be a non-empty string")
    return value


def _time_of(value: Any) -> datetime:
    """An ISO time or epoch seconds from the server; now when absent (the server checked just now)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise BadResponseError(f"'checked_at' is not a time: {value!r}") from None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return datetime.now(UTC)
