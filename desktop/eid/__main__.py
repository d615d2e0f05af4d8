"""``python -m desktop.eid``: verify an eID token or QR image offline; make an institution's request.

    verify TOKEN_OR_PNG (--keys published.json | --demo) [--revocations list.json] [--nonce N]
           [--institution ID] [--fields a,b] [--course ID] [--now ISO] [--skew S] [--replay-cache FILE]
    request --institution ID --fields a,b --purpose TEXT (--key key.json | --demo) [--out request.png]
    keys --institution ID --out key.json
    demo-keys --out published.json [--revocations list.json]

``verify`` prints one JSON object on stdout: the verified fields, or ``valid: false`` with the reason
code and words (also on stderr). Exit codes: 0 valid, 1 not valid, 2 usage or unreadable input.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.clock import Clock, FakeClock, SystemClock
from desktop.eid import qrcodes
from desktop.eid.errors import EidError
from desktop.eid.fields import FIELD_NAMES
from desktop.eid.request import REQUEST_DEFAULT_SECONDS, InstitutionKey, make_request
from desktop.eid.trust import PublishedKeys, RevocationList
from desktop.eid.verify import DEFAULT_SKEW_SECONDS, ReplayCache, SqliteReplayCache, Verifier

EXIT_VALID, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class _UsageError(Exception):
    pass


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def _now(text: str | None) -> datetime:
    if text is None:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise _UsageError(f"--now {text!r} is not an ISO 8601 time") from exc
    if moment.tzinfo is None:
        raise _UsageError("--now needs an offset, e.g. 2026-11-27T18:30:00+08:00")
    return moment


def _read(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _UsageError(f"cannot read {what} {path}: {exc.strerror}") from exc


def _keys(args: argparse.Namespace) -> PublishedKeys:
    if args.keys is not None:
        keys = PublishedKeys.from_json(_read(args.keys, "the key set"))
    elif args.demo:
        from desktop.eid.demo import demo_authority

        keys = demo_authority().published_keys()
    else:
        raise _UsageError("give the published key set with --keys FILE (or --demo for the demo keys)")
    if keys.demo:
        print("warning: verifying against DEMO keys, which anyone can sign with", file=sys.stderr)
    return keys


def _token(source: str) -> str:
    path = Path(source)
    if not source.startswith("OAE") and path.exists():
        try:
            text = qrcodes.read_png(path)
        except ValueError as exc:
            raise _UsageError(str(exc)) from exc
        if text is None:
            raise _UsageError(f"no QR code found in {path}")
        return text
    return source


def _fields(text: str | None) -> list[str] | None:
    if text is None:
        return None
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in FIELD_NAMES]
    if unknown or not names:
        raise _UsageError(f"--fields takes names from: {', '.join(FIELD_NAMES)}")
    return names


def _verify(args: argparse.Namespace) -> int:
    keys = _keys(args)
    revocations = None
    if args.revocations is not None:
        revocations = RevocationList.from_json(_read(args.revocations, "the revocation list"), keys)
    clock: Clock = FakeClock(_now(args.now)) if args.now else SystemClock()
    replay: ReplayCache | None = None
    if args.replay_cache is not None:
        try:
            replay = SqliteReplayCache(args.replay_cache)
        except sqlite3.Error as exc:
            raise _UsageError(f"cannot use the replay cache {args.replay_cache}: {exc}") from exc
    verifier = Verifier(keys, revocations=revocations, replay=replay, clock=clock, skew_seconds=args.skew)
    token = _token(args.token)
    try:
        verified = verifier.verify(
            token, nonce=args.nonce, institution=args.institution, requested=_fields(args.fields),
            course=args.course,
        )  # fmt: skip
    except EidError as exc:
        _print_json({"valid": False, "reason": exc.reason.value, "message": exc.message})
        print(f"not valid: {exc.reason.value}: {exc.message}", file=sys.stderr)
        return EXIT_INVALID
    report = verified.to_json_dict()
    if revocations is None and verified.kind not in ("request",):
        print("warning: no --revocations list given; a revoked eID would pass", file=sys.stderr)
    _print_json(report)
    return EXIT_VALID


def _request(args: argparse.Namespace) -> int:
    if args.key is not None:
        signer = InstitutionKey.from_json(_read(args.key, "the key file"))
    elif args.demo:
        from desktop.eid.demo import demo_institution_key

        signer = demo_institution_key(args.institution)
    else:
        raise _UsageError("give the institution's key file with --key FILE (or --demo)")
    if signer.institution != args.institution:
        raise _UsageError(f"the key file is for {signer.institution}, not {args.institution}")
    purpose = {"zh": args.purpose_zh or args.purpose, "pt": args.purpose_pt or args.purpose,
               "en": args.purpose_en or args.purpose}  # fmt: skip
    if not all(purpose.values()):
        raise _UsageError("give --purpose (or all of --purpose-zh, --purpose-pt and --purpose-en)")
    fields = _fields(args.fields) or []
    made = make_request(signer, fields, purpose, _now(args.now), lifetime=args.ttl)
    report = made.to_json_dict()
    if args.out is not None:
        report["png"] = str(made.write_png(args.out))
    _print_json(report)
    return EXIT_VALID


def _make_keys(args: argparse.Namespace) -> int:
    if args.out.exists():
        raise _UsageError(f"{args.out} exists; a key file is never overwritten")
    signer = InstitutionKey.generate(args.institution)
    signer.save(args.out)
    _print_json({"key_file": str(args.out), "register": signer.public_jwk()})
    return EXIT_VALID


def _demo_keys(args: argparse.Namespace) -> int:
    from desktop.eid.demo import demo_authority

    authority = demo_authority()
    args.out.write_text(authority.published_keys().to_json() + "\n", encoding="utf-8")
    written = {"keys": str(args.out)}
    if args.revocations is not None:
        args.revocations.write_text(authority.revocation_list().to_json() + "\n", encoding="utf-8")
        written["revocations"] = str(args.revocations)
    _print_json({**written, "demo": True})
    return EXIT_VALID


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.eid",
        description="Verify an eID token or QR image offline; make an institution's request QR.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("verify", help="verify a token, or the QR code in an image, offline")
    check.add_argument("token", metavar="TOKEN_OR_PNG")
    check.add_argument("--keys", type=Path, help="the authority's published key set (JSON)")
    check.add_argument("--demo", action="store_true", help="trust the demo keys (never for real use)")
    check.add_argument("--revocations", type=Path, help="the authority's signed revocation list (JSON)")
    check.add_argument("--nonce", help="the nonce of your request (share tokens)")
    check.add_argument("--institution", help="your institution id (share tokens)")
    check.add_argument("--fields", help="the fields your request asked for, comma-separated")
    check.add_argument("--course", help="the course id (or programme/course) being signed in to")
    check.add_argument("--now", help="verify as at this ISO 8601 time (with offset)")
    check.add_argument("--skew", type=int, default=DEFAULT_SKEW_SECONDS, help="clock skew allowed, seconds")
    check.add_argument("--replay-cache", type=Path, help="a file remembering used tokens across runs")
    ask = commands.add_parser("request", help="make a signed request QR for residents to scan")
    ask.add_argument("--institution", required=True)
    ask.add_argument("--fields", required=True, help=f"comma-separated, from: {', '.join(FIELD_NAMES)}")
    ask.add_argument("--purpose", help="why, in one text for all three languages")
    for lang in ("zh", "pt", "en"):
        ask.add_argument(f"--purpose-{lang}", help=f"why, in {lang}")
    ask.add_argument("--key", type=Path, help="the institution's key file")
    ask.add_argument("--demo", action="store_true", help="sign with the demo institution's key")
    ask.add_argument("--ttl", type=int, default=REQUEST_DEFAULT_SECONDS, help="seconds the request lives")
    ask.add_argument("--now", help="issue as at this ISO 8601 time (with offset)")
    ask.add_argument("--out", type=Path, help="write the QR code here (PNG)")
    make = commands.add_parser("keys", help="make an institution's key pair")
    make.add_argument("--institution", required=True)
    make.add_argument("--out", type=Path, required=True, help="the private key file to write")
    demo = commands.add_parser("demo-keys", help="write the demo authority's key set")
    demo.add_argument("--out", type=Path, required=True)
    demo.add_argument("--revocations", type=Path, help="also write its (empty) signed revocation list")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    run = {"verify": _verify, "request": _request, "keys": _make_keys, "demo-keys": _demo_keys}
    try:
        return run[args.command](args)
    except _UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except EidError as exc:  # a key set, list or key file that is not what it says
        print(f"error: {exc.reason.value}: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
