"""Small helpers for writing demo content in Chinese, Portuguese and English."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Portuguese "de", "em", "a", "por" joined with the definite article of each gender/number.
_DE = {"m": "do", "f": "da", "mp": "dos", "fp": "das"}
_EM = {"m": "no", "f": "na", "mp": "nos", "fp": "nas"}
_A = {"m": "ao", "f": "à", "mp": "aos", "fp": "às"}
_POR = {"m": "pelo", "f": "pela", "mp": "pelos", "fp": "pelas"}
_ART = {"m": "o", "f": "a", "mp": "os", "fp": "as"}


def loc(zh: str, pt: str, en: str) -> dict[str, str]:
    """A localized server value."""
    return {"zh": zh, "pt": pt, "en": en}


def pt_de(gender: str, noun: str) -> str:
    return f"{_DE[gender]} {noun}"


def pt_em(gender: str, noun: str) -> str:
    return f"{_EM[gender]} {noun}"


def pt_a(gender: str, noun: str) -> str:
    return f"{_A[gender]} {noun}"


def pt_por(gender: str, noun: str) -> str:
    return f"{_POR[gender]} {noun}"


def pt_the(gender: str, noun: str) -> str:
    return f"{_ART[gender]} {noun}"


@dataclass(frozen=True, slots=True)
class Subject:
    """A document, licence or benefit that several actions apply to (apply, renew, replace…).

    ``gender`` is the Portuguese gender/number of ``pt`` (m, f, mp, fp), for "do/da/dos/das".
    ``variants``: "age" adds an under-18 version of apply/renew/replace; "entity" splits
    apply/renew/transfer into individual and company versions.
    """

    zh: str
    pt: str
    gender: str
    en: str
    actions: tuple[str, ...]
    category: str | None = None
    variants: str = ""
    fee: int | None = None
    photo: bool = False
    keywords: tuple[str, str, str] = ("", "", "")
    #: Space-separated actions that are high-frequency services ("pay" for the vehicle tax).
    hf: str = ""

    @property
    def proper_name(self) -> bool:
        """True for a named document or tax ("Resident Identity Card"), written with capitals mid-sentence."""
        small = {"of", "for", "in", "the", "and", "to"}
        return all(w[:1].isupper() or w in small for w in self.en.split())


@dataclass(frozen=True, slots=True)
class Item:
    """A service written out in full. ``kind`` picks the procedure wording (see procedure.py)."""

    zh: str
    pt: str
    en: str
    kind: str = "apply"
    category: str | None = None
    high_frequency: bool = False
    online: bool | None = None
    bookable: bool | None = None
    fee: int | None = None
    keywords: tuple[str, str, str] = ("", "", "")
    summary: dict[str, str] | None = field(default=None)


def S(zh: str, pt: str, gender: str, en: str, actions: str, **options: object) -> Subject:
    """Short form of :class:`Subject`; ``actions`` is space-separated."""
    return Subject(zh, pt, gender, en, tuple(actions.split()), **options)  # type: ignore[arg-type]


def I(zh: str, pt: str, en: str, kind: str = "apply", **options: object) -> Item:  # noqa: E743
    """Short form of :class:`Item`."""
    return Item(zh, pt, en, kind, **options)  # type: ignore[arg-type]
