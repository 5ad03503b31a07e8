"""First start with an empty database: three clear ways in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.read_only_gate import writes

BLURB_WIDTH = 560  # the subtitle's widest


def line_count(html: str, font, width: int) -> int:
    """How many lines a label's rich text takes at ``width`` pixels (Qt's own layout)."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setTextWidth(width)
    document.size()  # lays the text out (the blocks' layouts are empty until then)
    block, lines = document.begin(), 0
    while block.isValid():
        lines += block.layout().lineCount()
        block = block.next()
    return lines


def balanced_width(html: str, font, widest: int) -> int:
    """The narrowest width that keeps the text on as few lines as ``widest`` allows: the lines come out
    of even length, so no word is left alone on the last one (in Arabic, 'ذلك.' was)."""
    lines = line_count(html, font, widest)
    low, high = 1, widest
    while low < high:
        middle = (low + high) // 2
        if line_count(html, font, middle) <= lines:
            high = middle
        else:
            low = middle + 1
    return min(widest, high + 2)


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
        self.blurb = blurb
        self._balance()
        layout.addWidget(title)
        layout.addWidget(blurb, alignment=Qt.AlignmentFlag.AlignHCenter)
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

    def _balance(self) -> None:
        self.blurb.setFixedWidth(balanced_width(self.blurb.text(), self.blurb.font(), BLURB_WIDTH))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "blurb"):
            self._balance()  # the lines' lengths follow the font
