"""QR codes: encode text into a matrix of modules (and a PNG for printing), decode them from images.

Encoding uses ``qrcode`` and returns the bare module matrix (no quiet zone, no pixels), so a widget can
paint it crisp at any size. Text goes in as UTF-8 bytes, which OpenCV and phone scanners read back as
the same text, Chinese included.

Decoding uses OpenCV's QR detectors. ``cv2.QRCodeDetectorAruco`` (same API as ``cv2.QRCodeDetector``,
OpenCV 4.8+) goes first: on this project's test codes it found every code the classic detector found
and more (the classic one misses large versions such as an eID token's, and some clean small ones),
and it gives up on a frame with no code in well under a millisecond where the classic one takes about
ten. The classic ``cv2.QRCodeDetector`` is asked only when the first saw a code's outline but could not
read it.

Threading contract: no Qt. ``encode_matrix`` and ``write_png`` are pure. ``decode`` keeps its
detectors per thread (a detector must not be shared between threads). OpenCV and qrcode are imported
on first use, so importing this module costs nothing on the start path.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["QUIET_ZONE", "QrMatrix", "decode", "encode_matrix", "matrix_image", "write_png"]

#: Dark modules are True; rows top to bottom.
QrMatrix = tuple[tuple[bool, ...], ...]
#: Light modules the QR standard asks for around the code.
QUIET_ZONE = 4
_LEVELS = {"L": 1, "M": 0, "Q": 3, "H": 2}  # qrcode's ERROR_CORRECT_* values

_local = threading.local()


def encode_matrix(text: str, *, error_correction: str = "M") -> QrMatrix:
    """The module matrix for ``text``, smallest version that fits; ``error_correction`` is L, M, Q or H."""
    import qrcode

    if error_correction not in _LEVELS:
        raise ValueError(f"error correction must be one of L, M, Q, H, not {error_correction!r}")
    code = qrcode.QRCode(error_correction=_LEVELS[error_correction], border=0)
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def matrix_image(
    matrix: QrMatrix, *, module_px: int = 10, quiet_zone: int = QUIET_ZONE
) -> npt.NDArray[np.uint8]:
    """A grey image of the code: black modules of ``module_px`` square pixels on white, with a quiet zone."""
    import numpy as np

    if module_px < 1:
        raise ValueError("module_px must be at least 1")
    modules = np.asarray(matrix, dtype=bool)
    grey = np.where(modules, 0, 255).astype(np.uint8)
    grey = np.pad(grey, quiet_zone, constant_values=255)
    return np.repeat(np.repeat(grey, module_px, axis=0), module_px, axis=1)


def write_png(text_or_matrix: str | QrMatrix, path: Path | str, *, module_px: int = 10) -> Path:
    """A PNG for printing: square modules, quiet zone included, no smoothing."""
    import cv2

    matrix = encode_matrix(text_or_matrix) if isinstance(text_or_matrix, str) else text_or_matrix
    target = Path(path)
    if not cv2.imwrite(str(target), matrix_image(matrix, module_px=module_px)):
        raise OSError(f"could not write {target}")
    return target


def _detectors() -> tuple[Any, Any]:
    import cv2

    found = getattr(_local, "detectors", None)
    if found is None:
        found = _local.detectors = (cv2.QRCodeDetectorAruco(), cv2.QRCodeDetector())
    return found


def decode(image: npt.NDArray[np.uint8] | Path | str) -> str | None:
    """The text of the QR code in ``image`` (BGR or grey array, or an image file), or None."""
    import cv2

    if isinstance(image, (str, Path)):
        loaded = cv2.imread(str(image), cv2.IMREAD_GRAYSCALE)
        if loaded is None:
            raise ValueError(f"cannot read an image from {image}")
        grey = loaded
    elif image.ndim == 3:
        grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    else:
        grey = image
    first, fallback = _detectors()
    try:
        text, points, _ = first.detectAndDecode(grey)
        if not text and points is not None:
            text, points, _ = fallback.detectAndDecode(grey)
    except cv2.error:  # a degenerate quadrilateral can trip a decoder; that frame has no code for us
        return None
    return str(text) if text else None
