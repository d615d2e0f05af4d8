"""``python -m server`` options, socket binding and a light ``import server`` (server.__main__)."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from server.__main__ import bind_socket, parse_args, url_of

ROOT = Path(__file__).resolve().parents[3]


def test_defaults() -> None:
    args = parse_args([])
    assert (args.host, args.port, args.data, args.demo, args.test_mode, args.access_ttl) == (
        "127.0.0.1",
        0,
        None,
        False,
        False,
        900,
    )


def test_sse_keepalive_option() -> None:
    assert parse_args([]).sse_keepalive == 15.0
    assert parse_args(["--sse-keepalive", "0.5"]).sse_keepalive == 0.5


def test_options() -> None:
    args = parse_args(["--port", "8123", "--data", "d", "--demo", "--test-mode", "--access-ttl", "5"])
    assert (args.port, args.data, args.demo, args.test_mode, args.access_ttl) == (
        8123,
        Path("d"),
        True,
        True,
        5,
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        ["--port", "x"],
        ["--port", "70000"],
        ["--access-ttl", "0"],
        ["--sse-keepalive", "0"],
        ["extra"],
    ],
)
def test_bad_options_exit_with_an_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(argv)
    assert exited.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_unknown_option_fails_the_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "server", "--frobnicate"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "unrecognized arguments: --frobnicate" in result.stderr
    assert "listening on" not in result.stdout


def test_import_server_is_light() -> None:
    heavy = "('fastapi', 'uvicorn', 'pydantic', 'sqlite3')"
    code = f"import sys, server; print(sorted(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_bound_socket_knows_its_port() -> None:
    sock = bind_socket("127.0.0.1", 0)
    try:
        port = sock.getsockname()[1]
        assert port > 0
        assert url_of(sock) == f"http://127.0.0.1:{port}"
    finally:
        sock.close()


def test_ipv6_url() -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6")
    try:
        sock = bind_socket("::1", 0)
    except OSError:
        pytest.skip("no IPv6 loopback")
    try:
        assert url_of(sock).startswith("http://[::1]:")
    finally:
        sock.close()


def test_accepted_connections_send_without_delay() -> None:
    """asyncio (as uvicorn serves the bound socket) turns Nagle off on the connections it accepts.

    It does so only for sockets whose protocol says TCP; with Nagle on, every keep-alive answer
    written in two parts waited ~40 ms for the client's delayed ACK.
    """

    async def nodelay_of_accepted() -> int:
        loop = asyncio.get_running_loop()
        accepted: asyncio.Future[asyncio.BaseTransport] = loop.create_future()

        class Keep(asyncio.Protocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                accepted.set_result(transport)

        sock = bind_socket("127.0.0.1", 0)
        server = await loop.create_server(Keep, sock=sock)
        try:
            _, writer = await asyncio.open_connection(*sock.getsockname()[:2])
            transport = await asyncio.wait_for(accepted, 10)
            value = int(transport.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()
            transport.close()
            return value
        finally:
            server.close()

    assert asyncio.run(nodelay_of_accepted()) != 0
