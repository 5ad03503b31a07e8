"""The row of buttons over the contact list, and the count at its end (strings in the screen's context)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from totalnet_desktop.i18n import paragraph, translate
from totalnet_desktop.views.contacts.presenter import Buttons


class ActionBar(QWidget):
    """The screen connects the buttons; ``show_state`` shows what the presenter allows."""

    def __init__(self, selection_menu: QMenu, parent: QWidget | None = None):
        super().__init__(parent)
        self.new_button = QPushButton(translate("ContactsView", "New contact"))
        self.new_button.setToolTip("Ctrl+N")
        self.log_button = QPushButton(translate("ContactsView", "Log touch"))
        self.log_button.setToolTip(paragraph("Ctrl+L: " + translate(
            "ContactsView", "log a call, coffee, message or comment with the selected contact")))
        self.merge_button = QPushButton(translate("ContactsView", "Merge..."))
        # A push button with a menu leaves room for its arrow (a tool button drew it over the text).
        self.selection_button = QPushButton(translate("ContactsView", "Selection"))
        self.selection_button.setMenu(selection_menu)
        self.card_button = QPushButton(translate("ContactsView", "Show my card"))
        self.restore_button = QPushButton(translate("ContactsView", "Restore"))
        self.empty_button = QPushButton(translate("ContactsView", "Empty trash..."))
        self.count_label = QLabel()
        self.count_label.setObjectName("contact_count")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.log_button, self.merge_button, self.selection_button,
                       self.restore_button, self.empty_button, self.card_button):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.count_label)

    def show_state(self, state: Buttons) -> None:
        """Trash buttons while the trash is shown, the others otherwise; each enabled as allowed."""
        self.restore_button.setVisible(state.trash_shown)
        self.empty_button.setVisible(state.trash_shown)
        for widget in (self.log_button, self.merge_button, self.new_button):
            widget.setVisible(not state.trash_shown)
        self.log_button.setEnabled(state.log)
        self.merge_button.setEnabled(state.merge)
        self.restore_button.setEnabled(state.restore)
        self.selection_button.setEnabled(state.selection)
