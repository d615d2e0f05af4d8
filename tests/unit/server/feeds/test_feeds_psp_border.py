"""PSP border checkpoints: ASP.NET envelope, grouping by post, unknown posts and codes, failures."""

from __future__ import annotations

import json
from typing import Any

import pytest
from feeds_testkit import CTX, check_item

from server.feeds.registry import parse_payload
from server.feeds.safe import FeedError


def envelope(rows: list[dict[str, Any]], rs: Any = True) -> bytes:
    return json.dumps({"d": json.dumps({"Rs": rs, "Rt": rows})}).encode()


def row(pn: str, direction: str, st: str, **extra: str) -> dict[str, Any]:
    return {"Pn": pn, "Id": direction, "St": st, "Ti": "2026/09/23 10:05", "Vt": "", "Os": "0", **extra}


def _items(raw: bytes) -> dict[str, dict[str, Any]]:
    kind, items = parse_payload(raw, ctx=CTX)
    assert kind == "psp_border"
    for item in items:
        check_item(item)
    return {i["id"]: i for i in items}


def test_posts_group_into_checkpoints_worst_status_wins() -> None:
    items = _items(
        envelope([row("2", "E", "1"), row("7", "E", "3"), row("2", "D", "2"), row("55", "E", "1")])
    )
    bg = items["border-bg"]
    assert (bg["data"]["entry_status"], bg["data"]["exit_status"]) == (3, 2)
    assert (bg["data"]["entry_wait_minutes"], bg["data"]["exit_wait_minutes"]) == (45, 30)
    assert bg["severity"] == 1 and bg["source"] == "CPSP"
    assert bg["title"]["zh"] == "關閘：入境擠擁，出境繁忙"
    assert bg["published_at"] == "2026-09-23T10:05:00+08:00"
    assert len(bg["data"]["posts"]) == 3
    qm = items["border-qm"]
    assert qm["data"]["exit_status"] is None and qm["data"]["exit_status_text"]["en"] == "no data"


def test_no_data_unknown_codes_and_unknown_posts() -> None:
    items = _items(
        envelope([row("8", "E", "0"), row("8", "D", "100"), row("999", "E", "7"), row("999", "D", "5")])
    )
    cbiz = items["border-cbiz"]["data"]
    assert (cbiz["entry_status"], cbiz["entry_code"], cbiz["exit_code"]) == (None, "0", "100")
    odd = items["border-pn999"]
    assert odd["data"]["entry_code"] == "7" and odd["data"]["entry_status"] is None
    assert odd["data"]["entry_status_text"]["zh"] == "狀態代碼 7"
    assert odd["data"]["exit_status"] == 5 and odd["data"]["exit_wait_minutes"] is None
    assert odd["severity"] == 2 and "999" in odd["title"]["en"]


def test_stale_posts_yield_to_current_ones() -> None:
    items = _items(envelope([row("12", "E", "4", Os="1"), row("12", "E", "1")]))
    assert items["border-tp"]["data"]["entry_status"] == 1


def test_bare_inner_object_numbers_and_extra_fields() -> None:
    raw = json.dumps(
        {"Rs": True, "Rt": [{"Pn": 1, "Id": "e", "St": 2, "New": "x"}, "junk"], "More": 1}
    ).encode()
    items = _items(raw)
    assert items["border-oh"]["data"]["entry_status"] == 2
    assert items["border-oh"]["published_at"] == CTX.now.isoformat(timespec="seconds")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (envelope([], rs=False), "Rs=false"),
        (json.dumps({"d": '{"Rs":true,"Rt":[{"Pn":"2"'}).encode(), "truncated"),
        (json.dumps({"d": json.dumps({"Rs": True})}).encode(), "'Rt' list is missing"),
        (envelope([{"Id": "E"}]), "no checkpoint"),
    ],
)
def test_failures_are_refused(raw: bytes, reason: str) -> None:
    with pytest.raises(FeedError, match=reason):
        parse_payload(raw, ctx=CTX)
