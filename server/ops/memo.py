"""Operation kinds ``save_memo`` and ``delete_memo``: the resident's memos (我的備忘), synced across
their devices as the owned ``memo`` entity. Reminders fire on the client; the server only keeps them.

A memo's id is minted by the client (a UUID), so the same memo saved again from another device
replaces it (the last save wins) and a delete of a memo already gone succeeds (``deleted: false``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from server.ops.kinds import OpContext, OpKind, OpRefused, Outcome, Succeeded
from server.ops.payments import id_field, invalid_payload
from server.timeutil import iso_time

ENTITY = "memo"
TITLE_MAX = 200
BODY_MAX = 4000
#: Reminders up to four weeks ahead, at most ten of them.
REMIND_MAX_MINUTES = 28 * 24 * 60
REMINDERS_MAX = 10
_OFFSET = re.compile(r".*([+-]\d\d:\d\d|Z)$")


@dataclass(frozen=True, slots=True)
class Memo:
    memo_id: str
    title: str
    body: str
    at: str
    remind_before_minutes: list[int]
    appointment_id: str | None


def parse_time(value: object, name: str) -> datetime:
    """An ISO 8601 time with an offset (the API's times), else ``invalid-payload``."""
    if not isinstance(value, str) or len(value) > 40 or not _OFFSET.match(value):
        raise invalid_payload(f"'{name}' must be an ISO 8601 time with an offset")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise invalid_payload(f"'{name}' must be an ISO 8601 time with an offset") from None


def _text(payload: dict[str, Any], name: str, limit: int, *, required: bool) -> str:
    value = payload.get(name, None if required else "")
    if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
        need = "a non-empty string" if required else "a string"
        raise invalid_payload(f"'{name}' must be {need} of at most {limit} characters")
    return value


def _reminders(value: object) -> list[int]:
    if value is None:
        return []
    wrong = invalid_payload(
        f"'remind_before_minutes' must be a list of at most {REMINDERS_MAX} whole numbers"
        f" from 0 to {REMIND_MAX_MINUTES}"
    )
    if not isinstance(value, list) or len(value) > REMINDERS_MAX:
        raise wrong
    minutes: set[int] = set()
    for v in value:
        if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= REMIND_MAX_MINUTES:
            raise wrong
        minutes.add(v)
    # Earliest reminder first; the same one twice would fire twice.
    return sorted(minutes, reverse=True)


class SaveMemoKind(OpKind[Memo]):
    """``save_memo`` ``{"memo_id", "title", "body", "at", "remind_before_minutes", "appointment_id"?}``."""

    name = "save_memo"

    def parse(self, payload: dict[str, Any]) -> Memo:
        appointment_id = payload.get("appointment_id")
        if appointment_id is not None:
            appointment_id = id_field(payload, "appointment_id")
        return Memo(
            memo_id=id_field(payload, "memo_id"),
            title=_text(payload, "title", TITLE_MAX, required=True),
            body=_text(payload, "body", BODY_MAX, required=False),
            at=iso_time(parse_time(payload.get("at"), "at").timestamp()),
            remind_before_minutes=_reminders(payload.get("remind_before_minutes")),
            appointment_id=appointment_id,
        )

    def apply(self, ctx: OpContext, parsed: Memo, prepared: Any) -> Outcome:
        stored = ctx.writer.get(ENTITY, parsed.memo_id)
        if stored is not None and stored.owner != ctx.user_id:
            raise OpRefused(409, "memo-id-taken", "Another memo has this id; mint a new one")
        now = iso_time(ctx.now)
        created = stored.row.get("created_at", now) if stored is not None and stored.row else now
        row = {
            "id": parsed.memo_id,
            "title": parsed.title,
            "body": parsed.body,
            "at": parsed.at,
            "remind_before_minutes": parsed.remind_before_minutes,
            "appointment_id": parsed.appointment_id,
            "created_at": created,
            "updated_at": now,
        }
        ctx.writer.put(ENTITY, parsed.memo_id, row, ctx.user_id)
        return Succeeded({"memo_id": parsed.memo_id, "updated_at": now})


class DeleteMemoKind(OpKind[str]):
    """``delete_memo`` ``{"memo_id"}``."""

    name = "delete_memo"

    def parse(self, payload: dict[str, Any]) -> str:
        return id_field(payload, "memo_id")

    def apply(self, ctx: OpContext, parsed: str, prepared: Any) -> Outcome:
        stored = ctx.writer.get(ENTITY, parsed)
        deleted = False
        # Another resident's memo is "not there" for this one: nothing is touched or told.
        if stored is not None and stored.owner == ctx.user_id:
            deleted = ctx.writer.delete(ENTITY, parsed) is not None
        return Succeeded({"memo_id": parsed, "deleted": deleted})
