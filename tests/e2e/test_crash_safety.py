"""kill -9 of the client at named points and at random moments: no payment lost, none made twice.

Each run is a fresh resident profile whose outbox gets a few payments (three fines, each on its own
stream, and two years of one vehicle's tax on one stream). A real client process
(``tests/support/client_driver.py``: Store, PushEngine, PullEngine, AuthSession, ApiClient) is killed
with SIGKILL — by ``ONEACCOUNT_CRASH_AT`` at a named point (desktop/sync/crashpoints.py), or by a
timer in this process — and started again on the same data until it drains. Then:

- nothing lost: every op seen in the outbox after a kill is still there, and in the end each payment
  has exactly one op, acked, and the cache shows it paid;
- the same key: ops a kill left in flight went back to pending with the same op id, and that id is the
  one the server charged;
- nothing applied twice: the server's effects ledger holds exactly one charge per payment, of the
  right amount, by the right op — the fault-free expectation;
- order: the later tax year was charged after the earlier one (ledger seq) and was not even sent before
  the earlier one was final (outbox history);
- the cache file passes ``PRAGMA integrity_check``.

Runs: each named point ``after_enqueue_commit``, ``after_send``, ``after_response_before_ack`` at
its 1st…5th passage (15); a kill while the server holds a committed answer back, and one while it is
still processing the payment (2); 32 runs killed by a timer at random moments, every other one twice
(48 kills); an upload killed between chunks at ``mid_upload`` (3), which must resume from the
server's offset. 52 runs, 68 kills.

One server serves the whole module; every run makes its own fines and vehicle and starts from a copy
of a cache that has pulled the demo once, so runs go in parallel (threads here, each waiting on its
own child processes) and the file stays quick.
"""

from __future__ import annotations

import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.domain.operation import OpState
from desktop.store import open_store
from desktop.sync import crashpoints
from tests.support import client_driver as cd
from tests.support.server import ServerProcess, running_server

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
#: Named-point kills per point: the n-th time the point is reached (5 ops: every op's turn).
NTH = (1, 2, 3, 4, 5)
RANDOM_RUNS = 32
#: Every other random run is killed twice: the second kill may land in the recovery of the first.
KILLS_PER_RANDOM_RUN = (1, 2)
PARALLEL = 3
CHILD_TIMEOUT_S = 60.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with running_server(tmp_path_factory.mktemp("server"), "--demo", "--test-mode") as s:
        yield s


@pytest.fixture(scope="module")
def template(server: ServerProcess, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache that has pulled the demo catalogue once: each run starts from a copy of it, as a
    resident who used the app before, so a run's pulls carry only its own rows."""
    profile = tmp_path_factory.mktemp("template") / "profile"
    done = subprocess.run(cd.driver_command(profile, server.url, "--timeout", "60"), cwd=ROOT,
                          env=cd.driver_env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return cd.cache_path(profile, server.url, "demo")


@pytest.fixture(autouse=True)
def clean_server(server: ServerProcess) -> Iterator[None]:
    yield
    server.test_call("DELETE", "/v1/_test/faults")
    server.test_call("POST", "/v1/_test/provider", json={})


@dataclass
class Run:
    name: str
    dir: Path
    server: ServerProcess
    entries: list[dict[str, Any]]
    #: What happened, for the failure message.
    story: list[str] = field(default_factory=list)
    #: Every op id seen in the outbox after a kill, and those seen in flight.
    seen: set[str] = field(default_factory=set)
    in_flight: set[str] = field(default_factory=set)
    acked: set[str] = field(default_factory=set)
    kills: int = 0

    @property
    def cache(self) -> Path:
        return cd.cache_path(self.dir / "profile", self.server.url, "demo")

    def fail(self, message: str) -> None:
        raise AssertionError(f"run {self.name}: {message}\n  " + "\n  ".join(self.story))


def new_run(server: ServerProcess, name: str, tmp: Path, template: Path) -> Run:
    tag = uuid.uuid4().hex[:8]
    fines = [(f"F-C{tag}-{i}", ("600.00", "1200.00", "200.00")[i]) for i in range(3)]
    vehicle, years = f"V-C{tag}", (2025, 2026)
    owner = cd.DEMO_OWNER
    rows: list[dict[str, Any]] = [
        {"entity": "fine", "id": f, "row": cd.fine_row(f, amount), "owner": owner} for f, amount in fines
    ]
    rows.append({"entity": "vehicle", "id": vehicle, "row": cd.vehicle_row(vehicle, years), "owner": owner})
    server.test_call("POST", "/v1/_test/entities", json=rows)
    entries = [cd.pay_fine(f, amount) for f, amount in fines] + [cd.pay_tax(vehicle, y) for y in years]
    run = Run(name, tmp / name, server, entries)
    run.dir.mkdir(parents=True)
    (run.dir / "ops.json").write_text(json.dumps(entries), "utf-8")
    shutil.copyfile(template, run.cache)  # closed cleanly: no -wal beside it
    return run


def start(run: Run, crash_at: str | None = None) -> subprocess.Popen[str]:
    command = cd.driver_command(run.dir / "profile", run.server.url, "--ops", str(run.dir / "ops.json"),
                                "--backoff", "fast", "--timeout", str(CHILD_TIMEOUT_S))
    return subprocess.Popen(command, cwd=ROOT, env=cd.driver_env(crash_at), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(run: Run, proc: subprocess.Popen[str], what: str) -> int:
    try:
        out, err = proc.communicate(timeout=CHILD_TIMEOUT_S + 30)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    events = [e.get("event") for e in cd.events_of(out)]
    tail = f", stderr {err[-800:]!r}" if err else ""
    run.story.append(f"{what}: exit {proc.returncode}, events {events}{tail}")
    return int(proc.returncode)


def after_kill(run: Run) -> None:
    """Look at the outbox the killed process left: nothing that was there before may be gone."""
    run.kills += 1
    states = outbox_states(run)
    missing = run.seen - states.keys()
    if missing:
        run.fail(f"ops lost by a kill: {sorted(missing)}")
    regressed = {i for i in run.acked if states.get(i) != OpState.ACKED.value}
    if regressed:
        run.fail(f"acked ops went back after a kill: {sorted(regressed)}")
    run.seen |= states.keys()
    run.in_flight |= {i for i, s in states.items() if s == OpState.IN_FLIGHT.value}
    run.acked |= {i for i, s in states.items() if s == OpState.ACKED.value}
    run.story.append(f"after the kill: {sorted(states.values())}")


def outbox_states(run: Run) -> dict[str, str]:
    """op id → state, read with plain sqlite3 (the cache may not even exist if the kill came early)."""
    if not run.cache.exists():
        return {}
    conn = sqlite3.connect(run.cache)
    try:
        has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'outbox'").fetchone()
        return dict(conn.execute("SELECT op_id, state FROM outbox").fetchall()) if has else {}
    finally:
        conn.close()


def drain(run: Run) -> None:
    code = finish(run, start(run), "restart")
    if code != 0:
        run.fail(f"the restarted client did not drain (exit {code})")


def bearer(http: httpx.Client) -> dict[str, str]:
    token = http.post("/v1/auth/login", json={"username": "demo", "password": "demo"}).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def effects(server: ServerProcess) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = server.test_call("GET", "/v1/_test/effects").json()["effects"]
    return found


def verify(run: Run) -> None:
    """The end state of a run against the fault-free expectation."""
    conn = sqlite3.connect(run.cache)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    if integrity != [("ok",)]:
        run.fail(f"integrity_check: {integrity}")
    with open_store(run.cache) as store:
        ops = store.outbox.list_ops()
        by_key = {cd.op_key(op.kind, op.stream, op.payload): op for op in ops}
        if len(ops) != len(run.entries) or len(by_key) != len(ops):
            run.fail(f"{len(ops)} ops for {len(run.entries)} payments: {[(o.stream, o.state) for o in ops]}")
        lost = run.seen - {op.op_id for op in ops}
        if lost:
            run.fail(f"ops lost: {sorted(lost)}")
        for op in ops:
            if op.state is not OpState.ACKED or op.acked_at is None or op.receipt is None:
                run.fail(f"op {op.op_id} ({op.stream}) ended {op.state} acked_at={op.acked_at}")
        for op_id in run.in_flight:
            details = [e.detail for e in store.outbox.events(op_id)]
            if "recovered after an interrupted send" not in details:
                run.fail(f"in-flight op {op_id} was not recovered with its key: {details}")
        ledger = effects(run.server)
        for entry in run.entries:
            op = by_key[cd.op_key(entry["kind"], entry["stream"], entry["payload"])]
            charged = [e for e in ledger if e["target"] == cd.target_of(entry)]
            if [(e["op_id"], e["amount"]) for e in charged] != [(op.op_id, entry["payload"]["amount"])]:
                run.fail(f"{cd.target_of(entry)} charged {charged}, expected once by {op.op_id}")
            row = store.overlay.row(*(("fine", entry["payload"]["fine_id"]) if entry["kind"] == "pay_fine"
                                      else ("vehicle", entry["payload"]["vehicle_id"]))).row
            if row is None:
                run.fail(f"{cd.target_of(entry)} is not in the cache")
            assert row is not None
            status = row["status"] if entry["kind"] == "pay_fine" else next(
                t["status"] for t in row["taxes"] if t["year"] == entry["payload"]["year"])
            if status != "paid":
                run.fail(f"the cache shows {cd.target_of(entry)} {status}")
        # Order within the vehicle's stream: the ledger, and when the later year was first sent.
        taxes = [op for op in ops if op.kind == "pay_vehicle_tax"]
        seqs = [next(e["seq"] for e in ledger if e["op_id"] == op.op_id) for op in taxes]
        if seqs != sorted(seqs):
            run.fail(f"the vehicle's taxes were charged out of order: {seqs}")
        first, second = taxes
        acked_at = store.connection.execute(
            "SELECT min(id) FROM outbox_events WHERE op_id = ? AND to_state = 'acked'", (first.op_id,)
        ).fetchone()[0]
        sent_at = store.connection.execute(
            "SELECT min(id) FROM outbox_events WHERE op_id = ? AND to_state = 'in_flight'", (second.op_id,)
        ).fetchone()[0]
        if acked_at is None or sent_at is None or sent_at < acked_at:
            run.fail("the second tax year was sent before the first was final")


def run_all(jobs: list[Any]) -> list[Run]:
    """Run ``jobs`` (callables returning a Run) a few at a time; the first failure is raised."""
    with ThreadPoolExecutor(PARALLEL) as pool:
        return [f.result() for f in [pool.submit(job) for job in jobs]]


# -- named points --------------------------------------------------------------------------------------


def test_crash_point_specs() -> None:
    assert crashpoints.parse("after_send:3, mid_upload") == {"after_send": 3, "mid_upload": 1}
    assert crashpoints.parse("") == {}
    for bad in ("after_sned", "after_send:0", "after_send:x"):
        with pytest.raises(ValueError):
            crashpoints.parse(bad)
    crashpoints.crash_point("after_send")  # inert: this process was started without the variable


@pytest.mark.parametrize("point", ["after_enqueue_commit", "after_send", "after_response_before_ack"])
def test_killed_at_a_named_point(server: ServerProcess, template: Path, tmp_path: Path, point: str) -> None:
    def one(nth: int) -> Run:
        run = new_run(server, f"{point}-{nth}", tmp_path, template)
        code = finish(run, start(run, f"{point}:{nth}"), f"crash at {point}:{nth}")
        if code != -signal.SIGKILL:
            run.fail(f"the crash point was not reached (exit {code})")
        after_kill(run)
        drain(run)
        verify(run)
        return run

    runs = run_all([lambda n=n: one(n) for n in NTH])
    if point == "after_enqueue_commit":
        # The op whose commit returned just before the kill is there, although the process never
        # got to say so: exactly nth ops were in the outbox after the kill.
        assert [len(r.seen) for r in runs] == list(NTH)
    if point in ("after_send", "after_response_before_ack"):
        # The op being answered was in flight at the kill, and went again with the same key.
        assert all(r.in_flight for r in runs)


# -- kills while the server holds the request or its answer -------------------------------------------


def _watch_and_kill(run: Run, proc: subprocess.Popen[str], ready: Any, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not ready():
        if proc.poll() is not None or time.monotonic() > deadline:
            run.fail("the moment to kill never came")
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)


def test_killed_while_the_answer_is_held_back(server: ServerProcess, template: Path, tmp_path: Path) -> None:
    """The server committed the payment and holds its answer back: the client dies waiting for it."""
    run = new_run(server, "answer-held", tmp_path, template)
    targets = {cd.target_of(e) for e in run.entries}
    server.test_call("POST", "/v1/_test/faults", json={
        "kind": "delay", "when": "after", "seconds": 3, "path": "/v1/ops/", "method": "PUT", "times": 1})
    proc = start(run)
    _watch_and_kill(run, proc, lambda: any(e["target"] in targets for e in effects(server)))
    assert finish(run, proc, "killed with an answer held back") == -signal.SIGKILL
    after_kill(run)
    assert run.in_flight, "the op whose answer was held back should be in flight"
    drain(run)
    verify(run)


def test_killed_while_the_server_is_processing(server: ServerProcess, template: Path, tmp_path: Path) -> None:
    """The payment is still being authorised (the key is claimed) when the client dies: the restarted
    client finds it "processing", waits, and records the final answer; it never pays a second time."""
    run = new_run(server, "processing", tmp_path, template)
    server.test_call("POST", "/v1/_test/provider", json={"latency_s": 1.5})
    with httpx.Client(base_url=server.url, timeout=10) as http:
        auth = bearer(http)
        proc = start(run)
        ids: list[str] = []
        lines: list[str] = []

        def read() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                lines.append(line)
                event = cd.events_of(line)
                if event and event[0].get("event") == "enqueued":
                    ids.append(event[0]["op_id"])

        reader = threading.Thread(target=read, daemon=True)
        reader.start()

        def processing() -> bool:
            return any(http.get(f"/v1/ops/{i}", headers=auth).json().get("state") == "processing"
                       for i in list(ids))

        _watch_and_kill(run, proc, processing)
        proc.wait(10)
        reader.join(10)
    run.story.append(f"killed while processing: exit {proc.returncode}, {len(lines)} lines")
    server.test_call("POST", "/v1/_test/provider", json={})
    assert proc.returncode == -signal.SIGKILL
    after_kill(run)
    assert run.in_flight
    drain(run)
    verify(run)


# -- random moments ------------------------------------------------------------------------------------


def _child_lifetime(server: ServerProcess, template: Path, tmp_path: Path) -> float:
    """How long an unkilled child runs here and now, from its "started" line to its exit (median of
    three): the range the random timers are drawn from, so that they land in the run on a fast machine
    as on a slow one."""
    lifetimes = []
    for n in range(3):
        run = new_run(server, f"lifetime-{n}", tmp_path, template)
        proc = start(run)
        assert proc.stdout is not None
        proc.stdout.readline()
        started = time.monotonic()
        if finish(run, proc, "unkilled") != 0:
            run.fail("an unkilled child did not drain")
        lifetimes.append(time.monotonic() - started)
    return sorted(lifetimes)[1]


def test_killed_at_random_moments(server: ServerProcess, template: Path, tmp_path: Path) -> None:
    # On loopback a whole push takes a few milliseconds; a little server latency (before the request
    # runs, or after its commit) widens the window so that the timers land in the push as well as in
    # the enqueue, the sign-in and the pull.
    delays_on_ops = [
        {"kind": "delay", "path": "/v1/ops/", "seconds": 0.05, "when": w, "probability": 0.4, "seed": i}
        for i, w in enumerate(("before", "after"))
    ]
    server.test_call("POST", "/v1/_test/faults", json=delays_on_ops)
    lifetime = _child_lifetime(server, template, tmp_path)
    rng = random.Random(20261127)
    kills_of = [KILLS_PER_RANDOM_RUN[n % len(KILLS_PER_RANDOM_RUN)] for n in range(RANDOM_RUNS)]
    delays = [[rng.uniform(0.0, lifetime) for _ in range(k)] for k in kills_of]

    def one(n: int) -> Run:
        run = new_run(server, f"random-{n}", tmp_path, template)
        for k, delay in enumerate(delays[n]):
            proc = start(run)
            assert proc.stdout is not None
            first = proc.stdout.readline()  # "started": the process is up and has recovered its outbox
            if first:
                time.sleep(delay)
                proc.send_signal(signal.SIGKILL)
            code = finish(run, proc, f"kill {k + 1} after {delay:.3f} s")
            if code == -signal.SIGKILL:
                after_kill(run)
            elif code != 0:
                run.fail(f"the client failed on its own (exit {code})")
        drain(run)
        verify(run)
        return run

    runs = run_all([lambda n=n: one(n) for n in range(RANDOM_RUNS)])
    kills = sum(r.kills for r in runs)
    # Most timers must really have cut a run short (a child that drained first was not killed).
    assert kills >= 0.75 * sum(map(len, delays)), (kills, f"child lifetime {lifetime:.3f} s")
    assert any(r.in_flight for r in runs), "no random kill caught an op in flight"


# -- uploads -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("nth", [1, 2, 4])
def test_an_upload_killed_between_chunks_resumes(server: ServerProcess, tmp_path: Path, nth: int) -> None:
    """Killed after ``nth`` chunks went through, the restarted upload goes on from the server's offset."""
    chunk, content = 4096, random.Random(nth).randbytes(5 * 4096 + 123)
    source = tmp_path / "photo.png"
    source.write_bytes(content)
    profile = tmp_path / "profile"

    def upload(crash_at: str | None) -> tuple[int, list[dict[str, Any]]]:
        command = cd.driver_command(profile, server.url, "--upload", str(source), "--chunk", str(chunk),
                                    "--timeout", "30")
        done = subprocess.run(command, cwd=ROOT, env=cd.driver_env(crash_at), capture_output=True, text=True,
                              timeout=60)
        return done.returncode, cd.events_of(done.stdout)

    code, events = upload(f"mid_upload:{nth}")
    assert code == -signal.SIGKILL, events
    assert [e["offset"] for e in events if e["event"] == "upload"][-1] == nth * chunk
    code, events = upload(None)
    assert code == 0, events
    offsets = [e["offset"] for e in events if e["event"] == "upload"]
    assert offsets[0] == nth * chunk, offsets  # resumed where the killed run stopped, not from 0
    assert offsets[-1] == len(content)
    done = next(e for e in events if e["event"] == "uploaded")
    with httpx.Client(base_url=server.url, timeout=10) as http:
        view = http.get(f"/v1/uploads/{done['upload_id']}", headers=bearer(http)).json()
    assert view["complete"] is True and view["offset"] == len(content)
