"""The live options of the real server process: ``--typhoon-replay`` over the event stream, and
``--feeds`` ingesting a source that changes while the server runs."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

import httpx
from test_server_process import running_server, stop

from server.feeds.sources import SAMPLES


def _login(client: httpx.Client) -> dict[str, str]:
    token = client.post("/v1/auth/login", json={"username": "demo", "password": "demo"}).json()[
        "access_token"
    ]
    return {"Authorization": f"Bearer {token}"}


def _events(
    client: httpx.Client, headers: dict[str, str], wanted: int, timeout: float
) -> list[tuple[str, Any]]:
    """Read the event stream (from its first event, unless ``headers`` say otherwise) until ``wanted``
    alert events arrived."""
    found: list[tuple[str, Any]] = []
    deadline = time.monotonic() + timeout
    # Last-Event-ID 0: from the very first event (the replay's first step ran before we connected).
    with client.stream("GET", "/v1/events", headers={"Last-Event-ID": "0"} | headers) as response:
        name = ""
        for line in response.iter_lines():
            if line.startswith("event: "):
                name = line.removeprefix("event: ")
            elif line.startswith("data: "):
                found.append((name, json.loads(line.removeprefix("data: "))))
                if sum(kind == "alert" for kind, _ in found) >= wanted:
                    return found
            assert time.monotonic() < deadline, found
    return found


def test_typhoon_replay_reaches_the_event_stream(tmp_path: Path) -> None:
    # 0.5 s between steps; a short keep-alive so the reader wakes up between events.
    args = ("--demo", "--data", str(tmp_path / "data"), "--typhoon-replay", "0.025", "--sse-keepalive", "0.2")
    with running_server(*args) as (url, proc):
        with httpx.Client(base_url=url, timeout=httpx.Timeout(10, read=30)) as client:
            headers = _login(client)
            # The demo's four pinned items (seeded) come first; then the replay's nine pinned puts.
            events = _events(client, headers, 4 + 9, 30)
        assert stop(proc) == 0
    replay = [data for kind, data in events if kind == "alert"][4:]
    typhoon = [a["title"]["en"] for a in replay if a["feed_item_id"] == "alert-typhoon"]
    assert typhoon == [
        "Tropical Cyclone Signal No. 1",
        "Tropical Cyclone Signal No. 3",
        "Tropical Cyclone Signal No. 8 (southeast)",
        "Tropical Cyclone Signal No. 3",
    ]


def test_feeds_option_ingests_changes_and_raises_alerts(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    shutil.copy(SAMPLES / "c_typhoon.xml", feeds / "c_typhoon.xml")
    config = {"feeds": {"typhoon": {"path": "c_typhoon.xml", "kind": "smg_warning"}}}
    (feeds / "sources.json").write_text(json.dumps(config))
    # A run every 0.3 s.
    args = ("--demo", "--data", str(tmp_path / "data"), "--feeds", str(feeds / "sources.json"),
            "--feeds-interval", "0.005", "--sse-keepalive", "0.2")  # fmt: skip
    with running_server(*args) as (url, proc):
        with httpx.Client(base_url=url, timeout=httpx.Timeout(10, read=30)) as client:
            headers = _login(client)
            time.sleep(0.5)  # the first runs are done: the next alert is the raised signal
            head = _head(client, headers)
            text = (feeds / "c_typhoon.xml").read_text(encoding="utf-8")
            (feeds / "c_typhoon.xml").write_text(
                text.replace("<Warncode>3<", "<Warncode>8SE<"), encoding="utf-8"
            )
            found = _events(client, headers | {"Last-Event-ID": str(head)}, 1, 20)
            alert = next(data for kind, data in found if kind == "alert")
            assert alert["feed_item_id"] == "alert-typhoon" and alert["severity"] == 4
            assert alert["title"]["en"] == "Tropical Cyclone Signal No. 8 (southeast)"
        assert stop(proc) == 0


def _head(client: httpx.Client, headers: dict[str, str]) -> int:
    """The id of the newest event so far (read from the stream's first events)."""
    last = 0
    with client.stream("GET", "/v1/events", headers=headers | {"Last-Event-ID": "0"}) as response:
        for line in response.iter_lines():
            if line.startswith("id: "):
                last = int(line.removeprefix("id: "))
            elif line.startswith(": keep-alive"):
                return last
    return last
