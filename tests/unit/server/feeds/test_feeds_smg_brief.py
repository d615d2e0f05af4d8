"""SMG actual-weather brief: every real sample, unknown codes, missing / extra / reordered fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from feeds_testkit import CTX, check_item, real_params

from server.feeds.registry import parse_file, parse_payload
from server.feeds.safe import FeedError
from server.feeds.smg_brief import apparent_temperature

HEAD = '<?xml version="1.0" encoding="UTF-8" ?>\n<ActualWeatherBrief>\n'
SYSTEM = "<System><SysPubdate>2026-08-23 00:56</SysPubdate></System>\n"


def brief(custom: str, system: str = SYSTEM) -> bytes:
    return (HEAD + system + "<Custom>\n" + custom + "</Custom>\n</ActualWeatherBrief>\n").encode()


def measure(name: str, type_code: str, value: str) -> str:
    return f"<{name}><MeasureUnit>x</MeasureUnit><Type>{type_code}</Type><Value>{value}</Value></{name}>\n"


@pytest.mark.parametrize("path", real_params("smg/c_actual_brief*.xml"))
def test_every_real_brief_parses(path: Path) -> None:
    kind, items = parse_file(path, ctx=CTX)
    assert kind == "smg_brief"
    (item,) = items
    check_item(item)
    assert (item["id"], item["category"], item["kind"], item["source"]) == (
        "weather-now",
        "weather",
        "actual_brief",
        "SMG",
    )
    data = item["data"]
    assert isinstance(data["temperature"], int)
    assert isinstance(data["humidity"], int)
    assert isinstance(data["status_code"], str) and data["status_code"]
    assert data["status"] != "unknown"  # every code seen in the real samples is known
    assert data["wind_direction"] and data["wind_direction_text"]["en"]
    assert data["feels_like"] == apparent_temperature(
        data["temperature"], data["humidity"], data["wind_speed_kmh"]
    )
    assert data["feels_like_text"]["zh"]  # SMG's own word, Chinese edition
    assert item["published_at"].endswith("+08:00")


@pytest.mark.parametrize("path", real_params("smg/c_actual_brief_status_12.xml"))
def test_daily_max_is_read_by_type_not_position(path: Path) -> None:
    # In this sample the Type 8 temperature comes after humidity and wind.
    (item,) = parse_file(path, ctx=CTX)[1]
    assert item["data"]["temperature"] == 25
    assert item["data"]["max"] == 28
    assert item["data"]["min"] is None


@pytest.mark.parametrize("path", real_params("smg/c_actual_brief*.xml"))
def test_crlf_and_lf_give_the_same_items(path: Path) -> None:
    raw = path.read_bytes()
    crlf = raw if b"\r\n" in raw else raw.replace(b"\n", b"\r\n")
    lf = crlf.replace(b"\r\n", b"\n")
    assert parse_payload(crlf, ctx=CTX) == parse_payload(lf, ctx=CTX)


def test_unknown_status_code_is_shown_as_such() -> None:
    (item,) = parse_payload(
        brief(measure("Temperature", "3", "27") + "<WeatherStatus>c9</WeatherStatus>"), ctx=CTX
    )[1]
    check_item(item)
    assert item["data"]["status"] == "unknown"
    assert item["data"]["status_code"] == "c9"
    assert item["data"]["status_text"]["zh"] == "天氣狀況代碼 c9"
    assert "c9" in item["title"]["pt"] and "c9" in item["title"]["en"]


def test_codes_stay_strings() -> None:
    (item,) = parse_payload(brief("<WeatherStatus>1</WeatherStatus>"), ctx=CTX)[1]
    assert item["data"]["status_code"] == "1"
    assert item["data"]["status"] == "unknown"  # "1" is not "01"


def test_missing_fields_are_tolerated() -> None:
    (item,) = parse_payload(brief(measure("Temperature", "3", "30"), system=""), ctx=CTX)[1]
    check_item(item)
    data = item["data"]
    assert data["temperature"] == 30
    assert data["humidity"] is None and data["feels_like"] is None and data["wind_direction"] is None
    assert item["published_at"] == CTX.now.isoformat(timespec="seconds")


def test_extra_fields_and_attributes_are_ignored() -> None:
    custom = (
        '<Temperature unit="C"><Type>3</Type><Value>26</Value><Extra>1</Extra></Temperature>\n'
        "<Temperature><Type>42</Type><Value>99</Value></Temperature>\n"
        "<UVIndex><Value>7</Value></UVIndex>\n<WeatherStatus>03</WeatherStatus>\n"
    )
    (item,) = parse_payload(brief(custom), ctx=CTX)[1]
    assert item["data"]["temperature"] == 26
    assert item["data"]["status"] == "cloudy"


def test_garbled_numbers_become_none() -> None:
    custom = (
        measure("Temperature", "3", "N/A")
        + measure("Humidity", "3", "")
        + "<WeatherStatus>01</WeatherStatus>"
    )
    (item,) = parse_payload(brief(custom), ctx=CTX)[1]
    assert item["data"]["temperature"] is None and item["data"]["humidity"] is None
    check_item(item)


def test_nothing_useful_is_refused() -> None:
    with pytest.raises(FeedError, match="neither a current temperature nor a weather status"):
        parse_payload(brief(measure("Humidity", "3", "80")), ctx=CTX)


def test_wrong_root_for_a_forced_kind_is_refused() -> None:
    with pytest.raises(FeedError, match="expected root element ActualWeatherBrief"):
        parse_payload(b"<ActualWeather/>", "smg_brief", CTX)


@pytest.mark.parametrize(
    ("temp", "rh", "wind", "expected"),
    [
        (28, 86, 9, 32.9),  # humid summer night: feels hotter
        (25, 88, 14, 27.4),
        (15, 60, 30, 8.5),  # windy winter day: feels colder
        (30, 50, None, 33.0),  # no wind figure: counted as calm
    ],
)
def test_apparent_temperature(temp: float, rh: float, wind: float | None, expected: float) -> None:
    assert apparent_temperature(temp, rh, wind) == expected


def test_apparent_temperature_needs_temperature_and_humidity() -> None:
    assert apparent_temperature(None, 80, 10) is None
    assert apparent_temperature(25, None, 10) is None
    assert apparent_temperature(25, 180, 10) is None
