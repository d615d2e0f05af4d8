"""Demo vouchers (我的點券, entity ``voucher``) and continuing-education courses (entity ``course``).

Two programmes: the Health Care Subsidy Programme (醫療補貼計劃, Health Bureau): a yearly health-care
voucher; and the Continuing Education Development Programme (持續進修發展計劃, Education and Youth
Development Bureau): a subsidy for a phase of several years that pays for approved courses. Amounts,
periods, courses, fees and the venue are illustrative, not the programmes' official figures. Times are
relative to the seeding: the demo resident's evening course began two weeks before, the other starts a
week after; both are paid from the programme's subsidy, whose balance is what is left.

A course's ``programme_id`` and ``course_id`` are what the app signs into its sign-in and sign-out QR
codes (eID ``course`` tokens: ``prg``, ``crs``); ``institution_id`` is the demo institution that runs
it and scans them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from server.demo.people import EID_INSTITUTIONS
from server.demo.text import loc
from server.timeutil import MACAO_TZ, iso_time

MEDICAL = "medical"
CONTINUING_EDUCATION = "continuing_education"
CEP_PROGRAMME = "pdac"
CEP_INSTITUTION = "demo-cep"

_PROGRAMMES: dict[str, dict[str, Any]] = {
    MEDICAL: {
        "programme_id": "hcsp",
        "name": loc("醫療補貼計劃", "Programa de Comparticipação nos Cuidados de Saúde",
                    "Health Care Subsidy Programme"),
        "voucher_name": loc("醫療券", "Vales de saúde", "Health care vouchers"),
        "department_id": "SSM",
        "total": "600.00",
        "transferable": True,
    },
    CONTINUING_EDUCATION: {
        "programme_id": CEP_PROGRAMME,
        "name": loc("持續進修發展計劃", "Programa de Desenvolvimento e Aperfeiçoamento Contínuo",
                    "Continuing Education Development Programme"),
        "voucher_name": loc("持續進修資助", "Subsídio de aperfeiçoamento contínuo",
                            "Continuing education subsidy"),
        "department_id": "DSEDJ",
        "total": "6000.00",
        "transferable": False,
    },
}  # fmt: skip

_VENUE = loc(
    "示範進修中心 3樓301室（示範地址）",
    "Centro de Formação de Demonstração, 3.º andar, sala 301 (endereço de demonstração)",
    "Demo Learning Centre, 3/F, Room 301 (demo address)",
)

#: (course id, names, fee, first session in days from the seeding, weekday hour, hours, sessions)
_COURSES: tuple[tuple[str, dict[str, str], str, int, int, int, int], ...] = (
    ("C-0137", loc("商務英語會話（中級）", "Conversação em Inglês para Negócios (Intermédio)",
                   "Business English Conversation (Intermediate)"), "1800.00", -14, 19, 2, 8),
    ("C-0522", loc("Python 程式設計入門", "Introdução à Programação em Python",
                   "Introduction to Python Programming"), "2600.00", 7, 10, 3, 10),
)  # fmt: skip

#: What each demo resident has spent: medical vouchers used, courses taken (paid from the programme).
_SPENT = {"usr-demo": ("200.00", ("C-0137", "C-0522")), "usr-lee": ("0.00", ())}


def voucher_id(user_id: str, kind: str, year: int) -> str:
    """A resident's voucher of a programme; the health-care vouchers are a new one each year."""
    programme = _PROGRAMMES[kind]["programme_id"]
    return f"vch-{user_id}-{programme}-{year}" if kind == MEDICAL else f"vch-{user_id}-{programme}"


def _schedule(now: float, first_day: int, hour: int, hours: int, sessions: int) -> list[dict[str, str]]:
    day = datetime.fromtimestamp(now, MACAO_TZ).replace(hour=hour, minute=0, second=0, microsecond=0)
    start = day + timedelta(days=first_day)
    return [
        {"start": iso_time((start + timedelta(weeks=n)).timestamp()),
         "end": iso_time((start + timedelta(weeks=n, hours=hours)).timestamp())}
        for n in range(sessions)
    ]  # fmt: skip


def _voucher(user_id: str, kind: str, now: float, spent: Decimal) -> dict[str, Any]:
    programme = _PROGRAMMES[kind]
    year = datetime.fromtimestamp(now, MACAO_TZ).year
    # A year's health-care vouchers are used until the end of the next year; the education subsidy
    # runs for a phase of several years (here from the year before the seeding to two years after).
    start, end = (year, year + 1) if kind == MEDICAL else (year - 1, year + 2)
    total = Decimal(programme["total"])
    return {
        "id": voucher_id(user_id, kind, year),
        "kind": kind,
        "programme_id": programme["programme_id"],
        "programme": programme["name"],
        "name": programme["voucher_name"],
        "department_id": programme["department_id"],
        "currency": "MOP",
        "total": f"{total:.2f}",
        "balance": f"{total - spent:.2f}",
        "valid_from": f"{start}-01-01",
        "valid_until": f"{end}-12-31",
        "transferable": programme["transferable"],
        "updated_at": iso_time(now),
    }


def demo_vouchers_and_courses(now: float) -> list[tuple[str, str, dict[str, Any], str]]:
    """The two residents' ``voucher`` rows and the demo resident's ``course`` rows."""
    rows: list[tuple[str, str, dict[str, Any], str]] = []
    fees = {course[0]: Decimal(course[2]) for course in _COURSES}
    for user_id, (medical_spent, courses) in _SPENT.items():
        medical = _voucher(user_id, MEDICAL, now, Decimal(medical_spent))
        cep = _voucher(user_id, CONTINUING_EDUCATION, now, sum((fees[c] for c in courses), Decimal(0)))
        rows += [("voucher", medical["id"], medical, user_id), ("voucher", cep["id"], cep, user_id)]
        for course_id, name, fee, first_day, hour, hours, sessions in _COURSES:
            if course_id not in courses:
                continue
            row = {
                "id": f"crs-{user_id}-{course_id}",
                "programme_id": CEP_PROGRAMME,
                "course_id": course_id,
                "name": name,
                "programme": _PROGRAMMES[CONTINUING_EDUCATION]["name"],
                "institution_id": CEP_INSTITUTION,
                "institution": EID_INSTITUTIONS[CEP_INSTITUTION],
                "venue": _VENUE,
                "fee": fee,
                "voucher_id": cep["id"],
                "schedule": _schedule(now, first_day, hour, hours, sessions),
                "status": "enrolled",
                "updated_at": iso_time(now),
            }
            rows.append(("course", row["id"], row, user_id))
    return rows
