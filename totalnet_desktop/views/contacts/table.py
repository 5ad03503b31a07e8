"""The Contacts table widget: row selection, channel chips, columns that share the width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from totalnet_desktop.views.shell.widgets import ChannelChipsDelegate

# Columns: Name, Company, Profession, Stage, Channels, Last contact, Next follow-up, Tags. Stage and
# the dates get a fixed width; the others share the rest (until the user drags a column edge).
FIXED_WIDTHS = {3: 56, 5: 92, 6: 104}
COLUMN_SHARES = {0: 1.5, 1: 1.45, 2: 1.05, 4: 1.2, 7: 1.0}
MIN_FLEX_WIDTH = 60
CHANNELS_COLUMN = 4


class ContactTable(QTableView):
    """A read-only, row-selecting table whose columns fit its width without a horizontal scroll."""

    def __init__(self, model, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contacts_table")
        self.setAccessibleName(self.tr("Contacts"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setItemDelegateForColumn(CHANNELS_COLUMN, ChannelChipsDelegate(self))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        self._auto_fit = True
        self._fitting = False
        header.sectionResized.connect(self._user_resized)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width between the columns (until the user sizes one by hand)."""
        if not self._auto_fit:
            return
        rest = self.viewport().width() - sum(FIXED_WIDTHS.values()) - 2
        unit = rest / sum(COLUMN_SHARES.values())
        self._fitting = True
        try:
            for column, width in FIXED_WIDTHS.items():
                self.setColumnWidth(column, width)
            for column, share in COLUMN_SHARES.items():
                self.setColumnWidth(column, max(MIN_FLEX_WIDTH, int(share * unit)))
        finally:
            self._fitting = False

    def _user_resized(self, *_args) -> None:
        if not self._fitting and self.isVisible():
            self._auto_fit = False
