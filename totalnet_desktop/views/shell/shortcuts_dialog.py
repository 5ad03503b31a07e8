"""F1: the keyboard shortcut sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, translate

_MEETING = QT_TRANSLATE_NOOP("Shortcuts", "Meeting day")
_FOLLOWUPS = QT_TRANSLATE_NOOP("Shortcuts", "Follow-ups")
_AGENDA = QT_TRANSLATE_NOOP("Shortcuts", "Agenda")
SHORTCUTS = (
    ("Ctrl+1 / 2 / 3 / 4 / 5", QT_TRANSLATE_NOOP("Shortcuts", "Contacts, Meeting day, Follow-ups, Insights, Chapter")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search in the current screen")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New contact")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Log a touch with the selected contact")),
    ("Ctrl+Shift+F", QT_TRANSLATE_NOOP("Shortcuts", "Add a follow-up for the selected contact")),
    ("Ctrl+I / Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Import / Export")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo the last change")),
    (f"{_MEETING}: Enter", QT_TRANSLATE_NOOP("Shortcuts", "Check in the highlighted member, or add the visitor")),
    (f"{_MEETING}: P A L M S", QT_TRANSLATE_NOOP("Shortcuts", "Set the selected member's attendance")),
    (f"{_MEETING}: Ctrl+R / Ctrl+T / Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Referral, thank-you, one-to-one slip")),
    (f"{_MEETING}: T", QT_TRANSLATE_NOOP("Shortcuts", "Testimonial by the selected member")),
    (f"{_AGENDA}: Space N B S Esc", QT_TRANSLATE_NOOP("Shortcuts", "Start/pause, next speaker, back, skip, leave full screen")),
    (f"{_FOLLOWUPS}: D S Enter", QT_TRANSLATE_NOOP("Shortcuts", "Done, snooze, open the contact")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "This sheet")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
)


def _key_text(keys: str) -> str:
    """'Meeting day: Enter' with the screen's name in the user's language; keys stay as typed."""
    screen, sep, rest = keys.partition(": ")
    return f"{translate('Shortcuts', screen)}: {rest}" if sep else keys


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts - TotalNet"))
        rows = "".join(f"<tr><td><b>{_key_text(k)}</b>&nbsp;&nbsp;</td><td>{translate('Shortcuts', v)}</td></tr>"
                       for k, v in SHORTCUTS)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<table cellpadding='3'>{rows}</table>"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
