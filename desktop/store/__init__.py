"""The local SQLite cache: connection, migrations, repositories, search. No Qt here.

Use :func:`open_store` (or :func:`open_or_replace`) on the thread that will use the store; see
:mod:`desktop.store.store` for the threading contract.
"""

from desktop.store.errors import BadPayload, CacheCorruptError, CacheTooNewError, StoreError
from desktop.store.outbox import OutboxError, Waiting
from desktop.store.overlay import Overlaid
from desktop.store.search import ServiceHit
from desktop.store.store import Store, open_or_replace, open_store

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
