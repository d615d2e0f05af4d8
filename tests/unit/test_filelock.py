"""The file lock tells a live owner from a dead one, across processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.filelock import FileLock, LockHeldError, is_locked

HOLD = (
    "import sys, time; from pathlib import Path; from desktop.filelock import FileLock; "
    "FileLock(Path(sys.argv[1])).acquire(); print('held', flush=True); time.sleep(30)"
)


def test_lock_held_by_another_process(tmp_path: Path) -> None:
    path = tmp_path / "x.lock"
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        assert is_locked(path)
        with pytest.raises(LockHeldError):
            FileLock(path).acquire()
    finally:
        child.kill()
        child.wait()
    assert not is_locked(path)  # the OS released it when the holder died
    with FileLock(path) as lock:
        assert lock.held
    assert not lock.held


def test_missing_lock_file_is_not_locked(tmp_path: Path) -> None:
    assert not is_locked(tmp_path / "nothing.lock")
