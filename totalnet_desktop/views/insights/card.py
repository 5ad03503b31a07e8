"""One Insights card: a title, its chart(s) with the numbers beside, or a helpful empty state."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.views.insights import charts as insight_charts
from totalnet_desktop.views.shell import theme

logger = logging.getLogger(__name__)

SIDE_CHART_HEIGHT = 170


class InsightCard(QFrame):
    """A figure of the dashboard. ``show_figure`` fills it; ``show_empty`` explains what's missing."""

    save_requested = Signal(str)  # the card's key

    def __init__(self, key: str, title: str, subtitle: str = "", charts: int = 1,
                 numbers_width: int = 360, parent: QWidget | None = None):
        super().__init__(parent)
        self.last_error = ""
        self.key = key
        self.title = title
        self.setObjectName(f"insight_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        border = theme.base("card_border")
        self.setStyleSheet(f"QFrame#insight_{key} {{ background: palette(base); border: 1px solid {border};"
                           " border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)

        head = QHBoxLayout()
        self.heading = QLabel(f"<b style='font-size:13pt'>{title}</b>"
                              + (f"<br><span style='color:{theme.text('muted')}'>{subtitle}</span>" if subtitle else ""))
        self.heading.setWordWrap(True)  # a longer language wraps the line under the title, not the screen
        head.addWidget(self.heading, 1)
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.setObjectName(f"save_{key}")
        self.save_button.setToolTip(self.tr("Save the {title} chart as a picture").format(title=title))
        self.save_button.setAccessibleName(self.tr("Save the {title} chart as a picture").format(title=title))
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.key))
        head.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        # Figure and empty state are shown one at a time (not stacked), so an empty card stays short.
        self.figure = figure = QWidget()
        row = QHBoxLayout(figure)
        row.setContentsMargins(0, 0, 0, 0)
        # The main chart takes the room; numbers and any side chart (a pie) share a column beside it.
        self.chart_views = [insight_charts.chart_view() for _ in range(charts)]
        self.chart_views[0].setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row.addWidget(self.chart_views[0], 1, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        self.numbers = QLabel()
        self.numbers.setObjectName(f"numbers_{key}")
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        self.numbers.setWordWrap(True)
        self.numbers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numbers.setFixedWidth(numbers_width)
        side.addWidget(self.numbers)
        for view in self.chart_views[1:]:
            view.setFixedSize(numbers_width, SIDE_CHART_HEIGHT)
            side.addWidget(view)
        side.addStretch(1)
        row.addLayout(side)
        layout.addWidget(figure)

        self.empty = QLabel()
        self.empty.setObjectName(f"empty_{key}")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.style_text(self.empty, "muted", "font-size: 11pt; padding: 24px;")
        layout.addWidget(self.empty)
        self.show_empty("")

    @property
    def is_empty(self) -> bool:
        return self.figure.isHidden()

    def charts(self) -> list:
        """The charts currently shown (for tests and printing)."""
        return [view.chart() for view in self.chart_views]

    def show_figure(self, charts: list, numbers_html: str, height: int = 300) -> None:
        """Show new charts (the previous ones are deleted) and their numbers."""
        for index, (view, chart) in enumerate(zip(self.chart_views, charts)):
            old = view.chart()
            view.setChart(chart)
            if index == 0:
                view.setFixedHeight(height)  # a chart view would otherwise grow to any height offered
            if old is not None:
                old.deleteLater()  # setChart releases, but does not delete, the previous chart
        self.numbers.setText(numbers_html)
        # A screen reader hears the card's numbers as text (the chart itself is a picture).
        plain = QTextDocumentFragment.fromHtml(numbers_html).toPlainText()
        self.setAccessibleName(self.title)
        self.setAccessibleDescription(plain)
        for view in self.chart_views:
            view.setAccessibleName(self.title)
            view.setAccessibleDescription(plain)
        self.empty.hide()
        self.figure.show()
        self.save_button.setEnabled(True)

    def show_empty(self, message: str) -> None:
        """Replace the chart by a sentence saying what would fill it."""
        self.empty.setText(message)
        self.figure.hide()
        self.empty.show()
        self.save_button.setEnabled(False)

    def save_png(self, path: str | Path) -> bool:
        """Save the card (title, chart and numbers, without the button) as a PNG picture."""
        self.save_button.hide()
        try:
            picture = self.grab()
        finally:
            self.save_button.show()
        from totalnet_desktop.core.store import write_guard
        from totalnet_desktop.core.store.errors import TotalNetError

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not picture.save(buffer, "PNG"):
            logger.warning("could not make the picture for %s", path)
            return False
        buffer.close()
        try:  # never the live database or a folder; a full disk leaves the old file (write_guard)
            write_guard.write_bytes(path, bytes(data.data()))
        except TotalNetError as exc:
            self.last_error = str(exc)
            logger.warning("could not save %s: %s", path, exc)
            return False
        return True
