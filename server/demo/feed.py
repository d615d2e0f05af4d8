"""Demo "My information" feed: the bundled feed samples, read by the real parsers, moved to today.

The samples (``server/feeds/samples``, written for the demo in the real SMG, PSP, DSEDJ, civil
protection and gov.mo layouts) depict one typhoon afternoon, :data:`SAMPLES_TAKEN_AT`. Seeding parses
them with the same code as live ingestion, so the demo has exactly the ids and shapes ingestion
produces, then shifts every time in them so that moment becomes the seeding time: a fresh demo
always looks current. Texts are not touched (they name no dates).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from server.feeds import FeedSources, Item, ParseContext, all_items, refresh
from server.timeutil import MACAO_TZ

#: The moment the bundled samples show (just after their newest report, the border status at 15:35).
SAMPLES_TAKEN_AT = datetime(2026, 9, 22, 15, 40, tzinfo=MACAO_TZ)
#: Shifts are whole multiples of this, so times still look like report times (15:35, not 09:17:23).
_STEP_S = 300

_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)")
_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_ID_DATE = re.compile(r"^(.*-)(\d{4}-\d\d-\d\d)$")
#: Localized texts are left as written.
_TEXT_FIELDS = frozenset({"title", "body"})


def sample_items() -> list[Item]:
    """The samples' items exactly as the parsers produce them (times as written in the samples)."""
    return all_items(refresh(FeedSources.demo(), {}, ctx=ParseContext(now=SAMPLES_TAKEN_AT)))


def build_feed(now: float) -> list[Item]:
    """The demo feed items as of ``now`` (seconds since the epoch)."""
    seconds = (now - SAMPLES_TAKEN_AT.timestamp()) // _STEP_S * _STEP_S
    delta = timedelta(seconds=seconds)
    days = ((SAMPLES_TAKEN_AT + delta).date() - SAMPLES_TAKEN_AT.date()).days
    return [_shift_item(item, delta, days) for item in sample_items()]


def _shift_item(item: Item, delta: timedelta, days: int) -> Item:
    shifted = {
        key: value if key in _TEXT_FIELDS else _shift(value, delta, days) for key, value in item.items()
    }
    # Ids that carry a day (school-class-suspension-2026-09-22) move with it.
    m = _ID_DATE.match(str(item["id"]))
    if m:
        shifted["id"] = m.group(1) + _shift_date(m.group(2), days)
    return shifted


def _shift(value: Any, delta: timedelta, days: int) -> Any:
    if isinstance(value, dict):
        return {k: _shift(v, delta, days) for k, v in value.items()}
    if isinstance(value, list):
        return [_shift(v, delta, days) for v in value]
    if isinstance(value, str):
        m = _DATETIME.fullmatch(value)
        if m:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00")) + delta
            # The same layout as written (some SMG times have no seconds).
            return moment.isoformat(timespec="seconds" if m.group(1) else "minutes")
        if _DATE.fullmatch(value):
            return _shift_date(value, days)
    return value


def _shift_date(text: str, days: int) -> str:
    return (date.fromisoformat(text) + timedelta(days=days)).isoformat()
