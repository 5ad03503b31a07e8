"""First start with an empty database: three clear ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.read_only_gate import writes


class WelcomeView(QWidget):
    """Signals tell the main window which way in the user chose."""

    load_sample = Signal()
    import_contacts = Signal()
    set_up_chapter = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("<h1>" + self.tr("Welcome to TotalNet") + "</h1>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blurb = QLabel(self.tr(
            "One place for your chapter and your online network: who you know, like and trust, "
            "and who to follow up next.<br>Your data stays on this computer."
        ))
        blurb.setWordWrap(True)
        blurb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blurb.setMaximumWidth(560)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addSpacing(24)
        self.buttons = {}
        for key, text, hint, signal in (
            ("sample", self.tr("Load a sample chapter"), self.tr("Explore with an invented chapter and its contacts."),
             self.load_sample),
            ("import", self.tr("Import contacts..."), self.tr("From LinkedIn, Google, Outlook, a phone's vCard or "
             "any spreadsheet."), self.import_contacts),
            ("chapter", self.tr("Set up my chapter"),
             self.tr("Name, meeting day and members, for meeting-day check-in."), self.set_up_chapter),
        ):
            button = QPushButton(text)
            button.setMinimumWidth(320)
            button.setMinimumHeight(44)
            button.setToolTip(hint)
            button.setAccessibleDescription(hint)
            button.clicked.connect(signal.emit)
            note = QLabel(hint)
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            theme.style_text(note, "muted")  # readable in both modes (palette(mid) was faint)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(note)
            layout.addSpacing(8)
            self.buttons[key] = button
        writes(self.buttons["sample"], self.buttons["import"])  # off where nothing may be written
