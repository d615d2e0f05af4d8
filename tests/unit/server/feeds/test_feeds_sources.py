"""Feed sources and refresh: files and URLs (httpx, mocked transport), size caps, last good copies kept."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from feeds_testkit import CTX, SAMPLES, check_item

from server.feeds.safe import FeedError
from server.feeds.sources import (
    FeedIngest,
    FeedSource,
    FeedSources,
    all_items,
    diff_items,
    fetch,
    load_feed,
    refresh,
)

ROW = {"Pn": "2", "Id": "E", "St": "1"}
BRIEF = (SAMPLES / "c_actual_brief.xml").read_bytes()


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def _url_sources(url: str = "https://xml.smg.gov.mo/c_actual_brief.xml", **options: object) -> FeedSources:
    return FeedSources((FeedSource("smg_brief", url),), **options)  # type: ignore[arg-type]


def test_demo_sources_load_every_sample() -> None:
    sources = FeedSources.demo()
    report: dict[str, str] = {}
    by_feed = refresh(sources, {}, ctx=CTX, report=report)
    assert set(report.values()) == {"ok"}
    assert by_feed["smg_rainstorm"] == []  # a warning file with nothing in force
    items = all_items(by_feed)
    for item in items:
        check_item(item)
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    assert {i["category"] for i in items} == {
        "alert",
        "civil_protection",
        "weather",
        "air_quality",
        "border",
        "school",
        "news",
    }
    assert sum(i["category"] == "news" for i in items) == 12  # three languages merged per post


def test_failed_feed_keeps_its_last_good_copy(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "c_actual_brief.xml").write_bytes(BRIEF)
    (tmp_path / "sources.json").write_text(
        json.dumps({"feeds": {"smg_brief": "c_actual_brief.xml", "school": {"path": "missing.json"}}})
    )
    sources = FeedSources.load(tmp_path / "sources.json")
    first = refresh(sources, {}, ctx=CTX)
    assert list(first) == ["smg_brief"]  # nothing good known yet for the school feed
    (tmp_path / "c_actual_brief.xml").write_bytes(BRIEF[:200])  # truncated upload
    report: dict[str, str] = {}
    with caplog.at_level(logging.WARNING, logger="server.feeds"):
        second = refresh(sources, first, ctx=CTX, report=report)
    assert second["smg_brief"] == first["smg_brief"]
    assert report["smg_brief"].startswith("malformed XML")
    assert "kept last good copy" in caplog.text


def test_ingest_reports_only_changes(tmp_path: Path) -> None:
    for name in ("c_typhoon.xml", "psp_status.json"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    config = {"feeds": {"typhoon": "c_typhoon.xml", "border": "psp_status.json"}}
    (tmp_path / "s.json").write_text(json.dumps(config))
    ingest = FeedIngest(FeedSources.load(tmp_path / "s.json"))
    puts, deletes = ingest.run_once(ctx=CTX)
    assert len(puts) == 9 and deletes == []
    assert ingest.run_once(ctx=CTX) == ([], [])
    (tmp_path / "c_typhoon.xml").write_bytes((SAMPLES / "c_rainstorm.xml").read_bytes())  # no warning now
    (tmp_path / "psp_status.json").write_text("{")  # broken: border keeps its copy
    puts, deletes = ingest.run_once(ctx=CTX)
    assert (puts, deletes) == ([], ["alert-typhoon"])
    assert ingest.report["border"].startswith("malformed JSON")


def test_diff_items() -> None:
    a = {"id": "a", "v": 1}
    b = {"id": "b", "v": 1}
    assert diff_items([a, b], [{"id": "a", "v": 2}, {"id": "c"}]) == (
        [{"id": "a", "v": 2}, {"id": "c"}],
        ["b"],
    )


def test_url_fetch_ok_and_post_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200,
            content=json.dumps({"d": json.dumps({"Rs": True, "Rt": [ROW]})}).encode(),
        )

    source = FeedSource("psp", "https://www.fsm.gov.mo/psp/x/getStatus", "psp_border", "POST", "{}")
    with _client(handler) as client:
        (item,) = load_feed(source, FeedSources((source,)), client, CTX)
    assert item["id"] == "border-bg"
    assert seen[0].method == "POST" and seen[0].content == b"{}"
    assert seen[0].headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("handler", "reason"),
    [
        (lambda r: httpx.Response(503, content=b"busy"), "HTTP 503 from xml.smg.gov.mo"),
        (
            lambda r: httpx.Response(200, headers={"content-length": "999999999"}, content=b"x"),
            "announces 999999999",
        ),
        (lambda r: httpx.Response(200, content=iter([b"<a>" * 400] * 10)), "over the 4096-byte limit"),
    ],
    ids=["status", "declared-size", "streamed-size"],
)
def test_url_failures(handler: Callable[[httpx.Request], httpx.Response], reason: str) -> None:
    sources = _url_sources(max_bytes=4096)
    with _client(handler) as client, pytest.raises(FeedError, match=reason):
        fetch(sources.feeds[0], sources, client)


def test_timeouts_and_connection_errors_are_feed_errors() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    sources = _url_sources(timeout=0.5)
    with _client(slow) as client, pytest.raises(FeedError, match=r"timed out after 0\.5 s"):
        fetch(sources.feeds[0], sources, client)
    with (
        _client(down) as client,
        pytest.raises(FeedError, match=r"cannot fetch from xml\.smg\.gov\.mo: ConnectError"),
    ):
        fetch(sources.feeds[0], sources, client)


@pytest.mark.parametrize("url", ["http://xml.smg.gov.mo/c_actual_brief.xml", "ftp://example.invalid/x"])
def test_plain_http_is_refused_except_loopback(url: str) -> None:
    sources = _url_sources(url)
    with (
        _client(lambda r: httpx.Response(200, content=BRIEF)) as client,
        pytest.raises(FeedError, match="use https"),
    ):
        fetch(sources.feeds[0], sources, client)


def test_loopback_http_is_allowed_and_edition_language_comes_from_the_name() -> None:
    sources = _url_sources("http://127.0.0.1:8080/p_actual_brief.xml")
    with _client(lambda r: httpx.Response(200, content=BRIEF)) as client:
        (item,) = load_feed(sources.feeds[0], sources, client, CTX)
    assert item["data"]["feels_like_text"] == {"pt": "溫暖"}  # p_ = Portuguese edition


@pytest.mark.parametrize(
    ("config", "reason"),
    [
        ({}, "non-empty"),
        ({"feeds": {"a": {}}}, "needs a 'url' or a 'path'"),
        ({"feeds": {"a": {"path": "x", "kind": "weird"}}}, "unknown kind"),
    ],
)
def test_bad_configs(config: dict[str, object], reason: str) -> None:
    with pytest.raises(FeedError, match=reason):
        FeedSources.from_dict(config, Path("."))
