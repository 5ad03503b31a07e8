"""The Follow-ups screen driven with qtbot: grouping, keys D/S/R/Delete/Enter, undo, add, export."""

import datetime as dt

import icalendar
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store.models import Attendance, Chapter, Contact, FollowUp, Interaction, Meeting
from totalnet_desktop.views.followups.dialog import (
    AddFollowUpDialog,
    DatePickDialog,
    SnoozeDialog,
    add_followup,
)
from totalnet_desktop.views.followups.done_dialog import FollowUpDoneDialog
from totalnet_desktop.views.followups.view import RULES_DEBOUNCE_MS, FollowUpsView

TODAY = dt.date(2026, 3, 11)  # a Wednesday


def day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def people(db):
    # Imported from LinkedIn and never met: no bridge or cadence item gets in the tests' way.
    layla = Contact.create(first_name="Layla", last_name="Haddad", company="Haddad Print", source="LinkedIn")
    omar = Contact.create(first_name="Omar", last_name="Khan", source="LinkedIn")
    return layla, omar


@pytest.fixture
def items(people):
    layla, omar = people
    return {
        "late": followups.queue(layla.id, day(-3), "Send Layla the brochure", channel="email"),
        "late2": followups.queue(omar.id, day(-1), "Call Omar about the lease", channel="phone"),
        "today": followups.queue(omar.id, day(0), "Thank Omar for visiting and invite them back",
                                 channel="phone", origin="visitor", origin_key="visitor:99"),
        "week": followups.queue(layla.id, day(3), "Coffee with Layla",
                                link="https://www.linkedin.com/in/layla-haddad"),
        "later": followups.queue(layla.id, day(30), "Renewal chat"),
    }


@pytest.fixture
def view(ctx, qtbot):
    screen = FollowUpsView(ctx, run_rules_on_start=False)
    screen.today_override = TODAY
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def shown(view, items=None):
    view.refresh()
    return view


def current_reason(view):
    item = view.selected_item()
    return item.reason if item else None


def test_groups_counts_and_badge(items, view, qtmodeltester):
    shown(view)
    model = view.model
    assert model.group_names() == ["Overdue", "Today", "This week", "Later"]
    assert model.heading_rows() == [0, 3, 5, 7]
    assert model.index(0, 0).data() == "Overdue  (2)"
    assert model.index(0, 1).data() is None and not model.flags(model.index(0, 0))
    assert model.index(1, 0).data() == "Layla Haddad  ·  Haddad Print"
    assert model.index(1, 1).data() == "Send Layla the brochure"
    assert model.index(1, 2).data() == "E-mail"
    assert model.index(1, 3).data() == "8 Mar (3 days late)"
    assert model.index(4, 4).data() == "Visited the chapter"
    assert model.index(6, 3).data() == "Sat 14 Mar"
    assert view.table.columnSpan(0, 0) == 5
    assert view.badge() == "2"
    assert "2</b> overdue" in view.summary.text() and "1</b> this week" in view.summary.text()
    assert view.pages.currentWidget() is view.table
    assert current_reason(view) == "Send Layla the brochure"  # the first item is selected
    qtmodeltester.check(model)


def test_empty_state(db, view):
    shown(view)
    assert view.pages.currentWidget() is view.empty
    assert view.badge() == ""
    assert not view.buttons["done"].isEnabled()


def test_d_asks_channel_and_note_and_logs_the_touch(items, view, qtbot, people):
    shown(view)

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FollowUpDoneDialog)
        assert dialog.channel.currentData() == "email"  # the suggestion is preselected
        dialog.channel.setCurrentIndex(dialog.channel.findData("linkedin"))
        qtbot.keyClicks(dialog.note, "Sent it via LinkedIn")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    qtbot.keyClick(view.table, Qt.Key.Key_D)
    row = FollowUp.get_by_id(items["late"])
    assert row.status == "done"
    touch = Interaction.get_by_id(row.interaction_id)
    assert (touch.channel, touch.note, touch.contact_id) == ("linkedin", "Sent it via LinkedIn", people[0].id)
    assert current_reason(view) == "Call Omar about the lease"  # the selection moved on
    assert view.model.index(0, 0).data() == "Overdue  (1)"
    assert "Done: Layla Haddad" in view.message.text() and view.undo_button.isVisible()


def test_d_cancelled_changes_nothing(items, view, qtbot):
    shown(view)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    qtbot.keyClick(view.table, Qt.Key.Key_D)
    assert FollowUp.get_by_id(items["late"]).status == "open"
    assert Interaction.select().count() == 0


def _snooze_keys(qtbot, *keys):
    def press():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SnoozeDialog)
        for key in keys:
            qtbot.keyClick(dialog.focusWidget() or dialog, key)
    QTimer.singleShot(0, press)


def test_s_snoozes_until_tomorrow(items, view, qtbot):
    shown(view)
    _snooze_keys(qtbot, Qt.Key.Key_T)
    qtbot.keyClick(view.table, Qt.Key.Key_S)
    row = FollowUp.get_by_id(items["late"])
    assert (row.status, row.due) == ("snoozed", day(1))
    assert view.badge() == "1"
    assert "Snoozed until Thu 12 Mar" in view.message.text()


def test_snooze_choices_with_arrows_and_enter(items, view, qtbot):
    shown(view)
    _snooze_keys(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)  # Next week
    qtbot.keyClick(view.table, Qt.Key.Key_S)
    assert FollowUp.get_by_id(items["late"]).due == dt.date(2026, 3, 16)


def test_snooze_dialog_offers_the_choices(qtbot):
    dialog = SnoozeDialog(TODAY)
    qtbot.addWidget(dialog)
    texts = [dialog.choices.item(i).text() for i in range(dialog.choices.count())]
    assert texts == ["Tomorrow  (T)    Thu 12 Mar", "In 3 days  (3)    Sat 14 Mar", "Next week  (N)    Mon 16 Mar",
                     "Pick a date...  (P)"]


def test_s_pick_a_date(items, view, qtbot):
    shown(view)

    def pick():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SnoozeDialog)
        qtbot.keyClick(dialog.choices, Qt.Key.Key_P)
        assert dialog.calendar.isVisible()
        dialog.calendar.setSelectedDate(dialog.calendar.selectedDate().addDays(9))  # tomorrow + 9
        qtbot.keyClick(dialog.calendar, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    qtbot.keyClick(view.table, Qt.Key.Key_S)
    assert FollowUp.get_by_id(items["late"]).due == day(10)


def test_s_cancelled_changes_nothing(items, view, qtbot):
    shown(view)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    qtbot.keyClick(view.table, Qt.Key.Key_S)
    assert FollowUp.get_by_id(items["late"]).status == "open"


def test_the_date_pick_dialog_shows_its_question(qtbot):
    dialog = DatePickDialog("New due date", day(3))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.isVisible() and dialog.heading.text() == "New due date"  # not only in the title bar
    assert dialog.heading.buddy() is dialog.calendar


def test_r_reschedules(items, view, qtbot):
    shown(view)
    view.select_item(items["week"])

    def pick():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DatePickDialog)
        dialog.calendar.setSelectedDate(dialog.calendar.selectedDate().addDays(1))
        qtbot.keyClick(dialog.calendar, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    row = FollowUp.get_by_id(items["week"])
    assert (row.status, row.due) == ("open", day(4))
    assert current_reason(view) == "Coffee with Layla"  # stays selected


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_X])
def test_dismiss_and_undo(items, view, qtbot, key):
    shown(view)
    view.select_item(items["today"])
    qtbot.keyClick(view.table, key)
    assert FollowUp.get_by_id(items["today"]).status == "dismissed"
    assert "Today" not in view.model.group_names()
    assert current_reason(view) == "Coffee with Layla"
    assert view.undo() is True
    assert FollowUp.get_by_id(items["today"]).status == "open"
    assert "Today" in view.model.group_names()
    assert view.selected_item().id == items["today"]  # the restored item is selected again
    assert view.undo() is False  # nothing left


def test_ctrl_z_in_the_main_window_undoes_a_dismiss(items, main_window, qtbot):
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    screen = main_window.screens["followups"]
    screen.today_override = TODAY
    screen.refresh()
    screen.select_item(items["late"])
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert FollowUp.get_by_id(items["late"]).status == "dismissed"
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert FollowUp.get_by_id(items["late"]).status == "open"


def test_enter_opens_the_contact(items, view, qtbot, ctx, people):
    shown(view)
    view.select_item(items["late2"])
    with qtbot.waitSignal(ctx.bus.open_contact, timeout=1000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [people[1].id]
    assert view.selected_contact_id() == people[1].id


def test_link_button_only_for_items_with_a_link(items, view):
    shown(view)
    assert not view.buttons["link"].isEnabled()
    view.select_item(items["week"])
    assert view.buttons["link"].isEnabled()


def test_filter_narrows_the_list(items, view, qtbot):
    shown(view)
    view.focus_search()
    qtbot.keyClicks(view.filter, "omar")
    assert view.model.item_count() == 2
    assert view.model.group_names() == ["Overdue", "Today"]
    view.filter.clear()
    assert view.model.item_count() == 5


def test_badge_in_the_navigation(items, main_window, qtbot):
    main_window.screens["followups"].today_override = TODAY
    main_window.refresh_badges()
    assert main_window.nav.item(2).text() == "Follow-ups  (2)"


def test_rules_run_after_a_meeting_change(people, view, qtbot, ctx):
    chapter = Chapter.create(name="Marina")
    meeting = Meeting.create(chapter=chapter, date=day(-1))
    zoe = Contact.create(first_name="Zoë", last_name="Novak", source="LinkedIn")
    Attendance.create(meeting=meeting, contact=zoe, status="Visitor")
    ctx.bus.changed.emit("meetings")
    qtbot.waitUntil(lambda: view.model.item_count() == 1, timeout=10000)
    assert view.selected_item().reason == "Thank Zoë Novak for visiting and invite them back"


def test_add_dialog_picks_a_contact_and_validates(people, qtbot):
    dialog = AddFollowUpDialog(None, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.save() is False and "contact" in dialog.error.text()
    dialog.set_search("hadd")
    assert dialog.matches.count() == 1 and dialog.contact_id() == people[0].id
    assert dialog.due.date().toPython() == day(1)
    assert dialog.save() is False and "reason" in dialog.error.text()
    dialog.reason.setText("Send the price list")
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    assert dialog.save() is True
    (item,) = followups.list_items(today=TODAY)
    assert (item.contact_id, item.reason, item.channel, item.due) == (people[0].id, "Send the price list", "email",
                                                                      day(1))


def test_add_followup_for_the_selected_contact(people, ctx, qtbot):
    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AddFollowUpDialog)
        assert "Omar Khan" in dialog.findChild(type(dialog.error), "contact_label").text()
        qtbot.keyClicks(dialog.reason, "Ask about the warehouse")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(ctx.bus.changed, timeout=1000):
        item_id = add_followup(ctx, None, people[1].id)
    assert FollowUp.get_by_id(item_id).reason == "Ask about the warehouse"


def test_export_ics_and_csv(items, view, tmp_path):
    assert view.export_to(tmp_path / "q.ics", "ics") == 5
    events = icalendar.Calendar.from_ical((tmp_path / "q.ics").read_bytes()).walk("VEVENT")
    assert str(events[0]["summary"]) == "Send Layla the brochure"
    assert view.export_to(tmp_path / "q.csv", "csv") == 5
    assert "Renewal chat" in (tmp_path / "q.csv").read_text(encoding="utf-8")


def test_rules_run_when_the_screen_is_shown_not_behind_other_screens(people, ctx, qtbot):
    chapter = Chapter.create(name="Marina")
    meeting = Meeting.create(chapter=chapter, date=dt.date.today() - dt.timedelta(days=1))
    Attendance.create(meeting=meeting, contact=people[0], status="Visitor")
    screen = FollowUpsView(ctx)
    qtbot.addWidget(screen)
    ctx.bus.changed.emit("meetings")  # hidden: nothing runs now
    qtbot.wait(RULES_DEBOUNCE_MS + 200)
    assert followups.list_items() == []
    screen.show()
    screen.on_shown()
    assert [i.reason for i in followups.list_items()] == ["Thank Layla Haddad for visiting and invite them back"]
    assert screen.model.item_count() == 1


def test_shown_the_list_has_the_focus_on_an_item_and_down_leaves_the_filter(items, view, qtbot):
    from PySide6.QtWidgets import QApplication

    view.on_shown()
    assert QApplication.focusWidget() is view.table
    assert current_reason(view) == "Send Layla the brochure"  # the first item, ready for D S R
    view.focus_search()
    assert QApplication.focusWidget() is view.filter
    qtbot.keyClicks(view.filter, "omar")
    qtbot.keyClick(view.filter, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table and "Omar" in current_reason(view)


def test_reason_column_keeps_room_at_1024(items, view, qtbot):
    view.resize(834, 600)  # the screen's width in a 1024 px window
    view.refresh()
    qtbot.wait(10)
    assert view.table.columnWidth(1) >= 250
