"""SMG per-station observations (schema 1.04): real sample, bridge stations, missing and extra fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from feeds_testkit import CTX, check_item, real_params

from server.feeds.registry import parse_file, parse_payload
from server.feeds.safe import FeedError

BRIDGES = {"MN", "MS", "PN", "PS", "PG", "PV", "PL"}


@pytest.mark.parametrize("path", real_params("smg/c_actualweather*.xml"))
def test_real_station_observations(path: Path) -> None:
    kind, (item,) = parse_file(path, ctx=CTX)
    assert kind == "smg_stations"
    check_item(item)
    assert (item["category"], item["kind"]) == ("weather", "stations")
    data = item["data"]
    assert data["version"] == "1.04"
    stations = {s["code"]: s for s in data["stations"]}
    assert len(stations) == 17
    for code in BRIDGES:
        assert stations[code]["wind_only"], code
        assert "temperature" not in stations[code] and "wind_gust_kmh" in stations[code]
    dp = stations["DP"]
    assert dp["temperature"] == 28.7  # dValue, not the rounded Value 29
    assert dp["max"] == 28.7 and dp["min"] == 28.4
    assert dp["rainfall_mm"] == {"3": 0.0, "4": 0.0, "5": 0.0}
    assert dp["wind_direction"] == "ENE" and dp["wind_degree"] == 76
    assert "pressure_msl_hpa" in stations["TG"] and "pressure_msl_hpa" not in dp
    assert dp["name_text"]["en"] == "Dr. Sun Yat Sen Municipal Park"
    assert [a["code"] for a in data["areas"]] == ["FM", "TG", "DC"]
    assert "17" in item["body"]["zh"]


def test_missing_dvalue_falls_back_to_value_and_unknown_station_keeps_its_name() -> None:
    raw = (
        "<ActualWeather><Custom><WeatherReport><station code='ZZ'><stationname>新站</stationname>"
        "<Temperature><Type>3</Type><Value>21</Value></Temperature><Mystery>1</Mystery>"
        "</station></WeatherReport></Custom></ActualWeather>"
    ).encode()
    (item,) = parse_payload(raw, ctx=CTX)[1]
    check_item(item)
    (station,) = item["data"]["stations"]
    assert station["temperature"] == 21
    assert station["name_text"] == {"zh": "新站", "pt": "新站", "en": "新站"}
    assert station["record_time"] is None


def test_no_station_is_refused() -> None:
    with pytest.raises(FeedError, match="no station"):
        parse_payload(b"<ActualWeather><Custom/></ActualWeather>", ctx=CTX)
