"""F1: the keyboard shortcut sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

SHORTCUTS = (
    ("Ctrl+1 / 2 / 3 / 4 / 5", "Contacts, Meeting day, Follow-ups, Insights, Chapter"),
    ("Ctrl+F", "Search in the current screen"),
    ("Ctrl+N", "New contact"),
    ("Ctrl+L", "Log a touch with the selected contact"),
    ("Ctrl+Shift+F", "Add a follow-up for the selected contact"),
    ("Ctrl+I / Ctrl+E", "Import / Export"),
    ("Ctrl+Z", "Undo the last change"),
    ("Meeting day: Enter", "Check in the highlighted member, or add the visitor"),
    ("Meeting day: P A L M S", "Set the selected member's attendance"),
    ("Meeting day: Ctrl+R / Ctrl+T / Ctrl+O", "Referral, thank-you, one-to-one slip"),
    ("Meeting day: T", "Testimonial by the selected member"),
    ("Agenda: Space N B S Esc", "Start/pause, next speaker, back, skip, leave full screen"),
    ("Follow-ups: D S Enter", "Done, snooze, open the contact"),
    ("F1", "This sheet"),
    ("Ctrl+Q", "Quit"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts - TotalNet")
        rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in SHORTCUTS)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<table cellpadding='3'>{rows}</table>"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
