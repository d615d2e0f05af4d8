"""One thread with its own asyncio loop for the server's own work: feed ingestion, the typhoon replay,
the appointment calendar's roll.

Not the app's lifespan: an in-process test client runs each request on a loop that ends with it, and
this work must behave the same under uvicorn and under a test client. Blocking steps (fetching feeds,
database transactions) go to ``asyncio.to_thread``, so one slow feed never holds the others.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from typing import Any

log = logging.getLogger(__name__)

Work = Callable[[], Coroutine[Any, Any, None]]


class Background:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        # Started on first use: most test servers never schedule anything.
        if self._loop is None:
            loop = asyncio.new_event_loop()
            ready = threading.Event()

            def run() -> None:
                asyncio.set_event_loop(loop)
                loop.call_soon(ready.set)
                loop.run_forever()
                loop.close()

            self._thread = threading.Thread(target=run, name="server-background", daemon=True)
            self._thread.start()
            ready.wait()
            self._loop = loop
        return self._loop

    def start(self, name: str, work: Work) -> Future[None] | None:
        """Run ``work()`` on the loop; None once closed. Cancel the future to stop it."""
        with self._lock:
            if self._closed:
                return None
            loop = self._ensure_loop()
        return asyncio.run_coroutine_threadsafe(_logged(name, work), loop)

    def close(self) -> None:
        """Cancel everything still running and end the thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return

        async def cancel_all() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        try:
            asyncio.run_coroutine_threadsafe(cancel_all(), loop).result(timeout=10)
        except Exception:  # a task stuck in a thread must not hold the shutdown
            log.warning("background work did not stop in time")
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)


async def _logged(name: str, work: Work) -> None:
    try:
        await work()
    except asyncio.CancelledError:
        raise
    except Exception:
        log.exception("background work %s failed", name)
