"""Reading the cached rows of counter appointments and memos (all kept in ``cache_rows``).

The pull writes these rows like any other entity; this module only reads them, for the DB worker.
Slots are filtered in SQL by service (``json_extract``): a few thousand rows of one small table, so a
scan costs a few milliseconds and needs no index that every pull would have to maintain.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.domain.appointments import Appointment, AppointmentService, Holiday, Slot


class AppointmentRepo:
    def __init__(self, store: Any) -> None:
        self._conn = store.connection

    def _rows(self, entity: str, key: str | None = None, value: str | None = None) -> list[dict[str, Any]]:
        sql, args = "SELECT row_json FROM cache_rows WHERE entity = ?", [entity]
        if key is not None:
            if not key.isidentifier():
                raise ValueError(f"not a row key: {key!r}")
            sql += " AND json_extract(row_json, ?) = ?"
            args += [f"$.{key}", str(value)]
        found = []
        for (text,) in self._conn.execute(sql + " ORDER BY id", args):
            row = json.loads(text)
            if isinstance(row, dict):
                found.append(row)
        return found

    def _row(self, entity: str, row_id: str) -> dict[str, Any] | None:
        r = self._conn.execute(
            "SELECT row_json FROM cache_rows WHERE entity = ? AND id = ?", (entity, row_id)
        ).fetchone()
        row = json.loads(r[0]) if r is not None else None
        return row if isinstance(row, dict) else None

    def services(self) -> list[AppointmentService]:
        return [s for s in map(AppointmentService.from_row, self._rows("appointment_service")) if s]

    def service(self, service_id: str) -> AppointmentService | None:
        return AppointmentService.from_row(self._row("appointment_service", service_id))

    def slots(self, service_id: str) -> list[Slot]:
        return [s for s in map(Slot.from_row, self._rows("slot", "service_id", service_id)) if s]

    def slot(self, slot_id: str) -> Slot | None:
        return Slot.from_row(self._row("slot", slot_id))

    def holidays(self) -> list[Holiday]:
        return [h for h in map(Holiday.from_row, self._rows("public_holiday")) if h]

    def appointments(self) -> list[Appointment]:
        return [a for a in map(Appointment.from_row, self._rows("appointment")) if a]

    def memo_rows(self) -> list[dict[str, Any]]:
        return self._rows("memo")
