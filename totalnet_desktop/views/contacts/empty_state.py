"""The Contacts screen when the address book is empty: the three ways in the welcome screen offers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from totalnet_desktop.i18n import translate
from totalnet_desktop.views.shell import theme


class EmptyState(QWidget):
    """Emits ``chosen`` with "import", "sample" or "new"."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contacts_empty")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel("<h2>" + translate("ContactsView", "No contacts yet") + "</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, hint in (
                ("import", translate("ContactsView", "Import contacts..."),
                 translate("ContactsView", "From LinkedIn, Google, Outlook, a phone's vCard or a spreadsheet.")),
                ("sample", translate("ContactsView", "Load a sample chapter"),
                 translate("ContactsView", "Explore with an invented chapter and its contacts.")),
                ("new", translate("ContactsView", "Add a contact"), translate("ContactsView", "Type one in (Ctrl+N)."))):
            button = QPushButton(text)
            button.setMinimumWidth(260)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            note = QLabel(hint)
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            note.setWordWrap(True)
            theme.style_text(note, "muted")
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(note)
            layout.addSpacing(6)
            self.buttons[key] = button
        layout.addStretch(2)
