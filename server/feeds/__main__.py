"""``python -m server.feeds``: parse a feed file, list the kinds, print the typhoon replay, or refresh.

``parse PATH [--kind KIND]`` prints the normalised items as JSON (UTF-8) and exits 0; a refused file
exits 1 with ``error: <file>: <reason>`` on stderr; bad arguments exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from server.feeds.items import ParseContext, parse_time
from server.feeds.registry import KINDS, lang_from_name, parse_file
from server.feeds.safe import MAX_BYTES, FeedError
from server.feeds.sources import FeedSources, all_items, refresh
from server.feeds.typhoon import typhoon_script


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m server.feeds", description="Feed ingestion tools")
    sub = parser.add_subparsers(dest="command", required=True)
    parse = sub.add_parser("parse", help="print the feed items of one file as JSON")
    parse.add_argument("path", type=Path)
    parse.add_argument("--kind", choices=sorted(KINDS), help="parser to use (default: detect)")
    parse.add_argument("--lang", choices=("zh", "pt", "en"), help="edition language (default: from c_/p_/e_)")
    parse.add_argument("--now", help="time to assume for missing timestamps (ISO 8601; default: now)")
    parse.add_argument("--max-bytes", type=int, default=MAX_BYTES, help="size limit (default: %(default)s)")
    sub.add_parser("kinds", help="list the parsers")
    script = sub.add_parser("typhoon", help="print the demo typhoon replay as JSON")
    script.add_argument("--pace", type=float, default=1.0, help="multiplies the delays (default: 1)")
    refresh = sub.add_parser("refresh", help="load every feed of a source config once and print the items")
    refresh.add_argument(
        "config", type=Path, nargs="?", help="source config JSON (default: the bundled demo)"
    )
    return parser


def _dump(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _now(text: str | None) -> datetime | None:
    if text is None:
        return None
    moment = parse_time(text)
    if moment is None:
        raise FeedError(f"--now: cannot read {text!r} as a time")
    return moment


def main(argv: Sequence[str] | None = None) -> int:
    # Windows consoles default to a legacy code page; the items are Chinese and Portuguese.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    args = _parser().parse_args(argv)
    try:
        if args.command == "kinds":
            for name, kind in KINDS.items():
                print(f"{name:<18}{kind.syntax:<6}{kind.about}")
        elif args.command == "parse":
            now = _now(args.now)
            lang = args.lang or lang_from_name(args.path.name)
            ctx = ParseContext(now=now, lang=lang) if now else ParseContext(lang=lang)
            _, items = parse_file(args.path, args.kind, ctx, max_bytes=args.max_bytes)
            _dump(items)
        elif args.command == "typhoon":
            _dump([asdict(step) for step in typhoon_script(pace=args.pace)])
        else:
            sources = FeedSources.load(args.config) if args.config else FeedSources.demo()
            report: dict[str, str] = {}
            items = all_items(refresh(sources, {}, report=report))
            for name, status in report.items():
                if status != "ok":
                    print(f"warning: feed {name}: {status}", file=sys.stderr)
            _dump(items)
    except FeedError as e:
        where = f"{args.path}: " if args.command == "parse" else ""
        print(f"error: {where}{e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
