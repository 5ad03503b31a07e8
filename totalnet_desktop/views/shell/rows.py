"""Selecting a table row that works in both directions.

``QTableView.selectRow`` finds the row's first column at the viewport's leading edge; in a right-to-left
layout before the view has its size (a dialog being built) that edge is past every column, so nothing is
selected and a dialog's "Restore" or "Open" stays greyed out in Arabic. Selecting through the selection
model does not depend on the geometry."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView


def select_row(view: QTableView, row: int) -> None:
    """Make ``row`` the current, selected row (the whole row), whatever the layout direction."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    view.selectionModel().setCurrentIndex(model.index(row, 0), flags)
