"""Live "My information" (server.livefeed): periodic ingestion with last good copies, the typhoon replay,
and the test-mode clock."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from server_testkit import assert_problem

from server.__main__ import parse_args
from server.events import Event
from server.feeds.sources import SAMPLES
from server.services import Services

SAMPLE_FILES = ("c_typhoon.xml", "c_actual_brief.xml", "psp_status.json", "c_thunderstorm.xml")


def wait_for(check: Callable[[], Any], timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.fixture
def feeds_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "feeds"
    folder.mkdir()
    for name in SAMPLE_FILES:
        shutil.copy(SAMPLES / name, folder / name)
    config = {
        "feeds": {
            "typhoon": {"path": "c_typhoon.xml", "kind": "smg_warning"},
            "thunderstorm": {"path": "c_thunderstorm.xml", "kind": "smg_warning"},
            "brief": "c_actual_brief.xml",
            "border": "psp_status.json",
        }
    }
    (folder / "sources.json").write_text(json.dumps(config))
    return folder


def events(services: Services, after: int = 0, kind: str | None = None) -> list[Event]:
    found = services.events.read(after, "usr-demo", limit=10_000)
    return [e for e in found if kind is None or e.type == kind]


def feed_row(services: Services, item_id: str) -> dict[str, Any] | None:
    stored = services.store.get("feed_item", item_id)
    return None if stored is None else stored.row


def test_ingestion_writes_changes_once_and_keeps_the_last_good_copy(
    make_server: Any, feeds_dir: Path, tmp_path: Path
) -> None:
    # A long interval: the loop's first run happens at start, the test runs the next ones itself.
    _, services = make_server(feeds_config=feeds_dir / "sources.json", feeds_interval_s=3600, test_mode=True)
    assert services.feeds is not None
    wait_for(lambda: services.feeds.last)
    assert set(services.feeds.last.report.values()) == {"ok"}
    assert services.store.count("feed_item") == 1 + 2 + 8  # weather, two warnings, eight checkpoints
    alerts = events(services, kind="alert")
    assert sorted(e.data["feed_item_id"] for e in alerts) == ["alert-thunderstorm", "alert-typhoon"]
    assert len(events(services, kind="changes")) == 1  # one transaction for the whole run
    seq, head = services.store.current_seq, services.events.head()

    # Nothing changed at the sources: nothing written, no alert raised again.
    run = services.feeds.run_once()
    assert run.written == 0 and services.store.current_seq == seq and services.events.head() == head

    # The weather source breaks: its items stay as they were; the warning that ended is deleted.
    weather = feed_row(services, "weather-now")
    (feeds_dir / "c_actual_brief.xml").write_bytes(b"<ActualWeatherBrief><broken")
    shutil.copy(SAMPLES / "c_rainstorm.xml", feeds_dir / "c_typhoon.xml")  # no warning in force now
    run = services.feeds.run_once()
    assert run.report["brief"].startswith("malformed XML") and run.report["typhoon"] == "ok"
    assert feed_row(services, "weather-now") == weather
    assert feed_row(services, "alert-typhoon") is None and services.store.get("feed_item", "alert-typhoon")
    assert run.written == 1 and events(services, head, "alert") == []

    # A restart whose first run meets the broken source still keeps the copy (it is stored).
    services.close()
    _, again = make_server(
        feeds_config=feeds_dir / "sources.json",
        feeds_interval_s=3600,
        data_dir=services.config.data_dir,
        users=False,
    )
    assert again.feeds is not None
    wait_for(lambda: again.feeds.last)
    assert again.feeds.last.written == 0 and feed_row(again, "weather-now") == weather
    # The source recovers with a new report: the row changes.
    shutil.copy(SAMPLES / "c_actual_brief.xml", feeds_dir / "c_actual_brief.xml")
    text = (feeds_dir / "c_actual_brief.xml").read_text(encoding="utf-8")
    (feeds_dir / "c_actual_brief.xml").write_text(text.replace("14:55", "15:25"), encoding="utf-8")
    assert again.feeds.run_once().written == 1
    assert feed_row(again, "weather-now") != weather


def test_the_loop_runs_every_interval_and_survives_failures(make_server: Any, feeds_dir: Path) -> None:
    _, services = make_server(feeds_config=feeds_dir / "sources.json", feeds_interval_s=0.1)
    wait_for(lambda: feed_row(services, "alert-typhoon"))
    (feeds_dir / "c_typhoon.xml").write_text("not xml at all")
    time.sleep(0.3)  # failing runs meanwhile
    assert feed_row(services, "alert-typhoon") is not None
    shutil.copy(SAMPLES / "c_rainstorm.xml", feeds_dir / "c_typhoon.xml")
    wait_for(lambda: feed_row(services, "alert-typhoon") is None)


def test_run_now_in_test_mode(make_server: Any, feeds_dir: Path) -> None:
    client, _ = make_server(feeds_config=feeds_dir / "sources.json", feeds_interval_s=3600, test_mode=True)
    body = client.post("/v1/_test/feeds/run").json()
    assert set(body) == {"at", "report", "written"} and body["report"]["typhoon"] == "ok"
    plain, _ = make_server(test_mode=True)
    assert_problem(plain.post("/v1/_test/feeds/run"), 404, "not-found")


def test_typhoon_replay_in_order_one_transaction_per_step(client: TestClient, services: Services) -> None:
    started = client.post("/v1/_test/typhoon", json={"pace": 0.005}).json()  # 0.1 s between steps
    assert [s["label"] for s in started["steps"]] == [
        "signal-1", "signal-3", "signal-8", "signal-3-lowered", "cancelled",
    ]  # fmt: skip
    view = wait_for(lambda: (v := client.get("/v1/_test/typhoon").json())["done"][4:] and v)
    assert view["done"] == [s["label"] for s in started["steps"]] and not view["running"]
    # Each step is one commit: one "changes" event each, its alerts right after it.
    types = [e.type for e in events(services)]
    steps = "".join("|c" if t == "changes" else "a" for t in types).split("|")[1:]
    assert types[0] == "changes" and [len(step) - 1 for step in steps] == [2, 1, 5, 1, 0]  # alerts per step
    typhoon = [e.data for e in events(services, kind="alert") if e.data["feed_item_id"] == "alert-typhoon"]
    assert [a["title"]["en"] for a in typhoon] == [
        "Tropical Cyclone Signal No. 1",
        "Tropical Cyclone Signal No. 3",
        "Tropical Cyclone Signal No. 8 (southeast)",
        "Tropical Cyclone Signal No. 3",
    ]
    assert [a["severity"] for a in typhoon] == [2, 3, 4, 3]
    # After the last step: signal cancelled and unpinned, the step-8 notices gone, classes resume.
    final = feed_row(services, "alert-typhoon")
    assert final is not None and final["pinned"] is False and final["level"] == "cancelled"
    for gone in ("civil-protection-evacuation", "civil-protection-shelters", "alert-storm-surge"):
        assert feed_row(services, gone) is None, gone
    schools = [r for r in services.store.rows("feed_item") if r["category"] == "school"]
    assert {level for r in schools[-1:] for level in r["data"]["levels"].values()} == {"normal"}


def test_typhoon_replay_stops_and_restarts(client: TestClient, services: Services) -> None:
    client.post("/v1/_test/typhoon", json={"pace": 1.0})  # 20 s between steps
    wait_for(lambda: client.get("/v1/_test/typhoon").json()["done"] == ["signal-1"])
    assert client.delete("/v1/_test/typhoon").status_code == 204
    view = wait_for(lambda: (v := client.get("/v1/_test/typhoon").json())["running"] is False and v)
    assert view["done"] == ["signal-1"]
    assert feed_row(services, "alert-typhoon") is not None
    assert_problem(client.post("/v1/_test/typhoon", json={"pace": 0}), 422, "validation-error")


def test_typhoon_replay_option(make_server: Any) -> None:
    _, services = make_server(typhoon_pace=0.002)
    wait_for(lambda: services.typhoon.view()["done"][4:])
    assert len(events(services, kind="alert")) >= 4


def test_clock_moves_forward_only(client: TestClient, services: Services) -> None:
    before = services.clock()
    moved = client.post("/v1/_test/clock", json={"advance_s": 3600}).json()
    assert moved["offset_s"] == 3600 and services.clock() == before + 3600
    assert client.get("/v1/_test/clock").json() == moved
    assert client.post("/v1/_test/clock", json={"now": "2027-06-01T09:00:00+08:00"}).json()["now"] == (
        "2027-06-01T09:00:00+08:00"
    )
    assert_problem(
        client.post("/v1/_test/clock", json={"now": "2027-05-01T09:00:00+08:00"}), 422, "validation-error"
    )
    assert_problem(client.post("/v1/_test/clock", json={"advance_s": -1}), 422, "validation-error")
    assert_problem(client.post("/v1/_test/clock", json={"now": "2027-06-02T09:00"}), 422, "validation-error")
    assert client.get("/v1/info").json()["now"] == "2027-06-01T09:00:00+08:00"


def test_command_line_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = parse_args([])
    assert (args.feeds, args.feeds_interval, args.typhoon_replay) == (None, 10.0, None)
    config = tmp_path / "sources.json"
    config.write_text(json.dumps({"feeds": {"brief": "c_actual_brief.xml"}}))
    args = parse_args(["--feeds", str(config), "--feeds-interval", "0.5", "--typhoon-replay", "0.1"])
    assert (args.feeds, args.feeds_interval, args.typhoon_replay) == (config, 0.5, 0.1)
    for bad in (
        ["--feeds", str(tmp_path / "missing.json")],
        ["--typhoon-replay", "0"],
        ["--feeds-interval", "0"],
    ):
        with pytest.raises(SystemExit) as exited:
            parse_args(bad)
        assert exited.value.code == 2
    assert "missing.json" in capsys.readouterr().err
