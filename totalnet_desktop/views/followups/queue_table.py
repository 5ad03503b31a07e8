"""The Follow-ups queue as a table: grouped rows under headings, single keys that act on an item."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from totalnet_desktop.core.followups.queue import FollowUpItem
from totalnet_desktop.i18n import translate
from totalnet_desktop.qtmodels.followups_model import FollowUpsModel, due_text

DUE_COLUMN, DUE_WIDTH = 3, 120


class QueueTable(QTableView):
    """The queue's rows; single keys act on the current item (``key_action`` names the action)."""

    key_action = Signal(str)
    KEYS: ClassVar[dict[Qt.Key, str]] = {
        Qt.Key.Key_D: "done", Qt.Key.Key_S: "snooze", Qt.Key.Key_R: "reschedule",
        Qt.Key.Key_Delete: "dismiss", Qt.Key.Key_X: "dismiss", Qt.Key.Key_Return: "open",
        Qt.Key.Key_Enter: "open", Qt.Key.Key_L: "link",
    }

    def __init__(self, model: FollowUpsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.queue = model
        self.setObjectName("queue")
        self.setAccessibleName(translate("FollowUpsView", "Follow-ups"))
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.verticalHeader()
        rows.hide()
        # Fixed row heights: the view never measures 20,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(26, self.fontMetrics().height() + 10))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        # Narrow fixed columns, so the Reason gets the width at 1024 px (Due is widened to its text below).
        for column, width in enumerate((160, 0, 110, DUE_WIDTH, 135)):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fit_due_column()

    def fit_due_column(self) -> None:
        """Due as wide as the language writes a late date ('28 Sept (99 days late)'): at 120 pixels the
        number of days late was cut off ('15 Oct (53 days ...')."""
        samples = [due_text(day, day + dt.timedelta(days=99)) for day in
                   (dt.date(2026, month, 28) for month in range(1, 13))]
        widest = max(self.fontMetrics().horizontalAdvance(text) for text in samples)
        title = str(self.queue.headerData(DUE_COLUMN, Qt.Orientation.Horizontal) or "")
        self.horizontalHeader().resizeSection(DUE_COLUMN, max(
            DUE_WIDTH, widest + 14, self.horizontalHeader().fontMetrics().horizontalAdvance(title) + 14))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.fit_due_column()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        action = self.KEYS.get(Qt.Key(event.key()))
        if action and modifiers == Qt.KeyboardModifier.NoModifier:
            self.key_action.emit(action)
            event.accept()
            return
        super().keyPressEvent(event)

    def current_item(self) -> FollowUpItem | None:
        return self.queue.item(self.currentIndex())

    def show_groups(self, keep: int | None) -> None:
        """After a reload or a filter: headings across the row, the current item on ``keep`` (else the first)."""
        self.clearSpans()
        for row in self.queue.heading_rows():
            self.setSpan(row, 0, 1, self.queue.columnCount())
        index = self.queue.index_of(keep) if keep is not None else QModelIndex()
        if not index.isValid():
            index = self.queue.first_item_index()
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def ensure_current(self) -> None:
        """On the first item when none is current."""
        if not self.currentIndex().isValid():
            first = self.queue.first_item_index()
            if first.isValid():
                self.setCurrentIndex(first)

    def next_id(self) -> int | None:
        """The item below the current one (or above at the end): where the selection goes next."""
        row = self.currentIndex().row()
        if row < 0:
            return None
        count = self.queue.rowCount()
        for candidate in [*range(row + 1, count), *range(row - 1, -1, -1)]:
            item = self.queue.item(self.queue.index(candidate, 0))  # None for headings
            if item is not None:
                return item.id
        return None
