"""Government news (gov.mo WordPress feed) → ``news`` / ``government_news`` items; RSS 2.0 and Atom.

Both layouts are read by local tag names, so namespaces and prefixes do not matter: RSS
``channel/item`` with ``title``, ``link``, ``guid``, ``description`` / ``content:encoded``,
``pubDate`` (RFC 822) and ``category``; Atom ``feed/entry`` with ``title``, ``link[@href]``, ``id``,
``summary`` / ``content``, ``published`` / ``updated`` (ISO 8601). HTML in texts is reduced to plain
text. A feed carries one language (``channel/language`` or ``xml:lang``, else the edition hint):
that language gets the text, the other two fall back to it until a feed in their language is merged
(:func:`merge_languages`).
"""

from __future__ import annotations

import hashlib
import html
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

from server.feeds.items import Item, ParseContext, child, children, local, make_item, parse_time, text_of, tri
from server.feeds.safe import FeedError

MAX_ITEMS = 50
BODY_CHARS = 600
TITLE_CHARS = 200
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("p", "br", "div", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def plain(markup: str) -> str:
    """Text of an HTML fragment: tags dropped, entities decoded, blank runs squeezed."""
    if "<" not in markup:
        return " ".join(html.unescape(markup).split())
    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def _lang(code: str, default: str) -> str:
    code = code.strip().lower()
    if code.startswith("zh"):
        return "zh"
    if code.startswith("pt"):
        return "pt"
    if code.startswith("en"):
        return "en"
    return default


def _short(text: str) -> str:
    return text if len(text) <= BODY_CHARS else text[: BODY_CHARS - 1].rstrip() + "…"


def _item(entry: dict[str, Any], lang: str, ctx: ParseContext) -> Item | None:
    title = plain(entry["title"])[:TITLE_CHARS]
    if not title:
        return None
    key = entry["id"] or entry["link"] or title
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    body = _short(plain(entry["body"])) or title  # a headline-only post shows its headline
    # Other languages show this one's text until their own feed is merged in.
    return make_item(
        f"news-{digest}",
        "news",
        "government_news",
        tri(title, title, title),
        tri(body, body, body),
        published=parse_time(entry["date"]) or ctx.now,
        source=entry["source"] or "GCS",
        data={"link": entry["link"] or None, "lang": lang, "categories": entry["categories"], "guid": key},
    )


def _rss(root: ET.Element, ctx: ParseContext) -> tuple[str, list[dict[str, Any]]]:
    channel = child(root, "channel")
    if channel is None:
        raise FeedError("RSS feed has no channel")
    lang = _lang(text_of(channel, "language"), ctx.lang)
    entries = [
        {
            "title": text_of(item, "title"),
            "link": text_of(item, "link"),
            "id": text_of(item, "guid"),
            "body": text_of(item, "encoded") or text_of(item, "description"),
            "date": text_of(item, "pubDate") or text_of(item, "date"),
            "categories": [plain(c) for c in (x.text or "" for x in children(item, "category")) if c.strip()],
            "source": "",
        }
        for item in children(channel, "item")
    ]
    return lang, entries


def _all_text(node: ET.Element | None) -> str:
    """Text of an Atom text construct, also when it is inline XHTML (``type="xhtml"``)."""
    return "" if node is None else " ".join("".join(node.itertext()).split())


def _atom_link(entry: ET.Element) -> str:
    links = children(entry, "link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href", "")
    return next((link.get("href", "") for link in links if link.get("href")), "")


def _atom(root: ET.Element, ctx: ParseContext) -> tuple[str, list[dict[str, Any]]]:
    lang = _lang(root.get(_XML_LANG, ""), ctx.lang)
    entries = [
        {
            "title": _all_text(child(entry, "title")),
            "link": _atom_link(entry),
            "id": text_of(entry, "id"),
            "body": _all_text(child(entry, "content")) or _all_text(child(entry, "summary")),
            "date": text_of(entry, "published") or text_of(entry, "updated"),
            "categories": [c.get("term", "") for c in children(entry, "category") if c.get("term")],
            "source": "",
        }
        for entry in children(root, "entry")
    ]
    return lang, entries


def parse_news(root: ET.Element, ctx: ParseContext) -> list[Item]:
    name = local(root.tag).lower()
    if name == "rss":
        lang, entries = _rss(root, ctx)
    elif name == "feed":
        lang, entries = _atom(root, ctx)
    else:
        raise FeedError(f"expected an RSS (rss) or Atom (feed) root, found {local(root.tag)}")
    items = [i for i in (_item(e, lang, ctx) for e in entries[:MAX_ITEMS]) if i is not None]
    return items


def merge_languages(*feeds: list[Item]) -> list[Item]:
    """Join the same posts read from feeds in different languages (matched by link path and post id).

    WordPress keeps one ``?p=`` id or ``/news/<n>/`` number per post across its language sites; posts
    that match get each language's own title and body, the rest keep their fallback texts.
    """
    merged: dict[str, Item] = {}
    for feed in feeds:
        for item in feed:
            key = _post_key(item)
            if key not in merged:
                merged[key] = dict(item)  # a copy: callers keep their own items unchanged
                continue
            lang = item["data"].get("lang", "zh")
            for field in ("title", "body"):
                merged[key][field] = {**merged[key][field], lang: item[field][lang]}
            merged[key]["data"] = {
                **merged[key]["data"],
                "links": {**_links(merged[key]), lang: item["data"].get("link")},
            }
    return list(merged.values())


def _links(item: Item) -> dict[str, Any]:
    data = item["data"]
    return dict(data.get("links") or {data.get("lang", "zh"): data.get("link")})


def _post_key(item: Item) -> str:
    data = item["data"]
    candidates = [str(data.get("guid") or ""), str(data.get("link") or "")]
    for pattern in (r"[?&]p=(\d+)", r"/(?:news|noticias|noticia)/(\d+)"):
        for text in candidates:
            m = re.search(pattern, text)
            if m:
                return m.group(1)
    return str(item["id"])
