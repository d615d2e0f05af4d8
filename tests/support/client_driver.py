"""A headless client process for crash tests and the chaos benchmark: the app's real sync parts, no Qt.

    ONEACCOUNT_PASSWORD=demo python -m tests.support.client_driver --data-dir DIR --server URL \\
        [--username demo] [--ops OPS.json] [--timeout 60] [--backoff fast]
    ONEACCOUNT_PASSWORD=demo python -m tests.support.client_driver --data-dir DIR --server URL \\
        --upload FILE [--mime image/png] [--chunk 4096]

It opens the resident profile at ``--data-dir`` (the account's cache as the app keeps it), signs in,
puts ``OPS.json`` into the outbox — a list of ``{"kind", "stream", "payload"}`` in the order a resident
made them — and pushes and pulls with the real Store, PushEngine, PullEngine, AuthSession and
ApiClient until the outbox is drained and the cache caught up, or the process is killed. A parent
kills it (``SIGKILL`` from a timer, or ``ONEACCOUNT_CRASH_AT``) and starts it again on the same data:

- An op already in the outbox is not added again (it was saved: the resident saw it saved); one
  missing is added now, as a resident whose click was lost to the crash would do it again. So the
  outbox ends with exactly one op per entry of ``OPS.json``.
- Ops the killed run left in flight go back to pending with the same key (``PushEngine.recover``).

Between pushes it waits as the app's sync service does: until the next op is due, at least 0.2 s
while the server cannot be reached. ``--backoff fast`` shrinks the retry delays for short tests.

stdout: one JSON object per line — ``started`` (pid, recovered), ``enqueued`` (op_id, stream),
``upload`` (offset, size), ``uploaded`` and ``drained`` (ops, seconds, pushes). Exit 0 when drained
(or uploaded), 1 on timeout, 3 when the password is refused.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.cli_sync import PASSWORD_ENV  # noqa: E402
from desktop.profile import Profile, ProfileKind, account_key  # noqa: E402
from desktop.store import Store, open_store  # noqa: E402
from desktop.sync.api import ApiClient  # noqa: E402
from desktop.sync.auth import AuthSession, MemoryTokenStore  # noqa: E402
from desktop.sync.engine import PullEngine  # noqa: E402
from desktop.sync.errors import ProblemError, SignInRequired, SyncError  # noqa: E402
from desktop.sync.push import PAUSED_SIGN_IN, PAUSED_UNAUTHORIZED, Backoff, PushEngine  # noqa: E402

log = logging.getLogger("client_driver")

EXIT_DRAINED, EXIT_TIMEOUT, EXIT_SIGN_IN = 0, 1, 3
#: Retry delays for short tests: the same rules (full jitter, Retry-After first), smaller numbers.
FAST_BACKOFF = Backoff(base_s=0.05, cap_s=1.0, poll_s=0.1, poll_cap_s=0.5, in_flight_s=0.1)


def emit(event: str, **fields: Any) -> None:
    print(json.dumps({"event": event, **fields}), flush=True)


def op_key(kind: str, stream: str, payload: dict[str, Any]) -> tuple[str, str, str]:
    return kind, stream, json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def cache_path(data_dir: Path, server: str, username: str) -> Path:
    """Where the app keeps this account's cache (and outbox) in the resident profile at ``data_dir``."""
    return Profile.open(ProfileKind.RESIDENT, data_dir).cache_path(account_key(server, username))


def enqueue_missing(store: Store, wanted: Sequence[dict[str, Any]]) -> int:
    """Add the entries of ``wanted`` that are not in the outbox yet, in order; returns how many."""
    have = {op_key(op.kind, op.stream, op.payload) for op in store.outbox.list_ops()}
    added = 0
    for entry in wanted:
        key = op_key(entry["kind"], entry["stream"], entry["payload"])
        if key in have:
            continue
        op = store.outbox.enqueue(entry["kind"], entry["stream"], entry["payload"])
        have.add(key)
        added += 1
        emit("enqueued", op_id=op.op_id, stream=op.stream)
    return added


class Client:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.username: str = args.username
        self.password = os.environ.get(PASSWORD_ENV, "")
        self.api = ApiClient(args.server, timeout=args.http_timeout)
        self.session = AuthSession(self.api, MemoryTokenStore())
        self.deadline = time.monotonic() + args.timeout

    def sign_in(self) -> None:
        """Sign in, waiting out a network that does not answer (the parent may be injecting faults)."""
        while True:
            try:
                self.session.login(self.username, self.password)
                return
            except ProblemError as exc:
                if exc.status == 401:
                    raise SignInRequired(exc.slug) from None
                log.info("sign-in failed: %s", exc)
            except SyncError as exc:
                log.info("sign-in failed: %s", exc)
            if time.monotonic() > self.deadline:
                raise TimeoutError("could not sign in before the deadline")
            time.sleep(0.2)

    def drain(self, store: Store, engine: PushEngine) -> bool:
        """Push and pull until nothing is waiting and a pull after that went through."""
        pushes = 0
        started = time.monotonic()
        while time.monotonic() < self.deadline:
            result = engine.push()
            pushes += 1
            if result.paused in (PAUSED_SIGN_IN, PAUSED_UNAUTHORIZED):
                self.sign_in()
                continue
            pulled = False
            if not result.offline:
                try:
                    PullEngine(self.session, store).pull()
                    pulled = True
                except SignInRequired:
                    self.sign_in()
                    continue
                except SyncError as exc:
                    log.info("pull failed: %s", exc)
            if pulled and store.outbox.waiting().count == 0:
                emit("drained", ops=len(store.outbox.list_ops()), pushes=pushes,
                     seconds=round(time.monotonic() - started, 3))
                return True
            # As the sync service: come back when the next op is due; not at once while offline.
            now = datetime.now(UTC)
            due = result.next_due
            wait = (due - now).total_seconds() if due is not None else 0.2
            time.sleep(min(max(wait, 0.2 if (result.offline or not pulled) else 0.0), 5.0))
        return False


def run(args: argparse.Namespace) -> int:
    client = Client(args)
    path = cache_path(Path(args.data_dir), args.server, args.username)
    store = open_store(path)
    try:
        backoff = FAST_BACKOFF if args.backoff == "fast" else Backoff()
        engine = PushEngine(client.session, store, backoff=backoff, workers=args.workers)
        recovered = engine.recover()
        emit("started", pid=os.getpid(), recovered=recovered)
        wanted = json.loads(Path(args.ops).read_text("utf-8")) if args.ops else []
        enqueue_missing(store, wanted)
        try:
            client.sign_in()
        except SignInRequired:
            return EXIT_SIGN_IN
        if args.upload:
            return upload(client, args)
        return EXIT_DRAINED if client.drain(store, engine) else EXIT_TIMEOUT
    except TimeoutError:
        return EXIT_TIMEOUT
    finally:
        store.close()
        client.api.close()


def upload(client: Client, args: argparse.Namespace) -> int:
    from desktop.sync.uploads import ResumableUploader, UploadProgress

    def progress(p: UploadProgress) -> None:
        emit("upload", upload_id=p.upload_id, offset=p.offset, size=p.size)

    uploader = ResumableUploader(client.session)
    while time.monotonic() < client.deadline:
        try:
            done = uploader.upload(Path(args.upload), args.mime, chunk_size=args.chunk, on_progress=progress)
        except SyncError as exc:
            log.info("upload failed: %s", exc)
            time.sleep(0.2)
            continue
        emit("uploaded", upload_id=done.upload_id, sha256=done.sha256, size=done.size)
        return EXIT_DRAINED
    return EXIT_TIMEOUT


# -- for the parent: test data on the server, starting the driver, reading what it said ------------------

DEMO_OWNER = "usr-demo"
_LOC_OFFENCE = {"zh": "違例泊車", "pt": "Estacionamento em local proibido",
                "en": "Parking in a prohibited place"}
_LOC_PLACE = {"zh": "新馬路", "pt": "Avenida de Almeida Ribeiro", "en": "Avenida de Almeida Ribeiro"}


def fine_row(fine_id: str, amount: str = "600.00") -> dict[str, Any]:
    """An unpaid fine shaped as the demo's (server/demo/vehicles.py)."""
    return {
        "id": fine_id, "plate": "MX-12-34", "licence_no": "5123456", "offence": _LOC_OFFENCE,
        "place": _LOC_PLACE, "occurred_at": "2026-11-01T10:00:00+08:00", "due_date": "2026-12-31",
        "amount": amount, "status": "unpaid", "paid_at": None, "receipt_no": None,
    }


def vehicle_row(vehicle_id: str, years: Sequence[int], amount: str = "1100.00") -> dict[str, Any]:
    """A car with an unpaid tax for each of ``years``, shaped as the demo's."""
    return {
        "id": vehicle_id, "plate": "MX-56-78", "make": "Toyota", "model": "Corolla Altis", "kind": "car",
        "licence_expiry": "2027-06-30", "insurance_expiry": "2027-03-01",
        "taxes": [{"year": y, "amount": amount, "status": "unpaid", "due_date": f"{y}-03-31",
                   "receipt_no": None} for y in years],
    }


def pay_fine(fine_id: str, amount: str = "600.00", method: str = "card") -> dict[str, Any]:
    """An outbox entry: pay one fine, on the fine's own stream."""
    return {"kind": "pay_fine", "stream": f"fine:{fine_id}",
            "payload": {"fine_id": fine_id, "amount": amount, "method": method}}


def pay_tax(vehicle_id: str, year: int, amount: str = "1100.00", method: str = "card") -> dict[str, Any]:
    """An outbox entry: one year's vehicle tax. All years of a vehicle share the stream ``vehicle:ID``,
    so a later year is sent only once the earlier one is final (the order the tests check)."""
    return {"kind": "pay_vehicle_tax", "stream": f"vehicle:{vehicle_id}",
            "payload": {"vehicle_id": vehicle_id, "year": year, "amount": amount, "method": method}}


def target_of(entry: dict[str, Any]) -> str:
    """The effects ledger's ``target`` of an outbox entry (``fine:F-1``, ``vehicle:V-1:tax:2026``)."""
    p = entry["payload"]
    if entry["kind"] == "pay_fine":
        return f"fine:{p['fine_id']}"
    return f"vehicle:{p['vehicle_id']}:tax:{p['year']}"


def driver_command(data_dir: Path, server: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "tests.support.client_driver", "--data-dir", str(data_dir),
            "--server", server, *extra]


def driver_env(crash_at: str | None = None, password: str = "demo") -> dict[str, str]:
    env = dict(os.environ)
    env[PASSWORD_ENV] = password
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("ONEACCOUNT_CRASH_AT", None)
    if crash_at:
        env["ONEACCOUNT_CRASH_AT"] = crash_at
    return env


def events_of(stdout: str) -> list[dict[str, Any]]:
    """The driver's JSON lines (a line cut by a kill is left out)."""
    found = []
    for line in stdout.splitlines():
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            found.append(value)
    return found


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.support.client_driver", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", required=True, help="the resident profile's data dir")
    parser.add_argument("--server", required=True, help="server URL (or a proxy in front of it)")
    parser.add_argument("--username", default="demo")
    parser.add_argument("--ops", help="JSON list of {kind, stream, payload} to put in the outbox")
    parser.add_argument("--timeout", type=float, default=120.0, help="give up after this many seconds")
    parser.add_argument("--http-timeout", type=float, default=30.0, help="seconds per request")
    parser.add_argument("--backoff", choices=["default", "fast"], default="default")
    parser.add_argument("--workers", type=int, default=4, help="push threads (streams at once)")
    parser.add_argument("--upload", help="upload this file (resumable) instead of draining the outbox")
    parser.add_argument("--mime", default="image/png")
    parser.add_argument("--chunk", type=int, default=4096, help="upload chunk size in bytes")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=os.environ.get("ONEACCOUNT_LOG_LEVEL", "WARNING"),
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    return run(parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
