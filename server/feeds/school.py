"""DSEDJ class suspensions per school level → ``school`` / ``class_suspension`` items.

The DSEDJ announces suspensions as press notices; there is no machine feed, so this project defines a
small JSON source (``format`` ``dsedj-class-suspension/1``) that an operator or a script fills in::

    {"format": "dsedj-class-suspension/1",
     "announcements": [{
        "date": "2026-09-23",                      # the school day concerned (required)
        "issued_at": "2026-09-23 06:30",           # Macao time or ISO 8601 (default: now)
        "session": "all_day",                      # all_day | morning | afternoon | evening
        "reason": "typhoon_8",                     # <warning>_<level> (typhoon_3, rainstorm_red,
                                                   #  storm_surge_orange …), immediate_prevention, or omitted
        "levels": {"kindergarten": "suspended", "primary": "suspended", "special": "suspended",
                   "secondary": "normal"},         # level -> suspended | normal | resumed
        "note": {"zh": "…", "pt": "…", "en": "…"}  # optional extra text
     }]}

A single announcement object (without ``announcements``) is accepted too. Unknown levels, statuses,
sessions and reasons are shown as their codes. Each item's id carries its date, so a new
announcement for the same day replaces the old one.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from server.feeds.items import Item, ParseContext, Text, make_item, parse_time, tri
from server.feeds.safe import FeedError
from server.feeds.warning_levels import WARNINGS

FORMAT = "dsedj-class-suspension/1"

LEVELS: dict[str, Text] = {
    "kindergarten": tri("幼兒教育", "ensino infantil", "kindergarten"),
    "primary": tri("小學教育", "ensino primário", "primary"),
    "special": tri("特殊教育", "ensino especial", "special education"),
    "secondary": tri("中學教育", "ensino secundário", "secondary"),
    "junior_secondary": tri("初中教育", "ensino secundário geral", "junior secondary"),
    "senior_secondary": tri("高中教育", "ensino secundário complementar", "senior secondary"),
    "higher": tri("高等教育", "ensino superior", "higher education"),
}
STATUSES: dict[str, Text] = {
    "suspended": tri("停課", "aulas suspensas", "classes suspended"),
    "normal": tri("照常上課", "aulas normais", "classes as usual"),
    "resumed": tri("復課", "regresso às aulas", "classes resume"),
}
SESSIONS: dict[str, Text] = {
    "all_day": tri("全日", "todo o dia", "all day"),
    "morning": tri("上午", "manhã", "morning"),
    "afternoon": tri("下午", "tarde", "afternoon"),
    "evening": tri("夜間", "noite", "evening"),
}
_SCHOOLS_OPEN = tri(
    "學校須開放校舍，照顧已回校的學生。",
    "As escolas mantêm-se abertas para acolher os alunos que lá se encontrem.",
    "Schools stay open to look after pupils who are already there.",
)


def _known(table: dict[str, Text], code: str) -> Text:
    return table.get(code) or tri(code, code, code)


def reason_text(reason: str) -> Text | None:
    """Words for a reason code: ``typhoon_8`` → 八號熱帶氣旋信號; unknown codes stay as they are."""
    if not reason:
        return None
    if reason == "immediate_prevention":
        return tri("「即時預防」狀態", "«estado de prevenção imediata»", '"immediate prevention" state')
    key, _, level = reason.rpartition("_")
    warning = WARNINGS.get(key)
    if warning and level in warning.levels:
        return dict(warning.levels[level].title)
    return tri(reason, reason, reason)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(words: list[str], sep: str, last: str) -> str:
    return words[0] if len(words) == 1 else sep.join(words[:-1]) + last + words[-1]


def announcement_item(raw: Any, ctx: ParseContext) -> Item:
    """The item of one announcement (also used by the typhoon replay)."""
    if not isinstance(raw, dict):
        raise FeedError("class suspension: an announcement is not a JSON object")
    levels = raw.get("levels")
    if not isinstance(levels, dict) or not levels:
        raise FeedError("class suspension: 'levels' is missing or empty")
    levels = {str(k): str(v) for k, v in levels.items()}
    issued = parse_time(str(raw.get("issued_at") or "")) or ctx.now
    try:
        day = date.fromisoformat(str(raw.get("date") or issued.date().isoformat()))
    except ValueError:
        raise FeedError(f"class suspension: bad date {raw.get('date')!r} (want YYYY-MM-DD)") from None
    session = str(raw.get("session") or "all_day")
    reason = reason_text(str(raw.get("reason") or ""))
    suspended = [LEVELS.get(k) or tri(k, k, k) for k, v in levels.items() if v == "suspended"]
    when = _known(SESSIONS, session)
    if suspended:
        title = tri(
            f"教青局：{'、'.join(s['zh'] for s in suspended)}{when['zh']}停課",
            f"DSEDJ: aulas suspensas ({when['pt']}): {_join([s['pt'] for s in suspended], ', ', ' e ')}",
            f"DSEDJ: classes suspended ({when['en']}): {_join([s['en'] for s in suspended], ', ', ' and ')}",
        )
    else:
        title = tri(
            "教青局：各級學校照常上課",
            "DSEDJ: aulas normais em todos os níveis",
            "DSEDJ: classes as usual at all levels",
        )
    lines = [
        (LEVELS.get(k) or tri(k, k, k), STATUSES.get(v) or tri(f"狀態 {v}", f"estado {v}", f"status {v}"))
        for k, v in levels.items()
    ]
    body = tri(
        "；".join(f"{lv['zh']}：{st['zh']}" for lv, st in lines) + "。",
        " ".join(f"{_cap(lv['pt'])}: {st['pt']}." for lv, st in lines),
        " ".join(f"{_cap(lv['en'])}: {st['en']}." for lv, st in lines),
    )
    extras: list[Text] = []
    if reason:
        extras.append(tri(f"原因：{reason['zh']}。", f"Motivo: {reason['pt']}.", f"Reason: {reason['en']}."))
    if suspended:
        extras.append(_SCHOOLS_OPEN)
    note = raw.get("note")
    if isinstance(note, dict):
        extras.append(tri(*(str(note.get(lang) or "") for lang in ("zh", "pt", "en"))))
    for extra in extras:
        for lang in body:
            if extra[lang]:
                body[lang] += ("" if lang == "zh" else " ") + extra[lang]
    return make_item(
        f"school-class-suspension-{day.isoformat()}",
        "school",
        "class_suspension",
        title,
        body,
        published=issued,
        # Irrelevant once the school day is over.
        expires=datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=issued.tzinfo),
        severity=2 if suspended else 0,
        source="DSEDJ",
        data={
            "date": day.isoformat(),
            "session": session,
            "reason": raw.get("reason") or None,
            "levels": levels,
        },
    )


def parse_school(payload: Any, ctx: ParseContext) -> list[Item]:
    if not isinstance(payload, dict):
        raise FeedError("class suspension: expected a JSON object")
    fmt = str(payload.get("format") or FORMAT)
    if not fmt.startswith("dsedj-class-suspension/"):
        raise FeedError(f"class suspension: unknown format {fmt!r}")
    announcements = payload.get("announcements", [payload] if "levels" in payload else [])
    if not isinstance(announcements, list):
        raise FeedError("class suspension: 'announcements' is not a list")
    return [announcement_item(a, ctx) for a in announcements]
