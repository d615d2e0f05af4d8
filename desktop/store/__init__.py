"""The local SQLite cache: connection, migrations, repositories, search. No Qt here.

Use :func:`open_store` (or :func:`open_or_replace`) on the thread that will use the store; see
:mod:`desktop.store.store` for the threading contract.

Importing this package loads only what opening the cache and reading it needs; the names of the
outbox, the overlay and search (and the modules behind them) are loaded on first use, so the DB
worker's start-up imports stay small.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from desktop.store.errors import BadPayload, CacheCorruptError, CacheTooNewError, StoreError
from desktop.store.store import Store, open_or_replace, open_store

if TYPE_CHECKING:
    from desktop.store.outbox import OutboxError, Waiting
    from desktop.store.overlay import Overlaid
    from desktop.store.search import ServiceHit

#: Names exported here but defined in modules that are imported on first use.
_LAZY = {
    "OutboxError": "desktop.store.outbox",
    "Waiting": "desktop.store.outbox",
    "Overlaid": "desktop.store.overlay",
    "ServiceHit": "desktop.store.search",
}

__all__ = [
    "BadPayload",
    "CacheCorruptError",
    "CacheTooNewError",
    "OutboxError",
    "Overlaid",
    "ServiceHit",
    "Store",
    "StoreError",
    "Waiting",
    "open_or_replace",
    "open_store",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        # Also how ``from desktop.store import apply`` falls through to importing the submodule.
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
