"""One Insights card: a title, its chart(s) with the numbers beside, or a helpful empty state."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.views import insight_charts

logger = logging.getLogger(__name__)


class InsightCard(QFrame):
    """A figure of the dashboard. ``show_figure`` fills it; ``show_empty`` explains what's missing."""

    save_requested = Signal(str)  # the card's key

    def __init__(self, key: str, title: str, subtitle: str = "", charts: int = 1,
                 numbers_width: int = 360, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.title = title
        self.setObjectName(f"insight_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#insight_{key} {{ background: palette(base); border: 1px solid #d5dbe1;"
                           " border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)

        head = QHBoxLayout()
        self.heading = QLabel(f"<b style='font-size:13pt'>{title}</b>"
                              + (f"<br><span style='color:#666'>{subtitle}</span>" if subtitle else ""))
        head.addWidget(self.heading, 1)
        self.save_button = QPushButton("Save as PNG…")
        self.save_button.setObjectName(f"save_{key}")
        self.save_button.setToolTip(f"Save the {title} chart as a picture")
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.key))
        head.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        self.pages = QStackedWidget()
        figure = QWidget()
        row = QHBoxLayout(figure)
        row.setContentsMargins(0, 0, 0, 0)
        self.chart_views = [insight_charts.chart_view() for _ in range(charts)]
        for index, view in enumerate(self.chart_views):
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            row.addWidget(view, 3 if index == 0 else 1)  # the main chart gets the most room
            if index:
                view.setMinimumWidth(240)
        self.numbers = QLabel()
        self.numbers.setObjectName(f"numbers_{key}")
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        self.numbers.setWordWrap(True)
        self.numbers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numbers.setFixedWidth(numbers_width)
        row.addWidget(self.numbers)
        self.pages.addWidget(figure)

        self.empty = QLabel()
        self.empty.setObjectName(f"empty_{key}")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; font-size: 11pt; padding: 24px;")
        self.empty.setMinimumHeight(120)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages)

    @property
    def is_empty(self) -> bool:
        return self.pages.currentWidget() is self.empty

    def charts(self) -> list:
        """The charts currently shown (for tests and printing)."""
        return [view.chart() for view in self.chart_views]

    def show_figure(self, charts: list, numbers_html: str) -> None:
        """Show new charts (the previous ones are deleted) and their numbers."""
        for view, chart in zip(self.chart_views, charts):
            old = view.chart()
            view.setChart(chart)
            if old is not None:
                old.deleteLater()  # setChart releases, but does not delete, the previous chart
        self.numbers.setText(numbers_html)
        self.pages.setCurrentIndex(0)
        self.pages.setMinimumHeight(300)
        self.save_button.setEnabled(True)

    def show_empty(self, message: str) -> None:
        """Replace the chart by a sentence saying what would fill it."""
        self.empty.setText(message)
        self.pages.setCurrentWidget(self.empty)
        self.pages.setMinimumHeight(0)
        self.save_button.setEnabled(False)

    def save_png(self, path: str | Path) -> bool:
        """Save the card (title, chart and numbers, without the button) as a PNG picture."""
        self.save_button.hide()
        try:
            picture = self.grab()
        finally:
            self.save_button.show()
        ok = picture.save(str(path), "PNG")
        if not ok:
            logger.warning("could not save %s", path)
        return ok
