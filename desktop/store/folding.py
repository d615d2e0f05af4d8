"""Text folding for search: ``Certidão`` and ``certidao`` fold to the same string.

The search index stores folded text and queries are folded the same way, so matching ignores case
and accents in every language. Chinese passes through unchanged (apart from full-width Latin letters and
digits, which fold to their ASCII forms). Highlight spans are found on the folded text and mapped back
to the original characters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKD", ch.casefold()):
        cat = unicodedata.category(c)
        if cat == "Mn":  # combining accents: the part of "ã" that "a" lacks
            continue
        if cat[0] == "C":  # controls, format characters, lone surrogates, unassigned
            if c in "\t\n\r\x0b\x0c":
                out.append(" ")
            continue
        out.append(c)
    return "".join(out)


_WHITESPACE = "\t\n\r\x0b\x0c"
_ASCII_TABLE = {c: (" " if chr(c) in _WHITESPACE else None) for c in (*range(32), 127)}
#: Characters remembered by the translation tables below; past this they are folded every time (a
#: hostile text of many distinct characters must not grow the tables without bound).
_TABLE_MAX = 1 << 16


class _FoldTable(dict[int, str]):
    """Code point → its folded text, filled on first use: ``str.translate`` folds a whole text in C.

    With ``one_char`` a character that does not fold to exactly one character maps to NUL, which no
    folded text holds (controls fold away): a translation without NUL then folded one to one.
    """

    def __init__(self, *, one_char: bool) -> None:
        super().__init__()
        self._one_char = one_char

    def __missing__(self, cp: int) -> str:
        folded = _fold_char(chr(cp))
        if self._one_char and len(folded) != 1:
            folded = "\x00"
        if len(self) < _TABLE_MAX:
            self[cp] = folded
        return folded


_FOLD = _FoldTable(one_char=False)
_FOLD_ONE = _FoldTable(one_char=True)


def fold(text: str) -> str:
    """Lower-case, accent-free, compatibility-normalised ``text`` (same result as folding char by char)."""
    if text.isascii():
        # The common case for Portuguese/English without accents, and much faster.
        return text.lower().translate(_ASCII_TABLE)
    return text.translate(_FOLD)


def _fold_one_to_one(text: str) -> str | None:
    """``fold(text)`` when every character folds to exactly one character (so positions agree), else None.

    True of almost all service text (Chinese, accented Portuguese, English); highlighting then needs
    no per-character map.
    """
    if text.isascii():
        folded = text.lower().translate(_ASCII_TABLE)
        return folded if len(folded) == len(text) else None
    folded = text.translate(_FOLD_ONE)
    return None if "\x00" in folded else folded


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each folded character, the index of the original character it came from."""
    folded = _fold_one_to_one(text)
    if folded is not None:
        return folded, list(range(len(text)))
    return _fold_char_by_char(text)


def _fold_char_by_char(text: str) -> tuple[str, list[int]]:
    parts: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        piece = _fold_char(ch)
        parts.append(piece)
        index.extend([i] * len(piece))
    return "".join(parts), index


@lru_cache(maxsize=4096)
def _span_map(text: str) -> tuple[str, list[int] | None]:
    """``fold(text)`` and its map to ``text`` (None: one to one). Search highlights the same titles
    and summaries again at each typed character, so the last few thousand are remembered."""
    folded = _fold_one_to_one(text)
    if folded is not None:
        return folded, None
    return _fold_char_by_char(text)


def find_spans(text: str, folded_terms: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Where the folded terms occur in ``text``, as sorted, merged ``(start, end)`` spans of ``text``."""
    if not text or not folded_terms:
        return ()
    folded, index = _span_map(text)
    spans: list[tuple[int, int]] = []
    for term in folded_terms:
        if not term:
            continue
        start = folded.find(term)
        while start != -1:
            end = start + len(term)
            spans.append((start, end) if index is None else (index[start], index[end - 1] + 1))
            start = folded.find(term, end)
    if len(folded_terms) == 1:
        return tuple(spans)  # one term, found left to right without overlaps: sorted and disjoint
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return tuple(merged)


def clean_text(text: str) -> str:
    """``text`` with lone surrogates replaced, so SQLite (which wants UTF-8) always accepts it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text
