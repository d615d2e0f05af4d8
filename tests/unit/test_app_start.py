"""What the app changes in the interpreter once its first content is painted."""

from __future__ import annotations

import gc

from desktop.app import _calm_the_garbage_collector


def test_the_collector_comes_back_tuned_after_the_start() -> None:
    thresholds = gc.get_threshold()
    gc.disable()  # as run() does while the window is built
    try:
        _calm_the_garbage_collector()
        assert gc.isenabled()
        assert gc.get_threshold()[0] == 50_000
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
        gc.enable()
