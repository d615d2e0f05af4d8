"""The server's settings, gathered in one immutable object that every part receives."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

#: Default lifetime of an access token, in seconds.
DEFAULT_ACCESS_TTL = 900
#: Lifetime of a refresh token, in seconds (30 days: a desktop may stay offline for weeks).
DEFAULT_REFRESH_TTL = 30 * 24 * 3600
#: Default seconds between keep-alive comments on an idle ``/v1/events`` stream.
DEFAULT_SSE_KEEPALIVE = 15.0
#: Default seconds between two feed ingestion runs.
DEFAULT_FEEDS_INTERVAL = 600.0
#: Name of the SQLite file inside the data directory.
DB_FILENAME = "server.sqlite3"


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """How one server instance runs. Tests build their own; the CLI builds one from its options."""

    data_dir: Path
    host: str = "127.0.0.1"
    port: int = 0
    #: Seed the demo departments, services, feed and residents into a new database.
    demo: bool = False
    #: Mount the ``/v1/_test`` endpoints (entity writes, epoch reset, fault switches).
    test_mode: bool = False
    access_ttl: int = DEFAULT_ACCESS_TTL
    refresh_ttl: int = DEFAULT_REFRESH_TTL
    #: Seconds between keep-alive comments on an idle event stream.
    sse_keepalive_s: float = DEFAULT_SSE_KEEPALIVE
    #: Seconds since the epoch; injectable so tests can move time instead of sleeping.
    clock: Callable[[], float] = field(default=time.time, compare=False)
    #: A feed-source config (see server/feeds/README.md): ingest it every ``feeds_interval_s``.
    feeds_config: Path | None = None
    feeds_interval_s: float = DEFAULT_FEEDS_INTERVAL
    #: Replay the scripted typhoon once at start, at this pace (1.0: 20 s between steps).
    typhoon_pace: float | None = None

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"
