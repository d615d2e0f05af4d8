"""Errors raised by the local store.

The app tells these apart: a corrupt or too-new cache is set aside and rebuilt from the server;
a bad payload means the server sent rows this build cannot trust, and nothing of that page is kept.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of every error the store raises on purpose."""


class CacheCorruptError(StoreError):
    """The cache file is not a SQLite database, is truncated, or failed its integrity check."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(
            f"the local cache {self.path.name} is damaged ({reason}); it can be set aside and rebuilt"
        )


class CacheTooNewError(StoreError):
    """The cache was written by a newer build (its schema version is above the one this build knows)."""

    def __init__(self, path: Path | str, found: int, supported: int) -> None:
        self.path = Path(path)
        self.found = found
        self.supported = supported
        super().__init__(
            f"the local cache {self.path.name} has schema version {found}, but this version of the app "
            f"knows versions up to {supported}; it was written by a newer version of the app"
        )


class BadPayload(StoreError):
    """A change from the server has the wrong shape or types; the whole page is refused."""

    def __init__(self, entity: str, row_id: str, problem: str) -> None:
        self.entity = entity
        self.row_id = row_id
        self.problem = problem
        where = f"{entity} {row_id!r}" if entity or row_id else "change"
        super().__init__(f"bad {where}: {problem}")
