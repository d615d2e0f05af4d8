"""A scripted typhoon for demos: signal 1 → 3 → 8 → 3 → cancelled, with the civil-protection notices
and class suspensions that go with each step, built by the same code that reads the real feeds.

The server replays it by sleeping ``step.delay`` seconds, then writing ``step.put`` and deleting
``step.delete`` through its change log, so clients see each change arrive (and notify) as it would
on a real typhoon day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from server.feeds.civil import notice_item
from server.feeds.items import Item, ParseContext, tri
from server.feeds.school import announcement_item
from server.feeds.smg_warnings import warning_item
from server.timeutil import MACAO_TZ

#: Seconds between steps at ``pace=1``: long enough to look at each screen, short enough for a demo.
STEP_SECONDS = 20.0

_LOW_LYING = [
    tri("內港", "Porto Interior", "Inner Harbour"),
    tri("沙梨頭", "Patane", "Patane"),
    tri("氹仔舊城區", "Vila da Taipa", "Taipa Village"),
    tri("路環舊城區", "Vila de Coloane", "Coloane Village"),
]
_SHELTERS = [
    tri("避險中心（示範）A", "Centro de acolhimento (demonstração) A", "Shelter (demo) A"),
    tri("避險中心（示範）B", "Centro de acolhimento (demonstração) B", "Shelter (demo) B"),
]
_PRIMARY_DOWN = {
    "kindergarten": "suspended",
    "primary": "suspended",
    "special": "suspended",
    "secondary": "normal",
}
_ALL_DOWN = dict.fromkeys(("kindergarten", "primary", "special", "secondary"), "suspended")
_ALL_UP = dict.fromkeys(("kindergarten", "primary", "special", "secondary"), "normal")


@dataclass(frozen=True)
class Step:
    """Wait ``delay`` seconds after the previous step, then put ``put`` and delete ``delete``."""

    delay: float
    label: str
    put: tuple[Item, ...]
    delete: tuple[str, ...] = ()


def typhoon_script(start: datetime | None = None, pace: float = 1.0) -> list[Step]:
    """The five steps; item times are ``start`` plus the delays, so they match when each step shows."""
    start = start or datetime.now(MACAO_TZ)
    gap = STEP_SECONDS * pace
    at = [start + timedelta(seconds=gap * i) for i in range(5)]
    today, tomorrow = at[0].date().isoformat(), (at[0] + timedelta(days=1)).date().isoformat()

    def ctx(i: int) -> ParseContext:
        return ParseContext(now=at[i])

    def school(i: int, day: str, levels: dict[str, str], reason: str) -> Item:
        return announcement_item(
            {
                "date": day,
                "issued_at": at[i].isoformat(),
                "session": "all_day",
                "reason": reason,
                "levels": levels,
            },
            ctx(i),
        )

    def civil(i: int, ident: str, kind: str, **extra: object) -> Item:
        return notice_item({"id": ident, "type": kind, "issued_at": at[i].isoformat(), **extra}, ctx(i))

    prepare = civil(0, "typhoon-prepare", "guidance")
    ipc_id = "civil-protection-immediate-prevention"
    evacuation_id, shelter_id = "civil-protection-evacuation", "civil-protection-shelters"
    return [
        Step(
            0.0,
            "signal-1",
            (
                warning_item("typhoon", "1", in_force=True, issued=at[0]),
                prepare,
                school(0, today, _ALL_UP, "typhoon_1"),
            ),
        ),
        Step(
            gap,
            "signal-3",
            (
                warning_item("typhoon", "3", in_force=True, issued=at[1]),
                school(1, today, _PRIMARY_DOWN, "typhoon_3"),
            ),
        ),
        Step(
            gap,
            "signal-8",
            (
                warning_item("typhoon", "8SE", in_force=True, issued=at[2]),
                warning_item("storm_surge", "orange", in_force=True, issued=at[2]),
                civil(2, "immediate-prevention", "immediate_prevention"),
                civil(2, "evacuation", "evacuation", areas=_LOW_LYING),
                civil(2, "shelters", "shelter", shelters=_SHELTERS),
                school(2, today, _ALL_DOWN, "typhoon_8"),
            ),
        ),
        Step(
            gap,
            "signal-3-lowered",
            (
                warning_item("typhoon", "3", in_force=True, issued=at[3]),
                warning_item("storm_surge", "orange", in_force=False, issued=at[3]),
                # Same id as the declaration, so the lifting notice replaces it.
                civil(3, "immediate-prevention", "lifted"),
            ),
            (evacuation_id,),
        ),
        Step(
            gap,
            "cancelled",
            (
                warning_item("typhoon", "3", in_force=False, issued=at[4]),
                school(4, tomorrow, _ALL_UP, ""),
            ),
            (prepare["id"], shelter_id, "alert-storm-surge", ipc_id),
        ),
    ]
