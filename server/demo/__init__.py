"""Demo data of the reference server: departments, services, counter appointments (services,
locations, slots), the address service's departments, feed items, two residents with their
particulars, vehicles, traffic fines, water and electricity bills, vouchers and the first one's
registered address and continuing-education courses, and the eID's demo institutions.

:func:`seed_demo` writes it into a new database once; a database that already holds it is left as
it is, so restarting the demo keeps its epoch and every cursor clients hold. The one exception is data
added to the demo later: a demo database made before the eID's particulars, vouchers, courses and
institutions gets those once, and one made before the services added to the catalogue later
(``ps-1619`` onwards) gets those once, with their appointment services and slots; both are added to
what it has (nothing it holds is written again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from server.appointments.calendar import add_patterns, extend_calendar, start_calendar
from server.demo.address import address_department_rows, demo_address
from server.demo.appointments import appointment_services, patterns
from server.demo.bills import demo_bills
from server.demo.departments import department_rows
from server.demo.feed import build_feed
from server.demo.people import register_institutions, resident_rows
from server.demo.residents import DEMO_RESIDENTS
from server.demo.services import build_services
from server.demo.vehicles import demo_vehicles_and_fines
from server.demo.vouchers import demo_vouchers_and_courses
from server.ops.payments import insert_payment

if TYPE_CHECKING:
    from server.auth import AuthService
    from server.eid.service import EidService
    from server.store import ServerStore

#: Meta key recording that the demo data is in the database (shared with server.services).
DEMO_SEEDED_KEY = "demo_seeded"
#: Meta key recording that the eID-era demo data (particulars, vouchers, courses, institutions) is in.
EID_SEEDED_KEY = "demo_eid_seeded"
#: Meta key recording that the services added to the catalogue later (``ps-1619`` onwards) are in.
ADDED_SERVICES_KEY = "demo_services_added"


def seed_demo(store: ServerStore, auth: AuthService, *, now: float, eid: EidService | None = None) -> bool:
    """Write the demo data unless it is there already; True when it was written now.

    ``eid``: register the demo institutions with the server's eID authority too.
    """
    if store.get_meta(DEMO_SEEDED_KEY) is not None:
        _add_eid_demo(store, now=now, eid=eid)
        _add_services(store, now=now)
        return False
    for resident in DEMO_RESIDENTS:
        # A seed interrupted halfway may have created some users already.
        if auth.user_by_username(resident.username) is None:
            auth.create_user(
                resident.username, resident.password, resident.display_name, user_id=resident.user_id
            )
    rows = [("department", d["id"], d, None) for d in department_rows()]
    services = build_services()
    rows += [("service", s["id"], s, None) for s in services]
    bookable = appointment_services(services)
    rows += [("appointment_service", a["id"], a, None) for a in bookable]
    rows += [("feed_item", f["id"], f, None) for f in build_feed(now)]
    rows += [("address_department", a["id"], a, None) for a in address_department_rows()]
    personal, payments = demo_vehicles_and_fines(now)
    bills, bill_payments = demo_bills(now)
    personal += bills + demo_address(now)
    payments += bill_payments
    with store.write() as w:
        for entity, id, row, owner in [*rows, *personal]:
            w.put(entity, id, row, owner)
        # The paid fines, taxes and bills hold their payments, so the business-uniqueness guard knows them.
        for p in payments:
            insert_payment(
                w.conn, target=p.target, user_id=p.user_id, op_id=None, method=p.method, amount=p.amount,
                now=p.paid_at, paid=True, receipt_no=p.receipt_no,
            )  # fmt: skip
        # The slot calendar: the next days' slots, partly taken by the demo's other people.
        add_patterns(w.conn, patterns(bookable))
        start_calendar(w, now, prefill=True)
    _add_eid_demo(store, now=now, eid=eid)
    store.set_meta(ADDED_SERVICES_KEY, str(int(now)))
    store.set_meta(DEMO_SEEDED_KEY, str(int(now)))
    return True


def _add_eid_demo(store: ServerStore, *, now: float, eid: EidService | None) -> None:
    """The particulars, vouchers, courses and eID institutions, once; rows already there are kept."""
    if store.get_meta(EID_SEEDED_KEY) is not None:
        return
    with store.write() as w:
        for entity, id, row, owner in resident_rows(now) + demo_vouchers_and_courses(now):
            if w.get(entity, id) is None:
                w.put(entity, id, row, owner)
    if eid is not None:
        # Before the mark: a run cut short here runs again, and registering again changes nothing.
        register_institutions(eid)
    store.set_meta(EID_SEEDED_KEY, str(int(now)))


def _add_services(store: ServerStore, *, now: float) -> None:
    """The services added to the catalogue later, once: rows, appointment services and their slots."""
    if store.get_meta(ADDED_SERVICES_KEY) is not None:
        return
    with store.write() as w:
        added = [s for s in build_services() if w.get("service", s["id"]) is None]
        for service in added:
            w.put("service", service["id"], service)
        bookable = appointment_services(added)
        for row in bookable:
            w.put("appointment_service", row["id"], row)
        extend_calendar(w, patterns(bookable), now)
    store.set_meta(ADDED_SERVICES_KEY, str(int(now)))
