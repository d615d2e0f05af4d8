"""SMG air quality: the real sample, null pollutants, the indicative index and its bands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from feeds_testkit import CTX, check_item, real_params

from server.feeds.registry import parse_file, parse_payload
from server.feeds.safe import FeedError
from server.feeds.smg_air import BREAKPOINTS, air_index, level_of, sub_index


@pytest.mark.parametrize("path", real_params("smg_air/*.json"))
def test_real_air_quality(path: Path) -> None:
    kind, items = parse_file(path, ctx=CTX)
    assert kind == "smg_air"
    assert [i["id"] for i in items] == ["air-po", "air-kh", "air-en", "air-tc", "air-tg", "air-cd"]
    for item in items:
        check_item(item)
        assert (item["category"], item["kind"]) == ("air_quality", "station")
        assert isinstance(item["data"]["iqa"], int)
        assert item["data"]["iqa_basis"] == "indicative_hourly"
        assert item["level"] == item["data"]["level"]
        assert item["published_at"] == "2026-08-23T01:00:00+08:00"  # from DDTT
    tg = items[4]["data"]
    assert tg["so2"] is None and tg["o3"] is None and tg["pm10"] == 9.0
    assert tg["main_pollutant"] in ("pm10", "pm2_5")  # the index comes from what it has
    po = items[0]["data"]
    assert po["no2"] == 27.214 and po["station_name"]["pt"].startswith("Conselheiro")


def test_sub_index_breakpoints() -> None:
    assert sub_index("pm2_5", 0) == 0
    assert sub_index("pm2_5", 25) == 50  # WHO 2005 guideline = top of "good"
    assert sub_index("pm2_5", 75) == 100
    assert sub_index("pm10", 100) == 75
    assert sub_index("o3", 5000) == 500  # capped
    assert sub_index("pm10", -1) is None
    assert sub_index("benzene", 3) is None
    for points in BREAKPOINTS.values():
        assert list(points) == sorted(points) and len(set(points)) == len(points)


@pytest.mark.parametrize(
    ("index", "level", "severity"),
    [
        (0, "good", 0),
        (50, "good", 0),
        (51, "moderate", 0),
        (150, "bad", 1),
        (250, "very_bad", 2),
        (350, "severe", 3),
        (500, "harmful", 4),
        (None, "unknown", 0),
    ],
)
def test_bands(index: int | None, level: str, severity: int) -> None:
    slug, text, sev = level_of(index)
    assert (slug, sev) == (level, severity)
    assert all(text.values())


def test_air_index_picks_the_worst_pollutant() -> None:
    assert air_index({"pm2_5": 80.0, "o3": 10.0, "co": None}) == (107, "pm2_5")
    assert air_index({"co": None}) == (None, None)


def test_all_null_station_extra_fields_and_odd_values() -> None:
    payload = {
        "datetime": "garbage",
        "zzhopolu": {
            "CODE": "ZZ",
            "HE_PM10": None,
            "HE_PM2_5": "n/a",
            "HE_BENZENE": "1.0",
            "Extra": {"x": 1},
        },
        "note": "not a station",
    }
    (item,) = parse_payload(json.dumps(payload).encode(), ctx=CTX)[1]
    check_item(item)
    assert item["data"]["iqa"] is None and item["level"] == "unknown"
    assert item["data"]["pollutants"]["benzene"] == 1.0
    assert item["data"]["station_name"] == {"zh": "ZZ", "pt": "ZZ", "en": "ZZ"}
    assert item["published_at"] == CTX.now.isoformat(timespec="seconds")


def test_no_station_is_refused() -> None:
    with pytest.raises(FeedError, match="no station"):
        parse_payload(b'{"datetime": "2026-08-23 01:45"}', "smg_air", CTX)
    with pytest.raises(FeedError, match="not a JSON object"):
        parse_payload(b"[1, 2]", "smg_air", CTX)
