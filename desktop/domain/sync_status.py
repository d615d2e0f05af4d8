"""What the status bar says about the connection and the background sync."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum


class Connection(Enum):
    UNKNOWN = "unknown"
    ONLINE = "online"
    OFFLINE = "offline"


class Activity(Enum):
    IDLE = "idle"
    STARTING = "starting"
    SIGNING_IN = "signing_in"
    SYNCING = "syncing"


class Problem(Enum):
    """Why the app is not (fully) in step with the server. The UI words each one in the user's language."""

    NONE = ""
    OFFLINE = "offline"
    TIMEOUT = "timeout"
    SERVER_ERROR = "server_error"
    BAD_RESPONSE = "bad_response"
    SIGN_IN_REQUIRED = "sign_in_required"
    DEMO_SERVER_FAILED = "demo_server_failed"
    CACHE_ERROR = "cache_error"
    #: Another window of the app on this PC is sending this account's outbox; this one only updates.
    ANOTHER_WINDOW = "another_window"


@dataclass(frozen=True)
class SyncStatus:
    connection: Connection = Connection.UNKNOWN
    activity: Activity = Activity.IDLE
    signed_in: bool = False
    last_sync: datetime | None = None
    problem: Problem = Problem.NONE
    #: Technical detail for the log and a tooltip; never shown as the main message.
    detail: str = ""
    #: Operations saved on this computer and not yet confirmed by the server.
    waiting: int = 0
    oldest_waiting: datetime | None = None
    #: Submissions the server refused or that cannot be sent: the resident decides what happens.
    attention: int = 0
    #: True when a manual "Sync now" produced this status (its failure is shown, not kept quiet).
    manual: bool = False

    def with_(self, **changes: object) -> SyncStatus:
        return replace(self, **changes)  # type: ignore[arg-type]
