"""eID tokens as QR codes, through the project's QR tools (``desktop.capture.qr``).

Tokens up to 600 characters use error-correction level M; longer ones (share tokens) use L, which keeps
the code several versions smaller. A code on a screen is clean, so L's lower redundancy costs little,
while a smaller code is read from further away and by weaker cameras.
"""

from __future__ import annotations

from pathlib import Path

from desktop.capture import qr

__all__ = ["LEVEL_M_UP_TO", "read_png", "token_matrix", "write_png"]

LEVEL_M_UP_TO = 600


def token_matrix(token: str) -> qr.QrMatrix:
    return qr.encode_matrix(token, error_correction="M" if len(token) <= LEVEL_M_UP_TO else "L")


def write_png(token: str, path: Path | str, *, module_px: int = 6) -> Path:
    return qr.write_png(token_matrix(token), path, module_px=module_px)


def read_png(path: Path | str) -> str | None:
    """The text of the QR code in an image file, or None when it holds none."""
    return qr.decode(path)
