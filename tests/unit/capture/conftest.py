"""Portraits made once per session from the real images (see media.py)."""

from __future__ import annotations

import pytest

from tests.unit.capture import media
from tests.unit.capture.media import astronaut, chelsea, good_frame, images

__all__ = ["astronaut", "chelsea", "good_frame", "images", "on_white"]


@pytest.fixture(scope="session")
def on_white(astronaut: media.Image) -> media.Image:
    return media.on_white(astronaut)
