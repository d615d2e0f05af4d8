"""The parts one server instance is made of, built together from a :class:`ServerConfig`."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace

from server.appointments.calendar import Rolled, is_on, roll
from server.auth import AuthService
from server.background import Background
from server.clock import ServerClock
from server.config import ServerConfig
from server.db import Database
from server.eid.service import EidService
from server.events import EventLog
from server.faults import FaultRegistry
from server.livefeed import FeedIngestion, TyphoonReplay
from server.ops import build_kinds
from server.ops.address import AddressOffice
from server.ops.engine import OpService
from server.ops.provider import DemoPaymentProvider
from server.store import ServerStore
from server.uploads import UploadService

#: Meta key set once the demo data is in the database (the same as server.demo.DEMO_SEEDED_KEY,
#: repeated so that a server without --demo never imports the demo catalogue).
DEMO_SEEDED_KEY = "demo_seeded"
#: Seconds between two rolls of the slot calendar (a new day comes into the booking window).
ROLL_EVERY_S = 3600.0


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
    clock: ServerClock
    background: Background
    typhoon: TyphoonReplay
    office: AddressOffice
    eid: EidService
    feeds: FeedIngestion | None = None

    @classmethod
    def open(cls, config: ServerConfig) -> Services:
        """Open (or create) the database in ``config.data_dir`` and, with ``demo``, seed it once;
        start the feed ingestion and the typhoon replay when the config asks for them."""
        # One clock for every part, so test mode can move them all at once.
        clock = config.clock if isinstance(config.clock, ServerClock) else ServerClock(config.clock)
        config = replace(config, clock=clock)
        db = Database(config.db_path)
        store = ServerStore(db)
        provider = DemoPaymentProvider()
        background = Background()
        office = AddressOffice()
        uploads = UploadService(db, config.uploads_dir, config.clock)
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
            ops=OpService(db, store, build_kinds(provider, office, uploads), config.clock),
            uploads=uploads,
            clock=clock,
            background=background,
            typhoon=TyphoonReplay(store, clock, background),
            office=office,
            # Its change watcher puts itself before the event log's hook (see EidService).
            eid=EidService(db, store, uploads, config.clock),
        )
        if config.demo:
            # Imported here: the demo catalogue is large and only the demo needs it.
            from server.demo import seed_demo

            seed_demo(services.store, services.auth, now=config.clock(), eid=services.eid)
        # Payments a previous run accepted and had not confirmed yet.
        services.ops.resume_jobs()
        # The slot calendar (when the demo turned it on) catches up with today, then every hour.
        if services.roll_calendar() is not None:
            background.start("slot calendar", services._roll_hourly)
        if config.feeds_config is not None:
            from server.feeds import FeedSources

            services.feeds = FeedIngestion(
                store, FeedSources.load(config.feeds_config), clock, interval_s=config.feeds_interval_s
            )
            background.start("feed ingestion", services.feeds.loop)
        if config.typhoon_pace is not None:
            services.typhoon.start(config.typhoon_pace)
        return services

    def after_clock_moved(self) -> None:
        """Test mode moved the clock: bring what depends on the date up to it."""
        self.roll_calendar()

    def roll_calendar(self) -> Rolled | None:
        """Roll the slot calendar on to the clock's day; None when there is no calendar."""
        with self.db.snapshot() as conn:
            if not is_on(conn):
                return None
        with self.store.write() as w:
            return roll(w, self.clock())

    async def _roll_hourly(self) -> None:
        while True:
            await asyncio.sleep(ROLL_EVERY_S)
            await asyncio.to_thread(self.roll_calendar)

    def is_demo(self) -> bool:
        return self.store.get_meta(DEMO_SEEDED_KEY) is not None

    def close(self) -> None:
        self.events.hub.close()
        self.background.close()
        self.ops.close()
        self.db.close()
