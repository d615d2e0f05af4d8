"""Demo vehicles and traffic fines of the two residents (entities ``vehicle`` and ``fine``).

Offences are common ones under Macao's road traffic law (Lei n.º 3/2007 and its regulation); the
amounts are illustrative, not the official figures. Times are relative to when the demo is seeded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from server.demo.text import loc
from server.timeutil import MACAO_TZ, iso_time

DAY = 86400.0

OFFENCES: dict[str, dict[str, str]] = {
    "parking": loc("違例泊車", "Estacionamento em local proibido", "Parking in a prohibited place"),
    "speeding": loc("超速駕駛", "Excesso de velocidade", "Speeding"),
    "meter": loc(
        "泊車咪錶逾時", "Excesso do tempo de estacionamento no parcómetro", "Overstaying at a parking meter"
    ),
    "red_light": loc(
        "不遵守紅燈信號", "Desrespeito do sinal luminoso vermelho", "Failing to stop at a red light"
    ),
    "yellow_line": loc("在黃線範圍停車", "Paragem em local com linha amarela", "Stopping on a yellow line"),
    "phone": loc(
        "駕駛時使用手提電話", "Uso de telemóvel durante a condução", "Using a mobile phone while driving"
    ),
    "seat_belt": loc("未有佩戴安全帶", "Falta de uso do cinto de segurança", "Not wearing a seat belt"),
}

PLACES: dict[str, dict[str, str]] = {
    "almeida": loc("新馬路", "Avenida de Almeida Ribeiro", "Avenida de Almeida Ribeiro"),
    "sai_van": loc("西灣大橋", "Ponte de Sai Van", "Sai Van Bridge"),
    "horta": loc("高士德大馬路", "Avenida de Horta e Costa", "Avenida de Horta e Costa"),
    "amizade": loc("友誼大馬路", "Avenida da Amizade", "Avenida da Amizade"),
    "praia_grande": loc("南灣大馬路", "Avenida da Praia Grande", "Avenida da Praia Grande"),
    "campo": loc("水坑尾街", "Rua do Campo", "Rua do Campo"),
    "taipa": loc(
        "氹仔柯維納馬路",
        "Estrada Governador Albano de Oliveira, Taipa",
        "Estrada Governador Albano de Oliveira, Taipa",
    ),
}


@dataclass(frozen=True, slots=True)
class DemoPayment:
    """A payment made before the demo starts (through another channel), for the payments table."""

    target: str
    user_id: str
    amount: str
    method: str
    receipt_no: str
    paid_at: float


def _date(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, MACAO_TZ).date().isoformat()


def _year(seconds: float) -> int:
    return datetime.fromtimestamp(seconds, MACAO_TZ).year


# (id, owner, plate, licence_no, offence, place, days ago, amount, paid)
_FINES: tuple[tuple[str, str, str, str, str, str, int, str, bool], ...] = (
    ("F-10001", "usr-demo", "MK-12-34", "5123456", "parking", "almeida", 3, "600.00", False),
    ("F-10002", "usr-demo", "MK-12-34", "5123456", "speeding", "sai_van", 9, "1200.00", False),
    ("F-10003", "usr-demo", "CM-56789", "5123456", "meter", "horta", 15, "200.00", False),
    ("F-10004", "usr-demo", "MK-12-34", "5123456", "red_light", "amizade", 21, "1500.00", False),
    ("F-10005", "usr-demo", "MK-12-34", "5123456", "yellow_line", "praia_grande", 60, "300.00", True),
    ("F-10006", "usr-demo", "CM-56789", "5123456", "phone", "campo", 95, "1500.00", True),
    ("F-20001", "usr-lee", "MR-56-78", "7234561", "parking", "taipa", 5, "600.00", False),
    ("F-20002", "usr-lee", "MR-56-78", "7234561", "seat_belt", "amizade", 40, "1500.00", True),
)

# (id, owner, plate, make, model, kind, tax amount)
_VEHICLES: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("V-1", "usr-demo", "MK-12-34", "Toyota", "Corolla Altis", "car", "1100.00"),
    ("V-2", "usr-demo", "CM-56789", "Yamaha", "NMAX 155", "motorcycle", "300.00"),
    ("V-3", "usr-lee", "MR-56-78", "Honda", "Fit", "car", "1100.00"),
)


def _receipt(n: int, paid_at: float) -> str:
    # Another numbering than the server's own OA… receipts: these were paid at a counter.
    return f"CT{datetime.fromtimestamp(paid_at, MACAO_TZ):%Y%m%d}{n:05d}"


def demo_vehicles_and_fines(
    now: float,
) -> tuple[list[tuple[str, str, dict[str, Any], str]], list[DemoPayment]]:
    """``(entity, id, row, owner)`` rows of both residents, and the payments behind the paid ones."""
    rows: list[tuple[str, str, dict[str, Any], str]] = []
    payments: list[DemoPayment] = []
    for n, (fine_id, owner, plate, licence, offence, place, ago, amount, paid) in enumerate(_FINES, 1):
        occurred = now - ago * DAY - 3600 * (8 + n)
        paid_at = occurred + 10 * DAY if paid else None
        receipt_no = _receipt(n, paid_at) if paid_at is not None else None
        rows.append(
            (
                "fine",
                fine_id,
                {
                    "id": fine_id,
                    "plate": plate,
                    "licence_no": licence,
                    "offence": OFFENCES[offence],
                    "place": PLACES[place],
                    "occurred_at": iso_time(occurred),
                    "due_date": _date(occurred + 30 * DAY),
                    "amount": amount,
                    "status": "paid" if paid else "unpaid",
                    "paid_at": None if paid_at is None else iso_time(paid_at),
                    "receipt_no": receipt_no,
                },
                owner,
            )
        )
        if paid_at is not None and receipt_no is not None:
            payments.append(DemoPayment(f"fine:{fine_id}", owner, amount, "govpay", receipt_no, paid_at))
    year = _year(now)
    for n, (vehicle_id, owner, plate, make, model, kind, tax) in enumerate(_VEHICLES, 1):
        # Last year's tax, paid in good time before its 31 March deadline.
        last_paid = datetime(year - 1, 3, 1 + n, 10, 30, tzinfo=MACAO_TZ).timestamp()
        last_receipt = _receipt(100 + n, last_paid)
        rows.append(
            (
                "vehicle",
                vehicle_id,
                {
                    "id": vehicle_id,
                    "plate": plate,
                    "make": make,
                    "model": model,
                    "kind": kind,
                    "licence_expiry": _date(now + (200 + 40 * n) * DAY),
                    "insurance_expiry": _date(now + (45 + 60 * n) * DAY),
                    "taxes": [
                        {"year": year - 1, "amount": tax, "status": "paid", "due_date": f"{year - 1}-03-31",
                         "receipt_no": last_receipt},
                        {"year": year, "amount": tax, "status": "unpaid", "due_date": _date(now + 30 * DAY),
                         "receipt_no": None},
                    ],
                },
                owner,
            )
        )  # fmt: skip
        payments.append(
            DemoPayment(f"vehicle:{vehicle_id}:tax:{year - 1}", owner, tax, "govpay", last_receipt, last_paid)
        )
    return rows, payments
