"""Macao's public holidays, on which public-service counters are closed (entity ``public_holiday``).

2026 is the official list (gov.mo, "二零二六年度公眾假期、公共行政工作人員獲豁免上班及補假日的日期表"):
the public holidays of Executive Order 60/2000 (those marked obligatory are the compulsory holidays of
Law 7/2008, art. 44), the afternoons off the Chief Executive grants, and the public administration's days
off in lieu (Statute of public administration staff, art. 79(4)). For other years only the holidays on
fixed dates are known here (the lunar ones and the days in lieu are published each year), so those
years' rows say ``"year_list": "fixed_dates_only"``.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

Kind = Literal["public", "in_lieu", "afternoon_off"]

# (MM-DD, kind, obligatory, zh, pt, en)
_Entry = tuple[str, Kind, bool, str, str, str]

_NEW_YEAR: _Entry = ("01-01", "public", True, "元旦", "Fraternidade Universal", "New Year's Day")
_FIXED: tuple[_Entry, ...] = (
    _NEW_YEAR,
    ("05-01", "public", True, "勞動節", "Dia do Trabalhador", "Labour Day"),
    ("10-01", "public", True, "中華人民共和國國慶日", "Dia da Implantação da República Popular da China",
     "National Day of the People's Republic of China"),
    ("10-02", "public", False, "中華人民共和國國慶日翌日",
     "Dia seguinte ao Dia da Implantação da República Popular da China",
     "Day following National Day of the People's Republic of China"),
    ("11-02", "public", False, "追思節", "Dia de Finados", "All Souls' Day"),
    ("12-08", "public", False, "聖母無原罪瞻禮", "Imaculada Conceição", "Feast of the Immaculate Conception"),
    ("12-20", "public", True, "澳門特別行政區成立紀念日",
     "Dia Comemorativo do Estabelecimento da Região Administrativa Especial de Macau",
     "Macao Special Administrative Region Establishment Day"),
    ("12-24", "public", False, "聖誕節前日", "Véspera de Natal", "Christmas Eve"),
    ("12-25", "public", False, "聖誕節", "Natal", "Christmas Day"),
)  # fmt: skip


def _in_lieu(zh: str, pt: str, en: str) -> tuple[str, str, str]:
    return f"{zh}的補假", f"Dia de descanso compensatório ({pt})", f"Day off in lieu ({en})"


_OFFICIAL: dict[int, tuple[_Entry, ...]] = {
    2026: (
        _NEW_YEAR,
        ("02-16", "afternoon_off", False, "農曆除夕（下午豁免上班）", "Véspera do Novo Ano Lunar (tarde)",
         "Lunar New Year's Eve (afternoon off)"),
        ("02-17", "public", True, "農曆正月初一", "1.º dia do Novo Ano Lunar", "Lunar New Year's Day"),
        ("02-18", "public", True, "農曆正月初二", "2.º dia do Novo Ano Lunar",
         "Second day of the Lunar New Year"),
        ("02-19", "public", True, "農曆正月初三", "3.º dia do Novo Ano Lunar",
         "Third day of the Lunar New Year"),
        ("04-03", "public", False, "耶穌受難日", "Sexta-Feira Santa", "Good Friday"),
        ("04-04", "public", False, "復活節前日", "Sábado de Aleluia", "Holy Saturday"),
        ("04-05", "public", True, "清明節", "Dia de Cheng Ming", "Ching Ming Festival"),
        ("04-06", "in_lieu", False, *_in_lieu("復活節前日", "Sábado de Aleluia", "Holy Saturday")),
        ("04-07", "in_lieu", False, *_in_lieu("清明節", "Dia de Cheng Ming", "Ching Ming Festival")),
        ("05-01", "public", True, "勞動節", "Dia do Trabalhador", "Labour Day"),
        ("05-24", "public", False, "佛誕節", "Dia do Buda", "Buddha's Birthday"),
        ("05-25", "in_lieu", False, *_in_lieu("佛誕節", "Dia do Buda", "Buddha's Birthday")),
        ("06-19", "public", False, "端午節", "Dia do Tung Ng (Festividade do Barco-Dragão)",
         "Dragon Boat Festival"),
        ("09-26", "public", True, "中秋節翌日", "Dia seguinte ao Chong Chao (Bolo Lunar)",
         "Day following the Mid-Autumn Festival"),
        ("09-28", "in_lieu", False, *_in_lieu("中秋節翌日", "Dia seguinte ao Chong Chao",
                                               "Day following the Mid-Autumn Festival")),
        *_FIXED[2:4],
        ("10-18", "public", True, "重陽節", "Dia de Chong Yeong (Culto dos Antepassados)",
         "Chung Yeung Festival"),
        ("10-19", "in_lieu", False, *_in_lieu("重陽節", "Dia de Chong Yeong", "Chung Yeung Festival")),
        *_FIXED[4:7],
        ("12-21", "in_lieu", False, *_in_lieu(
            "澳門特別行政區成立紀念日", "Dia Comemorativo do Estabelecimento da RAEM",
            "Macao SAR Establishment Day")),
        ("12-22", "public", False, "冬至", "Solstício de Inverno", "Winter Solstice"),
        *_FIXED[7:],
        ("12-31", "afternoon_off", False, "除夕（下午豁免上班）", "Véspera de Ano Novo (tarde)",
         "New Year's Eve (afternoon off)"),
    ),
}  # fmt: skip


def _loc(zh: str, pt: str, en: str) -> dict[str, str]:
    return {"zh": zh, "pt": pt, "en": en}


#: From this hour on an "afternoon off" day, counters are closed.
AFTERNOON_FROM = "13:00"


def holidays(year: int) -> list[dict[str, Any]]:
    """The ``public_holiday`` rows of ``year``, in date order."""
    official = year in _OFFICIAL
    return [
        {
            "id": f"{year}-{md}",
            "date": f"{year}-{md}",
            "name": _loc(zh, pt, en),
            "kind": kind,
            "obligatory": obligatory,
            "closed": "afternoon" if kind == "afternoon_off" else "all_day",
            "year_list": "official" if official else "fixed_dates_only",
        }
        for md, kind, obligatory, zh, pt, en in (_OFFICIAL[year] if official else _FIXED)
    ]


def closures(years: set[int]) -> dict[date, str]:
    """Date → ``"all_day"`` or ``"afternoon"`` for the holidays of ``years``."""
    return {date.fromisoformat(h["date"]): str(h["closed"]) for y in years for h in holidays(y)}
