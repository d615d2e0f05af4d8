"""Headless commands: ``sync --once`` (push the outbox, then pull) and ``outbox list``.

For scripts, support staff and tests: no window and no Qt on this path. The account is the profile's
last one (``settings.json`` ``last_account``) unless ``--username`` names another; ``--password`` (or
the ``ONEACCOUNT_PASSWORD`` environment variable) signs in, otherwise the stored sign-in is resumed.
The app wires these in as ``python -m desktop sync …`` / ``python -m desktop outbox …`` through
:func:`add_parsers` and :func:`run`; ``python -m desktop.cli_sync …`` works on its own.

Exit codes: 0 done; 1 the server could not be reached or answered badly; 2 wrong usage or no account;
3 the resident must sign in again.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.config import ConfigError, validate_server_url
from desktop.demo import DEMO_SERVER_ID
from desktop.domain.operation import Operation, OpState
from desktop.profile import Profile, ProfileKind, account_key
from desktop.settings import Settings

log = logging.getLogger(__name__)

PASSWORD_ENV = "ONEACCOUNT_PASSWORD"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SIGN_IN = 0, 1, 2, 3


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Account:
    key: str
    username: str
    server_id: str

    @property
    def demo(self) -> bool:
        return self.server_id == DEMO_SERVER_ID


def _account_options(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: when the app's main parser already took --server/--data-dir before the command, a
    # default here would overwrite them.
    parser.add_argument("--server", metavar="URL", default=argparse.SUPPRESS,
                        help="One Account server (default: the last account's server)")
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="the resident profile's data dir")
    parser.add_argument("--username", default=argparse.SUPPRESS, help="account (default: the last one)")


def add_parsers(subparsers: Any) -> None:
    """Add ``sync`` and ``outbox`` to an ``ArgumentParser.add_subparsers()`` object."""
    sync = subparsers.add_parser("sync", help="send saved operations, then bring the cache up to date")
    sync.add_argument("--once", action="store_true", required=True, help="one push and one pull, then exit")
    sync.add_argument("--password", default=argparse.SUPPRESS,
                      help=f"sign in with this password (or set {PASSWORD_ENV}); default: the stored sign-in")
    sync.add_argument("--force", action="store_true",
                      help="also send operations still waiting out a retry delay")
    _account_options(sync)
    sync.set_defaults(cli_sync="sync")
    outbox = subparsers.add_parser("outbox", help="look at the operations saved on this computer")
    actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list operations: id, kind, stream, state, attempts, age")
    listing.add_argument("--json", action="store_true", help="one JSON array instead of a table")
    listing.add_argument("--state", action="append", choices=[s.value for s in OpState],
                         help="only operations in this state (may be repeated)")
    _account_options(listing)
    outbox.set_defaults(cli_sync="outbox")


def run(args: argparse.Namespace) -> int:
    """Run the command ``add_parsers`` parsed; returns the exit code."""
    try:
        profile = Profile.open(ProfileKind.RESIDENT, _path(getattr(args, "data_dir", None)))
        if args.cli_sync == "sync":
            return _sync(args, profile)
        return _list(args, profile)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code


# -- which account -----------------------------------------------------------------------------------


def resolve_account(args: argparse.Namespace, profile: Profile) -> Account:
    server = getattr(args, "server", None)
    if server is not None:
        try:
            server = validate_server_url(server)
        except ConfigError as exc:
            raise CliError(str(exc)) from None
    username = getattr(args, "username", None)
    last = Settings(profile.data_dir / "settings.json").get("last_account")
    last = last if isinstance(last, dict) else {}
    if username:
        server_id = server or str(last.get("server") or DEMO_SERVER_ID)
        return Account(account_key(server_id, username), username, server_id)
    if not last.get("key") or not last.get("username"):
        raise CliError("no account has signed in on this computer; pass --username (and --password)")
    if server is not None and last.get("server") != server:
        raise CliError("the last account belongs to another server; pass --username (and --password)")
    return Account(str(last["key"]), str(last["username"]), str(last.get("server") or DEMO_SERVER_ID))


# -- sync --once --------------------------------------------------------------------------------------


def make_api(base_url: str) -> Any:
    """The API client (tests replace this to talk to a fake server)."""
    from desktop.sync.api import ApiClient

    return ApiClient(base_url)


def _sync(args: argparse.Namespace, profile: Profile) -> int:
    from desktop.store import open_or_replace
    from desktop.sync.auth import AuthSession
    from desktop.sync.engine import PullEngine
    from desktop.sync.errors import ProblemError, SignInRequired, SyncError
    from desktop.sync.push import PAUSED_ANOTHER_WINDOW, PAUSED_SIGN_IN, PushEngine

    account = resolve_account(args, profile)
    password = getattr(args, "password", None) or os.environ.get(PASSWORD_ENV)
    embedded = None
    if account.demo:
        from desktop.demo import EmbeddedServer, EmbeddedServerError

        # The same demo data (and folder) the app's embedded server uses.
        embedded = EmbeddedServer(profile.data_dir / "demo-server")
        try:
            base_url = embedded.start()
        except EmbeddedServerError as exc:
            print(f"sync failed: {exc}", file=sys.stderr)
            return EXIT_FAILED
    else:
        base_url = account.server_id
    api = make_api(base_url)
    store, moved = open_or_replace(profile.cache_path(account.key))
    if moved is not None:
        print(f"the damaged cache was kept as {moved.name}; pulling a fresh one", file=sys.stderr)
    try:
        session = AuthSession(api, profile.token_store(account.key))
        try:
            if password:
                session.login(account.username, password)
            elif session.resume() is None:
                raise SignInRequired("no stored sign-in for this account")
        except (SignInRequired, ProblemError) as exc:
            print(f"sign-in required: {exc}", file=sys.stderr)
            return EXIT_SIGN_IN
        pushed = PushEngine(session, store).push(force=args.force)
        if pushed.paused == PAUSED_SIGN_IN:
            print("sign-in required: the server ended this sign-in", file=sys.stderr)
            return EXIT_SIGN_IN
        pulled = PullEngine(session, store).pull()
        waiting, attention = store.outbox.waiting(), len(store.outbox.attention())
        notes = [f"push: sent {pushed.sent}, acked {pushed.acked}, failed {pushed.failed}, "
                 f"waiting {waiting.count}, needs attention {attention}",
                 f"pull: {pulled.pages} page(s), {pulled.changes} change(s)"]
        if pushed.paused == PAUSED_ANOTHER_WINDOW:
            notes[0] = "push: skipped, another window is sending"
        elif pushed.offline:
            notes[0] += " (server unreachable)"
        print("sync ok; " + "; ".join(notes))
        return EXIT_FAILED if pushed.offline else EXIT_OK
    except SignInRequired as exc:
        print(f"sign-in required: {exc}", file=sys.stderr)
        return EXIT_SIGN_IN
    except SyncError as exc:
        print(f"sync failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()
        api.close()
        if embedded is not None:
            embedded.stop()


# -- outbox list --------------------------------------------------------------------------------------


def _list(args: argparse.Namespace, profile: Profile) -> int:
    from desktop.store import open_store

    account = resolve_account(args, profile)
    path = profile.cache_path(account.key)
    ops: list[Operation] = []
    if path.exists():
        with open_store(path) as store:
            ops = store.outbox.list_ops(*(OpState(s) for s in args.state or ()))
    now = datetime.now(UTC)
    if args.json:
        print(json.dumps([_as_json(op, now) for op in ops], ensure_ascii=False, indent=1))
        return EXIT_OK
    rows = [(op.op_id, op.kind, op.stream, op.state.value, str(op.attempts), _age(op.created_at, now))
            for op in ops]
    header = ("OP ID", "KIND", "STREAM", "STATE", "ATTEMPTS", "AGE")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return EXIT_OK


def _as_json(op: Operation, now: datetime) -> dict[str, Any]:
    return {
        "op_id": op.op_id, "seq": op.seq, "kind": op.kind, "stream": op.stream, "state": op.state.value,
        "attempts": op.attempts, "money": op.money, "in_doubt": op.in_doubt,
        "created_at": op.created_at.isoformat(), "age_s": round((now - op.created_at).total_seconds(), 1),
        "next_attempt_at": op.next_attempt_at.isoformat() if op.next_attempt_at else None,
        "last_status": op.last_status, "problem": op.problem_slug, "supersedes": op.supersedes,
        "acked_at": op.acked_at.isoformat() if op.acked_at else None,
    }


def _age(since: datetime, now: datetime) -> str:
    seconds = max(0, int((now - since).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _path(value: str | None) -> Path | None:
    return Path(value) if value else None


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=os.environ.get("ONEACCOUNT_LOG_LEVEL", "WARNING"),
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    parser = argparse.ArgumentParser(prog="python -m desktop", description="Sync and outbox.")
    add_parsers(parser.add_subparsers(dest="command", metavar="COMMAND", required=True))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
