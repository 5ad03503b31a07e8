"""A language chosen in Preferences applies at once: menus, sidebar, every screen and the reading
direction follow, without a restart (English -> Arabic -> English, with real widgets)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from totalnet_desktop import i18n


@pytest.fixture
def sample_window(ctx, qtbot):
    from totalnet_desktop.core.demo import loader as demo
    from totalnet_desktop.views.shell.main_window import MainWindow

    demo.generate()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    i18n.install("en")


def _choose(ctx, window, code: str) -> int:
    """Pick a language in Preferences the way the member does; the dialog's result."""
    from totalnet_desktop.views.shell.preferences import PreferencesDialog

    dialog = PreferencesDialog(ctx, window)
    box = dialog.desktop.language
    box.setCurrentIndex(box.findData(code))
    result = dialog.result()
    dialog.deleteLater()
    return result


def _header(window) -> str:
    table = window.screens["contacts"].findChild(QTableView)
    return str(table.model().headerData(0, Qt.Orientation.Horizontal))


def test_choosing_a_language_applies_at_once_and_back(ctx, sample_window, qtbot):
    from totalnet_desktop.views.shell.preferences import LANGUAGE_CHANGED

    window = sample_window
    window.show_screen("contacts")
    old_contacts = window.screens["contacts"]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    english_header = _header(window)
    assert not window.isRightToLeft()

    assert _choose(ctx, window, "ar") == LANGUAGE_CHANGED  # Preferences opens again in the new language
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&ملف", timeout=5000)
    assert window.nav.item(0).text().startswith("جهات الاتصال")
    assert window.isRightToLeft() and window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert [a.text() for a in window.menuBar().actions()] == ["&ملف", "&تحرير", "&عرض", "م&ساعدة"]
    assert window.nav.item(1).text().startswith("يوم الاجتماع")
    assert "border-right" in window.nav.styleSheet()
    assert window.current_key() == "contacts" and window.screens["contacts"] is not old_contacts
    arabic_header = _header(window)
    assert arabic_header != english_header and any("\u0600" <= c <= "\u06ff" for c in arabic_header)
    assert any("\u0600" <= c <= "\u06ff" for c in window.statusBar().currentMessage())
    # The sidebar is on the right now, the screens on its left.
    assert window.nav.mapTo(window, window.nav.rect().topLeft()).x() > \
        window.stack.mapTo(window, window.stack.rect().topLeft()).x()
    # A screen built later (in the background, or when asked for) speaks Arabic too.
    meeting = window.show_screen("meeting")
    assert meeting.isRightToLeft()

    assert _choose(ctx, window, "en") == LANGUAGE_CHANGED
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=5000)
    assert window.nav.item(0).text().startswith("Contacts")
    assert not window.isRightToLeft()
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert "border-left" in window.nav.styleSheet()
    assert window.current_key() == "meeting"
    assert _header(window) == english_header
    assert len(window.findChildren(type(window.menuBar().actions()[0].menu()))) >= 4
    menus = [a.menu() for a in window.menuBar().actions()]
    assert [m.title() for m in menus] == ["&File", "&Edit", "&View", "&Help"]


def test_the_saved_choice_is_kept_for_the_next_start(ctx, sample_window):
    from totalnet_desktop.views.shell.preferences import PreferencesDialog

    dialog = PreferencesDialog(ctx, sample_window)
    box = dialog.desktop.language
    box.setCurrentIndex(box.findData("ar"))
    assert ctx.qsettings().value(i18n.SETTING) == "ar"
    assert i18n.language() == "ar"


def test_the_reminder_time_reads_the_same_in_arabic(ctx, sample_window):
    from totalnet_desktop.views.shell.preferences import PreferencesDialog

    i18n.install("ar")
    dialog = PreferencesDialog(ctx, sample_window)
    assert dialog.desktop.time.text() == "08:30"  # not 30:08 (Qt reverses the sections right to left)
    dialog.deleteLater()


def test_a_language_change_with_a_follow_up_selected_keeps_the_follow_ups_screen(ctx, sample_window, qtbot):
    """Follow-ups in front with an item selected: the language changes, the screen stays (it crashed:
    the switch called Follow-ups' own open_contact with the contact's id)."""
    sample_window.show_screen("followups")
    screen = sample_window.current_screen()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=20000)
    screen.table.setCurrentIndex(screen.model.first_item_index())
    assert screen.selected_contact_id() is not None
    from totalnet_desktop.views.shell.preferences import LANGUAGE_CHANGED

    assert _choose(ctx, sample_window, "ar") == LANGUAGE_CHANGED
    qtbot.waitUntil(lambda: sample_window.menuBar().actions()[0].text() == "&ملف", timeout=5000)
    assert sample_window.current_key() == "followups"
    assert sample_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _choose(ctx, sample_window, "en") == LANGUAGE_CHANGED
    qtbot.waitUntil(lambda: sample_window.menuBar().actions()[0].text() == "&File", timeout=5000)
    assert sample_window.current_key() == "followups"
