"""Reminders: off by default, asked once at first run, a tray icon with the count due, one notification
a day at the chosen time and again only when more items fall due, closing keeps TotalNet in the tray only
when the member chose that. Qt's offscreen platform has no tray, so the tray's menu is checked on the
object and the notification through the ``notified`` signal (the same call that shows it)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, QTime

from totalnet_desktop import i18n
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store.models import Contact
from totalnet_desktop.views.shell.badge_icon import badge_icon, badge_pixmap, count_text
from totalnet_desktop.views.shell.reminders import (
    Reminders,
    ReminderSettings,
    due_message,
    due_now,
    tooltip_text,
)

TODAY = dt.date(2026, 3, 11)


@pytest.fixture
def due_items(db):
    layla = Contact.create(first_name="Layla", last_name="Haddad", source="LinkedIn")
    omar = Contact.create(first_name="Omar", last_name="Khan", source="LinkedIn")
    followups.queue(layla.id, TODAY - dt.timedelta(days=2), "Send the brochure")
    followups.queue(omar.id, TODAY, "Call Omar")
    followups.queue(omar.id, TODAY + dt.timedelta(days=3), "Coffee")  # not due yet
    return layla, omar


def at(hour: int, minute: int = 0, day: dt.date = TODAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def test_due_count_is_overdue_plus_today(due_items, qapp):
    assert due_now(TODAY) == 2
    assert due_message(2) == "2 follow-ups due today"
    assert due_message(1) == "1 follow-up due today"
    assert due_message(0) == "No follow-ups due today"


def test_off_by_default_and_the_first_run_asks_once(main_window, qtbot):
    choices = main_window.reminders.choices
    assert not choices.enabled and not choices.asked
    assert main_window.reminders.tray is None
    assert main_window.reminder_question.isVisible()
    main_window.reminder_question.yes.click()
    assert choices.enabled and choices.asked
    assert not main_window.reminder_question.isVisible()
    assert main_window.reminders.tray is not None
    menu = [a.objectName() for a in main_window.reminders.menu.actions()]
    assert menu == ["tray_open", "tray_followups", "tray_quit"]


def test_turning_on_where_the_desktop_has_no_tray_says_so(main_window, qtbot):
    """Qt's offscreen platform has no system tray, like GNOME without its tray extension."""
    assert not main_window.reminders.available()
    main_window.reminder_question.yes.click()
    said = main_window.statusBar().currentMessage()
    assert "no system tray" in said and "one notification a day" not in said
    assert main_window.reminders.choices.enabled  # still on: the tray may come (an extension, another session)


def test_saying_no_is_remembered_for_the_next_start(ctx, qtbot):
    from totalnet_desktop.views.shell.main_window import MainWindow

    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.reminder_question.no.click()
    assert not first.reminders.choices.enabled
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert not second.reminder_question.isVisible() and second.reminders.tray is None


def test_one_notification_a_day_after_the_chosen_time_and_again_when_more_fall_due(ctx, due_items, qtbot):
    settings = ctx.qsettings()
    ReminderSettings(settings).set(enabled=True, asked=True, time=QTime(9, 0))
    window = __import__("PySide6.QtWidgets", fromlist=["QWidget"]).QWidget()
    qtbot.addWidget(window)
    reminders = Reminders(window, settings, today=lambda: TODAY)
    seen = []
    reminders.notified.connect(lambda title, message: seen.append(message))
    assert reminders.count == 2 and "2 follow-ups due today" in reminders.tray.toolTip()
    assert not reminders.check(at(8, 59))  # before the chosen time
    assert reminders.check(at(9, 0)) and seen == ["2 follow-ups due today"]
    assert not reminders.check(at(9, 1)) and not reminders.check(at(17, 0))  # once a day
    followups.queue(due_items[0].id, TODAY, "A new item due today")
    assert reminders.check(at(17, 1)) and seen[-1] == "3 follow-ups due today"
    assert not reminders.check(at(17, 2))
    # The next day speaks again.
    tomorrow = TODAY + dt.timedelta(days=1)
    reminders._today = lambda: tomorrow
    assert reminders.check(at(9, 0, tomorrow))
    # Turned off: silent.
    ReminderSettings(settings).set(enabled=False)
    reminders.apply()
    assert not reminders.check(at(10, 0, tomorrow + dt.timedelta(days=1)))


def test_closing_quits_unless_the_member_chose_the_tray(main_window, qtbot):
    main_window.reminders.choices.set(enabled=True, asked=True, keep_in_tray=False)
    main_window.reminders.apply()
    assert not main_window.reminders.keeps_running()
    main_window.reminders.choices.set(keep_in_tray=True)
    # Offscreen has no system tray: without a visible tray icon closing must never hide the app away.
    if not main_window.reminders.available():
        assert not main_window.reminders.keeps_running()


def test_badge_icon_is_drawn_from_the_svg_at_every_scale(qapp):
    icon = badge_icon(7)
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert (16, 16) in sizes and (128, 128) in sizes
    pixmap = icon.pixmap(QSize(32, 32), 2.0)  # a device pixel ratio of 2
    assert pixmap.width() >= 64
    plain = badge_icon(0).pixmap(QSize(64, 64)).toImage()
    marked = icon.pixmap(QSize(64, 64)).toImage()
    assert plain != marked  # the count is painted on


def test_badge_icon_at_a_pixel_ratio_of_2_is_rendered_for_it_not_scaled(qapp):
    icon = badge_icon(16)
    for side in (16, 22, 24):  # the heights trays give their icons
        pixmap = icon.pixmap(QSize(side, side), 2.0)
        assert pixmap.devicePixelRatio() == 2.0
        assert (pixmap.width(), pixmap.height()) == (side * 2, side * 2)
        # The very rendering for 44 device pixels, not the 48-pixel one scaled down (blurred).
        assert pixmap.toImage() == badge_pixmap(16, side, 2.0).toImage()
    plain = icon.pixmap(QSize(22, 22), 1.0)
    assert plain.devicePixelRatio() == 1.0 and plain.width() == 22
    assert plain.toImage() == badge_pixmap(16, 22, 1.0).toImage()


@pytest.fixture
def arabic_digits(qapp):
    i18n.install("ar", "arabic")
    yield
    i18n.install("en")


def test_tray_speaks_arabic_right_to_left_with_the_chosen_digits(arabic_digits):
    assert count_text(16) == "\u0661\u0666"  # ١٦ on the badge
    assert count_text(120) == "\u0669\u0669+"
    tip = tooltip_text(16)
    # Starts right to left (a mark), so the number reads before the words, not after them.
    assert tip.startswith("\u200f") and "\u2068TotalNet\u2069" in tip
    assert "\u0661\u0666" in tip and "16" not in tip and "follow-up" not in tip
    arabic_badge = badge_pixmap(16, 32, 1.0).toImage()
    i18n.install("en")
    assert badge_pixmap(16, 32, 1.0).toImage() != arabic_badge  # the digits drawn are the locale's


def test_tooltip_in_english_is_plain(qapp):
    assert tooltip_text(3) == "TotalNet - 3 follow-ups due today"


def test_preferences_turn_reminders_on_and_set_the_time(main_window, qtbot):
    from totalnet_desktop.views.shell.preferences import PreferencesDialog

    dialog = PreferencesDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    prefs = dialog.desktop
    assert not prefs.reminders.isChecked() and not prefs.time.isEnabled()
    prefs.reminders.setChecked(True)
    prefs.time.setTime(QTime(7, 45))
    prefs.keep.setChecked(True)
    saved = ReminderSettings(main_window.ctx.qsettings())
    assert saved.enabled and saved.keep_in_tray and saved.time == QTime(7, 45)
