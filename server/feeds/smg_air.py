"""SMG ``latestAirConcentration.json`` → one ``air_quality`` / ``station`` item per station.

The payload is an object of station objects (``"pohopolu": {...}``) with names in ``Chinese`` /
``Portuguese`` / ``English``, ``CODE``, ``DDTT`` (``YYYYMMDDHH``) and hourly concentrations as strings
(``HE_PM2_5``, ``HE_PM10``, ``HE_NO2``, ``HE_O3``, ``HE_SO2`` in µg/m³, ``HE_CO`` in mg/m³), any of
which may be ``null``.

The index is *indicative*, not the SMG's official daily IQA: the official one uses 24-hour and
8-hour means over noon-to-noon, which one hourly reading cannot give. Here each pollutant's hourly
concentration goes through a piecewise-linear sub-index over :data:`BREAKPOINTS`, and the index is
the highest sub-index (its pollutant is the main one). The 50 point is the WHO 2005 guideline value,
which the SMG uses as the top of "good" since 2021; the 100 … 500 points are the concentration limits
of China's HJ 633-2012 for those index values (its 150 point skipped; where a WHO value is missing,
HJ 633's own 50 point). The level names follow the SMG's six bands.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from server.feeds.items import Item, ParseContext, fmt, later, make_item, number, parse_time, tri
from server.feeds.safe import FeedError

STALE_AFTER_MINUTES = 90
_INDEX = (0, 50, 100, 200, 300, 400, 500)
#: pollutant -> concentrations at index 0, 50, 100, 200, 300, 400, 500 (µg/m³; CO in mg/m³)
BREAKPOINTS: dict[str, tuple[float, ...]] = {
    "pm2_5": (0, 25, 75, 150, 250, 350, 500),
    "pm10": (0, 50, 150, 350, 420, 500, 600),
    "no2": (0, 40, 80, 280, 565, 750, 940),
    "o3": (0, 100, 160, 265, 800, 1000, 1200),
    "so2": (0, 20, 150, 800, 1600, 2100, 2620),
    "co": (0, 2, 4, 24, 36, 48, 60),
}
_FIELDS = {
    "HE_PM2_5": "pm2_5",
    "HE_PM10": "pm10",
    "HE_NO2": "no2",
    "HE_O3": "o3",
    "HE_SO2": "so2",
    "HE_CO": "co",
}
# upper index bound, slug, zh, pt, en, severity
_LEVELS = (
    (50, "good", "良好", "boa", "good", 0),
    (100, "moderate", "普通", "moderada", "moderate", 0),
    (200, "bad", "不良", "insalubre", "bad", 1),
    (300, "very_bad", "非常不良", "muito insalubre", "very bad", 2),
    (400, "severe", "嚴重", "grave", "severe", 3),
    (10**9, "harmful", "有害", "perigosa", "harmful", 4),
)
_NAMES = {
    "pm2_5": (
        "微細懸浮粒子 PM2.5",
        "partículas finas em suspensão PM2,5",
        "fine suspended particulates PM2.5",
    ),
    "pm10": (
        "可吸入懸浮粒子 PM10",
        "partículas inaláveis em suspensão PM10",
        "respirable suspended particulates PM10",
    ),
    "no2": ("二氧化氮", "dióxido de azoto", "nitrogen dioxide"),
    "o3": ("臭氧", "ozono", "ozone"),
    "so2": ("二氧化硫", "dióxido de enxofre", "sulphur dioxide"),
    "co": ("一氧化碳", "monóxido de carbono", "carbon monoxide"),
}


def sub_index(pollutant: str, concentration: float) -> int | None:
    """Linear interpolation between breakpoints; above the top one the index is capped at 500."""
    points = BREAKPOINTS.get(pollutant)
    if points is None or concentration < 0:
        return None
    for i in range(1, len(points)):
        if concentration <= points[i]:
            lo_c, hi_c, lo_i, hi_i = points[i - 1], points[i], _INDEX[i - 1], _INDEX[i]
            return round(lo_i + (hi_i - lo_i) * (concentration - lo_c) / (hi_c - lo_c))
    return 500


def air_index(pollutants: dict[str, Any]) -> tuple[int | None, str | None]:
    """(index, main pollutant) from the pollutants that have a figure; (None, None) when none has."""
    best: tuple[int, str] | None = None
    for key in BREAKPOINTS:
        figure = pollutants.get(key)
        sub = None if figure is None else sub_index(key, figure)
        if sub is not None and (best is None or sub > best[0]):
            best = (sub, key)
    return (best[0], best[1]) if best else (None, None)


def level_of(index: int | None) -> tuple[str, dict[str, str], int]:
    if index is None:
        return "unknown", tri("暫無指數", "sem índice", "no index"), 0
    for top, slug, zh, pt, en, severity in _LEVELS:
        if index <= top:
            return slug, tri(zh, pt, en), severity
    raise AssertionError("unreachable: the last band is open-ended")


def is_station_row(row: object) -> bool:
    """True for one station's object (it has a CODE or hourly HE_ figures)."""
    return isinstance(row, dict) and ("CODE" in row or any(str(k).startswith("HE_") for k in row))


def parse_air(payload: Any, ctx: ParseContext) -> list[Item]:
    if not isinstance(payload, dict):
        raise FeedError("air-quality payload is not a JSON object")
    rows = [(k, v) for k, v in payload.items() if is_station_row(v)]
    if not rows:
        raise FeedError("air-quality payload holds no station")
    overall = parse_time(str(payload.get("datetime") or "")) or ctx.now
    items = []
    for key, row in rows:
        code = str(row.get("CODE") or key.removesuffix("hopolu")).strip().upper()
        names = tri(*(str(row.get(k) or code) for k in ("Chinese", "Portuguese", "English")))
        pollutants: dict[str, Any] = {}
        for field, value in row.items():
            if str(field).startswith("HE_"):
                name = _FIELDS.get(field, str(field)[3:].lower())
                pollutants[name] = number(value)
        index, main = air_index(pollutants)
        slug, level, severity = level_of(index)
        hour = _hour(str(row.get("DDTT") or ""))
        published = hour or overall
        if index is None:
            title = tri(
                f"{names['zh']}：暫無空氣質量數據", f"{names['pt']}: sem dados", f"{names['en']}: no data"
            )
            body = tri(
                "此站暫時未有污染物數據。",
                "Esta estação não tem dados de momento.",
                "No readings from this station yet.",
            )
        else:
            title = tri(
                f"{names['zh']}：空氣質量{level['zh']}（參考指數 {index}）",
                f"{names['pt']}: qualidade do ar {level['pt']} (índice indicativo {index})",
                f"{names['en']}: air quality {level['en']} (indicative index {index})",
            )
            main_zh, main_pt, main_en = _NAMES[main] if main else ("", "", "")
            p25, p10 = pollutants.get("pm2_5"), pollutants.get("pm10")
            body = tri(
                f"主要污染物：{main_zh}。PM2.5 {fmt(p25)}、PM10 {fmt(p10)} 微克/立方米。"
                "指數按每小時濃度估算，僅供參考。",
                f"Poluente principal: {main_pt}. PM2,5 {fmt(p25, 'pt')}, PM10 {fmt(p10, 'pt')} µg/m³."
                " Índice estimado a partir das concentrações horárias, apenas indicativo.",
                f"Main pollutant: {main_en}. PM2.5 {fmt(p25)}, PM10 {fmt(p10)} µg/m³."
                " Index estimated from hourly concentrations, for reference only.",
            )
        items.append(
            make_item(
                f"air-{code.lower()}",
                "air_quality",
                "station",
                title,
                body,
                published=published,
                expires=later(published, STALE_AFTER_MINUTES),
                severity=severity,
                level=slug,
                source="SMG",
                data={
                    "station": code,
                    "station_name": names,
                    "iqa": index,
                    "iqa_basis": "indicative_hourly",
                    "level": slug,
                    "level_text": level,
                    "main_pollutant": main,
                    **{key: pollutants.get(key) for key in BREAKPOINTS},
                    "pollutants": pollutants,
                },
            )
        )
    return items


def _hour(ddtt: str) -> datetime | None:
    """``"2026082301"`` → 2026-08-23 01:00 Macao time; anything else → None."""
    ddtt = ddtt.strip()
    if len(ddtt) != 10 or not ddtt.isdigit():
        return None
    return parse_time(f"{ddtt[:4]}-{ddtt[4:6]}-{ddtt[6:8]} {ddtt[8:10]}:00")
