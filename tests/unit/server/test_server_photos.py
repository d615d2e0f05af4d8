"""ID photos (server.ops.photos, server.jpeg): submit_photo accepts a complete 5:6 JPEG taken within 12
months and records the resident's photo row; every refusal has its slug."""

from __future__ import annotations

import hashlib
import io
import struct
from datetime import UTC, datetime
from typing import Any

import cv2
import numpy as np
import pytest
from eid_kit import jpeg, upload
from fastapi.testclient import TestClient
from server_testkit import FakeClock, assert_problem, login, new_op_id, put_op

from server.jpeg import jpeg_size
from server.ops.photos import add_months
from server.services import Services
from server.timeutil import iso_time


def submit(client: TestClient, token: str, upload_id: str, data: bytes, taken_at: str, **more: Any) -> Any:
    payload = {
        "upload_id": upload_id,
        "sha256": hashlib.sha256(data).hexdigest(),
        "taken_at": taken_at,
        "purpose": "id_document",
    } | more
    body = {"kind": "submit_photo", "stream": f"photo:{upload_id}", "payload": payload}
    return put_op(client, token, new_op_id(), body)


def photo(services: Services, upload_id: str) -> dict[str, Any] | None:
    stored = services.store.get("photo", f"ph-{upload_id}")
    if stored is None:
        return None
    assert stored.owner == "usr-demo" and stored.row is not None
    return stored.row


@pytest.fixture
def token(client: TestClient) -> str:
    return str(login(client)["access_token"])


def test_an_id_photo_is_accepted(
    client: TestClient, services: Services, token: str, clock: FakeClock
) -> None:
    data = jpeg()
    upload_id = upload(client, token, data)
    taken = iso_time(clock.now - 3600)
    op_id = new_op_id()
    body = {
        "kind": "submit_photo",
        "stream": f"photo:{upload_id}",
        "payload": {
            "upload_id": upload_id,
            "sha256": hashlib.sha256(data).hexdigest().upper(),
            "taken_at": taken,
            "purpose": "id_document",
        },
    }
    answer = put_op(client, token, op_id, body)
    assert answer.status_code == 201, answer.text
    taken_moment = datetime.fromisoformat(taken)
    valid_until = iso_time(add_months(taken_moment, 12).timestamp())
    assert answer.json()["receipt"] == {
        "photo_id": f"ph-{upload_id}",
        "status": "accepted",
        "sha256": hashlib.sha256(data).hexdigest(),
        "accepted_at": iso_time(clock.now),
        "valid_until": valid_until,
    }
    row = photo(services, upload_id)
    assert row == {
        "id": f"ph-{upload_id}",
        "upload_id": upload_id,
        "sha256": hashlib.sha256(data).hexdigest(),
        "purpose": "id_document",
        "taken_at": taken,
        "accepted_at": iso_time(clock.now),
        "status": "accepted",
        "valid_until": valid_until,
        "reason": None,
        "width": 450,
        "height": 540,
        "op_id": op_id,
        "updated_at": iso_time(clock.now),
    }
    replay = put_op(client, token, op_id, body)
    assert replay.status_code == 200 and replay.json() == answer.json()
    # The same upload sent again (another operation): the same accepted photo, unchanged.
    clock.advance(60)
    again = submit(client, token, upload_id, data, iso_time(clock.now))
    assert again.status_code == 201 and again.json()["receipt"] == answer.json()["receipt"]
    assert photo(services, upload_id) == row


@pytest.mark.parametrize(
    ("size", "slug"),
    [((640, 480), "photo-wrong-ratio"), ((450, 500), "photo-wrong-ratio"), ((150, 180), "photo-too-small")],
)
def test_photo_refusals_keep_a_rejected_row(
    client: TestClient, services: Services, token: str, clock: FakeClock, size: tuple[int, int], slug: str
) -> None:
    data = jpeg(*size)
    upload_id = upload(client, token, data)
    problem = assert_problem(submit(client, token, upload_id, data, iso_time(clock.now)), 422, slug)
    assert (problem["width"], problem["height"], problem["photo_id"]) == (*size, f"ph-{upload_id}")
    row = photo(services, upload_id)
    assert row is not None and (row["status"], row["reason"], row["accepted_at"]) == ("rejected", slug, None)


def test_a_photo_older_than_twelve_months(
    client: TestClient, services: Services, token: str, clock: FakeClock
) -> None:
    data = jpeg()
    upload_id = upload(client, token, data)
    year_and_a_day = iso_time(clock.now - 366 * 86400)
    assert_problem(submit(client, token, upload_id, data, year_and_a_day), 422, "photo-too-old")
    row = photo(services, upload_id)
    assert row is not None and row["reason"] == "photo-too-old" and row["valid_until"] is None
    # Sent again with the right time (a new operation): the same row, accepted now.
    assert submit(client, token, upload_id, data, iso_time(clock.now - 300 * 86400)).status_code == 201
    accepted = photo(services, upload_id)
    assert accepted is not None and accepted["status"] == "accepted" and accepted["reason"] is None


def test_not_a_jpeg(client: TestClient, services: Services, token: str, clock: FakeClock) -> None:
    ok, png = cv2.imencode(".png", np.full((540, 450, 3), 255, np.uint8))
    assert ok
    data = bytes(png.tobytes())
    upload_id = upload(client, token, data, "image/png")
    assert_problem(submit(client, token, upload_id, data, iso_time(clock.now)), 422, "not-a-jpeg")
    # JPEG bytes declared as another type are refused too: the record says what the file is.
    fake = b"\xff\xd8\xff\xe0" + b"\x00" * 50
    fake_id = upload(client, token, fake, "image/jpeg")
    assert_problem(submit(client, token, fake_id, fake, iso_time(clock.now)), 422, "not-a-jpeg")
    row = photo(services, fake_id)
    assert row is not None and row["width"] is None and row["reason"] == "not-a-jpeg"


def test_upload_and_payload_refusals(
    client: TestClient, services: Services, token: str, clock: FakeClock
) -> None:
    data = jpeg()
    now = iso_time(clock.now)
    partial = upload(client, token, data, send=1000)
    problem = assert_problem(submit(client, token, partial, data, now), 422, "upload-incomplete")
    assert (problem["offset"], problem["size"]) == (1000, len(data))
    assert photo(services, partial) is None
    assert_problem(submit(client, token, "up-none", data, now), 422, "upload-not-found")
    lee = login(client, "lee")["access_token"]
    theirs = upload(client, lee, jpeg(450, 541))
    assert_problem(submit(client, token, theirs, jpeg(450, 541), now), 422, "upload-not-found")
    other = jpeg(900, 1080)  # not the partial upload's bytes (uploads are content-addressed)
    whole = upload(client, token, other)
    assert_problem(submit(client, token, whole, other, now, sha256="ab" * 32), 422, "invalid-payload")
    assert_problem(submit(client, token, whole, other, now, purpose="passport"), 422, "invalid-payload")
    assert_problem(submit(client, token, whole, other, "yesterday"), 422, "invalid-payload")
    assert_problem(submit(client, token, whole, other, iso_time(clock.now + 3600)), 422, "invalid-payload")
    assert photo(services, whole) is None


def _segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def test_jpeg_size_reads_only_the_header() -> None:
    assert jpeg_size(io.BytesIO(jpeg(450, 540))) == (450, 540)
    app0 = _segment(0xE0, b"JFIF\x00" + b"\x00" * 9)
    progressive = _segment(0xC2, b"\x08" + struct.pack(">HH", 540, 450) + b"\x03")
    # Fill bytes before a marker are allowed; the image data after the header is never read.
    made = b"\xff\xd8" + app0 + b"\xff\xff" + progressive + b"\xff\xda" + b"\x00" * 10
    assert jpeg_size(io.BytesIO(made)) == (450, 540)
    assert jpeg_size(io.BytesIO(b"\x89PNG\r\n\x1a\n")) is None
    assert jpeg_size(io.BytesIO(b"\xff\xd8" + app0 + b"\xff\xda\x00\x02")) is None  # data before a frame
    assert jpeg_size(io.BytesIO(b"\xff\xd8" + app0[:6])) is None  # cut short
    assert jpeg_size(io.BytesIO(b"\xff\xd8" + _segment(0xC0, b"\x08\x00\x00\x01\xc2"))) is None  # height 0
    assert jpeg_size(io.BytesIO(b"\xff\xd8\x00\x00")) is None


def test_twelve_months_on_the_calendar() -> None:
    leap = datetime(2028, 2, 29, 10, 0, tzinfo=UTC)
    assert add_months(leap, 12) == datetime(2029, 2, 28, 10, 0, tzinfo=UTC)
    assert add_months(datetime(2026, 12, 31, tzinfo=UTC), 12) == datetime(2027, 12, 31, tzinfo=UTC)
