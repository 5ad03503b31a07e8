"""Every interactive widget a screen reader reaches has a name: each screen with the sample chapter,
the welcome screen, and the dialogs. The name is what Qt's accessibility layer really announces
(an explicit accessible name, a button's text, or the label of its form row)."""

from __future__ import annotations

import datetime as dt

import pytest
from walk import unnamed

from totalnet_desktop.core.chapter.people import PersonChoice
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.demo import loader as demo
from totalnet_desktop.core.followups import queue as followups


@pytest.fixture
def sample(session):
    demo.generate()


@pytest.fixture
def window(sample, ctx, qtbot):
    from totalnet_desktop.views.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_walk_finds_an_unnamed_line_edit(qtbot):
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    named, bare = QLineEdit(), QLineEdit()
    bare.setObjectName("bare")
    form.addRow("Name", named)
    form.addRow(bare)
    page.show()
    assert unnamed(page) == ["QLineEdit 'bare' in QWidget"]
    bare.setAccessibleName("Notes")
    assert unnamed(page) == []


@pytest.mark.parametrize("key", ["contacts", "meeting", "followups", "insights"])
def test_every_screen_names_its_controls(window, qtbot, key):
    window.show_screen(key)
    qtbot.wait(50)
    assert unnamed(window) == []


def test_contacts_screen_with_a_contact_open(window, qtbot):
    screen = window.show_screen("contacts")
    screen.table.selectRow(0)
    qtbot.wait(50)
    assert unnamed(window) == []


def test_welcome_screen(ctx, qtbot):
    from totalnet_desktop.views.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.stack.currentWidget() is window.welcome
    assert unnamed(window) == []


def _dialogs(ctx):
    """(name, factory) for every dialog that can be built without a running modal loop."""
    from totalnet_desktop.views.contacts.editor import ContactEditor
    from totalnet_desktop.views.contacts.log_touch_dialog import LogTouchDialog
    from totalnet_desktop.views.exchange.export_dialog import ExportDialog
    from totalnet_desktop.views.exchange.import_dialog import ImportDialog
    from totalnet_desktop.views.followups.dialog import AddFollowUpDialog, SnoozeDialog
    from totalnet_desktop.views.followups.done_dialog import FollowUpDoneDialog
    from totalnet_desktop.views.meeting.dialogs import MeetingDateDialog
    from totalnet_desktop.views.meeting.slip_dialogs import (
        CEUDialog,
        OneToOneDialog,
        ReferralDialog,
        ThankYouDialog,
        VisitorDialog,
    )
    from totalnet_desktop.views.shell.crash_dialog import CrashDialog
    from totalnet_desktop.views.shell.preferences import PreferencesDialog
    from totalnet_desktop.views.shell.shortcuts_dialog import ShortcutsDialog

    contact_id = contacts.me_id()
    members = [PersonChoice(contact_id, "Nadia Rahman", "", "")]
    item = followups.list_items("all")[0]

    def nothing(_dialog):
        return None

    return [
        ("preferences", lambda: PreferencesDialog(ctx)),
        ("shortcuts", ShortcutsDialog),
        ("crash", lambda: CrashDialog("TotalNet 1.0", None)),
        ("new contact", lambda: ContactEditor(ctx)),
        ("edit contact", lambda: ContactEditor(ctx, contact_id)),
        ("log touch", lambda: LogTouchDialog(ctx, contact_id)),
        ("import", lambda: ImportDialog(ctx)),
        ("export", lambda: ExportDialog(ctx)),
        ("add follow-up", lambda: AddFollowUpDialog(contact_id)),
        ("snooze", lambda: SnoozeDialog(dt.date.today())),
        ("follow-up done", lambda: FollowUpDoneDialog(item)),
        ("meeting date", lambda: MeetingDateDialog(dt.date.today())),
        ("referral", lambda: ReferralDialog(nothing, members, contact_id)),
        ("thank-you", lambda: ThankYouDialog(nothing, members, contact_id)),
        ("one-to-one", lambda: OneToOneDialog(nothing, members, contact_id)),
        ("CEU", lambda: CEUDialog(nothing, members, contact_id)),
        ("visitor", lambda: VisitorDialog(nothing, "Sam Visitor", members)),
    ]


def test_every_dialog_names_its_controls(sample, ctx, qtbot):
    failures = {}
    for name, factory in _dialogs(ctx):
        dialog = factory()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        missing = unnamed(dialog)
        if missing:
            failures[name] = missing
        dialog.close()
    assert failures == {}
