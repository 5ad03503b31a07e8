"""Selecting a table's row from code, in either reading direction.

``QTableView.selectRow`` looks for the row's first cell at the viewport's right edge in a right-to-left
window: one pixel past the last column, where there is none, so it selects nothing (Qt 6.11). In Arabic
an opened contact, Enter from the search box or a dialog's first row stayed unselected (a dialog's
"Restore" or "Open" greyed out). ``select_row``
selects through the selection model instead, the same way in both directions.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView


def select_row(table: QTableView, row: int) -> None:
    """Make ``row`` the selected, current row (as ``selectRow`` does in a left-to-right window)."""
    model, selection = table.model(), table.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    header = table.horizontalHeader()
    shown = [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]
    index = model.index(row, shown[0] if shown else 0)
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    selection.setCurrentIndex(index, flags)
