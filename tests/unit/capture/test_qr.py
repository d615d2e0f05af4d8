"""QR encode → image → decode round trips, Chinese text and a long eID-style token included."""

from __future__ import annotations

import base64
from pathlib import Path

import numpy as np
import pytest

from desktop.capture import qr

TEXTS = [
    "https://www.gov.mo/",
    "澳門公共服務一戶通 · 預約取籌 A-023 · 身份證明局",
    # A signed eID share token: header, consented fields and an Ed25519 signature, base64url.
    "eid1."
    + base64.urlsafe_b64encode(
        ("{'fields':['name_zh','name_pt','birth_date','id_no'],'exp':1767225600}" * 5).encode()
    )
    .decode()
    .rstrip("=")
    + "."
    + base64.urlsafe_b64encode(bytes(range(64))).decode().rstrip("="),
]


@pytest.mark.parametrize("text", TEXTS, ids=["url", "chinese", "eid-token"])
def test_round_trip(text: str) -> None:
    matrix = qr.encode_matrix(text)
    side = len(matrix)
    assert side >= 21 and (side - 17) % 4 == 0 and all(len(row) == side for row in matrix)
    image = qr.matrix_image(matrix, module_px=4)
    assert image.shape == ((side + 2 * qr.QUIET_ZONE) * 4,) * 2
    assert set(np.unique(image)) <= {0, 255}
    assert qr.decode(image) == text


def test_png_for_printing(tmp_path: Path) -> None:
    path = qr.write_png(TEXTS[1], tmp_path / "ticket.png", module_px=8)
    assert qr.decode(path) == TEXTS[1]
    assert qr.decode(str(path)) == TEXTS[1]


def test_nothing_to_decode(tmp_path: Path) -> None:
    assert qr.decode(np.full((200, 200, 3), 180, np.uint8)) is None
    (tmp_path / "not-an-image.png").write_bytes(b"nope")
    with pytest.raises(ValueError):
        qr.decode(tmp_path / "not-an-image.png")


def test_error_correction_levels() -> None:
    low, high = (
        qr.encode_matrix("A" * 60, error_correction="L"),
        qr.encode_matrix("A" * 60, error_correction="H"),
    )
    assert len(high) > len(low)
    with pytest.raises(ValueError):
        qr.encode_matrix("x", error_correction="X")
