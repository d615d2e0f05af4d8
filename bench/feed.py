"""A feed of 100,000 cached items: time to the first painted window and peak memory, next to the same
app starting with an empty cache.

Both runs are the real app (resident profile, offline, so the figure is the cache alone); the list model
fetches lazily, so a huge cache must cost little more than an empty one.

    python -m bench.feed [--items 100000] [--runs 5]

Last line: ``first_paint_ms=… empty_start_ms=… rss_mb=…`` (first paint and peak RSS with the big cache;
the empty-cache start as the floor).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.startup import UNREACHABLE, prepare_profile  # noqa: E402


def run_once(data_dir: Path, env: dict[str, str]) -> tuple[float, float]:
    """(ms from process start to first paint, peak RSS in MB) of one app run."""
    started = time.time()
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--server", UNREACHABLE, "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    painted = None
    for line in process.stdout:
        if line.startswith("first_paint_wall="):
            painted = float(line.split("=", 1)[1])
    _pid, _status, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    if painted is None:
        raise RuntimeError("the app reported no first paint")
    return (painted - started) * 1e3, usage.ru_maxrss / 1024  # Linux reports kilobytes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="oneaccount-bench-feed-"))
    try:
        big, empty = scratch / "big", scratch / "empty"
        prepare_profile(big, args.items, 600)
        empty.mkdir()
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update(
            ONEACCOUNT_BENCH_FIRST_PAINT="1",
            ONEACCOUNT_CONFIG=str(scratch / "none.json"),
            ONEACCOUNT_LOG_LEVEL="ERROR",
            PYTHONPATH=str(ROOT),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")],
            env=env,
            check=True,
            capture_output=True,
        )
        run_once(big, env)
        run_once(empty, env)
        big_runs, empty_runs = [], []
        for _ in range(args.runs):
            empty_runs.append(run_once(empty, env))
            big_runs.append(run_once(big, env))
        paint = statistics.median(r[0] for r in big_runs)
        rss = max(r[1] for r in big_runs)
        empty_paint = statistics.median(r[0] for r in empty_runs)
        empty_rss = max(r[1] for r in empty_runs)
        print(f"{args.items} cached feed items: first paint {paint:.0f} ms, peak RSS {rss:.0f} MB")
        print(f"empty cache: first paint {empty_paint:.0f} ms, peak RSS {empty_rss:.0f} MB")
        print(f"above the empty start: {paint - empty_paint:.0f} ms")
        print(f"first_paint_ms={paint:.0f} empty_start_ms={empty_paint:.0f} rss_mb={rss:.0f}")
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
