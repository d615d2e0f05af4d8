"""The pixel size of a JPEG from its header, with the standard library only.

A JPEG is a chain of marker segments: ``FF D8`` (start of image), then segments ``FF xx`` with a
two-byte big-endian length (which counts itself), until a start-of-frame segment (``SOFn``) gives the
height and width. Only the header is read: the frame header comes before the compressed data (``SOS``),
so a scan stops there. Anything that breaks the chain, or image data before any frame header, is
"not a JPEG" here.
"""

from __future__ import annotations

from typing import BinaryIO

#: Start-of-frame markers: C0–CF except DHT (C4), JPG (C8) and DAC (CC).
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
#: Markers that stand alone, without a length: TEM and RST0–7 (SOI is handled first).
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
#: Stop looking after this many segments (a valid header has a handful; EXIF and ICC data a few more).
_MAX_SEGMENTS = 256


def jpeg_size(f: BinaryIO) -> tuple[int, int] | None:
    """``(width, height)`` of the JPEG that ``f`` starts with, or None when it is not one."""
    if f.read(2) != b"\xff\xd8":
        return None
    for _ in range(_MAX_SEGMENTS):
        byte = f.read(1)
        if byte != b"\xff":
            return None
        marker = f.read(1)
        while marker == b"\xff":  # fill bytes may pad the space between segments
            marker = f.read(1)
        if not marker:
            return None
        code = marker[0]
        if code in _STANDALONE:
            continue
        if code in (0xD8, 0xD9, 0xDA):  # another start, the end, or image data: no frame header came
            return None
        length_bytes = f.read(2)
        if len(length_bytes) != 2:
            return None
        length = int.from_bytes(length_bytes, "big")
        if length < 2:
            return None
        if code in _SOF:
            frame = f.read(5)
            if len(frame) != 5:
                return None
            height, width = int.from_bytes(frame[1:3], "big"), int.from_bytes(frame[3:5], "big")
            # A height of 0 defers it to a DNL segment after the first scan: no real camera writes one.
            return (width, height) if width and height else None
        skipped = f.read(length - 2)
        if len(skipped) != length - 2:
            return None
    return None
