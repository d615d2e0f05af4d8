"""Kind detection, and robustness: any parser on any real sample, whole or cut short, either yields items
or refuses with a FeedError; nothing else escapes."""

from __future__ import annotations

from pathlib import Path

import pytest
from feeds_testkit import CTX, SAMPLES, check_item, real, real_params

from server.feeds.registry import KINDS, detect, lang_from_name, parse_payload
from server.feeds.safe import FeedError, parse_json, parse_xml

EXPECTED = {
    "c_actual_brief": "smg_brief",
    "c_actualweather": "smg_stations",
    "latestAirConcentration": "smg_air",
}


@pytest.mark.parametrize("path", real_params("smg*/*"))
def test_real_samples_are_detected(path: Path) -> None:
    raw = path.read_bytes()
    doc = parse_json(raw) if path.suffix == ".json" else parse_xml(raw)
    want = next(kind for prefix, kind in EXPECTED.items() if path.name.startswith(prefix))
    assert detect(doc) == want


@pytest.mark.parametrize("path", real_params("smg*/*"))
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_any_parser_on_any_real_sample_fails_cleanly(path: Path, kind: str) -> None:
    try:
        _, items = parse_payload(path.read_bytes(), kind, CTX)
    except FeedError as e:
        assert str(e) and "\n" not in str(e)
        return
    for item in items:
        check_item(item)


def _cuts(raw: bytes) -> list[int]:
    return sorted({*range(1, len(raw), max(1, len(raw) // 40)), len(raw) - 1})


@pytest.mark.parametrize("path", [*real("smg*/*"), *sorted(SAMPLES.glob("*.*"))], ids=lambda p: p.name)
def test_truncated_payloads_fail_cleanly(path: Path) -> None:
    raw = path.read_bytes()
    for cut in _cuts(raw):
        try:
            _, items = parse_payload(raw[:cut], None, CTX)
        except FeedError:
            continue
        for item in items:  # a cut that still parses (e.g. trailing whitespace) must still be valid
            check_item(item)


def test_edition_language_from_file_name() -> None:
    assert lang_from_name("c_actual_brief.xml") == "zh"
    assert lang_from_name("https://xml.smg.gov.mo/e_typhoon.xml?x=1") == "en"
    assert lang_from_name("p_rainstorm.xml") == "pt"
    assert lang_from_name("latestAirConcentration.json") == "zh"
