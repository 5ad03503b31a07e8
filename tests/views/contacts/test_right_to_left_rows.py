"""In a right-to-left window the Contacts list selects the row code asks for (an opened contact, Enter
from the search box): Qt's own selectRow finds no cell at the viewport's right edge and selects nothing."""

import pytest
from people import add
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QTableView

from totalnet_desktop.views.shell.rows import select_row


@pytest.fixture
def right_to_left(qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_opened_contact_is_selected_right_to_left(right_to_left, open_contacts, db):
    ids = [add(name, "Haddad") for name in ("Layla", "Noor", "Omar")]
    view = open_contacts()
    assert view.isRightToLeft()
    view.open_contact(ids[1])
    assert view.table.selected_ids() == [ids[1]]
    assert view.selected_contact_id() == ids[1]


def test_enter_from_search_selects_the_first_row_right_to_left(right_to_left, open_contacts, db):
    first = add("Layla", "Haddad")
    add("Omar", "Khan")
    view = open_contacts()
    view.table.clearSelection()
    view.focus_table()
    assert view.table.selected_ids() == [first]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_select_row_selects_in_both_directions(qtbot, direction):
    table = QTableView()
    qtbot.addWidget(table)
    table.setLayoutDirection(direction)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setModel(QStringListModel(["a", "b", "c"]))
    table.resize(300, 200)
    table.show()
    table.horizontalHeader().setStretchLastSection(True)  # the columns fill the viewport exactly
    select_row(table, 2)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
    assert table.currentIndex().row() == 2
    select_row(table, 9)  # out of range: nothing changes
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
