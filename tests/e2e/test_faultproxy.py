"""The fault proxy really misbehaves, in each way the fault tests rely on, in front of the real server."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.faultproxy import Fault, FaultProxy
from tests.support.server import ServerProcess, running_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with running_server(tmp_path_factory.mktemp("server"), "--demo") as server:
        yield server


@pytest.fixture
def proxy(server: ServerProcess) -> Iterator[FaultProxy]:
    port = int(server.url.rsplit(":", 1)[1])
    with FaultProxy(port) as proxy:
        yield proxy


def _get(proxy: FaultProxy, timeout: float = 5.0) -> httpx.Response:
    with httpx.Client(base_url=proxy.url, timeout=timeout) as client:
        return client.get("/v1/info")


def test_pass_and_latency(proxy: FaultProxy) -> None:
    assert _get(proxy).json()["demo"] is True
    proxy.set(Fault.PASS, latency_s=0.3)
    started = time.monotonic()
    assert _get(proxy).status_code == 200
    assert time.monotonic() - started >= 0.3


@pytest.mark.parametrize("fault", [Fault.RESET, Fault.DROP_RESPONSE])
def test_resets(proxy: FaultProxy, fault: Fault) -> None:
    proxy.set(fault)
    with pytest.raises(httpx.TransportError):
        _get(proxy)
    proxy.heal()
    assert _get(proxy).status_code == 200


def test_blackhole_times_out(proxy: FaultProxy) -> None:
    proxy.set(Fault.BLACKHOLE)
    with pytest.raises(httpx.TimeoutException):
        _get(proxy, timeout=0.5)


def test_cut_after_bytes(proxy: FaultProxy) -> None:
    proxy.set(Fault.CUT, cut_after=40)  # inside the status line and headers
    with pytest.raises(httpx.TransportError):
        _get(proxy)


def test_rate_hits_a_share_of_connections(proxy: FaultProxy) -> None:
    proxy.set(Fault.RESET, rate=0.5)
    outcomes = []
    for _ in range(40):
        try:
            outcomes.append(_get(proxy).status_code == 200)
        except httpx.TransportError:
            outcomes.append(False)
    assert 5 < sum(outcomes) < 35


def test_open_connections_can_be_reset(proxy: FaultProxy, server: ServerProcess) -> None:
    with httpx.Client(base_url=proxy.url, timeout=5) as client:
        assert client.get("/v1/info").status_code == 200
        proxy.reset_all()
        time.sleep(0.1)
        # httpx notices the dead pooled connection and either retries on a new one or fails cleanly.
        try:
            assert client.get("/v1/info").status_code == 200
        except httpx.TransportError:
            pass
    assert Path(server.data_dir).exists()


def test_refuse_and_accept_again(proxy: FaultProxy) -> None:
    proxy.refuse()
    with pytest.raises(httpx.ConnectError):
        _get(proxy)
    proxy.accept()
    assert _get(proxy).status_code == 200
