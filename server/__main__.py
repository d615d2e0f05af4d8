"""``python -m server``: run the reference server.

The socket is bound here, before uvicorn starts, so ``--port 0`` gets a free port whose number is
known; the line ``listening on http://HOST:PORT`` is printed once the server accepts connections,
so a parent process (the desktop app, the e2e tests) can wait for that line and then connect.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import socket
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from server.config import DEFAULT_ACCESS_TTL, DEFAULT_FEEDS_INTERVAL, DEFAULT_SSE_KEEPALIVE


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m server", description="One Account reference server")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    parser.add_argument(
        "--data", type=Path, help="directory of the SQLite database (default: a new temp dir)"
    )
    parser.add_argument("--demo", action="store_true", help="seed demo data into a new database")
    parser.add_argument("--test-mode", action="store_true", help="enable the /v1/_test endpoints")
    parser.add_argument(
        "--access-ttl", type=int, default=DEFAULT_ACCESS_TTL, metavar="SECONDS", help="access token lifetime"
    )
    parser.add_argument(
        "--sse-keepalive",
        type=float,
        default=DEFAULT_SSE_KEEPALIVE,
        metavar="SECONDS",
        help="keep-alive comment interval of /v1/events",
    )
    parser.add_argument(
        "--feeds",
        type=Path,
        metavar="CONFIG.json",
        help="ingest the feeds this source config lists (see server/feeds/README.md), now and periodically",
    )
    parser.add_argument(
        "--feeds-interval",
        type=float,
        default=DEFAULT_FEEDS_INTERVAL / 60,
        metavar="MINUTES",
        help="minutes between two feed ingestion runs (default 10)",
    )
    parser.add_argument(
        "--typhoon-replay",
        type=float,
        metavar="PACE",
        help="replay the scripted typhoon (signal 1, 3, 8, 3, cancelled) once; PACE 1 = 20 s per step",
    )
    parser.add_argument(
        "--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"]
    )
    args = parser.parse_args(argv)
    if not 0 <= args.port <= 65535:
        parser.error("--port must be between 0 and 65535")
    if args.access_ttl < 1:
        parser.error("--access-ttl must be at least 1 second")
    if not 0 < args.sse_keepalive <= 3600:
        parser.error("--sse-keepalive must be between 0 and 3600 seconds")
    if not 0 < args.feeds_interval <= 24 * 60:
        parser.error("--feeds-interval must be between 0 and 1440 minutes")
    if args.typhoon_replay is not None and not 0 < args.typhoon_replay <= 100:
        parser.error("--typhoon-replay PACE must be between 0 and 100")
    if args.feeds is not None:
        # Checked before anything starts, so a typo fails at once with a usage message.
        from server.feeds import FeedError, FeedSources

        try:
            FeedSources.load(args.feeds)
        except FeedError as exc:
            parser.error(f"--feeds: {exc}")
    return args


def bind_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP stated, not left 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets whose proto
    # says TCP, and accepted connections inherit it. Without it every keep-alive answer written in two
    # parts (headers, body) waits for the client's delayed ACK: about 40 ms per request.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    if sys.platform != "win32":
        # Lets a restarted server take its port back at once (Windows gives this flag another meaning).
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _exit_cleanly(signum: int, frame: FrameType | None) -> None:
    # uvicorn handles SIGINT/SIGTERM while it runs and re-raises the signal after its graceful
    # shutdown; landing here then turns it into a normal exit instead of death by signal.
    raise SystemExit(0)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    # Heavy imports after argument parsing: `--help` and option errors stay instant.
    import uvicorn

    from server.app import create_app
    from server.config import ServerConfig

    temp_dir = None
    if args.data is None:
        temp_dir = Path(tempfile.mkdtemp(prefix="oneaccount-server-"))
    data_dir = args.data or temp_dir
    assert data_dir is not None
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _exit_cleanly)
    try:
        sock = bind_socket(args.host, args.port)
        url = url_of(sock)
        config = ServerConfig(
            data_dir=data_dir,
            host=args.host,
            port=sock.getsockname()[1],
            demo=args.demo,
            test_mode=args.test_mode,
            access_ttl=args.access_ttl,
            sse_keepalive_s=args.sse_keepalive,
            feeds_config=args.feeds,
            feeds_interval_s=args.feeds_interval * 60,
            typhoon_pace=args.typhoon_replay,
        )
        app = create_app(config)

        class _Server(uvicorn.Server):
            async def startup(self, sockets: list[socket.socket] | None = None) -> None:
                await super().startup(sockets=sockets)
                if self.started:
                    print(f"listening on {url}", flush=True)

            async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
                # Open event streams never end by themselves: end them first, or the graceful stop
                # waits for its timeout.
                app.state.services.events.hub.close()
                await super().shutdown(sockets=sockets)

        uv_config = uvicorn.Config(
            app, log_level=args.log_level, access_log=False, lifespan="on", timeout_graceful_shutdown=5
        )
        _Server(uv_config).run(sockets=[sock])
    finally:
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
