"""Operations: intents a resident sends once and the server applies at most once.

:mod:`server.ops.kinds` says what a kind provides; :mod:`server.ops.engine` runs them behind the
idempotency record; each kind is one module (:mod:`server.ops.payments` for ``pay_fine`` and
``pay_vehicle_tax``, :mod:`server.ops.bills` for ``pay_bill``, :mod:`server.ops.photos` for
``submit_photo``…). :func:`build_kinds` is the one place that lists them: a later feature adds its
module and one line here.
"""

from __future__ import annotations

from server.ops.address import AddressOffice, RegisterAddressKind
from server.ops.appointments import BookAppointmentKind, CancelAppointmentKind, RescheduleAppointmentKind
from server.ops.bills import BillPaymentKind
from server.ops.kinds import KindRegistry
from server.ops.memo import DeleteMemoKind, SaveMemoKind
from server.ops.payments import FinePaymentKind, VehicleTaxKind
from server.ops.photos import SubmitPhotoKind
from server.ops.provider import DemoPaymentProvider
from server.uploads import UploadService


def build_kinds(provider: DemoPaymentProvider, office: AddressOffice, uploads: UploadService) -> KindRegistry:
    registry = KindRegistry()
    registry.register(FinePaymentKind(provider))
    registry.register(VehicleTaxKind(provider))
    registry.register(BillPaymentKind(provider))
    registry.register(SaveMemoKind())
    registry.register(DeleteMemoKind())
    registry.register(BookAppointmentKind())
    registry.register(CancelAppointmentKind())
    registry.register(RescheduleAppointmentKind())
    registry.register(RegisterAddressKind(office))
    registry.register(SubmitPhotoKind(uploads))
    return registry
