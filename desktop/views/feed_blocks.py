"""The blocks at the top of "My information": alerts in their official colours, the weather now, air
quality by station, border checkpoints, class suspensions. Each says what time it is "as of".

Server content comes in three languages; everything shown is in the current one. Missing figures are
left out, never invented.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.models import FeedItem
from desktop.domain.text import LocalizedText
from desktop.views.widgets import local_time

#: Official warning colours by severity 0..5 (information; then blue → black as on the storm-surge scale).
SEVERITY_COLOURS = ("#8a94a6", "#1f6fd1", "#ffd84d", "#f07d00", "#d92b2b", "#1a1a1a")
#: Text on each of those colours with enough contrast.
SEVERITY_TEXT = ("#ffffff", "#ffffff", "#1a1a1a", "#1a1a1a", "#ffffff", "#ffffff")
#: Border and air levels: 1 good … 5 worst.
LEVEL_COLOURS = {1: "#1e7b34", 2: "#8a6d00", 3: "#c25e00", 4: "#b3261e", 5: "#5c0a8a"}


def _num(data: dict[str, Any], key: str) -> float | None:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"
    return text + unit


def _text(value: Any, lang: str) -> str:
    return LocalizedText.from_row(value).get(lang) if value else ""


def _label(parent: QWidget, text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Block(QFrame):
    """A titled card with an "as of" line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FeedBlock")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(14, 10, 14, 10)
        self.title = _label(self, name="FeedBlockTitle")
        self.box.addWidget(self.title)
        self.body = QWidget(self)
        self.box.addWidget(self.body)
        self.as_of = _label(self, name="FeedBlockAsOf")
        self.box.addWidget(self.as_of)

    def _replace_body(self) -> QGridLayout:
        old = self.body
        self.body = QWidget(self)
        self.box.replaceWidget(old, self.body)
        old.deleteLater()
        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(14)
        return grid

    def set_as_of(self, items: list[FeedItem]) -> None:
        times = [i.published_at for i in items if i.published_at is not None]
        self.as_of.setText(self.tr("As of %1").replace("%1", local_time(max(times))) if times else "")


class AlertCard(QFrame):
    """One official alert or civil-protection notice in force: colour, what it is, what to do, 113."""

    def __init__(self, item: FeedItem, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AlertCard")
        severity = max(0, min(item.severity, 5))
        colour = SEVERITY_COLOURS[severity]
        official = item.data.get("colour")
        if isinstance(official, dict) and isinstance(official.get("hex"), str):
            colour = official["hex"]
        text_colour = SEVERITY_TEXT[severity]
        self.setStyleSheet(
            f"QFrame#AlertCard {{ background: {colour}; border-radius: 8px; }}"
            f"QFrame#AlertCard QLabel {{ color: {text_colour}; background: transparent; }}"
        )
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        title = _label(self, item.title.get(lang), "AlertTitle")
        box.addWidget(title)
        body = item.body.get(lang)
        if body:
            box.addWidget(_label(self, body))
        guidance = _text(item.data.get("guidance"), lang)
        if guidance:
            box.addWidget(_label(self, self.tr("What to do: %1").replace("%1", guidance), "AlertGuidance"))
        hotline = item.data.get("hotline")
        if hotline:
            box.addWidget(
                _label(
                    self, self.tr("Civil Protection hotline: %1").replace("%1", str(hotline)), "AlertHotline"
                )
            )
        box.addWidget(
            _label(self, self.tr("As of %1").replace("%1", local_time(item.published_at)), "AlertAsOf")
        )
        self.setAccessibleName(f"{item.title.get(lang)}. {body} {guidance}")


class WeatherBlock(Block):
    def show_item(self, item: FeedItem | None, lang: str) -> None:
        self.title.setText(self.tr("Weather now"))
        grid = self._replace_body()
        if item is None:
            grid.addWidget(_label(self.body, self.tr("No weather report saved yet.")), 0, 0)
            self.as_of.clear()
            return
        data = item.data
        status = _text(data.get("status_text"), lang) or item.title.get(lang)
        temperature = _num(data, "temperature")
        big = _label(self.body, _fmt(temperature, "°C"), "WeatherTemperature", wrap=False)
        grid.addWidget(big, 0, 0, 2, 1)
        grid.addWidget(_label(self.body, status, "WeatherStatus"), 0, 1, 1, 2)
        facts = [
            (self.tr("High / low"), f"{_fmt(_num(data, 'max'), '°')} / {_fmt(_num(data, 'min'), '°')}"),
            (self.tr("Humidity"), _fmt(_num(data, "humidity"), "%")),
            (self.tr("Feels like"), _fmt(_num(data, "feels_like"), "°C")),
        ]
        wind_dir = _text(data.get("wind_direction_text"), lang) or str(data.get("wind_direction") or "")
        wind_speed = _num(data, "wind_speed_kmh")
        if wind_dir or wind_speed is not None:
            facts.append(
                (self.tr("Wind"), f"{wind_dir} {_fmt(wind_speed, ' km/h') if wind_speed is not None else ''}")
            )
        for row, (name, value) in enumerate(facts, start=1):
            grid.addWidget(_label(self.body, name, "FactName"), row, 1)
            grid.addWidget(_label(self.body, value.strip() or "—", "FactValue"), row, 2)
        if temperature is None and not data:
            grid.addWidget(_label(self.body, item.body.get(lang)), len(facts) + 1, 0, 1, 3)
        self.set_as_of([item])
        self.setAccessibleName(f"{self.title.text()}: {_fmt(temperature, '°C')}, {status}")


class AirBlock(Block):
    def show_items(self, items: list[FeedItem], lang: str) -> None:
        self.title.setText(self.tr("Air quality"))
        grid = self._replace_body()
        if not items:
            grid.addWidget(_label(self.body, self.tr("No air-quality report saved yet.")), 0, 0)
            self.as_of.clear()
            return
        for row, item in enumerate(items):
            data = item.data
            name = _text(data.get("station_name"), lang) or item.title.get(lang)
            index = _num(data, "iqa")
            level = _text(data.get("level_text"), lang) or str(data.get("level") or "")
            grid.addWidget(_label(self.body, name), row, 0)
            grid.addWidget(_label(self.body, _fmt(index), "FactValue", wrap=False), row, 1)
            chip = _label(self.body, level, "LevelChip", wrap=False)
            colour = SEVERITY_COLOURS[max(0, min(item.severity, 5))] if item.severity else "#1e7b34"
            chip.setStyleSheet(f"color: {colour}; font-weight: 600;")
            grid.addWidget(chip, row, 2)
        self.set_as_of(items)


class BorderBlock(Block):
    def show_items(self, items: list[FeedItem], lang: str) -> None:
        self.title.setText(self.tr("Border checkpoints"))
        grid = self._replace_body()
        if not items:
            grid.addWidget(_label(self.body, self.tr("No checkpoint status saved yet.")), 0, 0)
            self.as_of.clear()
            return
        grid.addWidget(_label(self.body, self.tr("Checkpoint"), "FactName"), 0, 0)
        grid.addWidget(_label(self.body, self.tr("Entering Macao"), "FactName"), 0, 1)
        grid.addWidget(_label(self.body, self.tr("Leaving Macao"), "FactName"), 0, 2)
        for row, item in enumerate(items, start=1):
            data = item.data
            name = _text(data.get("name"), lang) or item.title.get(lang)
            grid.addWidget(_label(self.body, name), row, 0)
            for col, side in ((1, "entry"), (2, "exit")):
                grid.addWidget(self._status(data, side, lang), row, col)
        self.set_as_of(items)

    def _status(self, data: dict[str, Any], side: str, lang: str) -> QLabel:
        text = _text(data.get(f"{side}_status_text"), lang)
        wait = _num(data, f"{side}_wait_minutes")
        if text and wait is not None:
            text = self.tr("%1 (about %2 min)").replace("%1", text).replace("%2", _fmt(wait))
        label = _label(self.body, text or self.tr("No data"))
        status = data.get(f"{side}_status")
        if isinstance(status, int) and status in LEVEL_COLOURS:
            label.setStyleSheet(f"color: {LEVEL_COLOURS[status]};")
        return label


class SchoolBlock(Block):
    def show_item(self, item: FeedItem | None, lang: str) -> None:
        self.title.setText(self.tr("Class suspensions"))
        grid = self._replace_body()
        if item is None:
            grid.addWidget(_label(self.body, self.tr("No class-suspension notice saved.")), 0, 0)
            self.as_of.clear()
            return
        grid.addWidget(_label(self.body, item.title.get(lang), "FactValue"), 0, 0)
        body = item.body.get(lang)
        if body:
            grid.addWidget(_label(self.body, body), 1, 0)
        self.set_as_of([item])
