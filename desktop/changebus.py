"""The change bus: after a write, everyone who shows that kind of data hears what changed.

Lives on the GUI thread: publishers are the task runner (after a local write) and the sync service
(after a pull page), both already marshalled to the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.domain.changes import Changes

Subscriber = Callable[[Changes], None]


class ChangeBus:
    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Add a subscriber; returns a function that removes it again."""
        self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        for subscriber in list(self._subscribers):
            subscriber(changes)
