"""The blocks at the top of "My information": alerts in their official colours, the weather now, air
quality by station, border checkpoints, class suspensions. Each says what time it is "as of".

Server content comes in three languages; everything shown is in the current one. Missing figures are
left out, never invented. The blocks keep their labels and only change texts when new data comes: a long
pull refreshes them often, and building widgets each time would stall the window.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

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


def _label(parent: QWidget, name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def _table(rows: list[list[str]], styles: list[list[str]] | None = None) -> str:
    """Rows of cells as one rich-text table (already escaped HTML fragments go in ``rows``)."""
    html = ["<table cellspacing='0' cellpadding='3' width='100%'>"]
    for r, row in enumerate(rows):
        html.append("<tr>")
        for c, cell in enumerate(row):
            style = styles[r][c] if styles and r < len(styles) and c < len(styles[r]) else ""
            html.append(f"<td style='{style}'>{cell}</td>")
        html.append("</tr>")
    html.append("</table>")
    return "".join(html)


class Block(QFrame):
    """A titled card with one rich-text body and an "as of" line.

    One label per block, whatever the number of stations or checkpoints: a long pull refreshes these
    blocks often, and a grid of labels per row made each refresh (and the first paint) noticeably slow.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FeedBlock")
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        self.title = _label(self, "FeedBlockTitle")
        self.content = _label(self, "FeedBlockContent")
        self.content.setTextFormat(Qt.TextFormat.RichText)
        self.as_of = _label(self, "FeedBlockAsOf")
        for label in (self.title, self.content, self.as_of):
            box.addWidget(label)

    def set_content(self, html_text: str, accessible: str) -> None:
        if self.content.text() != html_text:
            self.content.setText(html_text)
        self.content.setAccessibleName(accessible)

    def set_as_of(self, items: list[FeedItem]) -> None:
        times = [i.published_at for i in items if i.published_at is not None]
        self.as_of.setText(self.tr("As of %1").replace("%1", local_time(max(times))) if times else "")


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
    def show_item(self, item: FeedItem | None, lang: str) -> None:
        self.title.setText(self.tr("Weather now"))
        if item is None:
            message = self.tr("No weather report saved yet.")
            self.set_content(escape(message), message)
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
        rows = [[escape(name), f"<b>{escape(value)}</b>"] for name, value in facts]
        head = (
            "<table cellpadding='3'><tr>"
            f"<td style='font-size:36px; padding-right:14px'>{escape(temperature)}</td>"
            f"<td style='font-size:16px'>{escape(status)}</td></tr></table>"
        )
        muted = "color:#52606d"
        self.set_content(
            head + _table(rows, [[muted, ""] for _ in rows]), f"{self.title.text()}: {temperature}, {status}"
        )
        self.set_as_of([item])


class AirBlock(Block):
    def show_items(self, items: list[FeedItem], lang: str) -> None:
        self.title.setText(self.tr("Air quality"))
        if not items:
            message = self.tr("No air-quality report saved yet.")
            self.set_content(escape(message), message)
            self.as_of.clear()
            return
        rows, styles, spoken = [], [], []
        for item in items:
            data = item.data
            name = _text(data.get("station_name"), lang) or item.title.get(lang)
            level = _text(data.get("level_text"), lang) or str(data.get("level") or "")
            colour = SEVERITY_COLOURS[max(0, min(item.severity, 5))] if item.severity else "#1e7b34"
            index = _fmt(_num(data, "iqa"))
            rows.append([escape(name), f"<b>{escape(index)}</b>", escape(level)])
            styles.append(["", "", f"color:{colour}; font-weight:600"])
            spoken.append(f"{name} {index} {level}")
        self.set_content(_table(rows, styles), "; ".join(spoken))
        self.set_as_of(items)


class BorderBlock(Block):
    def show_items(self, items: list[FeedItem], lang: str) -> None:
        self.title.setText(self.tr("Border checkpoints"))
        if not items:
            message = self.tr("No checkpoint status saved yet.")
            self.set_content(escape(message), message)
            self.as_of.clear()
            return
        heading = "color:#52606d"
        rows = [
            [
                escape(self.tr("Checkpoint")),
                escape(self.tr("Entering Macao")),
                escape(self.tr("Leaving Macao")),
            ]
        ]
        styles = [[heading, heading, heading]]
        spoken = []
        for item in items:
            data = item.data
            name = _text(data.get("name"), lang) or item.title.get(lang)
            entry, entry_style = self._status(data, "entry", lang)
            leave, leave_style = self._status(data, "exit", lang)
            rows.append([escape(name), escape(entry), escape(leave)])
            styles.append(["", entry_style, leave_style])
            spoken.append(f"{name}: {entry}; {leave}")
        self.set_content(_table(rows, styles), ". ".join(spoken))
        self.set_as_of(items)

    def _status(self, data: dict[str, Any], side: str, lang: str) -> tuple[str, str]:
        text = _text(data.get(f"{side}_status_text"), lang)
        wait = _num(data, f"{side}_wait_minutes")
        if text and wait is not None:
            text = self.tr("%1 (about %2 min)").replace("%1", text).replace("%2", _fmt(wait))
        status = data.get(f"{side}_status")
        colour = LEVEL_COLOURS.get(status) if isinstance(status, int) else None
        return text or self.tr("No data"), f"color:{colour}" if colour else ""


class SchoolBlock(Block):
    def show_item(self, item: FeedItem | None, lang: str) -> None:
        self.title.setText(self.tr("Class suspensions"))
        if item is None:
            message = self.tr("No class-suspension notice saved.")
            self.set_content(escape(message), message)
            self.as_of.clear()
            return
        title, body = item.title.get(lang), item.body.get(lang)
        self.set_content(
            f"<b>{escape(title)}</b>" + (f"<p>{escape(body)}</p>" if body else ""), f"{title}. {body}"
        )
        self.set_as_of([item])
