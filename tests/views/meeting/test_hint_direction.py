"""Meeting day's key hint reads right to left in Arabic, although its sentence starts with a key name
('Enter: ...'): a paragraph is laid out in the direction of its first letter, and English key names
first made the Arabic hint a left-to-right paragraph, its parts in reverse order."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from totalnet_desktop import i18n
from totalnet_desktop.views.meeting.slip_bar import SlipBar


def direction(text: str) -> Qt.LayoutDirection:
    document = QTextDocument()
    document.setPlainText(text)
    return document.firstBlock().textDirection()


@pytest.fixture
def arabic(qapp):
    i18n.install("ar")
    yield
    i18n.install("en")


def test_hint_is_a_right_to_left_paragraph_in_arabic(arabic, qtbot):
    bar = SlipBar({key: lambda: None for key in ("referral", "thank_you", "one_to_one", "ceu")})
    qtbot.addWidget(bar)
    assert bar.hint.text().lstrip("\u200f").startswith("Enter")  # the case this guards
    assert direction(bar.hint.text()) == Qt.LayoutDirection.RightToLeft


def test_paragraph_leaves_english_alone(qapp):
    i18n.install("en")
    assert i18n.paragraph("Enter: check in") == "Enter: check in"
    assert direction(i18n.paragraph("Enter: check in")) == Qt.LayoutDirection.LeftToRight


def html_direction(html: str) -> Qt.LayoutDirection:
    document = QTextDocument()
    document.setHtml(html)
    return document.firstBlock().textDirection()


def test_heading_reads_right_to_left_in_arabic_with_a_latin_chapter_name(arabic, chapter, main_window):
    view = main_window.show_screen("meeting")
    assert "Dubai Achievers" in view.heading.text()
    assert html_direction(view.heading.text()) == Qt.LayoutDirection.RightToLeft
