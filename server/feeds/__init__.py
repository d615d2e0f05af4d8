"""Feed ingestion for the reference server: real public formats → normalised ``feed_item`` rows.

Parsers (one module each): SMG actual-weather brief, station observations, air quality and warnings;
PSP border checkpoints; DSEDJ class suspensions and civil-protection notices (small JSON formats
defined here); gov.mo news (RSS 2.0 / Atom). Every payload goes through :mod:`server.feeds.safe`
first; every refusal is a :class:`FeedError` with a one-line reason, and :func:`refresh` keeps the
last good copy of a feed that fails. :func:`typhoon_script` is a scripted typhoon for demos.
"""

from __future__ import annotations

from server.feeds.items import Item, ParseContext
from server.feeds.registry import KINDS, detect, parse_file, parse_payload
from server.feeds.safe import MAX_BYTES, FeedError
from server.feeds.sources import (
    FeedIngest,
    FeedSource,
    FeedSources,
    all_items,
    diff_items,
    refresh,
)
from server.feeds.typhoon import Step, typhoon_script

__all__ = [
    "KINDS",
    "MAX_BYTES",
    "FeedError",
    "FeedIngest",
    "FeedSource",
    "FeedSources",
    "Item",
    "ParseContext",
    "Step",
    "all_items",
    "detect",
    "diff_items",
    "parse_file",
    "parse_payload",
    "refresh",
    "typhoon_script",
]
