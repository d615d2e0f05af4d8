"""A small TCP proxy that misbehaves on request: latency, resets, a black hole, cuts after N bytes.

It sits between the client and the real reference server (``client → proxy → server``) and runs its
asyncio loop on a thread of its own, so tests and benchmarks drive it from plain code:

    with FaultProxy(server_port) as proxy:
        client = ApiClient(proxy.url)
        proxy.set(Fault.RESET)          # every new connection is reset
        proxy.set(Fault.CUT, cut_after=100)   # answers stop after 100 bytes, then a reset
        proxy.set(Fault.PASS, latency_s=0.2)  # healthy but slow
        proxy.refuse(); proxy.accept()        # no one listening (connection refused), then back

The fault is read for every chunk, so a change also hits connections that are already open (httpx keeps
them alive). ``DROP_RESPONSE`` forwards the whole request and swallows the answer: at the network level,
the server committed and the client never heard.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
import threading
from dataclasses import dataclass
from enum import Enum
from types import TracebackType
from typing import Any


class Fault(Enum):
    PASS = "pass"
    #: New connections are reset at once (RST), before any byte reaches the server.
    RESET = "reset"
    #: Connections are accepted and then nothing happens: the client times out.
    BLACKHOLE = "blackhole"
    #: The answer is cut after ``cut_after`` bytes, then the connection is reset.
    CUT = "cut"
    #: The request reaches the server; its answer is swallowed and the connection reset.
    DROP_RESPONSE = "drop_response"


@dataclass(frozen=True)
class Setting:
    fault: Fault = Fault.PASS
    latency_s: float = 0.0
    cut_after: int = 0
    #: Apply the fault to this share of connections only (1.0 = all), chosen with the proxy's seeded rng.
    rate: float = 1.0


class FaultProxy:
    def __init__(self, target_port: int, *, target_host: str = "127.0.0.1", seed: int = 0) -> None:
        self.target = (target_host, target_port)
        self._setting = Setting()
        self._rng = random.Random(seed)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0
        self.connections = 0

    # --- control (any thread) ------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set(
        self, fault: Fault = Fault.PASS, *, latency_s: float = 0.0, cut_after: int = 0, rate: float = 1.0
    ) -> None:
        self._setting = Setting(fault, latency_s, cut_after, rate)

    def heal(self) -> None:
        self._setting = Setting()

    def refuse(self) -> None:
        """Stop listening: new connections are refused at once, as with no network or a server down."""
        self._call(self._stop_listening)

    def accept(self) -> None:
        """Listen again on the same port after :meth:`refuse`."""
        self._call(self._listen_again)

    def _call(self, coroutine_fn: Any) -> None:
        loop = self._loop
        if loop is None:
            raise RuntimeError("the proxy is not running")
        asyncio.run_coroutine_threadsafe(coroutine_fn(), loop).result(10)

    async def _stop_listening(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _listen_again(self) -> None:
        if self._server is None or not self._server.is_serving():
            self._server = await asyncio.start_server(self._on_client, "127.0.0.1", self.port)

    def reset_all(self) -> None:
        """Reset every open connection now (a network blip)."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._reset_open)

    def start(self) -> FaultProxy:
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="fault-proxy", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fault proxy did not start")
        return self

    def stop(self) -> None:
        loop = self._loop
        if loop is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(10)
        self._loop = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # --- the loop thread -----------------------------------------------------------------------------
    def _run(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        self._server = loop.run_until_complete(asyncio.start_server(self._on_client, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        ready.set()
        try:
            loop.run_forever()
        finally:
            self._server.close()
            self._reset_open()
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            with contextlib.suppress(Exception):
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            with contextlib.suppress(Exception):
                loop.run_until_complete(self._server.wait_closed())
            loop.close()

    def _reset_open(self) -> None:
        for writer in list(self._writers):
            _abort(writer)
        self._writers.clear()

    def _pick(self) -> tuple[Setting, bool]:
        """The setting for a new connection, and whether the rate spared it from the fault."""
        setting = self._setting
        if setting.fault is not Fault.PASS and setting.rate < 1.0 and self._rng.random() >= setting.rate:
            return Setting(Fault.PASS, setting.latency_s), True
        return setting, False

    async def _on_client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.add(writer)
        setting, spared = self._pick()
        try:
            if setting.fault is Fault.RESET:
                _abort(writer)
                return
            if setting.fault is Fault.BLACKHOLE:
                while await reader.read(65536):  # swallow until the client gives up
                    pass
                return
            try:
                up_reader, up_writer = await asyncio.open_connection(*self.target)
            except OSError:
                _abort(writer)
                return
            self._writers.add(up_writer)
            await asyncio.gather(
                self._pipe(reader, up_writer, upstream=True, setting=setting, spared=spared),
                self._pipe(up_reader, writer, upstream=False, setting=setting, spared=spared),
            )
        finally:
            self._writers.discard(writer)
            if not writer.is_closing():
                writer.close()

    async def _pipe(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        upstream: bool,
        setting: Setting,
        spared: bool,
    ) -> None:
        sent = 0
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    break
                # The connection's own fault, or one set later while it is open (unless the rate spared it).
                current = setting if spared or setting.fault is not Fault.PASS else self._setting
                if current.latency_s:
                    await asyncio.sleep(current.latency_s)
                if not upstream and current.fault is Fault.DROP_RESPONSE:
                    _abort(writer)
                    return
                if not upstream and current.fault is Fault.CUT:
                    room = current.cut_after - sent
                    if room <= 0 or len(data) > room:
                        if room > 0:
                            writer.write(data[:room])
                            with contextlib.suppress(ConnectionError):
                                await writer.drain()
                        _abort(writer)
                        return
                if not upstream and current.fault in (Fault.RESET, Fault.BLACKHOLE):
                    _abort(writer)
                    return
                writer.write(data)
                sent += len(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            if upstream:
                with contextlib.suppress(Exception):
                    writer.write_eof()
            elif not writer.is_closing():
                writer.close()


def _abort(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP reset (SO_LINGER 0), as a broken network or a crashed peer would."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport = writer.transport
    with contextlib.suppress(Exception):
        transport.abort()
