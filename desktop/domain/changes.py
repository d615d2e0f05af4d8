"""What a write changed, announced on the change bus so screens refresh when shown."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    """Names of the entities (``service``, ``feed_item``, …) a write touched."""

    entities: frozenset[str] = frozenset()
    #: True when the whole cache was replaced (a start-over pull, a rebuilt cache).
    reset: bool = False

    @classmethod
    def of(cls, entities: Iterable[str], *, reset: bool = False) -> Changes:
        return cls(frozenset(entities), reset)

    def touches(self, *entities: str) -> bool:
        return self.reset or any(e in self.entities for e in entities)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entities | other.entities, self.reset or other.reset)

    def __bool__(self) -> bool:
        return bool(self.entities) or self.reset
