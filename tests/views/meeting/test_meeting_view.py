"""The meeting-day screen driven with the keyboard through qtbot (real widgets, real database)."""

import datetime as dt

import pytest
from modal_helpers import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from totalnet_desktop.core.chapter import chapters, meetings
from totalnet_desktop.core.contacts import interactions
from totalnet_desktop.core.store import copy as copy_mod
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.models import Attendance, Contact, FollowUp, Meeting
from totalnet_desktop.core.store.session import open_copy_session
from totalnet_desktop.views.meeting.slip_dialogs import SubstituteDialog, VisitorDialog
from totalnet_desktop.views.meeting.view import MeetingView
from totalnet_desktop.views.shell.context import AppContext

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def view(chapter, main_window, qtbot):
    screen = main_window.show_screen("meeting")  # what Ctrl+2 does (tested in test_main_window)
    assert main_window.current_key() == "meeting"
    return screen


def status_of(name):
    first = name.split()[0]
    row = Attendance.select().join(Contact, on=(Attendance.contact == Contact.id)).where(
        Contact.first_name == first).first()
    return row.status if row else None


def test_no_chapter_shows_set_up_form_then_meeting(main_window, qtbot):
    qtbot.keyClick(main_window, Qt.Key.Key_2, CTRL)
    view = main_window.current_screen()
    assert view.pages.currentWidget() is view.setup
    form = view.setup
    qtbot.keyClicks(form.name, "Dubai Achievers")
    form.members.setPlainText("Layla Haddad, Printer, Haddad Print\nOmar Khan, Lawyer")
    form.start_time.setText("7.15")
    form.weekday.setCurrentIndex(dt.date.today().weekday())  # meets today: today's meeting opens
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentWidget() is view.page
    assert chapters.get_chapter(chapters.my_chapter_id()).start_time == "07:15"
    assert [r.name for r in view.model.all_rows()] == ["Layla Haddad", "Omar Khan"]
    assert view.meeting.date == dt.date.today()
    assert QApplication.focusWidget() is view.box


def test_on_a_day_the_chapter_does_not_meet_the_latest_meeting_opens(db, main_window, qtbot):
    today = dt.date.today()
    ch = chapters.create_chapter("Dubai Pioneers", weekday=(today.weekday() + 1) % 7)
    chapters.add_member(ch.id, name="Layla Haddad")
    view = main_window.screens["meeting"]
    asked = []
    view.confirm = lambda title, text: asked.append(text) or False  # no meeting yet: asked, then "No"
    main_window.show_screen("meeting")
    weekday = chapters.WEEKDAYS[(today.weekday() + 1) % 7]
    assert asked == [f"Dubai Pioneers meets on {weekday}s. Open a meeting for today anyway?"]
    # "No": the next meeting day (tomorrow) is shown, nothing is created for today.
    assert view.meeting.date == today + dt.timedelta(days=1)
    assert [m.date for m in meetings.list_meetings(ch.id)] == [today + dt.timedelta(days=1)]
    Meeting.delete().execute()
    past = meetings.open_meeting(ch.id, today - dt.timedelta(days=6), today=today)
    view.meeting = None
    main_window.show_screen("contacts")
    main_window.show_screen("meeting")
    assert len(asked) == 1 and view.meeting.id == past.id  # the latest meeting, without asking
    assert f"Dubai Pioneers meets on {weekday}s." in view.message.text()
    assert Meeting.select().count() == 1
    view.confirm = lambda title, text: True
    Meeting.delete().execute()
    view.meeting = None
    main_window.show_screen("contacts")
    main_window.show_screen("meeting")
    assert view.meeting.date == today  # "Yes": a meeting for today, by choice


def test_set_up_form_shows_errors(main_window, qtbot):
    qtbot.keyClick(main_window, Qt.Key.Key_2, CTRL)
    form = main_window.current_screen().setup
    form.create_chapter()
    assert "needs a name" in form.error.text()
    form.name.setText("X")
    form.start_time.setText("late")
    form.create_chapter()
    assert "not a time" in form.error.text()
    assert chapters.list_chapters() == []


def test_opens_today_with_focus_in_check_in_box(view):
    assert view.meeting.date == dt.date.today() and view.meeting.chapter_name == "Dubai Achievers"
    assert QApplication.focusWidget() is view.box
    assert Meeting.select().count() == 1
    assert "Members <b>3</b> · Present <b>0</b>" in view.counters.text()


def test_type_filters_enter_checks_in_and_clears(view, qtbot):
    emitted = []
    view.ctx.bus.changed.connect(emitted.append)
    qtbot.keyClicks(view.box, "zoe")
    assert view.model.rowCount() == 1 and view.current_row().name == "Zoë Dubois"
    qtbot.keyClick(view.box, ENTER)
    assert status_of("Zoë") == "Present"
    assert view.box.text() == "" and view.model.rowCount() == 3
    assert view.current_row().name == "Zoë Dubois" and view.current_row().status == "Present"
    assert "Zoë Dubois: Present at" in view.message.text()
    assert "Members <b>3</b> · Present <b>1</b>" in view.counters.text()
    assert emitted == ["meetings"]


def test_filter_by_company_and_classification(view, qtbot):
    qtbot.keyClicks(view.box, "LAWYER")
    assert [view.model.row_at(i).name for i in range(view.model.rowCount())] == ["Omar Khan"]
    view.box.clear()
    qtbot.keyClicks(view.box, "fleur")
    assert view.current_row().name == "Zoë Dubois"


def test_up_down_move_the_highlight(view, qtbot):
    assert view.current_row().name == "Layla Haddad"
    qtbot.keyClick(view.box, Qt.Key.Key_Down)
    qtbot.keyClick(view.box, Qt.Key.Key_Down)
    assert view.current_row().name == "Zoë Dubois"
    qtbot.keyClick(view.box, Qt.Key.Key_Up)
    assert view.current_row().name == "Omar Khan"
    qtbot.keyClick(view.box, ENTER)
    assert status_of("Omar") == "Present"


def test_second_check_in_says_already(view, qtbot):
    qtbot.keyClicks(view.box, "layla")
    qtbot.keyClick(view.box, ENTER)
    first = Attendance.get().checked_in_at
    qtbot.keyClicks(view.box, "layla")
    qtbot.keyClick(view.box, ENTER)
    assert view.message.text() == f"Layla Haddad is already checked in at {first:%H:%M}."
    assert Attendance.select().count() == 1 and view.box.text() == ""


def test_unknown_name_offers_add_visitor_and_enter_adds(view, qtbot):
    qtbot.keyClicks(view.box, "Nadia Rahman")
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == 'Add visitor "Nadia Rahman"'
    qtbot.keyClick(view.box, ENTER)
    nadia = Contact.get(Contact.first_name == "Nadia")
    assert nadia.source == "Visitor" and status_of("Nadia") == "Visitor"
    # (other capabilities may queue their own items, e.g. cadence reminders: look for ours)
    f = FollowUp.get(FollowUp.origin_key == f"visitor:{Attendance.get(Attendance.contact == nadia).id}")
    assert f.contact_id == nadia.id and f.reason == "Thank Nadia Rahman for visiting and invite them back"
    assert view.box.text() == "" and view.current_row().name == "Nadia Rahman"
    assert "Visitors <b>1</b>" in view.counters.text()


@pytest.mark.parametrize("typed", ["Nadia Rahman", "layla"])
def test_a_refused_check_in_keeps_what_was_typed(view, data_dir, tmp_path, qtbot, typed):
    # The store refuses (here: a copy opened read-only, as the lost server's last snapshot is; a lost
    # server or a login the server does not let write refuse the same way): the box keeps what was
    # typed, so a visitor's name is not typed twice. Only a check-in that was done clears it.
    session = view.ctx.session
    copy = tmp_path / "copy.sqlite3"
    db_mod.close_database()
    copy_mod.copy_database(session.server or session.db_path, copy)
    on_copy = MeetingView(AppContext(open_copy_session(data_dir, copy)))
    qtbot.addWidget(on_copy)
    on_copy.show()
    on_copy.on_shown()
    assert on_copy.model.rowCount() == 3
    qtbot.keyClicks(on_copy.box, typed)
    qtbot.keyClick(on_copy.box, ENTER)
    assert on_copy.message.text() == "This login can read only: copy.sqlite3"
    assert on_copy.box.text() == typed
    assert Attendance.select().count() == 0


@pytest.mark.parametrize(("typed", "italic"), [("Nadia Rahman", True), ("نادية رحمن", False)])
def test_the_add_visitor_entry_is_italic_for_latin_names_only(view, qtbot, typed, italic):
    # (Arabic script has no italics; without an oblique Arabic face the name was drawn as empty boxes)
    view.box.setText(typed)  # (QTest types Latin keys only)
    font = view.model.index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert (font is not None and font.italic()) is italic
    assert view.model.index(0, 5).data() == "Enter adds them and queues a thank-you follow-up"


def test_visitor_inline_form_after_enter_saves_details_or_is_skipped(view, qtbot):
    from totalnet_desktop.core.store.models import ContactPoint

    view.window().show()
    qtbot.keyClicks(view.box, "Nadia Rahman")
    qtbot.keyClick(view.box, ENTER)
    strip = view.visitor_strip
    assert status_of("Nadia") == "Visitor"  # added at once, by name
    assert strip.isVisible() and QApplication.focusWidget() is strip.company
    qtbot.keyClicks(strip.company, "Rahman Travel")
    strip.phone.setText("050 555 0107")
    strip.email.setText("nadia@")
    qtbot.keyClick(strip.company, ENTER)
    assert strip.isVisible() and "does not look right" in strip.error.text()  # nothing half-saved
    assert Contact.get(Contact.first_name == "Nadia").company == ""
    strip.email.setText("nadia@example.com")
    strip.invited_by.setEditText("Omar")
    qtbot.keyClick(strip.email, ENTER)
    nadia = Contact.get(Contact.first_name == "Nadia")
    assert nadia.company == "Rahman Travel" and Attendance.get().invited_by.first_name == "Omar"
    assert {p.kind for p in ContactPoint.select().where(ContactPoint.contact == nadia)} == {"phone", "email"}
    assert not strip.isVisible() and QApplication.focusWidget() is view.box
    qtbot.keyClicks(view.box, "Tom Berg")
    qtbot.keyClick(view.box, ENTER)
    assert QApplication.focusWidget() is strip.company
    qtbot.keyClick(strip.company, Qt.Key.Key_Escape)
    assert not strip.isVisible() and QApplication.focusWidget() is view.box
    assert status_of("Tom") == "Visitor" and Contact.get(Contact.first_name == "Tom").company == ""


def test_tab_lands_on_the_first_member_not_checked_in_home_and_end(view, qtbot):
    view.window().show()
    qtbot.keyClicks(view.box, "Layla")
    qtbot.keyClick(view.box, ENTER)  # Layla Present
    qtbot.keyClicks(view.box, "Nadia Rahman")
    qtbot.keyClick(view.box, ENTER)  # a visitor, selected, with the inline form open
    qtbot.keyClick(view.visitor_strip.company, Qt.Key.Key_Escape)
    assert view.current_row().name == "Nadia Rahman"
    qtbot.keyClick(view.box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.table
    assert view.current_row().name == "Omar Khan"  # the first member without a status (by first name)
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    assert status_of("Omar") == "Absent"
    qtbot.keyClick(view.table, Qt.Key.Key_End)
    assert view.current_row().name == "Nadia Rahman"
    qtbot.keyClick(view.table, Qt.Key.Key_Home)
    assert view.current_row().name == "Layla Haddad"


def test_enter_on_empty_box_with_visitor_blank_is_harmless(view, qtbot):
    qtbot.keyClicks(view.box, "   ")
    qtbot.keyClick(view.box, ENTER)  # spaces match everyone: the highlighted member is checked in
    assert Contact.select().count() == 3


def test_palms_keys_on_selected_row_and_escape_returns(view, qtbot):
    qtbot.keyClick(view.box, Qt.Key.Key_Down)
    view.table.setFocus()
    for key, status in ((Qt.Key.Key_A, "Absent"), (Qt.Key.Key_M, "Medical"), (Qt.Key.Key_L, "Late"),
                        (Qt.Key.Key_P, "Present")):
        qtbot.keyClick(view.table, key)
        assert status_of("Omar") == status
        assert view.current_row().status == status
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view.box


def test_s_asks_who_substituted(view, qtbot):
    view.table.setFocus()

    def fill(dialog):
        dialog.person.setText("Sami Nasser")
        dialog.phone.setText("+971 50 111 2222")
        dialog.accept()

    on_next_modal(fill, SubstituteDialog)
    qtbot.keyClick(view.table, Qt.Key.Key_S)
    assert status_of("Layla") == "Substitute"
    sami = Contact.get(Contact.first_name == "Sami")
    assert Attendance.get().substitute_id == sami.id
    assert "substitute: Sami Nasser" in view.model.index(0, 5).data()


def test_s_cancelled_changes_nothing(view, qtbot):
    view.table.setFocus()
    on_next_modal(lambda d: d.reject(), SubstituteDialog)
    qtbot.keyClick(view.table, Qt.Key.Key_S)
    assert Attendance.select().count() == 0


def test_close_meeting_confirms_absentees_and_second_close_no_effect(view, qtbot):
    qtbot.keyClicks(view.box, "layla")
    qtbot.keyClick(view.box, ENTER)
    seen = {}

    def answer(box):
        seen["text"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    on_next_modal(answer, QMessageBox)
    view.buttons["close"].click()
    assert "Omar\u00a0Khan" in seen["text"] and "Zoë\u00a0Dubois" in seen["text"] and "Layla" not in seen["text"]
    assert seen["text"].startswith("2 members with no status will be marked Absent:")
    assert status_of("Omar") == "Absent" and status_of("Zoë") == "Absent"
    assert view.meeting.is_closed and not view.buttons["close"].isEnabled()
    view.close_meeting()
    assert view.message.text() == "This meeting is already closed."
    assert Attendance.select().count() == 3


def test_close_meeting_answer_no_keeps_it_open(view):
    seen = {}

    def answer(box):
        seen["text"] = box.text()
        box.button(QMessageBox.StandardButton.No).click()

    on_next_modal(answer, QMessageBox)
    view.close_meeting()
    assert "  • Layla\u00a0Haddad\u00a0(you)\n" in seen["text"]  # the user is named too, said so
    assert not meetings.get_meeting(view.meeting.id).is_closed and Attendance.select().count() == 0


def test_ctrl_z_undoes_last_action(view, main_window, qtbot):
    qtbot.keyClicks(view.box, "omar")
    qtbot.keyClick(view.box, ENTER)
    qtbot.keyClicks(view.box, "Nadia Rahman")
    qtbot.keyClick(view.box, ENTER)
    qtbot.keyClick(main_window, Qt.Key.Key_Z, CTRL)
    assert Contact.get_or_none(Contact.first_name == "Nadia") is None
    assert "Undone: visitor Nadia Rahman" in view.message.text()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, CTRL)
    assert Attendance.select().count() == 0 and view.model.row_at(1).status is None
    qtbot.keyClick(main_window, Qt.Key.Key_Z, CTRL)
    assert main_window.statusBar().currentMessage() == "Nothing to undo."


def test_ctrl_z_in_the_check_in_box_undoes_the_meeting_action(view, qtbot):
    qtbot.keyClicks(view.box, "omar")
    qtbot.keyClick(view.box, ENTER)
    assert view.box.text() == ""
    qtbot.keyClick(view.box, Qt.Key.Key_Z, CTRL)  # the line edit would otherwise undo its own text
    assert Attendance.select().count() == 0
    assert "Undone: check-in of Omar Khan" in view.message.text()
    qtbot.keyClicks(view.box, "abc")
    qtbot.keyClick(view.box, Qt.Key.Key_Z, CTRL)  # with text typed, Ctrl+Z edits the text
    assert view.box.text() != "abc"


def test_future_date_asks_first(view):
    future = dt.date.today() + dt.timedelta(days=14)
    on_next_modal(lambda box: box.button(QMessageBox.StandardButton.No).click(), QMessageBox)
    assert not view.open_date(future)
    assert Meeting.select().count() == 1
    on_next_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), QMessageBox)
    assert view.open_date(future)
    assert view.meeting.date == future and Meeting.select().count() == 2


def test_past_date_for_catching_up(view, qtbot):
    past = dt.date.today() - dt.timedelta(days=7)
    assert view.open_date(past)
    qtbot.keyClicks(view.box, "layla")
    qtbot.keyClick(view.box, ENTER)
    a = Attendance.get()
    assert a.meeting.date == past and a.status == "Present"
    assert "catching up" in view.heading.text()


def test_visitor_details_from_the_list(view, qtbot):
    qtbot.keyClicks(view.box, "Nadia Rahman")
    qtbot.keyClick(view.box, ENTER)
    view.table.setFocus()

    def fill(dialog):
        dialog.invited_by.setEditText("Omar")
        dialog.company.setText("Rahman Travel")
        dialog.accept()

    on_next_modal(fill, VisitorDialog)
    qtbot.keyClick(view.table, ENTER)
    a = Attendance.get()
    assert a.invited_by.first_name == "Omar" and a.contact.company == "Rahman Travel"
    assert "invited by Omar Khan" in view.model.index(view.current_row_number(), 5).data()


def _substitute_by_keys(view, qtbot, name):
    """S on the highlighted member, type a new name in the dialog, Enter."""
    view.table.setFocus()

    def type_name(dialog):
        qtbot.keyClicks(dialog.person, name)
        qtbot.keyClick(dialog.person, ENTER)

    on_next_modal(type_name, SubstituteDialog)
    qtbot.keyClick(view.table, Qt.Key.Key_S)


def test_ctrl_z_after_a_new_substitute_removes_the_contact_it_made(view, main_window, qtbot):
    _substitute_by_keys(view, qtbot, "Sara Khan")
    assert status_of("Layla") == "Substitute" and Contact.get_or_none(Contact.first_name == "Sara") is not None
    qtbot.keyClick(main_window, Qt.Key.Key_Z, CTRL)
    assert status_of("Layla") is None and view.model.row_at(0).status is None
    assert Contact.get_or_none(Contact.first_name == "Sara") is None
    assert view.message.text() == "Undone: Substitute for Layla Haddad."


def test_ctrl_z_keeps_a_new_substitute_used_since_and_says_so(view, main_window, qtbot):
    _substitute_by_keys(view, qtbot, "Sara Khan")
    sara = Contact.get(Contact.first_name == "Sara")
    interactions.log_touch(sara.id, "phone", "thanks for standing in")  # logged elsewhere since
    qtbot.keyClick(main_window, Qt.Key.Key_Z, CTRL)
    assert status_of("Layla") is None
    assert Contact.get_or_none(Contact.id == sara.id) is not None
    assert view.message.text() == "Undone: Substitute for Layla Haddad; kept Sara Khan, who has other records since."
