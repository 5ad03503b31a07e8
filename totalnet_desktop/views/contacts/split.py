"""The list beside the detail pane, in a splitter whose pane width is kept in window.ini."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget

WIDTH_KEY = "contacts/detail_width"


class DetailSplit(QSplitter):
    """``pages`` (the list or the empty state) on the left, ``detail`` on the right."""

    def __init__(self, pages: QWidget, detail: QWidget, settings: Callable[[], QSettings]):
        super().__init__(Qt.Orientation.Horizontal)
        self.pages = pages
        self.settings = settings
        self.split_done = False
        self.addWidget(pages)
        self.addWidget(detail)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([760, 320])
        self.setChildrenCollapsible(False)
        self.splitterMoved.connect(self.remember)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.split_done:
            self.split_done = True
            QTimer.singleShot(0, self._initial_split)

    def remember(self, *_args: object) -> None:
        """The detail pane's width, kept in window.ini for the next start."""
        self.settings().setValue(WIDTH_KEY, self.sizes()[1])

    def _initial_split(self) -> None:
        """The detail pane's width the user left it at; else about 30% (300-520 px): the table needs
        the room at 1280 px."""
        total = self.width()
        remembered = self.settings().value(WIDTH_KEY)
        if remembered is not None and str(remembered).isdigit():
            # As wide as the user dragged it, as far as the list's own minimum allows (as the drag did).
            table = max(self.pages.minimumSizeHint().width(), 200)
            pane = max(280, min(int(remembered), total - table))
            self.setSizes([total - pane, pane])
            return
        pane = min(520, max(300, int(total * 0.3)))
        self.setSizes([max(total - pane, 400), pane])
