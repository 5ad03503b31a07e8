"""Meeting day's header: the chapter and date with the meeting's state, the meeting's buttons, and the
counters line. Strings keep the screen's translation context ("MeetingView")."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from totalnet_desktop.i18n import isolate, paragraph, translate
from totalnet_desktop.views.meeting.presenter import Heading
from totalnet_desktop.views.shell import theme


def tab_button(name: str, text: str, slot: Callable[[], object]) -> QPushButton:
    """A button Tab reaches (a click does not take the focus from the check-in box)."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.clicked.connect(lambda _=False: slot())
    return button


class MeetingHeader(QWidget):
    """``slots`` maps each button's key (date, history, report, roster, agenda, close) to what it does."""

    def __init__(self, slots: dict[str, Callable[[], object]], parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("meeting_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)  # a long chapter name or a longer language wraps rather than being cut
        self.heading.setMinimumWidth(240)
        self.buttons: dict[str, QPushButton] = {}
        self.button_row = QWidget()
        row = QHBoxLayout(self.button_row)
        row.setContentsMargins(0, 0, 0, 0)
        for key, text in (("date", translate("MeetingView", "Other &date...")),
                          ("history", translate("MeetingView", "Histor&y")),
                          ("report", translate("MeetingView", "Re&port")),
                          ("roster", translate("MeetingView", "R&oster...")),
                          ("agenda", translate("MeetingView", "A&genda")),
                          ("close", translate("MeetingView", "&Close meeting"))):
            self.buttons[key] = tab_button(f"meeting_{key}", text, slots[key])
            row.addWidget(self.buttons[key])
        # Heading and buttons side by side while both fit; else the buttons go under the heading (a
        # wrapped heading beside them was cut off at 1024 pixels in Arabic or with string stretch).
        self.top = QGridLayout()
        self.top.setContentsMargins(0, 0, 0, 0)
        self.top.addWidget(self.heading, 0, 0)
        self.top.addWidget(self.button_row, 0, 1, Qt.AlignmentFlag.AlignTop)
        self.top.setColumnStretch(0, 1)
        self.stacked = False
        self.counters = QLabel()
        self.counters.setObjectName("meeting_counters")
        self.counters.setStyleSheet("font-size: 15px; padding: 6px 2px;")
        self.counters.setWordWrap(True)  # two lines rather than a line cut at its start or end
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top)
        layout.addWidget(self.counters)

    def heading_width(self) -> int:
        """The heading's width on one line per paragraph (its rich text laid out without wrapping)."""
        document = QTextDocument()
        document.setDefaultFont(self.heading.font())
        document.setDocumentMargin(0)
        document.setHtml(self.heading.text())
        return int(document.idealWidth()) + 2 * self.heading.margin() + 4

    def arrange(self) -> None:
        """Buttons beside the heading when both fit the width, else on a row under it."""
        spacing = max(0, self.top.horizontalSpacing())
        stacked = self.heading_width() + spacing + self.button_row.sizeHint().width() > self.width()
        if stacked == self.stacked:
            return
        self.stacked = stacked
        self.top.removeWidget(self.button_row)
        if stacked:
            self.top.addWidget(self.button_row, 1, 0, Qt.AlignmentFlag.AlignLeading)
        else:
            self.top.addWidget(self.button_row, 0, 1, Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.arrange()

    def show_heading(self, head: Heading) -> None:
        """The chapter and date, the meeting's state and times; Close is off once closed."""
        colour = theme.text("error") if head.closed else theme.text("success")
        # The chapter name is the member's text: isolated so a Latin name reads right inside Arabic.
        # paragraph(): a heading that starts with a Latin chapter name still reads right to left in Arabic.
        self.heading.setText(paragraph(
            f"<span style='font-size:18px'><b>{isolate(html.escape(head.chapter_name))}</b> · {head.date}</span>"
            f"<br><span style='color:{colour}'>{head.state}</span>"
            f"<span style='color:{theme.text('muted')}'> · {head.times}</span>"))
        self.buttons["close"].setEnabled(not head.closed)
        self.arrange()
