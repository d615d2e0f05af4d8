"""Class suspensions (dsedj-class-suspension/1) and civil-protection notices (cpc-notices/1)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from feeds_testkit import CTX, check_item

from server.feeds.registry import parse_payload
from server.feeds.safe import FeedError


def _parse(payload: dict[str, Any], kind: str | None = None) -> list[dict[str, Any]]:
    _, items = parse_payload(json.dumps(payload, ensure_ascii=False).encode(), kind, CTX)
    for item in items:
        check_item(item)
    return items


def test_suspension_per_level() -> None:
    (item,) = _parse(
        {
            "format": "dsedj-class-suspension/1",
            "announcements": [
                {
                    "date": "2026-09-23",
                    "issued_at": "2026-09-23 06:30",
                    "reason": "typhoon_8",
                    "levels": {"kindergarten": "suspended", "primary": "suspended", "secondary": "normal"},
                }
            ],
        }
    )
    assert (item["id"], item["category"], item["kind"], item["severity"]) == (
        "school-class-suspension-2026-09-23",
        "school",
        "class_suspension",
        2,
    )
    assert item["data"]["levels"]["secondary"] == "normal"
    assert item["title"]["zh"] == "教青局：幼兒教育、小學教育全日停課"
    assert item["title"]["en"] == "DSEDJ: classes suspended (all day): kindergarten and primary"
    assert "八號熱帶氣旋信號" in item["body"]["zh"] and "Signal No. 8" in item["body"]["en"]
    assert item["expires_at"] == "2026-09-24T00:00:00+08:00"


def test_single_announcement_unknown_codes_and_all_normal() -> None:
    (item,) = _parse(
        {
            "date": "2026-09-24",
            "reason": "volcano",
            "session": "night_shift",
            "levels": {"primary": "normal", "robotics": "maybe"},
        },
        "school",
    )
    assert item["severity"] == 0 and item["title"]["pt"] == "DSEDJ: aulas normais em todos os níveis"
    assert (
        "Robotics" in item["body"]["en"] and "maybe" in item["body"]["en"] and "volcano" in item["body"]["zh"]
    )


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({"format": "dsedj-class-suspension/1", "announcements": [{"date": "2026-09-23"}]}, "'levels'"),
        (
            {"format": "dsedj-class-suspension/1", "announcements": [{"date": "23/9", "levels": {"a": "b"}}]},
            "bad date",
        ),
        ({"format": "dsedj-class-suspension/1", "announcements": "x"}, "not a list"),
    ],
)
def test_bad_suspensions_are_refused(payload: dict[str, Any], reason: str) -> None:
    with pytest.raises(FeedError, match=reason):
        _parse(payload)


def test_immediate_prevention_and_evacuation_are_pinned() -> None:
    ipc, evacuation, lifted = _parse(
        {
            "format": "cpc-notices/1",
            "notices": [
                {"id": "ipc", "type": "immediate_prevention", "issued_at": "2026-09-23 13:00"},
                {
                    "id": "evac",
                    "type": "evacuation",
                    "areas": [{"zh": "內港", "pt": "Porto Interior", "en": "Inner Harbour"}],
                    "title": {"zh": "自訂標題"},
                },
                {"id": "old", "type": "lifted"},
            ],
        }
    )
    assert (ipc["category"], ipc["kind"], ipc["severity"], ipc["pinned"]) == (
        "civil_protection",
        "immediate_prevention",
        4,
        True,
    )
    assert ipc["data"]["hotline"] == "113" and all("113" in ipc["body"][lang] for lang in ("zh", "pt", "en"))
    assert (evacuation["severity"], evacuation["pinned"]) == (5, True)
    assert evacuation["title"]["zh"] == "自訂標題"  # given language kept, others from the standard text
    assert evacuation["title"]["en"] == "Evacuation of low-lying areas"
    assert "Inner Harbour" in evacuation["body"]["en"] and "內港" in evacuation["body"]["zh"]
    assert (lifted["severity"], lifted["pinned"]) == (0, False)


def test_unknown_notice_type_is_shown_generically() -> None:
    (item,) = _parse({"format": "cpc-notices/1", "notices": [{"type": "meteor", "extra": 1}]})
    assert item["kind"] == "meteor" and item["pinned"] and item["severity"] == 2


def test_bad_notices_are_refused() -> None:
    with pytest.raises(FeedError, match="list of objects"):
        _parse({"format": "cpc-notices/1", "notices": [1]})
    with pytest.raises(FeedError, match="unknown format"):
        _parse({"format": "cpc-notices-v9", "notices": []}, "civil_protection")
