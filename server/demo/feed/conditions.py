"""Current conditions: weather, air quality by station and border checkpoint status."""

# Trilingual texts: long strings stay whole (Chinese counts double in line width).
# ruff: noqa: E501

from __future__ import annotations

from typing import Any

from server.demo.feed.common import MINUTE, feed_item
from server.demo.text import loc


def weather(now: float) -> list[dict[str, Any]]:
    days = [
        ("shower", 25, 29, 75, 95),
        ("rain", 24, 27, 80, 95),
        ("cloudy", 24, 28, 70, 90),
        ("sunny_intervals", 24, 30, 65, 90),
        ("sunny", 25, 31, 60, 85),
        ("sunny", 25, 31, 60, 85),
        ("thunderstorm", 24, 29, 75, 95),
    ]
    forecast = [
        {"day": i, "status": s, "min": lo, "max": hi, "humidity_min": hmin, "humidity_max": hmax}
        for i, (s, lo, hi, hmin, hmax) in enumerate(days, start=1)
    ]
    return [
        feed_item(
            "weather-now",
            "weather",
            "actual_brief",
            loc(
                "本澳天氣：多雲，有驟雨，吹強風",
                "Tempo em Macau: nublado, com aguaceiros e vento forte",
                "Macao weather: cloudy with showers and strong winds",
            ),
            loc(
                "現時氣溫27度，相對濕度88%，吹東風，風速每小時45公里。今日氣溫介乎25至29度。",
                "Temperatura actual de 27 °C, humidade relativa de 88%, vento de leste a 45 km/h. Hoje a temperatura"
                " varia entre 25 e 29 °C.",
                "Now 27 °C, relative humidity 88%, east wind at 45 km/h. Today's temperature ranges from 25 to 29 °C.",
            ),
            published=now - 10 * MINUTE,
            expires=now + 50 * MINUTE,
            source="SMG",
            data={
                "temperature": 27,
                "humidity": 88,
                "wind_direction": "E",
                "wind_speed_kmh": 45,
                "max": 29,
                "min": 25,
                "status": "shower",
            },
        ),
        feed_item(
            "weather-forecast-7day",
            "weather",
            "forecast_7day",
            loc(
                "未來七天天氣預測",
                "Previsão do tempo para os próximos sete dias",
                "Seven-day weather forecast",
            ),
            loc(
                "未來一兩日有雨及強風，週末轉為天晴及炎熱，下週初有雷暴。",
                "Chuva e vento forte nos próximos dois dias; tempo soalheiro e quente no fim-de-semana;"
                " trovoada no início da próxima semana.",
                "Rain and strong winds over the next two days, sunny and hot at the weekend, thunderstorms early"
                " next week.",
            ),
            published=now - 3 * 60 * MINUTE,
            source="SMG",
            data={"days": forecast},
        ),
        feed_item(
            "weather-uv",
            "weather",
            "uv_index",
            loc("紫外線指數：中等", "Índice de radiação ultravioleta: moderado", "UV index: moderate"),
            loc(
                "紫外線指數為4，外出時宜戴帽及使用防曬用品。",
                "O índice de radiação ultravioleta é 4; use chapéu e protector solar quando sair.",
                "The UV index is 4; wear a hat and sunscreen when outdoors.",
            ),
            published=now - 40 * MINUTE,
            expires=now + 80 * MINUTE,
            source="SMG",
            data={"uv_index": 4},
        ),
    ]


# (code, zh, pt, en, iqa, pm2.5, pm10, no2, o3)
_STATIONS = (
    (
        "PO",
        "荷蘭園（路邊）",
        "Conselheiro Ferreira de Almeida (berma da estrada)",
        "Conselheiro Ferreira de Almeida (roadside)",
        46,
        14,
        31,
        38,
        22,
    ),
    ("KH", "九澳（路邊）", "Ka-Hó (berma da estrada)", "Ka-Hó (roadside)", 33, 9, 24, 12, 51),
    (
        "EN",
        "台山（高密度住宅區）",
        "Tamagnini Barbosa (zona de alta densidade habitacional)",
        "Tamagnini Barbosa (high-density residential area)",
        38,
        11,
        26,
        19,
        44,
    ),
    (
        "TC",
        "氹仔中心區（高密度住宅區）",
        "Baixa da Taipa (zona de alta densidade habitacional)",
        "Central Taipa (high-density residential area)",
        41,
        12,
        29,
        22,
        47,
    ),
    ("TG", "大潭山（一般性）", "Taipa Grande (ambiente)", "Taipa Grande (ambient)", 57, 8, 20, 9, 96),
    ("CD", "路環（一般性）", "Coloane (ambiente)", "Coloane (ambient)", 29, 7, 18, 6, 58),
)


def air_quality(now: float) -> list[dict[str, Any]]:
    items = []
    for code, zh, pt, en, iqa, pm25, pm10, no2, o3 in _STATIONS:
        good = iqa <= 50
        level = loc("良好", "boa", "good") if good else loc("普通", "moderada", "moderate")
        pollutant = (
            loc("臭氧", "ozono", "ozone")
            if o3 > 60
            else loc("可吸入懸浮粒子", "partículas inaláveis", "respirable particulates")
        )
        items.append(
            feed_item(
                f"air-{code.lower()}",
                "air_quality",
                "station",
                loc(
                    f"{zh}：空氣質量{level['zh']}（指數 {iqa}）",
                    f"{pt}: qualidade do ar {level['pt']} (índice {iqa})",
                    f"{en}: air quality {level['en']} (index {iqa})",
                ),
                loc(
                    f"主要污染物：{pollutant['zh']}。",
                    f"Poluente principal: {pollutant['pt']}.",
                    f"Main pollutant: {pollutant['en']}.",
                ),
                published=now - 15 * MINUTE,
                expires=now + 45 * MINUTE,
                severity=0 if good else 1,
                source="SMG",
                data={
                    "station": code,
                    "iqa": iqa,
                    "level": "good" if good else "moderate",
                    "pm2_5": pm25,
                    "pm10": pm10,
                    "no2": no2,
                    "o3": o3,
                },
            )
        )
    return items


# Status codes follow the border police's public feed: 1 smooth, 2 busy, 3 congested, 4 diverted, 5 closed.
_STATUS = {
    1: ("暢通", "fluida", "smooth", 10),
    2: ("繁忙", "movimentada", "busy", 30),
    3: ("擠擁", "congestionada", "congested", 45),
    4: ("分流", "com desvio", "diverted", 60),
}
# (code, zh, pt, en, entry status, exit status)
_CHECKPOINTS = (
    ("BG", "關閘", "Portas do Cerco", "Border Gate", 1, 2),
    (
        "HZMB",
        "港珠澳大橋",
        "Posto Fronteiriço da Ponte Hong Kong-Zhuhai-Macau",
        "Hong Kong-Zhuhai-Macao Bridge checkpoint",
        1,
        1,
    ),
    ("HQ", "橫琴口岸", "Posto Fronteiriço de Hengqin", "Hengqin checkpoint", 1, 1),
    ("QM", "青茂口岸", "Posto Fronteiriço de Qingmao", "Qingmao checkpoint", 2, 3),
    (
        "OH",
        "外港客運碼頭",
        "Terminal Marítimo de Passageiros do Porto Exterior",
        "Outer Harbour Ferry Terminal",
        1,
        1,
    ),
    ("TP", "氹仔客運碼頭", "Terminal Marítimo de Passageiros da Taipa", "Taipa Ferry Terminal", 1, 2),
    (
        "IH",
        "內港客運碼頭",
        "Terminal Marítimo de Passageiros do Porto Interior",
        "Inner Harbour Ferry Terminal",
        1,
        1,
    ),
    (
        "CBIZ",
        "跨境工業區",
        "Posto Fronteiriço do Parque Industrial Transfronteiriço",
        "Cross-border Industrial Zone checkpoint",
        1,
        1,
    ),
)


def border(now: float) -> list[dict[str, Any]]:
    items = []
    for code, zh, pt, en, entry, leave in _CHECKPOINTS:
        e, x = _STATUS[entry], _STATUS[leave]
        items.append(
            feed_item(
                f"border-{code.lower()}",
                "border",
                "checkpoint",
                loc(
                    f"{zh}：入境{e[0]}，出境{x[0]}",
                    f"{pt}: entrada {e[1]}, saída {x[1]}",
                    f"{en}: arrivals {e[2]}, departures {x[2]}",
                ),
                loc(
                    f"預計輪候時間：入境約{e[3]}分鐘，出境約{x[3]}分鐘。",
                    f"Tempo de espera previsto: entrada cerca de {e[3]} minutos, saída cerca de {x[3]} minutos.",
                    f"Expected waiting time: about {e[3]} minutes to enter, about {x[3]} minutes to leave.",
                ),
                published=now - 5 * MINUTE,
                expires=now + 25 * MINUTE,
                severity=1 if max(entry, leave) >= 3 else 0,
                source="CPSP",
                data={
                    "checkpoint": code,
                    "entry_status": entry,
                    "exit_status": leave,
                    "entry_wait_minutes": e[3],
                    "exit_wait_minutes": x[3],
                },
            )
        )
    return items
