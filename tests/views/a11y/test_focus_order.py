"""The keyboard walks each screen in reading order: Tab from the first box reaches the screen's list
next (the meeting's check-in box then the roster; the contacts search, its filters, then the table), and
the focused element shows a focus frame (Qt's styles draw it for every focusable widget here)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from totalnet_desktop.core.demo import loader as demo


@pytest.fixture
def window(session, ctx, qtbot):
    demo.generate()
    from totalnet_desktop.views.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def tab_order(start, count: int) -> list[str]:
    names, widget = [], start
    for _ in range(count):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        names.append(widget.objectName())
    return names


def test_meeting_day_check_in_box_then_the_roster(window, qtbot):
    screen = window.show_screen("meeting")
    qtbot.waitUntil(lambda: screen.box.hasFocus(), timeout=3000)
    qtbot.keyClick(screen.box, Qt.Key.Key_Tab)
    assert screen.table.hasFocus()


def test_contacts_search_filters_then_table(window, qtbot):
    screen = window.show_screen("contacts")
    order = tab_order(screen.search, 14)
    assert order[:4] == ["tag_filter", "stage_filter", "source_filter", "chapter_filter"]
    assert order[4] == "show_filter" and "contacts_table" in order[5:]
