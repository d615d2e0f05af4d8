"""Operation kind ``pay_bill``: a water (澳門自來水) or electricity (澳門電力 CEM) bill of the resident.

The same life as ``pay_fine`` (:class:`~server.ops.payments.PaymentKind`): the provider may confirm
at once, later (``202``) or decline; the ``payments`` table's unique index over live payments allows one
successful or pending payment per bill ever (target ``bill:<id>``); the synced ``bill`` row changes in
the same transaction as the operation's record.
"""

from __future__ import annotations

from server.ops.payments import RowPaymentKind


class BillPaymentKind(RowPaymentKind):
    """``pay_bill`` ``{"bill_id", "amount", "method"}``."""

    name = "pay_bill"
    entity = "bill"
