"""The bundled demo samples: each parses, detection agrees with the config, none copies a real payload."""

from __future__ import annotations

import json

import pytest
from feeds_testkit import CTX, SAMPLES, check_item, real

from server.feeds.registry import parse_file

CONFIG = json.loads((SAMPLES / "demo_sources.json").read_text(encoding="utf-8"))["feeds"]


@pytest.mark.parametrize("name", sorted(CONFIG))
def test_each_sample_is_detected_as_configured(name: str) -> None:
    spec = CONFIG[name]
    kind, items = parse_file(SAMPLES / spec["path"], ctx=CTX)
    assert kind == spec["kind"]
    for item in items:
        check_item(item)


def test_samples_are_our_own_not_copies_of_the_real_payloads() -> None:
    ours = {p.name: p.read_bytes() for p in SAMPLES.iterdir() if p.is_file()}
    for path in real("smg*/*"):
        theirs = path.read_bytes()
        assert all(theirs != mine for mine in ours.values()), path.name
    assert all(b"DINF" not in mine and b"DSMG" not in mine for mine in ours.values())
