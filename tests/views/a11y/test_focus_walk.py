"""Tab walks every main screen (and the main dialogs) in reading order, in English and in Arabic (right
to left): each step goes down a line or along the line in the reading direction, Tab never stays
trapped in a table, every focused widget is on screen (scrolled into view inside a scroll area) and
shows that it has the focus (its picture changes)."""

from __future__ import annotations

import pytest
from focus_walk import out_of_order, reads_before, tab_walk
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from totalnet_desktop import i18n
from totalnet_desktop.core.demo import loader as demo


@pytest.fixture(autouse=True)
def app_style(qapp):
    """The style and colours the app starts with (views/shell/theme.py), which draw the focus."""
    from totalnet_desktop.views.shell import theme

    theme.apply(theme.LIGHT)


@pytest.fixture(params=["en", "ar"])
def language(request):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


@pytest.fixture
def window(session, ctx, qtbot, language):
    demo.generate()
    from totalnet_desktop.views.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def _judge(stops, right_to_left: bool) -> dict[str, list[str]]:
    problems = {"order": out_of_order(stops, right_to_left),
                "off screen": [str(s) for s in stops if not s.visible],
                "no focus shown": [str(s) for s in stops if not s.looks_focused]}
    return {k: v for k, v in problems.items() if v}


def test_reading_order_judges_lines_then_direction():
    left, right, below = QRect(0, 0, 100, 20), QRect(110, 1, 100, 20), QRect(0, 30, 300, 200)
    assert reads_before(left, right, False) and not reads_before(right, left, False)
    assert reads_before(right, left, True) and not reads_before(left, right, True)
    assert reads_before(right, below, False) and not reads_before(below, left, True)


@pytest.mark.parametrize("key", ["contacts", "meeting", "followups", "insights", "chapter"])
def test_tab_follows_the_reading_order(window, qtbot, key, language):
    screen = window.show_screen(key)
    qtbot.wait(100)
    if QApplication.focusWidget() is None or not screen.isAncestorOf(QApplication.focusWidget()):
        screen.focusNextChild()
    stops = tab_walk(qtbot)
    assert any(screen.isAncestorOf(s.widget) for s in stops)
    assert _judge(stops, language == "ar") == {}


def test_contacts_with_a_contact_open(window, qtbot, language):
    screen = window.show_screen("contacts")
    screen.table.selectRow(0)
    qtbot.wait(100)
    screen.table.setFocus()
    assert _judge(tab_walk(qtbot), language == "ar") == {}


def test_the_walk_finds_a_backwards_tab_order(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    row = QHBoxLayout(page)
    first, second, third = QPushButton("One"), QPushButton("Two"), QPushButton("Three")
    for button in (first, second, third):
        row.addWidget(button)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    first.setFocus()
    assert _judge(tab_walk(qtbot), False) == {}
    QWidget.setTabOrder(first, third)
    QWidget.setTabOrder(third, second)
    first.setFocus()
    backwards = out_of_order(tab_walk(qtbot), False)
    assert len(backwards) == 1 and backwards[0].startswith(f"QPushButton@({third.x()},")


@pytest.mark.parametrize("name", ["preferences", "shortcuts", "crash", "new contact", "edit contact", "log touch",
                                  "import", "export", "add follow-up", "snooze", "follow-up done", "meeting date",
                                  "referral", "thank-you", "one-to-one", "CEU", "visitor"])
def test_main_dialogs_tab_in_reading_order(session, ctx, qtbot, language, name):
    from tests.views.a11y.test_accessible_names import _dialogs

    demo.generate()
    dialog = dict(_dialogs(ctx))[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    if QApplication.focusWidget() is None:
        dialog.focusNextChild()
    # Every stop shows its focus, a dialog's default button too (Fusion draws it the same focused or not;
    # the app's style adds a focus ring, views/shell/indicator_style.py).
    assert _judge(tab_walk(qtbot), language == "ar") == {}


def test_every_chapter_tab_tabs_in_reading_order(window, qtbot, language):
    from PySide6.QtWidgets import QTabWidget

    screen = window.show_screen("chapter")
    tabs = screen.findChild(QTabWidget, "chapter_tabs")
    problems = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(50)
        tabs.tabBar().setFocus()
        found = _judge(tab_walk(qtbot), language == "ar")
        if found:
            problems[tabs.tabText(index)] = found
    assert problems == {}
