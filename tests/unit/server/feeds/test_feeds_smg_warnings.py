"""SMG warnings, from hand-made fixtures (no real payload exists): levels, severity, colours, guidance."""

from __future__ import annotations

import pytest
from feeds_testkit import CTX, FIXTURES, check_item

from server.feeds.registry import parse_file, parse_payload
from server.feeds.safe import FeedError
from server.feeds.smg_warnings import read_level, warning_item


def _one(name: str) -> dict:
    kind, items = parse_file(FIXTURES / name, ctx=CTX)
    assert kind == "smg_warning"
    (item,) = items
    check_item(item)
    return item


def test_typhoon_8_latest_entry_wins_with_quadrant() -> None:
    item = _one("handmade_typhoon_8ne.xml")
    assert (item["id"], item["category"], item["kind"]) == ("alert-typhoon", "alert", "typhoon_signal")
    assert (item["severity"], item["level"], item["pinned"], item["expires_at"]) == (4, "8", True, None)
    data = item["data"]
    assert data["signal"] == "8" and data["direction"] == "NE" and data["symbol"] == "▲"
    assert item["title"] == {
        "zh": "八號熱帶氣旋信號（東北）",
        "pt": "Sinal n.º 8 de tempestade tropical (nordeste)",
        "en": "Tropical Cyclone Signal No. 8 (northeast)",
    }
    # The SMG's own text leads the body in its edition's language; the guidance follows in all three.
    assert item["body"]["zh"].startswith("測試：第一段說明。\n測試：第二段說明。")
    for lang in ("zh", "pt", "en"):
        assert "113" in item["body"][lang] and "113" in data["guidance"][lang]
    assert data["smg"]["misc"] == ["測試一", "測試二"]
    assert item["published_at"] == "2026-09-23T13:00:00+08:00"


def test_rainstorm_black_colour() -> None:
    item = _one("handmade_rainstorm_black.xml")
    assert (item["severity"], item["level"], item["pinned"]) == (4, "black", True)
    assert item["data"]["colour"] == {"name": "black", "hex": "#212121"}


def test_storm_surge_from_chinese_words() -> None:
    item = _one("handmade_stormsurge_red.xml")
    assert (item["id"], item["severity"], item["level"]) == ("alert-storm-surge", 4, "red")
    assert item["data"]["level_number"] == 4
    assert "1.5" in item["body"]["en"] and "1,5" in item["body"]["pt"]


def test_monsoon_and_tsunami() -> None:
    monsoon = _one("handmade_monsoon.xml")
    assert (monsoon["kind"], monsoon["severity"], monsoon["level"]) == ("monsoon_signal", 2, "signal")
    tsunami = _one("handmade_tsunami_warning.xml")
    assert (tsunami["kind"], tsunami["severity"], tsunami["pinned"]) == ("tsunami_warning", 5, True)


def test_cancelled_warning_is_unpinned_and_expires() -> None:
    item = _one("handmade_thunderstorm_cancelled.xml")
    assert (item["severity"], item["level"], item["pinned"]) == (0, "cancelled", False)
    assert item["data"]["in_force"] is False
    assert item["expires_at"] == "2026-05-02T20:10:00+08:00"
    assert item["title"]["en"] == "Thunderstorm Warning cancelled"


def test_no_warning_in_force_yields_nothing() -> None:
    assert parse_file(FIXTURES / "handmade_no_warning.xml", ctx=CTX) == ("smg_warning", [])


@pytest.mark.parametrize(
    ("key", "code", "level", "severity"),
    [
        ("typhoon", "1", "1", 2),
        ("typhoon", "TC3", "3", 3),
        ("typhoon", "T8SW", "8", 4),
        ("typhoon", "八號東南", "8", 4),
        ("typhoon", "9", "9", 5),
        ("typhoon", "10", "10", 5),
        ("rainstorm", "YELLOW", "yellow", 2),
        ("rainstorm", "紅色", "red", 3),
        ("rainstorm", "black", "black", 4),
        ("storm_surge", "ALERT", "alert", 1),
        ("storm_surge", "BLUE", "blue", 1),
        ("storm_surge", "2", "yellow", 2),
        ("storm_surge", "橙", "orange", 3),
        ("storm_surge", "SS4", "red", 4),
        ("storm_surge", "5", "black", 5),
        ("tsunami", "INFO", "info", 2),
        ("tsunami", "WATCH", "watch", 3),
        ("thunderstorm", "anything", "warning", 2),
    ],
)
def test_official_levels_map_to_severity(key: str, code: str, level: str, severity: int) -> None:
    item = warning_item(key, code, in_force=True, issued=CTX.now)
    check_item(item)
    assert (item["level"], item["severity"], item["pinned"]) == (level, severity, True)


@pytest.mark.parametrize(("key", "code"), [("typhoon", "T7"), ("rainstorm", "PURPLE"), ("storm_surge", "X")])
def test_unknown_codes_are_shown_pinned_never_dropped(key: str, code: str) -> None:
    item = warning_item(key, code, in_force=True, issued=CTX.now)
    check_item(item)
    assert item["pinned"] and item["severity"] >= 2
    assert item["level"] == code and code in item["title"]["zh"] and code in item["title"]["en"]


def test_only_signal_8_carries_a_quadrant() -> None:
    assert read_level("typhoon", "3NE") == ("3", None)
    assert read_level("typhoon", "8 NW") == ("8", "NW")
    assert read_level("typhoon", "no digits") == (None, None)


def test_extra_and_missing_fields_are_tolerated() -> None:
    raw = (
        b"<RainstormWarning><Custom><Rainstorm><Warncode>RED</Warncode><Novel>x</Novel>"
        b"</Rainstorm></Custom></RainstormWarning>"
    )
    (item,) = parse_payload(raw, ctx=CTX)[1]
    check_item(item)
    assert item["level"] == "red" and item["published_at"] == CTX.now.isoformat(timespec="seconds")
    assert item["data"]["description"] == {}


def test_unknown_warning_root_for_forced_kind() -> None:
    with pytest.raises(FeedError, match="expected an SMG warning root"):
        parse_payload(b"<HeatWarning/>", "smg_warning", CTX)
