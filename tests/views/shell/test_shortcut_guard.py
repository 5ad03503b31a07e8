"""Global shortcuts must fire while the cursor is in a text box that claims the same key."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

from totalnet_desktop.views.shell.shortcut_guard import ShortcutGuard


def _window_with_line_edit(qtbot):
    window = QMainWindow()
    edit = QLineEdit("some text")
    window.setCentralWidget(edit)
    fired = []
    action = QAction("Select all people", window)
    # Ctrl+A is claimed by every line edit (select all), as Ctrl+E is on X11 (end of line).
    action.setShortcut(QKeySequence("Ctrl+A"))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda: fired.append(True))
    window.addAction(action)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return window, edit, action, fired


def test_without_the_guard_the_text_box_takes_the_key(qtbot):
    _window, edit, _, fired = _window_with_line_edit(qtbot)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert fired == []
    assert edit.selectedText() == "some text"  # the line edit took Ctrl+A itself


def test_with_the_guard_the_shortcut_fires(qtbot):
    window, edit, action, fired = _window_with_line_edit(qtbot)
    guard = ShortcutGuard(action.shortcuts(), window)
    QApplication.instance().installEventFilter(guard)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]


def test_main_window_guards_its_keys_but_not_undo(main_window):
    guard = main_window._shortcut_guard
    assert {"Ctrl+E", "Ctrl+I", "Ctrl+N", "Ctrl+1", "Ctrl+Q"} <= guard.keys
    assert "Ctrl+Z" not in guard.keys
