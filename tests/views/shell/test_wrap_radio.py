"""A radio button whose text wraps (views/shell/wrap_radio.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QRadioButton

from totalnet_desktop.views.shell.wrap_radio import WrapRadio

LONG = ("Merge: fill empty fields, add new e-mails, phones and profiles, take a newer company and job title; "
        "names and filled fields are kept")


def test_its_text_wraps_where_a_radio_buttons_does_not(qtbot):
    choice = WrapRadio(LONG)
    qtbot.addWidget(choice)
    plain = QRadioButton(LONG)
    qtbot.addWidget(plain)
    assert choice.minimumSizeHint().width() < plain.minimumSizeHint().width() / 2
    choice.resize(200, choice.heightForWidth(200) if choice.hasHeightForWidth() else 200)
    assert choice.label.wordWrap()


def test_a_click_on_the_text_chooses_it_and_its_name_is_the_text(qtbot):
    group = QButtonGroup()
    first, second = WrapRadio("Skip"), WrapRadio(LONG)
    for choice in (first, second):
        qtbot.addWidget(choice)
        group.addButton(choice.button)
        choice.show()
    first.button.setChecked(True)
    qtbot.mouseClick(second.label, Qt.MouseButton.LeftButton)
    assert second.button.isChecked() and not first.button.isChecked()
    assert second.button.accessibleName() == LONG and second.text() == LONG
    second.button.setEnabled(False)
    qtbot.mouseClick(first.label, Qt.MouseButton.LeftButton)
    assert first.button.isChecked()
    first.button.setEnabled(False)
    qtbot.mouseClick(second.label, Qt.MouseButton.LeftButton)
    assert first.button.isChecked()  # a switched-off choice stays off
