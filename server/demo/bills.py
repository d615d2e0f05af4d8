"""Demo water and electricity bills of the two residents (entity ``bill``).

The providers are Macao's two utilities: 澳門自來水 (Macao Water) and 澳門電力 (CEM). Account numbers,
usage and amounts are illustrative, not the utilities' real tariffs. Each bill covers one calendar
month (``period``), is issued early in the next month and due about three weeks later; times are
relative to when the demo is seeded: last month's bills are unpaid, the month before's are paid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from server.demo.text import loc
from server.demo.vehicles import DemoPayment
from server.timeutil import MACAO_TZ, iso_time

PROVIDERS: dict[str, dict[str, str]] = {
    "water": loc("澳門自來水股份有限公司", "Sociedade de Abastecimento de Águas de Macau", "Macao Water"),
    "electricity": loc(
        "澳門電力股份有限公司",
        "Companhia de Electricidade de Macau",
        "Companhia de Electricidade de Macau (CEM)",
    ),
}
UNITS = {"water": "m3", "electricity": "kWh"}


@dataclass(frozen=True, slots=True)
class _Bill:
    id: str
    owner: str
    utility: str
    account_no: str
    #: 1 = last month, 2 = the month before.
    months_ago: int
    usage: int
    amount: str
    paid: bool


_BILLS: tuple[_Bill, ...] = (
    _Bill("B-10001", "usr-demo", "water", "0301285746", 1, 14, "92.40", False),
    _Bill("B-10002", "usr-demo", "electricity", "1004739215", 1, 412, "486.30", False),
    _Bill("B-10003", "usr-demo", "water", "0301285746", 2, 13, "85.80", True),
    _Bill("B-10004", "usr-demo", "electricity", "1004739215", 2, 455, "537.20", True),
    _Bill("B-20001", "usr-lee", "water", "0302649318", 1, 9, "59.40", False),
    _Bill("B-20002", "usr-lee", "electricity", "1007182634", 1, 268, "316.10", False),
)


def _month_start(day: date, months_ago: int) -> date:
    index = day.year * 12 + day.month - 1 - months_ago
    return date(index // 12, index % 12 + 1, 1)


def _at(day: date, hour: int) -> float:
    return datetime(day.year, day.month, day.day, hour, tzinfo=MACAO_TZ).timestamp()


def demo_bills(now: float) -> tuple[list[tuple[str, str, dict[str, Any], str]], list[DemoPayment]]:
    """``(entity, id, row, owner)`` rows and the payments behind the paid bills."""
    # Ten days back: seeded on the 3rd, "last month's" bill (issued on the 5th) would not exist yet.
    today = datetime.fromtimestamp(now, MACAO_TZ).date() - timedelta(days=10)
    rows: list[tuple[str, str, dict[str, Any], str]] = []
    payments: list[DemoPayment] = []
    for n, bill in enumerate(_BILLS, 1):
        start = _month_start(today, bill.months_ago)
        issued = _month_start(today, bill.months_ago - 1) + timedelta(days=4)
        paid_at = _at(issued + timedelta(days=6), 20) if bill.paid else None
        receipt_no = f"CT{issued + timedelta(days=6):%Y%m%d}{500 + n:05d}" if bill.paid else None
        rows.append(
            (
                "bill",
                bill.id,
                {
                    "id": bill.id,
                    "utility": bill.utility,
                    "provider": PROVIDERS[bill.utility],
                    "account_no": bill.account_no,
                    "period": f"{start:%Y-%m}",
                    "usage": {"value": bill.usage, "unit": UNITS[bill.utility]},
                    "issued_at": iso_time(_at(issued, 9)),
                    "amount": bill.amount,
                    "due_date": (issued + timedelta(days=21)).isoformat(),
                    "status": "paid" if bill.paid else "unpaid",
                    "paid_at": None if paid_at is None else iso_time(paid_at),
                    "receipt_no": receipt_no,
                },
                bill.owner,
            )
        )
        if paid_at is not None and receipt_no is not None:
            payments.append(
                DemoPayment(f"bill:{bill.id}", bill.owner, bill.amount, "mpay", receipt_no, paid_at)
            )
    return rows, payments
