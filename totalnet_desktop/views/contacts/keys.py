"""The Contacts screen's keys in the search box (Down into the list, Esc clears) and in the list (Enter
edits). One event filter on both; it calls the screen's actions."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from totalnet_desktop.views.contacts.table import ContactTable

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ContactsView(Protocol):
    """What the keys use of the screen (views.contacts.view.ContactsView)."""

    search: QLineEdit
    table: ContactTable

    def edit_selected(self) -> None: ...
    def focus_table(self) -> None: ...


class ContactKeys(QObject):
    """Installed on the screen's search box and table."""

    def __init__(self, view: ContactsView):
        super().__init__(view if isinstance(view, QObject) else None)
        self.view = view
        view.search.installEventFilter(self)
        view.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.view
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is view.table and key in ENTER_KEYS:
                view.edit_selected()
                return True
            if watched is view.search and key == Qt.Key.Key_Down:
                view.focus_table()
                return True
            if watched is view.search and key == Qt.Key.Key_Escape and view.search.text():
                view.search.clear()
                return True
        return super().eventFilter(watched, event)
