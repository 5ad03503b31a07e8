"""The one first-run question about reminders: a bar above the screens, not a dialog, asked once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ReminderQuestion(QFrame):
    """'Remind me of follow-ups...?' with Turn on / No, thanks; either answer hides it for good."""

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminder_question")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self.tr(
            "TotalNet can remind you of the follow-ups due each day, even when its window is closed "
            "(a tray icon and one notification a day). You can change this in Preferences."))
        self.label.setWordWrap(True)
        self.yes = QPushButton(self.tr("Turn on reminders"))
        self.yes.setObjectName("reminders_yes")
        self.no = QPushButton(self.tr("No, thanks"))
        self.no.setObjectName("reminders_no")
        self.yes.clicked.connect(lambda: self._answer(True))
        self.no.clicked.connect(lambda: self._answer(False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        self.setAccessibleName(self.tr("Reminders question"))

    def _answer(self, yes: bool) -> None:
        self.hide()
        self.answered.emit(yes)
