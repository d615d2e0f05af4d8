"""SMG ``c_actual_brief.xml`` (root ``ActualWeatherBrief``) → one ``weather`` / ``actual_brief`` item.

Layout: ``Custom`` holds ``Temperature`` (``Type`` 3 = now, 8 = daily max, 9 = daily min; 8 and 9
optional), ``Humidity``, ``WindSpeed`` (+ ``WindSpeedDescription``), ``WindDirection`` (compass code
in ``Value`` + ``WindDescription``), ``WeatherStatus`` (string code), ``FeelsLikeLevel`` /
``FeelsLikeDescription`` and ``Icon``. Every element is looked up by name and ``Type``.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from server.feeds.codes import weather_status, wind_from
from server.feeds.items import (
    Item,
    ParseContext,
    child,
    fmt,
    later,
    local,
    make_item,
    number,
    of_type,
    parse_time,
    text_of,
    tri,
)
from server.feeds.safe import FeedError

ROOT = "ActualWeatherBrief"
#: The brief is issued hourly; after 90 minutes without a new one the reading is stale.
STALE_AFTER_MINUTES = 90


def apparent_temperature(
    temp_c: float | None, humidity: float | None, wind_kmh: float | None
) -> float | None:
    """Feels-like temperature in °C, Steadman's apparent temperature as the Australian BoM uses it.

    ``AT = Ta + 0.33·e − 0.70·ws − 4.00`` with ``e = RH/100 · 6.105 · exp(17.27·Ta / (237.7 + Ta))``
    (water-vapour pressure in hPa) and ``ws`` the wind speed in m/s. It has no sunshine term, so it
    fits an hourly reading day and night alike, and unlike the NWS heat index it stays valid below
    27 °C and accounts for wind. A missing wind counts as calm (the warmer, more cautious figure);
    without temperature or humidity there is no figure.
    """
    if temp_c is None or humidity is None or not 0 <= humidity <= 100:
        return None
    vapour = humidity / 100 * 6.105 * math.exp(17.27 * temp_c / (237.7 + temp_c))
    wind_ms = max(0.0, wind_kmh or 0.0) / 3.6
    return round(temp_c + 0.33 * vapour - 0.70 * wind_ms - 4.00, 1)


def _measure(custom: ET.Element | None, name: str, type_code: str = "3") -> ET.Element | None:
    """The ``name`` element of ``Type`` ``type_code``; for "now" an element without a Type also counts."""
    found = of_type(custom, name, type_code)
    if found is None and type_code == "3":
        untyped = [c for c in (custom if custom is not None else []) if local(c.tag) == name]
        found = next((c for c in untyped if not text_of(c, "Type")), None)
    return found


def _sentences(parts: list[tuple[str, str, str]]) -> dict[str, str]:
    if not parts:
        return tri("暫無詳細觀測數據。", "Sem dados de observação pormenorizados.", "No detailed readings.")
    zh = "，".join(p[0] for p in parts) + "。"
    pt = ", ".join(p[1] for p in parts)
    en = ", ".join(p[2] for p in parts)
    return tri(zh, pt[:1].upper() + pt[1:] + ".", en[:1].upper() + en[1:] + ".")


def parse_brief(root: ET.Element, ctx: ParseContext) -> list[Item]:
    if local(root.tag) != ROOT:
        raise FeedError(f"expected root element {ROOT}, found {local(root.tag)}")
    custom = child(root, "Custom")
    if custom is None:
        custom = root  # tolerate a flattened layout
    published = parse_time(text_of(child(root, "System"), "SysPubdate")) or ctx.now
    valid_for = parse_time(text_of(custom, "ValidFor")) or published

    temp = number(text_of(_measure(custom, "Temperature"), "Value"))
    high = number(text_of(_measure(custom, "Temperature", "8"), "Value"))
    low = number(text_of(_measure(custom, "Temperature", "9"), "Value"))
    humidity = number(text_of(_measure(custom, "Humidity"), "Value"))
    speed_node = _measure(custom, "WindSpeed")
    wind_kmh = number(text_of(speed_node, "Value"))
    dir_node = _measure(custom, "WindDirection")
    wind_dir = text_of(dir_node, "Value")
    status_code = text_of(custom, "WeatherStatus")
    if temp is None and not status_code:
        raise FeedError("weather brief has neither a current temperature nor a weather status")
    status, status_text = weather_status(status_code)
    feels = apparent_temperature(temp, humidity, wind_kmh)
    wind_words = wind_from(wind_dir) if wind_dir else None

    def own(text: str) -> dict[str, str]:
        # SMG's own words come in the edition's language only (c_ = Chinese, p_ = Portuguese, e_ = English).
        return {ctx.lang: text} if text else {}

    parts: list[tuple[str, str, str]] = []
    if temp is not None:
        parts.append(
            (f"現時氣溫{fmt(temp)}度", f"temperatura actual de {fmt(temp, 'pt')} °C", f"now {fmt(temp)} °C")
        )
    if humidity is not None:
        parts.append(
            (
                f"相對濕度{fmt(humidity)}%",
                f"humidade relativa de {fmt(humidity)}%",
                f"humidity {fmt(humidity)}%",
            )
        )
    if wind_words and wind_kmh is not None:
        parts.append(
            (
                f"吹{wind_words['zh']}風，每小時{fmt(wind_kmh)}公里",
                f"vento de {wind_words['pt']} a {fmt(wind_kmh, 'pt')} km/h",
                f"{wind_words['en']} wind at {fmt(wind_kmh)} km/h",
            )
        )
    if feels is not None:
        parts.append(
            (
                f"體感溫度約{round(feels)}度",
                f"sensação térmica de cerca de {round(feels)} °C",
                f"feels like {round(feels)} °C",
            )
        )
    if high is not None:
        parts.append(
            (f"今日最高{fmt(high)}度", f"máxima de hoje {fmt(high, 'pt')} °C", f"today's high {fmt(high)} °C")
        )
    if low is not None:
        parts.append(
            (f"今日最低{fmt(low)}度", f"mínima de hoje {fmt(low, 'pt')} °C", f"today's low {fmt(low)} °C")
        )

    degrees = "" if temp is None else f"，{fmt(temp)}°C"
    degrees_pt = "" if temp is None else f", {fmt(temp, 'pt')} °C"
    degrees_en = "" if temp is None else f", {fmt(temp)} °C"
    title = tri(
        f"本澳天氣：{status_text['zh']}{degrees}",
        f"Tempo em Macau: {status_text['pt']}{degrees_pt}",
        f"Macao weather: {status_text['en']}{degrees_en}",
    )
    data = {
        "temperature": temp,
        "max": high,
        "min": low,
        "humidity": humidity,
        "wind_direction": wind_dir or None,
        "wind_direction_text": wind_words,
        "wind_speed_kmh": wind_kmh,
        "wind_force_text": own(text_of(speed_node, "WindSpeedDescription")),
        "status": status,
        "status_code": status_code or None,
        "status_text": status_text,
        "feels_like": feels,
        "feels_like_formula": "steadman_apparent_temperature",
        "feels_like_level": text_of(custom, "FeelsLikeLevel") or None,
        "feels_like_text": own(text_of(custom, "FeelsLikeDescription")),
        "icon": text_of(child(custom, "Icon"), "IconName") or None,
        "valid_for": valid_for.isoformat(timespec="minutes"),
    }
    return [
        make_item(
            "weather-now",
            "weather",
            "actual_brief",
            title,
            _sentences(parts),
            published=published,
            expires=later(valid_for, STALE_AFTER_MINUTES),
            source="SMG",
            data=data,
        )
    ]
