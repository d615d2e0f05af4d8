"""The demo residents: ``demo``/``demo`` and a second one, ``lee``/``lee``, to show per-user isolation."""

from __future__ import annotations

from dataclasses import dataclass

from server.demo.text import loc


@dataclass(frozen=True, slots=True)
class DemoResident:
    user_id: str
    username: str
    password: str
    display_name: dict[str, str]


DEMO_RESIDENTS: tuple[DemoResident, ...] = (
    DemoResident("usr-demo", "demo", "demo", loc("陳大文", "Chan Tai Man", "Chan Tai Man")),
    DemoResident("usr-lee", "lee", "lee", loc("李小梅", "Lei Sio Mui", "Lei Sio Mui")),
)
