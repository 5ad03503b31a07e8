"""The Contacts table widget: row selection, channel chips, columns that share the width."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from totalnet_desktop.core.store.models import STAGES
from totalnet_desktop.i18n import date_text, translate
from totalnet_desktop.qtmodels.contacts_model import ContactsModel
from totalnet_desktop.views.shell.widgets import ChannelChipsDelegate

# Columns: Name, Company, Profession, Stage, Channels, Last contact, Next follow-up, Tags. Stage and
# the dates get a fixed width (at least these, more when the language's words or dates are longer:
# see ``fixed_widths``); the others share the rest (until the user drags a column edge).
FIXED_WIDTHS = {3: 56, 5: 92, 6: 104}
CELL_PADDING = 14  # a cell's margins either side of its text
SORT_ARROW = 22  # the header's room for the sort indicator
COLUMN_SHARES = {0: 1.5, 1: 1.45, 2: 1.05, 4: 1.2, 7: 1.0}
# The width a column needs to read well; when the table is narrower than the sum, columns hide in
# this order (Tags, then Profession, then the follow-up and last-contact dates) before Name is cut.
MIN_WIDTHS = {0: 160, 1: 100, 2: 90, 3: 56, 4: 90, 5: 92, 6: 104, 7: 70}
HIDE_ORDER = (7, 2, 6, 5)
CHANNELS_COLUMN = 4


class ContactTable(QTableView):
    """A read-only, row-selecting table whose columns fit its width without a horizontal scroll."""

    def __init__(self, model: ContactsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.contacts = model
        self.setObjectName("contacts_table")
        self.setAccessibleName(self.tr("Contacts"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table (reading order)
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

    def fixed_widths(self) -> dict[int, int]:
        """Stage and the dates: wide enough for the language's longest stage and month name (Arabic
        '16 أغسطس 2026' lost its year at 92 pixels) and for the column's heading."""
        cells, heads = self.fontMetrics(), self.horizontalHeader().fontMetrics()
        dates = [date_text(dt.date(2026, month, 28)) for month in range(1, 13)]
        words = {3: [translate("Stage", stage) for stage in STAGES], 5: dates, 6: dates}
        widths = {}
        for column, floor in FIXED_WIDTHS.items():
            head = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
            widths[column] = max(floor, heads.horizontalAdvance(head) + SORT_ARROW,
                                 max(cells.horizontalAdvance(text) for text in words[column]) + CELL_PADDING)
        return widths

    def fit_columns(self) -> None:
        """Share the width between the columns (until the user sizes one by hand); on a narrow table
        hide the columns of HIDE_ORDER, one by one, until the others get their minimum width."""
        if not self._auto_fit:
            return
        available = self.viewport().width() - 2
        fixed_widths = self.fixed_widths()
        minimum = {**MIN_WIDTHS, **fixed_widths}
        hidden: set[int] = set()
        for column in HIDE_ORDER:
            if sum(w for c, w in minimum.items() if c not in hidden) <= available:
                break
            hidden.add(column)
        fixed = {c: w for c, w in fixed_widths.items() if c not in hidden}
        shares = {c: s for c, s in COLUMN_SHARES.items() if c not in hidden}
        # Each shown column gets its minimum; what is left is shared out by COLUMN_SHARES.
        surplus = max(0, available - sum(fixed.values()) - sum(MIN_WIDTHS[c] for c in shares))
        unit = surplus / sum(shares.values())
        self._fitting = True
        try:
            for column in range(self.model().columnCount()):
                self.setColumnHidden(column, column in hidden)
            for column, width in fixed.items():
                self.setColumnWidth(column, width)
            for column, share in shares.items():
                self.setColumnWidth(column, MIN_WIDTHS[column] + int(share * unit))
        finally:
            self._fitting = False

    def hidden_columns(self) -> list[int]:
        """Columns hidden for want of width (for tests and the header's tooltip)."""
        return [c for c in range(self.model().columnCount()) if self.isColumnHidden(c)]

    def _user_resized(self, *_args) -> None:
        if not self._fitting and self.isVisible():
            self._auto_fit = False

    def show_sort(self, column: int, descending: bool) -> None:
        """Put the header's sort indicator on ``column`` without asking for a sort."""
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    # ---- selection, as contact ids --------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The selected contacts, in list order."""
        model = self.contacts
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [cid for cid in (model.id_at(r) for r in rows) if cid is not None]

    def current_id(self) -> int | None:
        """The contact the selection is on (the current row when selected, else the first selected)."""
        index = self.selectionModel().currentIndex()
        if index.isValid() and self.selectionModel().isRowSelected(index.row()):
            return self.contacts.id_at(index.row())
        ids = self.selected_ids()
        return ids[0] if ids else None

    def select_ids(self, ids: list[int], current: int | None) -> None:
        """Select these contacts' rows (those listed; at most 5,000), the current one on ``current``."""
        model = self.contacts
        selection = self.selectionModel()
        selection.clearSelection()
        wanted = set(ids)
        rows = [n for n, cid in enumerate(model.ids()) if cid in wanted] if len(ids) > 1 else (
            [model.row_of(ids[0])] if ids else [])
        rows = [r for r in rows if r >= 0]
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows[:5000]:
            selection.select(model.index(row, 0), flags)
        if rows:
            focus_row = model.row_of(current) if current in wanted else rows[0]
            selection.setCurrentIndex(model.index(max(focus_row, 0), 0), QItemSelectionModel.SelectionFlag.NoUpdate)
