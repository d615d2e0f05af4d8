"""gov.mo news: RSS 2.0 and Atom read defensively, HTML reduced to text, languages merged per post."""

from __future__ import annotations

from feeds_testkit import CTX, SAMPLES, check_item

from server.feeds.items import ParseContext
from server.feeds.news import merge_languages, plain
from server.feeds.registry import parse_file, parse_payload

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>t</title><language>pt-PT</language>
<item><title>Com &amp; sem &lt;b&gt;HTML&lt;/b&gt;</title><link>https://www.gov.mo/pt/?p=7</link>
<pubDate>Wed, 23 Sep 2026 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Linha <b>um</b></p><script>alert(1)</script>
<p>Linha&nbsp;dois</p>]]></content:encoded>
<futureField>x</futureField></item>
<item><title></title><description>no title: skipped</description></item>
<item><title>Sem data nem ligação</title></item>
</channel></rss>""".encode()

ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title type="html">Only &lt;i&gt;title&lt;/i&gt;</title><id>urn:x:1</id>
<updated>2026-09-23T01:00:00Z</updated>
<link rel="self" href="https://example.invalid/self"/>
<link rel="alternate" href="https://www.gov.mo/en/?p=7"/></entry>
</feed>"""


def test_rss_items() -> None:
    kind, items = parse_payload(RSS, ctx=CTX)
    assert kind == "news"
    assert len(items) == 2
    for item in items:
        check_item(item)
        assert (item["category"], item["kind"]) == ("news", "government_news")
    first, second = items
    assert first["title"]["pt"] == "Com & sem HTML"
    assert first["body"]["pt"] == "Linha um\nLinha dois"
    assert first["data"]["lang"] == "pt" and first["data"]["link"] == "https://www.gov.mo/pt/?p=7"
    assert first["published_at"] == "2026-09-23T17:00:00+08:00"
    assert second["published_at"] == CTX.now.isoformat(timespec="seconds")
    assert second["body"]["en"] == "Sem data nem ligação"  # no text: the title stands in


def test_atom_entries_prefer_the_alternate_link() -> None:
    (item,) = parse_payload(ATOM, ctx=ParseContext(now=CTX.now, lang="en"))[1]
    check_item(item)
    assert item["title"]["en"] == "Only title"
    assert item["data"]["link"] == "https://www.gov.mo/en/?p=7"
    assert item["published_at"] == "2026-09-23T09:00:00+08:00"


def test_languages_merge_by_post_id() -> None:
    pt = parse_payload(RSS, ctx=CTX)[1]
    en = parse_payload(ATOM, ctx=ParseContext(now=CTX.now, lang="en"))[1]
    merged = merge_languages(pt, en)
    assert len(merged) == 2
    assert merged[0]["title"]["pt"] == "Com & sem HTML" and merged[0]["title"]["en"] == "Only title"
    assert pt[0]["title"]["en"] == "Com & sem HTML"  # the inputs are left as they were


def test_bundled_samples_in_three_languages() -> None:
    feeds = [
        parse_file(SAMPLES / name, ctx=CTX)[1]
        for name in ("gov_news_zh.rss.xml", "gov_news_pt.rss.xml", "gov_news_en.atom.xml")
    ]
    merged = merge_languages(*feeds)
    assert len(merged) == 12
    for post in merged:  # every post has its own text in each language
        assert len({post["title"]["zh"], post["title"]["pt"], post["title"]["en"]}) == 3
        assert len({post["body"]["zh"], post["body"]["pt"], post["body"]["en"]}) == 3
    assert merged[1]["body"]["en"] == "Several public libraries stay open until 10 pm during the exam season."


def test_plain() -> None:
    assert plain("a &amp; b") == "a & b"
    assert plain("<div>x<br>y</div><style>p{}</style>") == "x\ny"
