"""Server content in three languages, and the language codes the app uses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Language codes as the user and the command line name them, in menu order.
LANGUAGES: tuple[str, ...] = ("zh-Hant", "pt", "en")
DEFAULT_LANGUAGE = "zh-Hant"

#: Keys used inside server rows for each language.
_ROW_KEY = {"zh-Hant": "zh", "pt": "pt", "en": "en"}


def row_key(lang: str) -> str:
    """The key of ``lang`` inside a localized server value (``zh``, ``pt`` or ``en``)."""
    try:
        return _ROW_KEY[lang]
    except KeyError:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}") from None


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """One piece of server text in Traditional Chinese, Portuguese and English."""

    zh: str = ""
    pt: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        """The text in ``lang``, falling back to Chinese, then any language that has text."""
        value: str = getattr(self, row_key(lang))
        return value or self.zh or self.en or self.pt

    @classmethod
    def from_row(cls, value: Any) -> LocalizedText:
        """Build from a server value ``{"zh":…, "pt":…, "en":…}``; tolerates a bare string or None."""
        if isinstance(value, str):
            return cls(zh=value, pt=value, en=value)
        if not isinstance(value, dict):
            return cls()
        return cls(
            zh=str(value.get("zh") or ""),
            pt=str(value.get("pt") or ""),
            en=str(value.get("en") or ""),
        )

    def to_row(self) -> dict[str, str]:
        return {"zh": self.zh, "pt": self.pt, "en": self.en}
