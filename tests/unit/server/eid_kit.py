"""Helpers of the eID and photo tests: uploads, a JPEG of any size, a device bound through the API.

The device key is made with ``desktop.eid``'s plain key functions (``generate_key``), not the
keyring-bound ``DeviceKeyStore``: the server sees the same proof either way.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

import cv2
import numpy as np
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi.testclient import TestClient
from server_testkit import FakeClock, bearer

from desktop.eid.holder import make_bind_proof
from server.uploads import OFFSET_MEDIA_TYPE


def jpeg(width: int = 450, height: int = 540) -> bytes:
    """A real JPEG of this size: a light background with a darker oval, like a face on white."""
    image = np.full((height, width, 3), 235, np.uint8)
    centre = (width // 2, height * 2 // 5)
    cv2.ellipse(image, centre, (width // 5, height // 4), 0, 0, 360, (120, 140, 170), -1)
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    return bytes(data.tobytes())


def upload(
    client: TestClient, token: str, data: bytes, mime: str = "image/jpeg", *, send: int | None = None
) -> str:
    """Declare ``data`` and send its first ``send`` bytes (all by default); the upload id."""
    sha = hashlib.sha256(data).hexdigest()
    declared = client.post(
        "/v1/uploads", json={"sha256": sha, "size": len(data), "mime": mime}, headers=bearer(token)
    )
    assert declared.status_code in (200, 201), declared.text
    upload_id = str(declared.json()["upload_id"])
    part = data if send is None else data[:send]
    if part:
        sent = client.patch(
            f"/v1/uploads/{upload_id}",
            content=part,
            headers=bearer(token) | {"Upload-Offset": "0", "Content-Type": OFFSET_MEDIA_TYPE},
        )
        assert sent.status_code == 204, sent.text
    return upload_id


def moment(clock: FakeClock) -> datetime:
    return datetime.fromtimestamp(clock.now, UTC)


def challenge(client: TestClient, token: str) -> str:
    answer = client.post("/v1/eid/challenge", json={}, headers=bearer(token))
    assert answer.status_code == 201, answer.text
    return str(answer.json()["challenge"])


def pass_presence(client: TestClient, user_id: str = "usr-demo") -> str:
    """A presence check that passes (test mode); its id."""
    answer = client.post("/v1/_test/eid/presence", json={"user_id": user_id})
    assert answer.status_code == 201, answer.text
    return str(answer.json()["presence_id"])


def bind(
    client: TestClient,
    token: str,
    key: Ed25519PrivateKey,
    clock: FakeClock,
    *,
    user_id: str = "usr-demo",
    presence_id: str | None = None,
) -> Any:
    """Challenge, presence (test mode), proof and binding: the binding's answer."""
    proof = make_bind_proof(key, user_id, challenge(client, token), moment(clock))
    presence = presence_id if presence_id is not None else pass_presence(client, user_id)
    return client.post(
        "/v1/eid/binding", json={"proof": proof, "presence_id": presence}, headers=bearer(token)
    )
