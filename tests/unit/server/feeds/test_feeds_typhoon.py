"""The demo typhoon replay: signal order, severities, matching civil-protection and school items."""

from __future__ import annotations

from datetime import timedelta

from feeds_testkit import NOW, check_item

from server.feeds.typhoon import STEP_SECONDS, typhoon_script


def test_signal_order_and_severities() -> None:
    steps = typhoon_script(start=NOW)
    assert [s.label for s in steps] == ["signal-1", "signal-3", "signal-8", "signal-3-lowered", "cancelled"]
    typhoon = [next(i for i in s.put if i["id"] == "alert-typhoon") for s in steps]
    assert [i["level"] for i in typhoon] == ["1", "3", "8", "3", "cancelled"]
    assert [i["severity"] for i in typhoon] == [2, 3, 4, 3, 0]
    assert [i["pinned"] for i in typhoon] == [True, True, True, True, False]
    assert [s.delay for s in steps] == [0.0] + [STEP_SECONDS] * 4


def test_every_step_is_well_formed_and_timed() -> None:
    steps = typhoon_script(start=NOW, pace=0.1)
    elapsed = 0.0
    alive: set[str] = set()
    for step in steps:
        elapsed += step.delay
        for item in step.put:
            check_item(item)
            assert item["published_at"] == (NOW + timedelta(seconds=elapsed)).isoformat(), step.label
        assert set(step.delete) <= alive, step.label  # deletes only what an earlier step put
        alive = (alive | {i["id"] for i in step.put}) - set(step.delete)
    assert elapsed == 4 * STEP_SECONDS * 0.1
    assert {i for i in alive if i.startswith("civil-protection")} == set()


def test_matching_civil_protection_and_school_items() -> None:
    steps = {s.label: s for s in typhoon_script(start=NOW)}
    by_id = {label: {i["id"]: i for i in s.put} for label, s in steps.items()}

    eight = by_id["signal-8"]
    assert eight["alert-typhoon"]["data"]["direction"] == "SE"
    assert eight["alert-storm-surge"]["level"] == "orange"
    ipc = eight["civil-protection-immediate-prevention"]
    assert (ipc["kind"], ipc["pinned"], ipc["severity"]) == ("immediate_prevention", True, 4)
    evacuation = eight["civil-protection-evacuation"]
    assert evacuation["severity"] == 5 and "Inner Harbour" in evacuation["body"]["en"]
    school_8 = eight["school-class-suspension-2026-09-23"]["data"]["levels"]
    assert set(school_8.values()) == {"suspended"}

    school_3 = by_id["signal-3"]["school-class-suspension-2026-09-23"]["data"]["levels"]
    assert school_3["primary"] == "suspended" and school_3["secondary"] == "normal"

    lowered = steps["signal-3-lowered"]
    assert by_id["signal-3-lowered"]["civil-protection-immediate-prevention"]["kind"] == "lifted"
    assert "civil-protection-evacuation" in lowered.delete

    done = steps["cancelled"]
    tomorrow = by_id["cancelled"]["school-class-suspension-2026-09-24"]
    assert set(tomorrow["data"]["levels"].values()) == {"normal"}
    assert "alert-storm-surge" in done.delete
