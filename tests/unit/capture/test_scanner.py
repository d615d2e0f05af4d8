"""QrScanner: throttled, central box only, agreement over several decodes, reported once until reset."""

from __future__ import annotations

import threading

import numpy as np

from desktop.capture import qr
from desktop.capture.scanner import QrScanner
from tests.unit.capture import media

TEXT = "澳門一戶通 eID 提供資料 request=7f3a9c"


def code_frames(text: str, count: int, **placement: object) -> list[media.Image]:
    code = qr.matrix_image(qr.encode_matrix(text), module_px=5)
    return [media.qr_frame(code, noise=6, seed=i, **placement) for i in range(count)]  # type: ignore[arg-type]


BLANK = media.qr_frame(np.full((10, 10), 200, np.uint8))


def test_reports_once_after_agreement() -> None:
    scanner = QrScanner(every=3, agree=3)
    results = [scanner.feed(frame) for frame in code_frames(TEXT, 15)]
    # Decodes on frames 1, 4 and 7: the third agreeing decode accepts.
    assert results[6] == TEXT
    assert [r for i, r in enumerate(results) if i != 6] == [None] * 14
    assert scanner.decodes == 3 and scanner.accepted == TEXT


def test_frames_without_a_code_never_report() -> None:
    scanner = QrScanner(every=1, agree=2)
    assert all(scanner.feed(BLANK) is None for _ in range(8))
    assert scanner.decodes == 8 and scanner.accepted is None


def test_only_the_central_box_is_read() -> None:
    scanner = QrScanner(every=1, agree=1, box=0.6)
    assert scanner.scan_box(640, 480) == (176, 96, 288, 288)
    corner = code_frames(TEXT, 3, at=(5, 5))
    assert all(scanner.feed(frame) is None for frame in corner)
    assert scanner.feed(code_frames(TEXT, 1)[0]) == TEXT


def test_codes_in_and_out_of_view_and_a_reset() -> None:
    scanner = QrScanner(every=1, agree=3, max_misses=2)
    with_code = code_frames(TEXT, 6)
    # Two reads, then the code leaves the box for longer than max_misses: the count starts again.
    feeds = [with_code[0], with_code[1], BLANK, BLANK, BLANK, with_code[2], with_code[3]]
    assert all(scanner.feed(frame) is None for frame in feeds)
    assert scanner.feed(with_code[4]) == TEXT
    assert scanner.feed(with_code[5]) is None  # once
    scanner.reset()
    assert [scanner.feed(f) for f in with_code[:3]] == [None, None, TEXT]


def test_a_different_text_starts_the_count_again() -> None:
    texts = iter(["A", "A", "B", "A", "A", "A"])
    scanner = QrScanner(every=1, agree=3, decoder=lambda _: next(texts))
    assert [scanner.feed(BLANK) for _ in range(6)] == [None, None, None, None, None, "A"]


def test_a_reset_during_a_decode_discards_it() -> None:
    entered, release = threading.Event(), threading.Event()

    def slow_decoder(_: media.Image) -> str:
        entered.set()
        release.wait(5)
        return "stale"

    scanner = QrScanner(every=1, agree=1, decoder=slow_decoder)
    result: list[str | None] = []
    feeder = threading.Thread(target=lambda: result.append(scanner.feed(BLANK)))
    feeder.start()
    assert entered.wait(5)
    scanner.reset()  # from "the GUI thread" while the camera thread decodes
    release.set()
    feeder.join(5)
    assert result == [None] and scanner.accepted is None
