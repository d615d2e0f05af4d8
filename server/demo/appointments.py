"""The demo's counter appointments: the bookable services of the catalogue, their locations and the
weekly patterns the slot calendar makes slots from.

Assumptions (the real lists are not published): every bookable service can be booked at its
department's own counter; some services of the departments assumed to serve at the two general
government service centres (names and streets as publicly reported) can be booked there too. The
departments' own counters have demo addresses, marked as such. Opening hours follow the usual public
service hours (Monday–Thursday 9:00–13:00 and 14:30–17:45, Friday until 17:30; the centres 9:00–18:00
without a break). Which weekdays and times a service takes bookings, and how many places a slot has, is
drawn deterministically from the service id.
"""

from __future__ import annotations

import hashlib
from typing import Any

from server.appointments.calendar import BOOKING_DAYS, Pattern
from server.demo.departments import BY_ID, Department
from server.demo.text import loc, pt_de

SLOT_MINUTES = 30
_COUNTER_HOURS: dict[str, list[list[str]]] = {
    **{day: [["09:00", "13:00"], ["14:30", "17:45"]] for day in ("mon", "tue", "wed", "thu")},
    "fri": [["09:00", "13:00"], ["14:30", "17:30"]],
    "sat": [],
    "sun": [],
}
_CENTRE_HOURS: dict[str, list[list[str]]] = {
    **{day: [["09:00", "18:00"]] for day in ("mon", "tue", "wed", "thu", "fri")},
    "sat": [],
    "sun": [],
}
_CENTRES: dict[str, dict[str, Any]] = {
    "loc-cs-morais": {
        "id": "loc-cs-morais",
        "name": loc(
            "慕拉士政府綜合服務中心",
            "Centro de Serviços da RAEM da Avenida de Venceslau de Morais",
            "Government Services Centre, Avenida de Venceslau de Morais",
        ),
        "address": loc(
            "澳門慕拉士大馬路望信樓地下",
            "Avenida de Venceslau de Morais, Macau (rés-do-chão)",
            "Avenida de Venceslau de Morais, Macao (ground floor)",
        ),
        "opening_hours": _CENTRE_HOURS,
    },
    "loc-cs-ilhas": {
        "id": "loc-cs-ilhas",
        "name": loc(
            "離島政府綜合服務中心",
            "Centro de Serviços da RAEM das Ilhas",
            "Islands Government Services Centre",
        ),
        "address": loc(
            "氹仔基馬拉斯大馬路濠珀三樓",
            "Avenida de Guimarães, Taipa (3.º andar)",
            "Avenida de Guimarães, Taipa (3rd floor)",
        ),
        "opening_hours": _CENTRE_HOURS,
    },
}
#: Departments assumed to take appointments at each centre.
_AT_CENTRE: dict[str, frozenset[str]] = {
    "loc-cs-morais": frozenset({"DSI", "DSF", "IAM", "FSS", "DSAJ", "SAFP", "CPSP"}),
    "loc-cs-ilhas": frozenset({"DSI", "DSF", "IAM", "FSS", "DSAL", "IAS"}),
}
_MORNING = ("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00")
_AFTERNOON = ("14:30", "15:00", "15:30", "16:00", "16:30")
_CENTRE_AFTERNOON = ("13:30", "14:00", "14:30", "15:00", "15:30", "16:00", "16:30", "17:00")


def _draw(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("|".join(parts).encode()).digest()[:8], "big")


def _counter(dept: Department) -> dict[str, Any]:
    d_de = pt_de(dept.pt_gender, dept.pt_short)
    return {
        "id": f"loc-{dept.id.lower()}",
        "name": loc(f"{dept.zh}服務櫃枱", f"Balcão de atendimento {d_de}", f"{dept.en} service counter"),
        "address": loc(
            f"{dept.zh}接待處（示範地址）",
            f"Recepção {d_de} (morada de demonstração)",
            f"{dept.en} reception (demo address)",
        ),
        "opening_hours": _COUNTER_HOURS,
    }


def _locations(service: dict[str, Any]) -> list[dict[str, Any]]:
    dept = service["department_id"]
    places = [_counter(BY_ID[dept])]
    for centre, departments in _AT_CENTRE.items():
        # About half of those departments' services are also offered at the centre.
        if dept in departments and _draw(service["id"], centre) % 2 == 0:
            places.append(_CENTRES[centre])
    return places


def _lower_first(text: str) -> str:
    return text if len(text) > 1 and text[1].isupper() else text[:1].lower() + text[1:]


def _what_to_bring(documents: dict[str, str]) -> dict[str, str]:
    return loc(
        f"請攜帶：{documents['zh']}。請於預約時段內到場，在取籌機掃描二維碼取籌。",
        f"Traga: {_lower_first(documents['pt'])}. Chegue dentro do horário marcado e leia o código QR na"
        " máquina de senhas para tirar a senha.",
        f"Please bring: {_lower_first(documents['en'])}. Arrive within your booked time and scan the QR code"
        " at the ticket machine to take a ticket.",
    )


def appointment_services(services: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One ``appointment_service`` row per bookable service (the same id as the ``service``)."""
    return [
        {
            "id": s["id"],
            "service_id": s["id"],
            "department_id": s["department_id"],
            "title": s["title"],
            "what_to_bring": _what_to_bring(s["procedure"]["documents"]),
            "duration_minutes": (10, 15, 15, 20, 20, 30)[_draw(s["id"], "duration") % 6],
            "slot_minutes": SLOT_MINUTES,
            "booking_days": BOOKING_DAYS,
            "locations": _locations(s),
        }
        for s in services
        if s["bookable"]
    ]


def patterns(rows: list[dict[str, Any]]) -> list[Pattern]:
    """Each service at each of its locations: two weekdays, a morning and an afternoon window."""
    out = []
    for row in rows:
        for place in row["locations"]:
            draw = _draw(row["id"], place["id"], "pattern")
            first = draw % 5
            second = (first + 1 + (draw // 5) % 4) % 5
            afternoons = _CENTRE_AFTERNOON if place["id"] in _CENTRES else _AFTERNOON
            times = (_MORNING[(draw // 20) % len(_MORNING)], afternoons[(draw // 200) % len(afternoons)])
            capacity = (1, 2, 2, 3, 3, 4)[(draw // 2000) % 6]
            weekdays = tuple(sorted((first + 1, second + 1)))
            out.append(Pattern(row["id"], place["id"], weekdays, times, SLOT_MINUTES, capacity))
    return out
