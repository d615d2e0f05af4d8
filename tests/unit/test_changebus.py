from __future__ import annotations

from desktop.changebus import ChangeBus
from desktop.domain.changes import Changes


def test_publish_reaches_subscribers_until_they_leave() -> None:
    bus = ChangeBus()
    seen: list[Changes] = []
    leave = bus.subscribe(seen.append)
    bus.publish(Changes.of(["service"]))
    bus.publish(Changes())  # nothing changed: nobody is woken
    leave()
    bus.publish(Changes.of(["feed_item"]))
    assert seen == [Changes.of(["service"])]


def test_changes_touch_and_merge() -> None:
    merged = Changes.of(["service"]) | Changes.of(["feed_item"])
    assert merged.touches("feed_item") and merged.touches("service")
    assert not merged.touches("fine")
    assert Changes(reset=True).touches("anything")
