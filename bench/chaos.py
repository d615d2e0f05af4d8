"""Chaos: N payments through a faulty network and a crashing server, the client killed K times.

The parts are real processes: the reference server (``python -m server --test-mode``), the fault
proxy in front of it, and the headless client (``tests/support/client_driver.py``: the app's Store,
PushEngine, PullEngine, AuthSession and ApiClient). The client enqueues N payments — fines on a
stream each, and three tax years per vehicle on one stream (so order within a stream is checked) —
and pushes and pulls until it has drained. Meanwhile:

- the server faults each ``PUT /v1/ops`` with probability R (``--fault-rate``, seeded): drops the
  answer after the commit, answers a bare 500 after it, or 429 with Retry-After; twice in the run it
  exits after a commit (this script restarts it on the same data, as a supervisor would);
- on top, the network: every half second a blip resets the open connections, and R/2 of the new
  connections are reset, cut short or lose their answer (the kind changes every half second);
- the client is SIGKILLed K times at random moments (spread over its progress, from the enqueue to
  the last acks) and started again at once on the same data.

After the K-th kill the network and the server heal and the client drains. ``drain_s`` is the wall
time from the first start of the client until it has drained and caught up; ``faultfree_drain_s``
is the same N payments (same seed) on a fresh server with no fault and no kill: the floor.

Checks, against the server's effects ledger and the client's outbox: ``lost`` (payments without
exactly one acked op, or never charged), ``duplicated`` (charges beyond one per payment),
``reordered`` (streams whose charges are out of enqueue order), ``converged`` (the cache's fines and
vehicles equal a fresh full pull).

    python -m bench.chaos [--ops 1000] [--fault-rate 0.2] [--kills 20] [--seed 1]

Last line: ``ops=… lost=… duplicated=… reordered=… converged=yes|no drain_s=… faultfree_drain_s=…``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.store import open_store  # noqa: E402
from tests.support import client_driver as cd  # noqa: E402
from tests.support.faultproxy import Fault, FaultProxy  # noqa: E402
from tests.support.server import ServerProcess, start_server  # noqa: E402

YEARS = (2024, 2025, 2026)
CLIENT_TIMEOUT_S = 900
#: Server exits (after commit) per chaos run: each costs a server start.
SERVER_EXITS = 2


def make_entries(n: int, seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``n`` outbox entries in the order a resident made them, and the server rows they pay."""
    rng = random.Random(seed)
    vehicles = n // 20  # three years each: 15 % of the ops share a stream with two others
    fines = n - 3 * vehicles
    tag = f"S{seed}"
    rows: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    for i in range(fines):
        fine_id, amount = f"F-{tag}-{i:05d}", f"{rng.randrange(1, 30) * 100}.00"
        rows.append(
            {"entity": "fine", "id": fine_id, "row": cd.fine_row(fine_id, amount), "owner": cd.DEMO_OWNER}
        )
        entries.append(cd.pay_fine(fine_id, amount, rng.choice(["card", "mpay", "govpay", "unionpay"])))
    for i in range(vehicles):
        vehicle_id = f"V-{tag}-{i:04d}"
        rows.append(
            {
                "entity": "vehicle",
                "id": vehicle_id,
                "row": cd.vehicle_row(vehicle_id, YEARS),
                "owner": cd.DEMO_OWNER,
            }
        )
        entries.extend(cd.pay_tax(vehicle_id, year) for year in YEARS)
    # The resident's order: payments of different things interleave; a vehicle's years stay in order.
    streams: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in entries:
        streams[entry["stream"]].append(entry)
    keys = list(streams)
    rng.shuffle(keys)
    ordered: list[dict[str, Any]] = []
    cursors = {k: 0 for k in keys}
    live = list(keys)
    while live:
        key = rng.choice(live)
        ordered.append(streams[key][cursors[key]])
        cursors[key] += 1
        if cursors[key] == len(streams[key]):
            live.remove(key)
    return ordered, rows


@dataclass
class Phase:
    """One run: a fresh server, its proxy, a fresh client profile."""

    name: str
    dir: Path
    entries: list[dict[str, Any]]
    rows: list[dict[str, Any]]
    server: ServerProcess | None = None
    proxy: FaultProxy | None = None
    server_restarts: int = 0
    client_starts: int = 0
    kills: int = 0
    #: Seconds from the first client start to the last kill (then everything heals).
    healed_at: float = 0.0
    faults: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def data(self) -> Path:
        return self.dir / "server"

    @property
    def profile(self) -> Path:
        return self.dir / "profile"

    def start(self) -> None:
        self.data.mkdir(parents=True)
        self.server = start_server(self.data, "--demo", "--test-mode")
        self.proxy = FaultProxy(_port(self.server)).start()
        for start in range(0, len(self.rows), 2000):
            self.call("POST", "/v1/_test/entities", json=self.rows[start : start + 2000])
        (self.dir / "ops.json").write_text(json.dumps(self.entries), "utf-8")

    def alive(self) -> ServerProcess:
        """The server; started again on the same data (with the current faults) if it exited."""
        with self.lock:
            assert self.server is not None and self.proxy is not None
            if self.server.process.poll() is not None:
                self.server = start_server(self.data, "--demo", "--test-mode")
                self.proxy.target = ("127.0.0.1", _port(self.server))
                self.server_restarts += 1
                if self.faults:
                    self.server.test_call("POST", "/v1/_test/faults", json=self.faults)
            return self.server

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.alive().test_call(method, path, **kwargs)
        return response.json() if response.content else None

    def set_faults(self, faults: list[dict[str, Any]]) -> None:
        with self.lock:
            self.faults = faults
        self.call("DELETE", "/v1/_test/faults")
        if faults:
            self.call("POST", "/v1/_test/faults", json=faults)

    def client(self) -> subprocess.Popen[str]:
        assert self.proxy is not None
        self.client_starts += 1
        log = open(self.dir / "client.log", "a", encoding="utf-8")  # noqa: SIM115 - the child holds it
        return subprocess.Popen(
            cd.driver_command(
                self.profile,
                self.proxy.url,
                "--ops",
                str(self.dir / "ops.json"),
                "--timeout",
                str(CLIENT_TIMEOUT_S),
            ),
            cwd=ROOT,
            env=cd.driver_env(),
            stdout=subprocess.DEVNULL,
            stderr=log,
            text=True,
        )

    @property
    def cache(self) -> Path:
        assert self.proxy is not None
        return cd.cache_path(self.profile, self.proxy.url, "demo")

    def progress(self) -> float:
        """(ops saved + ops final) / 2N, read from the client's outbox while it runs."""
        try:
            conn = sqlite3.connect(f"file:{self.cache}?mode=ro", uri=True, timeout=1)
            try:
                saved, final = conn.execute(
                    "SELECT count(*), coalesce(sum(state NOT IN ('pending', 'in_flight', 'accepted_async')),"
                    " 0) FROM outbox"
                ).fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            return 0.0
        return (saved + final) / (2 * len(self.entries))

    def stop(self) -> None:
        if self.proxy is not None:
            self.proxy.stop()
        if self.server is not None:
            self.server.stop()


def _port(server: ServerProcess) -> int:
    return int(httpx.URL(server.url).port or 0)


def _watch_server(phase: Phase, stop: threading.Event) -> None:
    """A supervisor: a server that exited (exit_after_commit) is started again at once."""
    while not stop.wait(0.05):
        if phase.server is not None and phase.server.process.poll() is not None:
            phase.alive()


def _wait(proc: subprocess.Popen[str]) -> int:
    try:
        return proc.wait(CLIENT_TIMEOUT_S + 60)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()


def fault_free(phase: Phase) -> float:
    started = time.perf_counter()
    code = _wait(phase.client())
    if code != 0:
        raise SystemExit(f"the fault-free client failed (exit {code}); see {phase.dir / 'client.log'}")
    return time.perf_counter() - started


def chaos(phase: Phase, rate: float, kills: int, rng: random.Random) -> float:
    assert phase.proxy is not None
    # Each PUT /v1/ops is faulted with probability ``rate``: 40 % of those lose the answer after the
    # commit, 40 % get a bare 500 after it, 20 % a 429. The server draws its faults in turn, so each
    # probability is conditional on the ones before it drawing "no".
    shares = [("drop_after_commit", 0.4), ("error_after_commit", 0.4), ("rate_limit", 0.2)]
    server_faults, left = [], 1.0
    for kind, share in shares:
        p = rate * share / left if left > 0 else 0.0
        left -= rate * share
        if p > 0:
            server_faults.append(
                {
                    "kind": kind,
                    "path": "/v1/ops/",
                    "method": "PUT",
                    "seconds": 1,
                    "probability": min(1.0, p),
                    "seed": rng.randrange(2**31),
                }
            )
    phase.set_faults(server_faults)
    # Kill moments, as shares of the progress (saved + final ops); two exits of the server likewise.
    kill_at = sorted(rng.uniform(0.02, 0.97) for _ in range(kills))
    exit_at = sorted(rng.uniform(0.1, 0.9) for _ in range(SERVER_EXITS))
    stop = threading.Event()
    supervisor = threading.Thread(target=_watch_server, args=(phase, stop), daemon=True)
    supervisor.start()
    proxy_kinds = [Fault.RESET, Fault.CUT, Fault.DROP_RESPONSE]
    started = time.perf_counter()
    proc = phase.client()
    next_switch = 0.0
    try:
        while kill_at or proc.poll() is None:
            now = time.perf_counter()
            if kill_at and now >= next_switch and rate > 0:
                # On top, the network: every half second a blip resets the open connections, and a
                # share of the new ones is reset, cut short or loses its answer.
                phase.proxy.reset_all()
                phase.proxy.set(rng.choice(proxy_kinds), rate=rate * 0.5, cut_after=rng.randrange(0, 400))
                next_switch = now + 0.5
            progress = phase.progress()
            if kill_at and exit_at and progress >= exit_at[0]:
                exit_at.pop(0)
                phase.call(
                    "POST",
                    "/v1/_test/faults",
                    json={"kind": "exit_after_commit", "path": "/v1/ops/", "method": "PUT", "times": 1},
                )
            if kill_at and (progress >= kill_at[0] or proc.poll() is not None):
                time.sleep(rng.uniform(0.0, 0.1))  # not always right at a poll
                if proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)
                    proc.wait()
                    phase.kills += 1
                kill_at.pop(0)
                if not kill_at:  # the last kill: heal everything, then let it drain
                    phase.proxy.heal()
                    phase.set_faults([])
                    phase.healed_at = time.perf_counter() - started
                proc = phase.client()
            time.sleep(0.02)
        code = _wait(proc)
    finally:
        stop.set()
        supervisor.join(5)
    if code != 0:
        raise SystemExit(f"the client failed (exit {code}); see {phase.dir / 'client.log'}")
    return time.perf_counter() - started


@dataclass
class Verdict:
    lost: int
    duplicated: int
    reordered: int
    converged: bool
    notes: list[str]
    #: PUTs and GETs that went out, and those that failed (no answer, 5xx, 429, cut, reset).
    sends: int = 0
    failed: int = 0


def check(phase: Phase) -> Verdict:
    notes: list[str] = []
    server = phase.alive()
    ledger = server.test_call("GET", "/v1/_test/effects").json()["effects"]
    by_target: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for effect in ledger:
        by_target[effect["target"]].append(effect)
    with open_store(phase.cache) as store:
        integrity = [r[0] for r in store.connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            notes.append(f"integrity_check: {integrity[:3]}")
        ops = store.outbox.list_ops()
        by_key = defaultdict(list)
        for op in ops:
            by_key[cd.op_key(op.kind, op.stream, op.payload)].append(op)
        lost = duplicated = 0
        for entry in phase.entries:
            mine = by_key.get(cd.op_key(entry["kind"], entry["stream"], entry["payload"]), [])
            charged = by_target.get(cd.target_of(entry), [])
            acked = [op for op in mine if op.state.value == "acked"]
            if len(mine) != 1 or len(acked) != 1 or not charged:
                lost += 1
            elif charged[0]["op_id"] != acked[0].op_id:
                lost += 1
                notes.append(f"{cd.target_of(entry)} charged by {charged[0]['op_id']}, not {acked[0].op_id}")
            duplicated += max(0, len(charged) - 1)
        extra = len(ops) - len(phase.entries)
        if extra:
            notes.append(f"{extra} more ops than payments")
        seq = {e["op_id"]: e["seq"] for e in ledger}
        streams: dict[str, list[Any]] = defaultdict(list)
        for op in ops:
            streams[op.stream].append(op)
        reordered = 0
        for stream_ops in streams.values():
            charged_seqs = [seq[op.op_id] for op in stream_ops if op.op_id in seq]
            if charged_seqs != sorted(charged_seqs):
                reordered += 1
        cache = {
            (entity, view.id): view.row
            for entity in ("fine", "vehicle")
            for view in store.overlay.rows(entity)
        }
        sends, failed = store.connection.execute(
            "SELECT sum(to_state = 'in_flight'),"
            " sum(from_state = 'in_flight' AND to_state = 'pending' AND detail NOT LIKE 'recovered%')"
            " FROM outbox_events"
        ).fetchone()
    converged = cache == _server_rows(server)
    return Verdict(lost, duplicated, reordered, converged, notes, int(sends or 0), int(failed or 0))


def _server_rows(server: ServerProcess) -> dict[tuple[str, str], Any]:
    rows: dict[tuple[str, str], Any] = {}
    with httpx.Client(base_url=server.url, timeout=60) as http:
        login = http.post("/v1/auth/login", json={"username": "demo", "password": "demo"})
        token = login.json()["access_token"]
        cursor = ""
        while True:
            page = http.get(
                "/v1/changes",
                params={"cursor": cursor, "limit": 1000},
                headers={"Authorization": f"Bearer {token}"},
            ).json()
            for change in page["changes"]:
                if change["entity"] in ("fine", "vehicle"):
                    if change["op"] == "put":
                        rows[(change["entity"], change["id"])] = change["row"]
                    else:
                        rows.pop((change["entity"], change["id"]), None)
            cursor = page["cursor"]
            if not page["has_more"]:
                return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.chaos",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--ops", type=int, default=1000)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (logs, caches)")
    args = parser.parse_args(argv)
    if not 0 <= args.fault_rate <= 1 or args.ops < 1 or args.kills < 0:
        parser.error("--ops ≥ 1, --kills ≥ 0, 0 ≤ --fault-rate ≤ 1")
    entries, rows = make_entries(args.ops, args.seed)
    scratch = Path(tempfile.mkdtemp(prefix="bench-chaos-"))
    try:
        # The floor is measured before and after the chaos run, and the faster of the two is taken:
        # this machine's load drifts, and the ratio should not flatter the chaos run.
        floors = [fault_free_run(scratch / "fault-free-1", entries, rows)]
        print(f"fault-free: {args.ops} ops drained in {floors[0]:.2f} s", flush=True)
        phase = Phase("chaos", scratch / "chaos", entries, rows)
        try:
            phase.start()
            drain_s = chaos(phase, args.fault_rate, args.kills, random.Random(args.seed))
            verdict = check(phase)
        finally:
            phase.stop()
        print(
            f"chaos: {args.ops} ops, fault rate {args.fault_rate}, {phase.kills} kills, "
            f"{phase.client_starts} client starts, {phase.server_restarts} server restarts; "
            f"{verdict.sends} PUTs, {verdict.failed} of them failed; healed after {phase.healed_at:.2f} s, "
            f"drained in {drain_s:.2f} s",
            flush=True,
        )
        for note in verdict.notes[:20]:
            print(f"  {note}")
        floors.append(fault_free_run(scratch / "fault-free-2", entries, rows))
        faultfree_s = min(floors)
        print(f"fault-free again: {floors[1]:.2f} s; ratio {drain_s / faultfree_s:.2f}", flush=True)
        if args.keep:
            print(f"scratch kept in {scratch}")
        print(
            f"ops={args.ops} lost={verdict.lost} duplicated={verdict.duplicated} "
            f"reordered={verdict.reordered} converged={'yes' if verdict.converged else 'no'} "
            f"drain_s={drain_s:.2f} faultfree_drain_s={faultfree_s:.2f}"
        )
        clean = (verdict.lost, verdict.duplicated, verdict.reordered) == (0, 0, 0) and verdict.converged
        return 0 if clean else 1
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)


def fault_free_run(where: Path, entries: list[dict[str, Any]], rows: list[dict[str, Any]]) -> float:
    """The floor: the same payments on a fresh server, through a proxy that passes everything."""
    floor = Phase("fault-free", where, entries, rows)
    try:
        floor.start()
        seconds = fault_free(floor)
        verdict = check(floor)
    finally:
        floor.stop()
    if (verdict.lost, verdict.duplicated, verdict.reordered) != (0, 0, 0) or not verdict.converged:
        raise SystemExit(f"the fault-free run itself went wrong: {verdict}")
    return seconds


if __name__ == "__main__":
    sys.exit(main())
