"""Text folding for search: ``Certidão`` and ``certidao`` fold to the same string.

The search index stores folded text and queries are folded the same way, so matching ignores case
and accents in every language. Chinese passes through unchanged (apart from full-width Latin letters and
digits, which fold to their ASCII forms). Highlight spans are found on the folded text and mapped back
to the original characters.
"""

from __future__ import annotations

import unicodedata
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


def fold(text: str) -> str:
    """Lower-case, accent-free, compatibility-normalised ``text`` (same result as folding char by char)."""
    if text.isascii():
        # The common case for Portuguese/English without accents, and much faster.
        return text.lower().translate(_ASCII_TABLE)
    return "".join(_fold_char(c) for c in text)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each folded character, the index of the original character it came from."""
    parts: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        piece = _fold_char(ch)
        parts.append(piece)
        index.extend([i] * len(piece))
    return "".join(parts), index


def find_spans(text: str, folded_terms: list[str]) -> tuple[tuple[int, int], ...]:
    """Where the folded terms occur in ``text``, as sorted, merged ``(start, end)`` spans of ``text``."""
    if not text or not folded_terms:
        return ()
    folded, index = fold_with_map(text)
    spans: list[tuple[int, int]] = []
    for term in folded_terms:
        if not term:
            continue
        start = folded.find(term)
        while start != -1:
            end = start + len(term)
            spans.append((index[start], index[end - 1] + 1))
            start = folded.find(term, end)
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
