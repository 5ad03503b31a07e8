"""File > Publish a meeting from a file...: the dialog lists the file's meetings, says what publishing
adds before anything is written, publishes once, then has nothing new to add; a file that is not a
TotalNet database is one sentence in the dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from totalnet_desktop.core.chapter import chapters, meetings, slips
from totalnet_desktop.core.store import copy
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.models import Attendance, Referral
from totalnet_desktop.core.store.session import open_session
from totalnet_desktop.views.shell.publish_dialog import PublishDialog

DAY = dt.date(2026, 11, 25)


def _laptop(data_dir, tmp_path):
    """The chapter on the app's database; the VP's offline copy with the meeting recorded in it."""
    session = open_session(data_dir)
    chapters.set_up_chapter("Dubai Achievers", [("Layla Haddad", "Printer", "Haddad Print"),
                                                ("Omar Khan", "Lawyer", "Khan Law")], start_time="07:00")
    target = session.server or session.paths.db_path
    db_mod.close_database()
    laptop = tmp_path / "laptop.sqlite3"
    copy.copy_database(target, laptop)
    db_mod.open_target(laptop)
    m = meetings.open_meeting(chapters.my_chapter_id(), DAY, today=DAY)
    rows = {r.first_name: r for r in meetings.roster_rows(m.id)}
    meetings.check_in(m, rows["Layla"], now=dt.datetime.combine(DAY, dt.time(6, 58)))
    slips.add_referral(rows["Layla"].contact_id, rows["Omar"].contact_id, kind="inside", day=DAY, meeting_id=m.id)
    db_mod.close_database()
    open_session(data_dir)
    return laptop


def test_the_dialog_previews_publishes_once_then_has_nothing_new(qtbot, data_dir, tmp_path):
    laptop = _laptop(data_dir, tmp_path)
    dialog = PublishDialog(laptop)
    qtbot.addWidget(dialog)
    assert dialog.meeting.count() == 1 and dialog.meeting.currentData() == ("Dubai Achievers", DAY)
    assert dialog.summary.text() == ("Publishing the meeting of 25 Nov 2026 (Dubai Achievers) adds 1 attendance row "
                                     "and 1 referral.")
    assert Attendance.select().count() == 0  # the preview wrote nothing
    assert dialog.publish_button.isEnabled()
    dialog.publish_button.click()
    assert dialog.summary.text() == "Published the meeting of 25 Nov 2026 (Dubai Achievers): 1 attendance row and " \
                                    "1 referral."
    assert not dialog.publish_button.isEnabled()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close).hasFocus() or not dialog.isVisible()
    assert (Attendance.select().count(), Referral.select().count()) == (1, 1)

    again = PublishDialog(laptop)
    qtbot.addWidget(again)
    assert again.summary.text().startswith("Nothing new to publish for the meeting of 25 Nov 2026")
    assert not again.publish_button.isEnabled() and again.differences.isHidden()


def test_a_file_that_cannot_be_read_is_said_in_the_dialog(qtbot, data_dir, tmp_path, main_window):
    action = main_window.findChild(type(main_window.menuBar().actions()[0]), "action_publish_meeting")
    assert action is not None and action.text() == "P&ublish a meeting from a file..."
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database")
    dialog = PublishDialog(notes)
    qtbot.addWidget(dialog)
    assert "is not a TotalNet database that can be read" in dialog.note.text()
    assert dialog.meeting.count() == 0 and not dialog.publish_button.isEnabled()
    dialog.path.setText("")
    dialog.read_file()
    assert dialog.note.text() == "Choose the file the meeting was recorded in."


def test_with_nothing_to_list_the_room_stays_below_the_text(qtbot, tmp_path):
    dialog = PublishDialog(tmp_path / "none.sqlite3")
    qtbot.addWidget(dialog)
    dialog.resize(620, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.path.geometry().top() < 120  # the file box right under the introduction, not mid-dialog
