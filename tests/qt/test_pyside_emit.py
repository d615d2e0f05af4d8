"""Guard against a Qt for Python release whose signal emit loses a reference to ``True`` each time.

PySide6 6.12.0 does: after some thousands of emits the interpreter aborts (``bool_dealloc``). The app
emits on every status change and every background result, so a long session would crash.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    bare = Signal()
    with_value = Signal(object)


def test_emit_keeps_references(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.bare.emit()
        emitter.with_value.emit(1)
    assert sys.getrefcount(True) - before > -10
