"""The parts one server instance is made of, built together from a :class:`ServerConfig`."""

from __future__ import annotations

from dataclasses import dataclass

from server.auth import AuthService
from server.config import ServerConfig
from server.db import Database
from server.faults import FaultRegistry
from server.store import ServerStore

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

    @classmethod
    def open(cls, config: ServerConfig) -> Services:
        """Open (or create) the database in ``config.data_dir`` and, with ``demo``, seed it once."""
        db = Database(config.db_path)
        services = cls(
            config=config,
            db=db,
            store=ServerStore(db),
            auth=AuthService(
                db, access_ttl=config.access_ttl, refresh_ttl=config.refresh_ttl, clock=config.clock
            ),
            faults=FaultRegistry(),
        )
        if config.demo:
            # Imported here: the demo catalogue is large and only the demo needs it.
            from server.demo import seed_demo

            seed_demo(services.store, services.auth, now=config.clock())
        return services

    def is_demo(self) -> bool:
        return self.store.get_meta(DEMO_SEEDED_KEY) is not None

    def close(self) -> None:
        self.db.close()
