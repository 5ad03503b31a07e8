"""Meeting day's roster: one row per member and visitor, a highlighted row that follows the keys."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from totalnet_desktop.core.chapter.meetings import RosterRow
from totalnet_desktop.i18n import translate
from totalnet_desktop.qtmodels.roster_model import RosterModel
from totalnet_desktop.views.shell.fit_columns import FitColumns


class RosterTable(QTableView):
    def __init__(self, model: RosterModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.roster = model
        self.setObjectName("roster_table")
        self.setAccessibleName(translate("MeetingView", "Roster"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # arrows move between rows; Tab goes on to the slip buttons
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(28)
        # Name, company, classification and notes share the width; status and time fit their text.
        self.fit_columns = FitColumns(self, {0: 5, 1: 4, 2: 4, 5: 3})

    def highlight(self, row: int) -> None:
        """Select ``row`` (kept inside the list) and scroll to it; nothing when the list is empty."""
        if self.roster.rowCount() == 0:
            return
        row = max(0, min(row, self.roster.rowCount() - 1))
        index = self.roster.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def current_row_number(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def current_row(self) -> RosterRow | None:
        return self.roster.row_at(self.current_row_number())

    def first_pending(self) -> int | None:
        """The first member not yet checked in."""
        rows = [self.roster.row_at(i) for i in range(self.roster.rowCount())]
        return next((i for i, r in enumerate(rows) if r is not None and r.is_member and r.status is None), None)
