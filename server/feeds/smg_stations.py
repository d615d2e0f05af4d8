"""SMG ``c_actualweather.xml`` (root ``ActualWeather``, schema 1.04) → one ``weather`` / ``stations`` item.

Each ``WeatherReport/station[@code]`` has ``stationname``, ``RecordTime`` and measurements that carry
``Value`` (rounded) and ``dValue`` (one decimal; preferred here). Bridge stations report wind only,
so every figure is optional. ``Rainfall`` repeats with ``Type`` 3, 4 and 5 (periods not documented:
kept keyed by their code). ``WeatherStationInfo/Location`` names the representative station per area.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from server.feeds.codes import station_name
from server.feeds.items import (
    Item,
    ParseContext,
    child,
    children,
    fmt,
    later,
    local,
    make_item,
    number,
    of_type,
    parse_time,
    text_of,
    tri,
    value,
)
from server.feeds.safe import FeedError

ROOT = "ActualWeather"
STALE_AFTER_MINUTES = 60

# output key -> (element, Type)
_FIGURES = {
    "temperature": ("Temperature", "3"),
    "max": ("Temperature_daily_max", "8"),
    "min": ("Temperature_daily_min", "9"),
    "humidity": ("Humidity", "3"),
    "dew_point": ("DewPoint", "3"),
    "wind_speed_kmh": ("WindSpeed", "3"),
    "wind_gust_kmh": ("WindGust", "3"),
    "pressure_msl_hpa": ("MeanSeaLevelPressure", "3"),
    "pressure_station_hpa": ("StationPressure", "3"),
}


def _figure(station: ET.Element, name: str, type_code: str) -> int | float | None:
    node = of_type(station, name, type_code)
    if node is None:  # tolerate a measurement that lost its Type
        node = next((c for c in children(station, name) if not text_of(c, "Type")), None)
    return value(node)


def _station(node: ET.Element) -> dict[str, Any] | None:
    code = (node.get("code") or text_of(node, "Code")).strip()
    if not code:
        return None
    zh = text_of(node, "stationname") or code
    out: dict[str, Any] = {"code": code, "name": zh, "name_text": station_name(code, zh)}
    recorded = parse_time(text_of(node, "RecordTime"))
    out["record_time"] = recorded.isoformat(timespec="minutes") if recorded else None
    for key, (name, type_code) in _FIGURES.items():
        figure = _figure(node, name, type_code)
        if figure is not None:
            out[key] = figure
    rain = {text_of(r, "Type") or "?": value(r) for r in children(node, "Rainfall")}
    if rain:
        out["rainfall_mm"] = rain
    direction = of_type(node, "WindDirection", "3")
    if direction is None:
        direction = child(node, "WindDirection")
    if direction is not None:
        out["wind_direction"] = text_of(direction, "Value") or None
        degree = number(text_of(direction, "Degree"))
        if degree is not None:
            out["wind_degree"] = degree
    out["wind_only"] = "temperature" not in out and "humidity" not in out
    return out


def parse_stations(root: ET.Element, ctx: ParseContext) -> list[Item]:
    if local(root.tag) != ROOT:
        raise FeedError(f"expected root element {ROOT}, found {local(root.tag)}")
    nodes = [n for n in root.iter() if local(n.tag) == "station"]
    stations = [s for s in (_station(n) for n in nodes) if s is not None]
    if not stations:
        raise FeedError("station observations hold no station")
    system = child(root, "System")
    times = [parse_time(s["record_time"]) for s in stations if s.get("record_time")]
    published = (
        max((t for t in times if t), default=None) or parse_time(text_of(system, "SysPubdate")) or ctx.now
    )
    info = child(child(root, "Custom"), "WeatherStationInfo")
    areas = [
        {"code": text_of(loc, "Code"), "name": text_of(loc, "Name")}
        for loc in children(info, "Location")
        if text_of(loc, "Code")
    ]
    temps = [s["temperature"] for s in stations if "temperature" in s]
    gusts = [(s["wind_gust_kmh"], s["name_text"]) for s in stations if "wind_gust_kmh" in s]
    zh, pt, en = [f"{len(stations)}個氣象站"], [f"{len(stations)} estações"], [f"{len(stations)} stations"]
    if temps:
        lo, hi = min(temps), max(temps)
        zh.append(f"氣溫{fmt(lo)}至{fmt(hi)}度")
        pt.append(f"temperatura entre {fmt(lo, 'pt')} e {fmt(hi, 'pt')} °C")
        en.append(f"temperature {fmt(lo)} to {fmt(hi)} °C")
    if gusts:
        top, where = max(gusts, key=lambda g: g[0])
        zh.append(f"最大陣風每小時{fmt(top)}公里（{where['zh']}）")
        pt.append(f"rajada máxima de {fmt(top, 'pt')} km/h ({where['pt']})")
        en.append(f"strongest gust {fmt(top)} km/h ({where['en']})")
    body = tri("，".join(zh) + "。", "; ".join(pt) + ".", "; ".join(en) + ".")
    body["pt"] = body["pt"][:1].upper() + body["pt"][1:]
    return [
        make_item(
            "weather-stations",
            "weather",
            "stations",
            tri(
                "各氣象站實時天氣", "Observações das estações meteorológicas", "Weather station observations"
            ),
            body,
            published=published,
            expires=later(published, STALE_AFTER_MINUTES),
            source="SMG",
            data={
                "version": text_of(system, "version") or None,
                "areas": areas,
                "stations": stations,
            },
        )
    ]
