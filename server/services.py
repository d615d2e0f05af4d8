"""The parts one server instance is made of, built together from a :class:`ServerConfig`."""

from __future__ import annotations

from dataclasses import dataclass

from server.auth import AuthService
from server.config import ServerConfig
from server.db import Database
from server.events import EventLog
from server.faults import FaultRegistry
from server.ops import build_kinds
from server.ops.engine import OpService
from server.ops.provider import DemoPaymentProvider
from server.store import ServerStore
from server.uploads import UploadService

#: Meta key set once the demo data is in the database (the same as server.demo.DEMO_SEEDED_KEY,
#: repeated so that a server without --demo never imports the demo catalogue).
DEMO_SEEDED_KEY = "demo_seeded"


@dataclass(slots=True)
class Services:
    config: ServerConfig
    db: Database
    store: ServerStore
    auth: AuthService
    faults: FaultRegistry
    events: EventLog
    provider: DemoPaymentProvider
    ops: OpService
    uploads: UploadService

    @classmethod
    def open(cls, config: ServerConfig) -> Services:
        """Open (or create) the database in ``config.data_dir`` and, with ``demo``, seed it once."""
        db = Database(config.db_path)
        store = ServerStore(db)
        provider = DemoPaymentProvider()
        services = cls(
            config=config,
            db=db,
            store=store,
            auth=AuthService(
                db, access_ttl=config.access_ttl, refresh_ttl=config.refresh_ttl, clock=config.clock
            ),
            faults=FaultRegistry(),
            # Before anything writes: its pre-commit hook records the events of every write.
            events=EventLog(db, store, config.clock, keepalive_s=config.sse_keepalive_s),
            provider=provider,
            ops=OpService(db, store, build_kinds(provider), config.clock),
            uploads=UploadService(db, config.uploads_dir, config.clock),
        )
        if config.demo:
            # Imported here: the demo catalogue is large and only the demo needs it.
            from server.demo import seed_demo

            seed_demo(services.store, services.auth, now=config.clock())
        # Payments a previous run accepted and had not confirmed yet.
        services.ops.resume_jobs()
        return services

    def is_demo(self) -> bool:
        return self.store.get_meta(DEMO_SEEDED_KEY) is not None

    def close(self) -> None:
        self.events.hub.close()
        self.ops.close()
        self.db.close()
