"""``python -m server.feeds``: JSON and exit 0 on a good file; one stderr line and exit 1 on a bad one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from feeds_testkit import FIXTURES, ROOT, SAMPLES, real

from server.feeds.__main__ import main


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server.feeds", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_parse_prints_utf8_json_and_exits_0() -> None:
    sample = next(iter(real("smg/c_actual_brief*.xml")), SAMPLES / "c_actual_brief.xml")
    result = _run("parse", str(sample))
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert items[0]["id"] == "weather-now"
    assert "本澳天氣" in result.stdout  # ensure_ascii=False: real characters, not \\u escapes
    assert result.stderr == ""


def test_malformed_file_exits_1_with_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "c_actual_brief.xml"
    bad.write_bytes((SAMPLES / "c_actual_brief.xml").read_bytes()[:300])
    result = _run("parse", str(bad))
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ") and "c_actual_brief.xml: malformed XML at line" in line


def test_usage_errors_exit_2() -> None:
    assert _run("parse", "x.xml", "--kind", "nonsense").returncode == 2


@pytest.mark.parametrize(
    ("path", "kind", "count"),
    [
        (SAMPLES / "psp_status.json", None, 8),
        (FIXTURES / "handmade_no_warning.xml", None, 0),
        (SAMPLES / "c_typhoon.xml", "smg_warning", 1),
    ],
)
def test_in_process_parse(
    path: Path, kind: str | None, count: int, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["parse", str(path), "--now", "2026-09-23 12:00"] + (["--kind", kind] if kind else [])
    assert main(args) == 0
    assert len(json.loads(capsys.readouterr().out)) == count


def test_kind_override_and_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SAMPLES / "c_actual_brief.xml"), "--kind", "smg_air"]) == 1
    assert "expects JSON" in capsys.readouterr().err
    assert main(["parse", str(tmp_path / "missing.xml")]) == 1
    assert "cannot read missing.xml" in capsys.readouterr().err
    assert main(["parse", str(SAMPLES / "c_actual_brief.xml"), "--now", "yesterday"]) == 1
    assert "--now" in capsys.readouterr().err


def test_kinds_typhoon_and_refresh(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kinds"]) == 0
    assert "smg_brief" in capsys.readouterr().out
    assert main(["typhoon", "--pace", "0.5"]) == 0
    steps = json.loads(capsys.readouterr().out)
    assert [s["label"] for s in steps][-1] == "cancelled" and steps[1]["delay"] == 10.0
    assert main(["refresh"]) == 0
    assert len(json.loads(capsys.readouterr().out)) > 20
