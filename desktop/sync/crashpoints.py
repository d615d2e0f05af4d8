"""Named crash points: let a test kill this process at an exact moment of the sync protocol.

The promise "never lose a submission, never apply one twice" has to hold when the app dies at the
worst moment: right after an operation was saved, while its request is out, after the answer came but
before it was written down. Tests prove it by running a real client process with
``ONEACCOUNT_CRASH_AT=<name>`` (or ``<name>:<n>``, the n-th time that point is reached; several may be
given, comma-separated) and checking what a restart on the same data does. The process then dies as
``kill -9`` would make it: ``SIGKILL`` to itself (``os._exit`` on Windows), no cleanup, no flush.

Without the variable :func:`crash_point` is one truth test. The variable is read once, when this
module is imported (a misspelt point fails the start loudly rather than never firing).

Points: ``after_enqueue_commit`` (desktop.store.outbox), ``after_send`` and
``after_response_before_ack`` (desktop.sync.push), ``mid_upload`` (desktop.sync.uploads).
"""

from __future__ import annotations

import os
import signal
import sys
import threading

__all__ = ["ENV", "POINTS", "crash_point", "parse"]

ENV = "ONEACCOUNT_CRASH_AT"
POINTS = frozenset({"after_enqueue_commit", "after_send", "after_response_before_ack", "mid_upload"})

_lock = threading.Lock()
_seen: dict[str, int] = {}


def parse(spec: str) -> dict[str, int]:
    """``"after_send:3,mid_upload"`` → ``{"after_send": 3, "mid_upload": 1}``; bad parts raise ValueError."""
    armed: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, _, nth = part.partition(":")
        if name not in POINTS:
            raise ValueError(f"{ENV}: unknown crash point {name!r} (known: {', '.join(sorted(POINTS))})")
        count = int(nth) if nth else 1
        if count < 1:
            raise ValueError(f"{ENV}: {part!r}: the count starts at 1")
        armed[name] = count
    return armed


def crash_point(name: str) -> None:
    """Die here, at once, if ``ONEACCOUNT_CRASH_AT`` names this point (and this is its n-th time)."""
    if not _ARMED or name not in _ARMED:
        return
    with _lock:  # the push reaches its points from several threads
        _seen[name] = seen = _seen.get(name, 0) + 1
    if seen == _ARMED[name]:
        _die()


def _die() -> None:
    if sys.platform == "win32":
        os._exit(137)
    os.kill(os.getpid(), signal.SIGKILL)
    os._exit(137)  # not reached: SIGKILL cannot be caught


#: name → the n-th time it kills (read once, here).
_ARMED: dict[str, int] = parse(os.environ.get(ENV, ""))
