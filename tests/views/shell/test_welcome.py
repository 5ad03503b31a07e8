"""The welcome screen's "Load a sample chapter" button fills the database and opens Contacts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from totalnet_desktop.core.store import overview
from totalnet_desktop.core.store.models import Chapter, Meeting


def test_load_sample_button_fills_the_database_and_shows_contacts(main_window, qtbot):
    assert main_window.stack.currentWidget() is main_window.welcome
    button = main_window.welcome.buttons["sample"]
    assert button.isVisible() and button.text() == "Load a sample chapter"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not overview.is_empty()
    assert Chapter.get().name == "Dubai Pioneers" and Meeting.select().count() == 10
    assert main_window.current_key() == "contacts"
    assert main_window.stack.currentWidget() is not main_window.welcome
    assert f"{overview.contact_count():,} contacts" in main_window.statusBar().currentMessage()


def test_every_screen_opens_on_the_sample(main_window, qtbot):
    qtbot.mouseClick(main_window.welcome.buttons["sample"], Qt.MouseButton.LeftButton)
    main_window.activateWindow()  # keyboard shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=2000)
    for number, key in enumerate(("contacts", "meeting", "followups", "insights"), start=1):
        qtbot.keyClick(main_window, Qt.Key.Key_0 + number, Qt.KeyboardModifier.ControlModifier)
        assert main_window.current_key() == key
        assert main_window.stack.currentWidget().isVisible()
