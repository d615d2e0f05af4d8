"""The feed's blocks: facts in grids, server text shown as written, and a changed block only relaid out."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.models import FeedItem
from desktop.domain.text import LocalizedText
from desktop.views.feed_blocks import AirBlock, AlertCard, BorderBlock, SchoolBlock, WeatherBlock

NOW = datetime(2026, 11, 27, 13, 30, tzinfo=UTC)


def _text(zh: str, pt: str = "", en: str = "") -> LocalizedText:
    return LocalizedText(zh=zh, pt=pt or zh, en=en or zh)


def _item(category: str, data: dict, title: str = "", body: str = "", severity: int = 0) -> FeedItem:
    return FeedItem(
        id=f"{category}-1", category=category, kind="x", title=_text(title), body=_text(body),
        published_at=NOW, severity=severity, data=data,
    )  # fmt: skip


def test_weather_shows_the_temperature_and_each_figure(qtbot: QtBot) -> None:
    block = WeatherBlock()
    qtbot.addWidget(block)
    data = {"temperature": 27.0, "max": 29, "min": 25, "humidity": 90, "feels_like": 25.6,
            "status_text": {"zh": "間中有驟雨", "pt": "aguaceiros", "en": "showers"}}  # fmt: skip
    block.show_item(_item("weather", data), "en")
    assert block.temperature.text() == "27°C" and block.status.text() == "showers"
    assert [[c.text for c in row] for row in block.grid.rows()] == [
        ["High / low", "29° / 25°"], ["Humidity", "90%"], ["Feels like", "25.6°C"],
    ]  # fmt: skip
    assert "27°C" in block.accessibleDescription() and "Humidity 90%" in block.accessibleDescription()
    block.show_item(None, "en")
    assert block.head.isHidden() and block.grid.isHidden() and "No weather report" in block.text()


def test_a_missing_figure_is_a_dash_never_invented(qtbot: QtBot) -> None:
    block = WeatherBlock()
    qtbot.addWidget(block)
    block.show_item(_item("weather", {"temperature": "hot"}), "en")
    assert block.temperature.text() == "—"
    assert ["Humidity", "—"] in [[c.text for c in row] for row in block.grid.rows()]


def test_border_lists_each_checkpoint_over_its_two_directions(qtbot: QtBot) -> None:
    block = BorderBlock()
    qtbot.addWidget(block)
    data = {"name": {"zh": "關閘", "pt": "Portas do Cerco", "en": "Border Gate"},
            "entry_status": 1, "entry_status_text": {"en": "smooth"}, "entry_wait_minutes": 10,
            "exit_status": 3, "exit_status_text": {"en": "congested"}}  # fmt: skip
    block.show_items([_item("border", data)], "en")
    rows = block.grid.rows()
    assert [c.text for c in rows[0]] == ["Entering Macao", "Leaving Macao"]
    assert [c.text for c in rows[1]] == ["Border Gate"] and block.grid.spans(1)
    assert [c.text for c in rows[2]] == ["smooth (about 10 min)", "congested"]
    assert rows[2][1].colour  # the status colour (and the words: never colour alone)


def test_air_rows_per_station(qtbot: QtBot) -> None:
    block = AirBlock()
    qtbot.addWidget(block)
    data = {"station_name": {"en": "Taipa Grande"}, "iqa": 19, "level_text": {"en": "good"}}
    block.show_items([_item("air_quality", data)], "en")
    assert [c.text for c in block.grid.rows()[0]] == ["Taipa Grande", "19", "good"]


def test_server_text_is_never_markup(qtbot: QtBot) -> None:
    school = SchoolBlock()
    card = AlertCard()
    for widget in (school, card):
        qtbot.addWidget(widget)
    hostile = "<b>bold</b><img src='http://example.invalid/x.png'>"
    school.show_item(_item("school", {}, title=hostile, body=hostile), "en")
    card.show_item(_item("alert", {}, title=hostile, body=hostile, severity=4), "en")
    for label in (school.lead, school.message, card.title, card.body):
        assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == hostile
