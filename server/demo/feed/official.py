"""Official notices: the active typhoon signal, civil-protection advice and the class suspension."""

# Trilingual texts: long strings stay whole (Chinese counts double in line width).
# ruff: noqa: E501

from __future__ import annotations

from typing import Any

from server.demo.feed.common import MINUTE, feed_item
from server.demo.text import loc
from server.timeutil import iso_time


def alerts(now: float) -> list[dict[str, Any]]:
    return [
        feed_item(
            "alert-typhoon-signal-3",
            "alert",
            "typhoon_signal",
            loc(
                "三號熱帶氣旋信號現正生效",
                "Sinal n.º 3 de tempestade tropical em vigor",
                "Tropical Cyclone Signal No. 3 in force",
            ),
            loc(
                "一個熱帶氣旋正靠近珠江口，本澳吹強風，陣風可達每小時110公里。請留意最新消息，固定好露台及窗外物品，"
                "避免前往海旁及低窪地區。",
                "Um ciclone tropical aproxima-se do estuário do Rio das Pérolas. Em Macau sopra vento forte, com"
                " rajadas que podem atingir 110 km/h. Acompanhe as últimas informações, fixe os objectos em varandas"
                " e janelas e evite as zonas ribeirinhas e baixas.",
                "A tropical cyclone is approaching the Pearl River Estuary. Strong winds are blowing in Macao, with"
                " gusts of up to 110 km/h. Follow the latest updates, secure objects on balconies and windows, and"
                " keep away from the waterfront and low-lying areas.",
            ),
            published=now - 95 * MINUTE,
            severity=3,
            level="3",
            pinned=True,
            source="SMG",
            data={
                "signal": "3",
                "wind_kmh": 55,
                "gust_kmh": 95,
                "distance_km": 280,
                "bearing": "SE",
                "next_update": iso_time(now + 25 * MINUTE),
            },
        ),
        feed_item(
            "civil-protection-typhoon-advice",
            "civil_protection",
            "guidance",
            loc(
                "民防行動中心提示：做好防風準備",
                "Centro de Operações de Protecção Civil: prepare-se para o vento forte",
                "Civil Protection Operations Centre: prepare for strong winds",
            ),
            loc(
                "低窪地區住戶應預先將貴重物品及電器移往高處，並留意當局是否發出疏散指示。如需協助，請致電民防熱線113。",
                "Os moradores das zonas baixas devem colocar bens de valor e electrodomésticos em locais elevados e"
                " estar atentos a eventuais ordens de evacuação. Se precisar de ajuda, ligue para a linha da protecção"
                " civil 113.",
                "Residents of low-lying areas should move valuables and appliances to higher places and watch for"
                " any evacuation order. If you need help, call the civil protection hotline 113.",
            ),
            published=now - 80 * MINUTE,
            severity=1,
            source="SPU",
            data={"hotline": "113"},
        ),
    ]


def school(now: float) -> list[dict[str, Any]]:
    return [
        feed_item(
            "school-class-suspension",
            "school",
            "class_suspension",
            loc(
                "教青局：幼兒、小學及特殊教育停課",
                "DSEDJ: aulas suspensas no ensino infantil, primário e especial",
                "DSEDJ: classes suspended for kindergarten, primary and special education",
            ),
            loc(
                "因三號熱帶氣旋信號生效，幼兒教育、小學教育及特殊教育今日全日停課；中學照常上課。學校須開放校舍，照顧已回校的學生。",
                "Devido ao sinal n.º 3 de tempestade tropical, as aulas do ensino infantil, primário e especial estão"
                " suspensas durante todo o dia; o ensino secundário funciona normalmente. As escolas mantêm-se abertas"
                " para acolher os alunos que lá se encontrem.",
                "Because Tropical Cyclone Signal No. 3 is in force, kindergarten, primary and special education classes"
                " are suspended all day; secondary schools open as usual. Schools stay open to look after pupils who"
                " have already arrived.",
            ),
            published=now - 70 * MINUTE,
            severity=2,
            source="DSEDJ",
            data={
                "levels": {
                    "kindergarten": "suspended",
                    "primary": "suspended",
                    "special": "suspended",
                    "secondary": "normal",
                }
            },
        )
    ]
