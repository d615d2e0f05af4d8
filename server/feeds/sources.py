"""Where each feed comes from (files or URLs) and :func:`refresh`, which keeps the last good copies.

A source config is JSON; relative paths resolve against the config's folder::

    {"timeout": 10, "max_bytes": 2097152,
     "feeds": {
       "smg_brief": "https://xml.smg.gov.mo/c_actual_brief.xml",
       "psp_border": {"url": "https://www.fsm.gov.mo/psp/pspmonitor/webservice.asmx/getStatus",
                      "method": "POST", "body": "{}", "kind": "psp_border"},
       "school": {"path": "class_suspension.json"}}}

URLs are fetched with httpx: TLS verified, a timeout, the size cap applied while streaming (a large
or endless answer is cut off, not buffered) and plain ``http`` refused except on loopback.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from server.feeds.items import Item, ParseContext
from server.feeds.news import merge_languages
from server.feeds.registry import KINDS, lang_from_name, parse_payload, read_capped
from server.feeds.safe import MAX_BYTES, FeedError

log = logging.getLogger("server.feeds")
SAMPLES = Path(__file__).resolve().parent / "samples"


@dataclass(frozen=True)
class FeedSource:
    name: str
    location: str
    kind: str | None = None
    method: str = "GET"
    body: str | None = None
    lang: str | None = None

    @property
    def is_url(self) -> bool:
        return self.location.startswith(("http://", "https://"))


@dataclass(frozen=True)
class FeedSources:
    feeds: tuple[FeedSource, ...]
    base: Path = field(default_factory=Path.cwd)
    timeout: float = 10.0
    max_bytes: int = MAX_BYTES

    @classmethod
    def from_dict(cls, config: Mapping[str, Any], base: Path) -> FeedSources:
        feeds = config.get("feeds")
        if not isinstance(feeds, Mapping) or not feeds:
            raise FeedError("feed config: 'feeds' must be a non-empty object")
        out = []
        for name, spec in feeds.items():
            if isinstance(spec, str):
                spec = {"url": spec} if spec.startswith(("http://", "https://")) else {"path": spec}
            if not isinstance(spec, Mapping) or not (spec.get("url") or spec.get("path")):
                raise FeedError(f"feed config: {name!r} needs a 'url' or a 'path'")
            kind = spec.get("kind")
            if kind is not None and kind not in KINDS:
                raise FeedError(f"feed config: {name!r} has unknown kind {kind!r}")
            out.append(
                FeedSource(
                    str(name),
                    str(spec.get("url") or spec.get("path")),
                    kind,
                    str(spec.get("method") or "GET").upper(),
                    None if spec.get("body") is None else str(spec["body"]),
                    spec.get("lang"),
                )
            )
        return cls(
            tuple(out),
            base,
            float(config.get("timeout", 10.0)),
            int(config.get("max_bytes", MAX_BYTES)),
        )

    @classmethod
    def load(cls, path: Path) -> FeedSources:
        try:
            config = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise FeedError(f"feed config {path.name}: {e}") from None
        if not isinstance(config, Mapping):
            raise FeedError(f"feed config {path.name}: expected a JSON object")
        return cls.from_dict(config, path.resolve().parent)

    @classmethod
    def demo(cls) -> FeedSources:
        """The bundled sample files (written for the demo in the real layouts)."""
        return cls.load(SAMPLES / "demo_sources.json")


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme == "https":
        return
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme != "http" or not loopback:
        raise FeedError(f"refusing {parts.scheme or 'no scheme'} URL for {host or url}: use https")


def fetch(source: FeedSource, sources: FeedSources, client: httpx.Client) -> bytes:
    """The body at ``source.location``, at most ``sources.max_bytes`` of it, or a FeedError."""
    _check_url(source.location)
    host = urlsplit(source.location).hostname or source.location
    headers = {"Content-Type": "application/json"} if source.body is not None else {}
    try:
        with client.stream(
            source.method, source.location, content=source.body, headers=headers, timeout=sources.timeout
        ) as response:
            if response.status_code != 200:
                raise FeedError(f"HTTP {response.status_code} from {host}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > sources.max_bytes:
                raise FeedError(f"{host} announces {declared} bytes, over the {sources.max_bytes}-byte limit")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > sources.max_bytes:
                    raise FeedError(f"answer from {host} is over the {sources.max_bytes}-byte limit")
    except httpx.TimeoutException:
        raise FeedError(f"timed out after {sources.timeout:g} s fetching from {host}") from None
    except httpx.HTTPError as e:
        raise FeedError(f"cannot fetch from {host}: {type(e).__name__}: {e}") from None
    return bytes(body)


def load_feed(
    source: FeedSource,
    sources: FeedSources,
    client: httpx.Client | None = None,
    ctx: ParseContext | None = None,
) -> list[Item]:
    """Items of one feed; raises :class:`FeedError` for any failure (fetch, size, parse)."""
    lang = source.lang or lang_from_name(source.location)
    ctx = ParseContext(now=ctx.now, lang=lang) if ctx else ParseContext(lang=lang)
    if source.is_url:
        if client is None:
            with new_client(sources) as own:
                raw = fetch(source, sources, own)
        else:
            raw = fetch(source, sources, client)
    else:
        path = Path(source.location)
        raw = read_capped(path if path.is_absolute() else sources.base / path, sources.max_bytes)
    _, items = parse_payload(raw, source.kind, ctx, max_bytes=sources.max_bytes)
    return items


def new_client(sources: FeedSources) -> httpx.Client:
    return httpx.Client(
        timeout=sources.timeout,
        verify=True,
        follow_redirects=True,
        max_redirects=3,
        headers={"User-Agent": "OneAccountReferenceServer/feeds"},
    )


def refresh(
    sources: FeedSources,
    last_good: Mapping[str, list[Item]],
    *,
    client: httpx.Client | None = None,
    ctx: ParseContext | None = None,
    report: dict[str, str] | None = None,
) -> dict[str, list[Item]]:
    """Each feed's items, name → items; a feed that fails keeps its entry from ``last_good``.

    Failures are logged (one line, the FeedError's reason) and, if ``report`` is given, written into
    it as name → reason ("ok" on success). Pass the result back as ``last_good`` next time.
    """
    result: dict[str, list[Item]] = {}
    own = client is None and any(s.is_url for s in sources.feeds)
    http = new_client(sources) if own else client
    try:
        for source in sources.feeds:
            try:
                result[source.name] = load_feed(source, sources, http, ctx)
                status = "ok"
            except FeedError as e:
                status = str(e)
                kept = source.name in last_good
                log.warning(
                    "feed %s failed (%s); %s", source.name, e, "kept last good copy" if kept else "no copy"
                )
                if kept:
                    result[source.name] = last_good[source.name]
            if report is not None:
                report[source.name] = status
    finally:
        if own and http is not None:
            http.close()
    return result


def all_items(by_feed: Mapping[str, list[Item]]) -> list[Item]:
    """Every item once (a later feed wins an id); news from several languages merged per post."""
    news = [items for items in by_feed.values() if items and all(i["category"] == "news" for i in items)]
    merged = {i["id"]: i for items in by_feed.values() if not any(items is n for n in news) for i in items}
    for item in merge_languages(*news):
        merged[item["id"]] = item
    return list(merged.values())


def diff_items(before: Iterable[Item], after: Iterable[Item]) -> tuple[list[Item], list[str]]:
    """(rows to put, ids to delete) that turn ``before`` into ``after``; unchanged rows are left out."""
    old = {i["id"]: i for i in before}
    new = {i["id"]: i for i in after}
    puts = [item for key, item in new.items() if old.get(key) != item]
    return puts, [key for key in old if key not in new]


class FeedIngest:
    """Holds the last good copies between runs; :meth:`run_once` says what to write to the store."""

    def __init__(self, sources: FeedSources) -> None:
        self.sources = sources
        self.last_good: dict[str, list[Item]] = {}
        self.report: dict[str, str] = {}

    def run_once(
        self, client: httpx.Client | None = None, ctx: ParseContext | None = None
    ) -> tuple[list[Item], list[str]]:
        before = all_items(self.last_good)
        self.report = {}
        self.last_good = refresh(self.sources, self.last_good, client=client, ctx=ctx, report=self.report)
        return diff_items(before, all_items(self.last_good))
