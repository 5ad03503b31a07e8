"""Accessible names on the Chapter screen (every tab, the scheme dialog, the agenda window) and on every
page of the import dialog, the export dialog and the history import (with its contact picker), with
the sample chapter loaded. The name is what Qt's accessibility layer announces."""

from __future__ import annotations

import pytest
from walk import unnamed

from totalnet_desktop.core.chapter import traffic_lights
from totalnet_desktop.core.demo import loader as demo


@pytest.fixture
def window(session, ctx, qtbot):
    from totalnet_desktop.views.shell.main_window import MainWindow

    demo.generate()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_chapter_tab_names_its_controls(window, qtbot):
    screen = window.show_screen("chapter")
    failures = {}
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        missing = unnamed(window)
        if missing:
            failures[screen.tabs.tabText(index)] = missing
    assert failures == {}


def test_chapter_dialogs_name_their_controls(window, qtbot):
    from totalnet_desktop.views.chapter.agenda_window import open_for_meeting
    from totalnet_desktop.views.chapter.scheme_dialog import SchemeDialog

    screen = window.show_screen("chapter")
    chapter_id = screen.chapter_id()
    dialog = SchemeDialog(chapter_id, traffic_lights.find_scheme(traffic_lights.DEFAULT_SCHEME, chapter_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []
    screen.tabs.setCurrentWidget(screen.agenda)
    agenda = open_for_meeting(screen.agenda.meeting_for_agenda(), None, clock=lambda: 0.0)
    qtbot.addWidget(agenda)
    assert unnamed(agenda) == []
    agenda.close()


def test_every_import_page_names_its_controls(window, qtbot, tmp_path):
    from totalnet_desktop.views.exchange.import_dialog import ImportDialog

    path = tmp_path / "people.csv"
    path.write_text("First Name,Last Name,Email\nLayla,Haddad,layla@example.com\nOmar,Saeed,omar@example.com\n",
                    encoding="utf-8")
    dialog = ImportDialog(window.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.files_page.add_paths([str(path)])
    failures = {}
    for step in range(4):  # files, columns, duplicates (after the plan), options
        if step == 3 - 1:
            qtbot.waitUntil(lambda: dialog.duplicates_page.ready(), timeout=10000)
        missing = unnamed(dialog)
        if missing:
            failures[step] = missing
        if step < 3:
            with qtbot.waitSignal(dialog.planned, timeout=10000, raising=False) if step == 1 else _nothing():
                dialog.go_next()
    with qtbot.waitSignal(dialog.finished_import, timeout=10000):
        dialog.go_next()
    missing = unnamed(dialog)
    if missing:
        failures["summary"] = missing
    assert failures == {}


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *_exc):
        return False


def test_history_import_and_its_picker_name_their_controls(window, qtbot):
    from totalnet_desktop.views.exchange.history_dialog import ContactPicker, HistoryDialog

    dialog = HistoryDialog(window.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []
    picker = ContactPicker("Layla")
    qtbot.addWidget(picker)
    picker.show()
    assert unnamed(picker) == []


def test_export_dialog_with_chapter_tables_names_its_controls(window, qtbot):
    from totalnet_desktop.views.exchange.export_dialog import ExportDialog

    dialog = ExportDialog(window.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select(what="attendance")
    assert unnamed(dialog) == []
