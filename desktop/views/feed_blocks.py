"""The blocks at the top of "My information": alerts in their official colours, the weather now, air
quality by station, border checkpoints, class suspensions. Each says what time it is "as of".

Server content comes in three languages; everything shown is in the current one. Missing figures are
left out, never invented. The blocks keep their labels and only change texts when new data comes: a long
pull refreshes them often, and building widgets each time would stall the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.models import FeedItem
from desktop.domain.text import LocalizedText
from desktop.views.info_grid import Cell, InfoGrid
from desktop.views.widgets import SEVERITY_COLOURS, local_time

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


def _label(parent: QWidget, name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    # Server text is shown as written: a "<" in a notice must not turn it into markup.
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class Block(QFrame):
    """A titled card with a message (plain text) or a grid of facts, and an "as of" line.

    No rich text: a long pull refreshes these blocks often, and laying out rich-text tables held the
    window for 50–150 ms each time. The widgets are made once; a refresh only changes their texts.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FeedBlock")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(14, 10, 14, 10)
        self.title = _label(self, "FeedBlockTitle")
        self.lead = _label(self, "FeedBlockLead")
        self.message = _label(self, "FeedBlockMessage")
        self.grid = InfoGrid(self)
        self.as_of = _label(self, "FeedBlockAsOf")
        for widget in (self.title, self.lead, self.message, self.grid, self.as_of):
            self.box.addWidget(widget)
        self.lead.hide()
        self.grid.hide()

    def text(self) -> str:
        """Everything the block shows but its title, as plain text (for tests and screen readers)."""
        parts = [w.text() for w in (self.lead, self.message) if not w.isHidden() and w.text()]
        if not self.grid.isHidden():
            parts.append(self.grid.text())
        return "\n".join(parts)

    def show_message(self, message: str, lead: str = "") -> None:
        """A sentence (and a bold line above it), no grid."""
        _set(self.lead, lead)
        _set(self.message, message)
        self.grid.hide()
        self.setAccessibleDescription(f"{lead}. {message}" if lead else message)

    def show_rows(self, rows: list[list[Cell]], spoken: str) -> None:
        """A grid of facts; ``spoken`` says the same in words for screen readers."""
        _set(self.lead, "")
        _set(self.message, "")
        self.grid.set_rows(rows)
        self.grid.show()
        self.grid.setAccessibleName(spoken)
        self.setAccessibleDescription(spoken)

    def set_as_of(self, items: list[FeedItem]) -> None:
        times = [i.published_at for i in items if i.published_at is not None]
        self.as_of.setText(self.tr("As of %1").replace("%1", local_time(max(times))) if times else "")


def _set(label: QLabel, text: str) -> None:
    """Change a label only when its text changes (a word-wrapped label lays itself out again), and
    hide it when empty."""
    if label.text() != text:
        label.setText(text)
    label.setVisible(bool(text))


class AlertCard(QFrame):
    """One official alert or civil-protection notice in force: colour, what it is, what to do, 113."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AlertCard")
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        self.title = _label(self, "AlertTitle")
        self.body = _label(self)
        self.guidance = _label(self, "AlertGuidance")
        self.hotline = _label(self, "AlertHotline")
        self.as_of = _label(self, "AlertAsOf")
        for label in (self.title, self.body, self.guidance, self.hotline, self.as_of):
            box.addWidget(label)
        self._style = ""

    def show_item(self, item: FeedItem, lang: str) -> None:
        severity = max(0, min(item.severity, 5))
        colour = SEVERITY_COLOURS[severity]
        official = item.data.get("colour")
        if isinstance(official, dict) and isinstance(official.get("hex"), str):
            colour = official["hex"]
        style = (
            f"QFrame#AlertCard {{ background: {colour}; border-radius: 8px; }}"
            f"QFrame#AlertCard QLabel {{ color: {SEVERITY_TEXT[severity]}; background: transparent; }}"
        )
        if style != self._style:  # restyling is costly; only when the colour really changes
            self._style = style
            self.setStyleSheet(style)
        body = item.body.get(lang)
        guidance = _text(item.data.get("guidance"), lang)
        if guidance and guidance.strip() in body:
            guidance = ""  # the notice already says what to do; don't say it twice
        hotline = item.data.get("hotline")
        self.title.setText(item.title.get(lang))
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.guidance.setText(self.tr("What to do: %1").replace("%1", guidance) if guidance else "")
        self.guidance.setVisible(bool(guidance))
        self.hotline.setText(
            self.tr("Civil Protection hotline: %1").replace("%1", str(hotline)) if hotline else ""
        )
        self.hotline.setVisible(bool(hotline))
        self.as_of.setText(self.tr("As of %1").replace("%1", local_time(item.published_at)))
        self.setAccessibleName(f"{item.title.get(lang)}. {body} {guidance}")


class WeatherBlock(Block):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.head = QWidget(self)
        row = QHBoxLayout(self.head)
        row.setContentsMargins(0, 0, 0, 0)
        self.temperature = _label(self.head, "WeatherTemperature", wrap=False)
        self.status = _label(self.head, "WeatherStatus")
        row.addWidget(self.temperature)
        row.addWidget(self.status, 1)
        self.box.insertWidget(1, self.head)
        self.head.hide()

    def text(self) -> str:
        head = f"{self.temperature.text()} {self.status.text()}\n" if not self.head.isHidden() else ""
        return head + super().text()

    def show_item(self, item: FeedItem | None, lang: str) -> None:
        self.title.setText(self.tr("Weather now"))
        if item is None:
            self.head.hide()
            self.show_message(self.tr("No weather report saved yet."))
            self.as_of.clear()
            return
        data = item.data
        status = _text(data.get("status_text"), lang) or item.title.get(lang)
        temperature = _fmt(_num(data, "temperature"), "°C")
        facts = [
            (self.tr("High / low"), f"{_fmt(_num(data, 'max'), '°')} / {_fmt(_num(data, 'min'), '°')}"),
            (self.tr("Humidity"), _fmt(_num(data, "humidity"), "%")),
            (self.tr("Feels like"), _fmt(_num(data, "feels_like"), "°C")),
        ]
        wind_dir = _text(data.get("wind_direction_text"), lang) or str(data.get("wind_direction") or "")
        wind_speed = _num(data, "wind_speed_kmh")
        if wind_dir or wind_speed is not None:
            speed = _fmt(wind_speed, " km/h") if wind_speed is not None else ""
            facts.append((self.tr("Wind"), f"{wind_dir} {speed}".strip()))
        _set(self.temperature, temperature)
        _set(self.status, status)
        self.head.show()
        spoken = "; ".join(f"{name} {value}" for name, value in facts)
        self.show_rows(
            [[Cell(name, muted=True), Cell(value, bold=True)] for name, value in facts],
            f"{self.title.text()}: {temperature}, {status}. {spoken}",
        )
        self.set_as_of([item])


class AirBlock(Block):
    def show_items(self, items: list[FeedItem], lang: str) -> None:
        self.title.setText(self.tr("Air quality"))
        if not items:
            self.show_message(self.tr("No air-quality report saved yet."))
            self.as_of.clear()
            return
        rows, spoken = [], []
        for item in items:
            data = item.data
            name = _text(data.get("station_name"), lang) or item.title.get(lang)
            level = _text(data.get("level_text"), lang) or str(data.get("level") or "")
            colour = SEVERITY_COLOURS[max(0, min(item.severity, 5))] if item.severity else "#1e7b34"
            index = _fmt(_num(data, "iqa"))
            rows.append([Cell(name), Cell(index, bold=True), Cell(level, colour=colour, bold=True)])
            spoken.append(f"{name} {index} {level}")
        self.show_rows(rows, "; ".join(spoken))
        self.set_as_of(items)


class BorderBlock(Block):
    def show_items(self, items: list[FeedItem], lang: str) -> None:
        self.title.setText(self.tr("Border checkpoints"))
        if not items:
            self.show_message(self.tr("No checkpoint status saved yet."))
            self.as_of.clear()
            return
        # Two columns (entering, leaving) under each checkpoint's name: three columns side by side
        # left no room for the statuses in a card this wide.
        headings = (self.tr("Entering Macao"), self.tr("Leaving Macao"))
        rows = [[Cell(text, muted=True) for text in headings]]
        spoken = []
        for item in items:
            data = item.data
            name = _text(data.get("name"), lang) or item.title.get(lang)
            entry, entry_colour = self._status(data, "entry", lang)
            leave, leave_colour = self._status(data, "exit", lang)
            rows.append([Cell(name, bold=True)])
            rows.append([Cell(entry, colour=entry_colour), Cell(leave, colour=leave_colour)])
            spoken.append(f"{name}: {headings[0]} {entry}; {headings[1]} {leave}")
        self.show_rows(rows, ". ".join(spoken))
        self.set_as_of(items)

    def _status(self, data: dict[str, Any], side: str, lang: str) -> tuple[str, str]:
        text = _text(data.get(f"{side}_status_text"), lang)
        wait = _num(data, f"{side}_wait_minutes")
        if text and wait is not None:
            text = self.tr("%1 (about %2 min)").replace("%1", text).replace("%2", _fmt(wait))
        status = data.get(f"{side}_status")
        colour = LEVEL_COLOURS.get(status) if isinstance(status, int) else None
        return text or self.tr("No data"), colour or ""


class SchoolBlock(Block):
    def show_item(self, item: FeedItem | None, lang: str) -> None:
        self.title.setText(self.tr("Class suspensions"))
        if item is None:
            self.show_message(self.tr("No class-suspension notice saved."))
            self.as_of.clear()
            return
        self.show_message(item.body.get(lang), lead=item.title.get(lang))
        self.set_as_of([item])
