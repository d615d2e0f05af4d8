"""The demo's address service (登記及更改地址): the 23 departments with their usual processing time,
and the demo resident's address registered some weeks before.

The real service promises processing within three working days; how long each department usually
takes (one to three working days) is an assumption of the demo, as is which departments take part.
"""

from __future__ import annotations

from typing import Any

from server.demo.departments import DEPARTMENTS
from server.demo.text import loc
from server.ops.address import DETAIL, address_id
from server.timeutil import iso_time

DAY = 86400.0

#: Usual working days to process an address change, per department (the rest take three).
_QUICK = {"DSI": 1, "FSS": 1, "FP": 1, "DSF": 2, "DSAT": 2, "IAM": 2, "SAFP": 2, "CTT": 2}

DEMO_ADDRESS: dict[str, Any] = {
    "district": "macau",
    "street": {"zh": "高士德大馬路", "pt": "Avenida de Horta e Costa"},
    "number": "25",
    "building": {"zh": "示範大廈", "pt": "Edifício Demonstração"},
    "floor": "8",
    "flat": "B",
}


def _days(n: int) -> dict[str, str]:
    if n == 1:
        return loc("1個工作日內", "até 1 dia útil", "within 1 working day")
    return loc(f"{n}個工作日內", f"até {n} dias úteis", f"within {n} working days")


def address_department_rows() -> list[dict[str, Any]]:
    rows = []
    for sort, dept in enumerate((d for d in DEPARTMENTS if d.address_change), start=1):
        days = _QUICK.get(dept.id, 3)
        rows.append(
            {
                "id": dept.id,
                "department_id": dept.id,
                "name": loc(dept.zh, dept.pt, dept.en),
                "processing_days": days,
                "processing_time": _days(days),
                "sort": sort,
            }
        )
    return rows


def demo_address(now: float) -> list[tuple[str, str, dict[str, Any], str]]:
    """The demo resident's registration of six weeks ago (done at every department) and their address."""
    created, finished = now - 42 * DAY, now - 40 * DAY
    departments = address_department_rows()
    child = {"name": "陳小明", "address": None}
    registration: dict[str, Any] = {
        "id": "AR-DEMO0000001",
        "op_id": None,
        "kind": "register",
        "address": DEMO_ADDRESS,
        "children": [child],
        "departments": [
            {"id": d["id"], "name": d["name"], "state": "done",
             "detail": DETAIL["done"],
             "updated_at": iso_time(finished)}
            for d in departments
        ],
        "status": "done",
        "created_at": iso_time(created),
        "updated_at": iso_time(finished),
    }  # fmt: skip
    ident = address_id("usr-demo")
    address: dict[str, Any] = {
        "id": ident,
        "address": DEMO_ADDRESS,
        "children": [child],
        "registration_id": registration["id"],
        "departments": [
            {"id": d["id"], "name": d["name"], "address": DEMO_ADDRESS, "registration_id": registration["id"],
             "updated_at": iso_time(finished)}
            for d in departments
        ],
        "updated_at": iso_time(finished),
    }  # fmt: skip
    return [
        ("address_registration", registration["id"], registration, "usr-demo"),
        ("address", ident, address, "usr-demo"),
    ]
