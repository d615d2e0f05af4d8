"""Hostile and broken payloads are refused with a one-line FeedError; good encodings are accepted."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from server.feeds.registry import parse_file, parse_payload, read_capped
from server.feeds.safe import FeedError, decode, parse_json, parse_xml

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<ActualWeatherBrief><Custom><WeatherStatus>&lol9;</WeatherStatus></Custom></ActualWeatherBrief>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<ActualWeatherBrief><Custom><WeatherStatus>&xxe;</WeatherStatus></Custom></ActualWeatherBrief>"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<rss/>"""

BRIEF = """<?xml version="1.0" encoding="UTF-8"?>
<ActualWeatherBrief><System><SysPubdate>2026-08-23 00:56</SysPubdate></System><Custom>
<Temperature><Type>3</Type><Value>28</Value></Temperature><WeatherStatus>01</WeatherStatus>
<FeelsLikeDescription>炎熱</FeelsLikeDescription></Custom></ActualWeatherBrief>"""


def _one_line(error: pytest.ExceptionInfo[FeedError]) -> str:
    text = str(error.value)
    assert text and "\n" not in text
    return text


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE, PARAMETER_ENTITY], ids=["laughs", "xxe", "param"])
def test_dtds_and_entities_are_refused(payload: bytes) -> None:
    with pytest.raises(FeedError) as e:
        parse_payload(payload)
    assert "DTD" in _one_line(e)


def test_doctype_without_entities_is_refused_too() -> None:
    with pytest.raises(FeedError, match="DTD"):
        parse_xml(b'<?xml version="1.0"?><!DOCTYPE rss><rss/>')


def test_undefined_entity_is_a_clear_error() -> None:
    with pytest.raises(FeedError, match="undefined entity"):
        parse_xml(b"<rss>&nope;</rss>")


def test_huge_payload_is_refused_before_parsing() -> None:
    raw = BRIEF.encode() + b" " * 5000
    with pytest.raises(FeedError, match="over the 4096-byte limit"):
        parse_payload(raw, max_bytes=4096)


def test_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "c_actual_brief.xml"
    with path.open("wb") as f:
        f.write(BRIEF.encode())
        f.seek(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
        f.write(b" ")
    with pytest.raises(FeedError, match="over the"):
        parse_file(path)
    with pytest.raises(FeedError, match="over the 100-byte limit"):
        read_capped(path, 100)


def test_latin1_bytes_declared_as_utf8_are_refused() -> None:
    raw = BRIEF.replace("炎熱", "Olá, calor").encode("latin-1", errors="replace")
    raw = raw.replace("Olá".encode("latin-1"), b"Ol\xe1")
    with pytest.raises(FeedError) as e:
        parse_payload(raw)
    assert "not valid utf-8" in _one_line(e)
    assert "0xe1" in str(e.value)


def test_latin1_json_is_refused() -> None:
    with pytest.raises(FeedError, match="not valid utf-8"):
        parse_json('{"a": "Ka-Hó"}'.encode("latin-1"))


def test_declared_legacy_encoding_is_honoured() -> None:
    raw = BRIEF.replace('encoding="UTF-8"', 'encoding="big5"').encode("big5")
    kind, items = parse_payload(raw)
    assert kind == "smg_brief"
    assert items[0]["data"]["feels_like_text"] == {"zh": "炎熱"}


def test_unknown_declared_encoding_is_a_clear_error() -> None:
    with pytest.raises(FeedError, match="unknown encoding 'x-klingon'"):
        decode(b'<?xml version="1.0" encoding="x-klingon"?><a/>', xml=True)


def test_boms_are_accepted() -> None:
    assert parse_payload(codecs.BOM_UTF8 + BRIEF.encode())[0] == "smg_brief"
    utf16 = BRIEF.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    assert parse_payload(utf16)[0] == "smg_brief"


@pytest.mark.parametrize("cut", [40, 200, len(BRIEF.encode()) - 5])
def test_truncated_xml_is_refused(cut: int) -> None:
    with pytest.raises(FeedError) as e:
        parse_payload(BRIEF.encode()[:cut])
    assert "malformed XML" in _one_line(e)


def test_truncated_xml_says_so() -> None:
    with pytest.raises(FeedError, match=r"truncated\?"):
        parse_xml(b"<ActualWeatherBrief><Custom>")


def test_truncated_json_is_refused() -> None:
    with pytest.raises(FeedError, match=r"malformed JSON at line 1.*truncated\?"):
        parse_json(b'{"pohopolu": {"CODE": "PO", "HE_PM10": "12.0')


def test_truncated_utf8_sequence_is_refused() -> None:
    with pytest.raises(FeedError, match="not valid utf-8"):
        parse_payload(BRIEF.encode()[:-3] + "炎".encode()[:2])


def test_empty_payload_is_refused() -> None:
    with pytest.raises(FeedError, match="empty"):
        parse_payload(b"  \r\n")


def test_deep_nesting_is_refused() -> None:
    with pytest.raises(FeedError, match="nested deeper"):
        parse_xml(b"<a>" * 200 + b"</a>" * 200)
    with pytest.raises(FeedError, match="nested too deeply"):
        parse_json(b"[" * 100_000 + b"]" * 100_000)


def test_nan_and_absurd_numbers_are_refused() -> None:
    with pytest.raises(FeedError, match=r"^malformed JSON: NaN is not a JSON value$"):
        parse_json(b'{"x": NaN}')
    with pytest.raises(FeedError, match="malformed JSON"):
        parse_json(b'{"x": ' + b"1" * 5000 + b"}")


def test_unknown_root_and_shape_are_refused() -> None:
    with pytest.raises(FeedError, match="unrecognised XML feed"):
        parse_payload(b"<html><body/></html>")
    with pytest.raises(FeedError, match="unrecognised JSON feed"):
        parse_payload(b'{"hello": "world"}')
    with pytest.raises(FeedError, match="expects JSON"):
        parse_payload(BRIEF.encode(), "smg_air")
