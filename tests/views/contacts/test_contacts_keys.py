"""The Contacts screen's keys (views.contacts.keys): Enter in the list edits, Esc in the search box clears
it, and keys the screen does not use go on to the widget."""

import pytest
from people import add
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication


@pytest.fixture
def view(open_contacts, db):
    add("Layla", "Haddad", company="Cedar Print")
    add("Omar", "Khan", company="Desert Law")
    return open_contacts()


def test_enter_in_the_list_opens_the_editor_of_the_current_contact(view, qtbot):
    view.table.setFocus()
    view.table.selectRow(1)
    seen = []

    def close_editor():
        dialog = QApplication.activeModalWidget()
        seen.append((dialog.windowTitle(), dialog.fields["first_name"].text()))
        dialog.reject()

    QTimer.singleShot(100, close_editor)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert seen == [("Edit contact", "Omar")]


def test_escape_clears_the_search_and_then_goes_on(view, qtbot):
    view.focus_search()
    qtbot.keyClicks(view.search, "oma")
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    view.reload()
    assert view.model.rowCount() == 2
    # With nothing typed the screen leaves Esc alone: the box still has the focus and nothing moved.
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view.search


def test_other_keys_in_the_search_box_are_typed(view, qtbot):
    view.focus_search()
    qtbot.keyClicks(view.search, "Om")
    qtbot.keyClick(view.search, Qt.Key.Key_Up)
    assert view.search.text() == "Om" and QApplication.focusWidget() is view.search
