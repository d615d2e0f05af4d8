"""The left column of "My information": the official alerts in force, then the weather, air, border and
school blocks. Built the first time it is shown (just after the feed list's first paint), so the window's
first frame does not wait for it."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.viewmodels.feed_dashboard import FeedDashboard
from desktop.views.feed_blocks import AirBlock, AlertCard, BorderBlock, SchoolBlock, WeatherBlock


class FeedDashboardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        blocks = QVBoxLayout(self)
        blocks.setContentsMargins(0, 0, 8, 0)
        self.alerts_host = QWidget(self)
        self._alerts_box = QVBoxLayout(self.alerts_host)
        self._alerts_box.setContentsMargins(0, 0, 0, 0)
        self._alert_cards: list[AlertCard] = []
        self.weather = WeatherBlock(self)
        self.air = AirBlock(self)
        self.border = BorderBlock(self)
        self.school = SchoolBlock(self)
        for widget in (self.alerts_host, self.weather, self.air, self.border, self.school):
            blocks.addWidget(widget)
        blocks.addStretch(1)

    def show_board(self, board: FeedDashboard, lang: str) -> None:
        # Alert cards are kept and reused: a long pull shows the same alerts again and again.
        while len(self._alert_cards) < len(board.alerts):
            card = AlertCard(self.alerts_host)
            self._alerts_box.addWidget(card)
            self._alert_cards.append(card)
        for index, card in enumerate(self._alert_cards):
            if index < len(board.alerts):
                card.show_item(board.alerts[index], lang)
            card.setVisible(index < len(board.alerts))
        self.alerts_host.setVisible(bool(board.alerts))
        self.weather.show_item(board.weather, lang)
        self.air.show_items(board.air, lang)
        self.border.show_items(board.border, lang)
        self.school.show_item(board.school, lang)
