"""The Insights screen with real widgets: lazy build, charts and numbers, empty states, PNG and PDF."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from totalnet_desktop.core.store.models import (
    Attendance,
    Chapter,
    Contact,
    FollowUp,
    Interaction,
    Meeting,
    Membership,
    Referral,
    StageChange,
    ThankYou,
)
from totalnet_desktop.views.insights.view import InsightsView

TODAY = dt.date.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def sample(db):
    """Me in a chapter with a 1,000 AED fee: 1,200 AED closed, referrals, a meeting, a follow-up."""
    me = Contact.create(first_name="Layla", last_name="Haddad", is_me=True, stage="Partner")
    omar = Contact.create(first_name="Omar", last_name="Khan", stage="Trust")
    chapter = Chapter.create(name="Dubai Central", annual_fee=1000, currency="AED", is_mine=True)
    for person in (me, omar):
        Membership.create(chapter=chapter, contact=person)
    meeting = Meeting.create(chapter=chapter, date=ago(7))
    Attendance.create(meeting=meeting, contact=me, status="Absent")
    Attendance.create(meeting=meeting, contact=omar, status="Present")
    Referral.create(date=ago(20), giver=omar, receiver=me, kind="outside")
    Referral.create(date=ago(10), giver=me, receiver=omar, kind="inside")
    ThankYou.create(date=ago(5), from_contact=me, to_contact=omar, amount=1200)
    Interaction.create(contact=omar, occurred_at=dt.datetime.combine(ago(3), dt.time(9)), channel="linkedin")
    FollowUp.create(contact=omar, due=ago(2), reason="Call", status="done",
                    done_at=dt.datetime.combine(ago(2), dt.time(10)))
    return {"me": me, "omar": omar}


@pytest.fixture
def view(ctx, qtbot):
    screen = InsightsView(ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    return screen


def test_constructor_is_cheap_and_charts_are_lazy(view, sample, qtbot):
    assert not view._built and view.cards == {} and view.dashboard is None
    view.show()
    view.on_shown()
    assert view._built and len(view.cards) == 8
    assert view.last_draw_ms is not None


def test_main_window_start_up_does_not_load_qtcharts(data_dir, tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from totalnet_desktop.core.store.session import open_session\n"
        "from totalnet_desktop.views.shell.context import AppContext\n"
        "from totalnet_desktop.views.shell.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"window = MainWindow(AppContext(open_session({str(tmp_path / 'd')!r})))\n"
        "print(sorted(m for m in sys.modules if 'QtCharts' in m or 'QtPrintSupport' in m))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_charts_and_numbers_with_data(view, sample, qtbot):
    view.show()
    view.on_shown()
    for key, card in view.cards.items():
        assert not card.is_empty, key
        assert card.charts()[0].series(), key
    roi = view.cards["roi"].numbers.text()
    assert "1,200 AED" in roi and "1,000 AED" in roi and "Paid back on" in roi
    attendance = view.cards["attendance"].numbers.text()
    assert "1 of 3 absences" in attendance
    # The numbers and the chart cover the same days: the meetings shown (here the one a week ago).
    from totalnet_desktop.views.insights.numbers import span_text

    shown = span_text(ago(7), ago(7))
    axis = view.cards["attendance"].charts()[0].axes(Qt.Orientation.Horizontal)[0]
    assert f"1 meeting, {shown}" in attendance and axis.titleText().endswith(shown)
    assert "Omar Khan" in view.cards["top"].numbers.text()
    assert "Layla Haddad" in view.subtitle.text() and "Dubai Central" in view.subtitle.text()


def test_funnel_shows_the_moves_between_stages(view, sample, qtbot):
    omar = sample["omar"]
    Contact.update(stage="Partner").where(Contact.id == omar.id).execute()  # recorded by the trigger
    StageChange.create(contact=omar, from_stage="Like", to_stage="Trust",
                       changed_at=dt.datetime.combine(ago(40), dt.time(9)))
    StageChange.create(contact=omar, from_stage="Know", to_stage="Like",
                       changed_at=dt.datetime.combine(ago(800), dt.time(9)))  # before the period
    view.show()
    view.on_shown()
    text = view.cards["funnel"].numbers.text()
    assert "Stage changes: <b>2 up</b>, <b>0 down</b>" in text
    assert "Like &rarr; Trust" in text and "Trust &rarr; Partner" in text and "Know &rarr; Like" not in text
    assert "Moved up" in text and "not recorded" not in text and "lower bound" not in text
    bars = view.cards["funnel"].charts()[0].series()[0].barSets()
    moved = next(b for b in bars if b.label() == "Moved up")
    # Categories run bottom-up: Partner, Trust, Like, Know.
    assert [moved.at(i) for i in range(moved.count())] == [1, 1, 0, 0]


def test_empty_database_shows_helpful_empty_states(view, db, qtbot):
    view.show()
    view.on_shown()
    assert all(card.is_empty for card in view.cards.values())
    assert "which contact is you" in view.cards["roi"].empty.text()
    assert "No contacts yet" in view.cards["funnel"].empty.text()
    assert not view.cards["roi"].save_button.isEnabled()


def test_chapter_without_activity_explains_what_fills_it(view, db, qtbot):
    Contact.create(first_name="Me", is_me=True)
    Chapter.create(name="Quiet Chapter", annual_fee=2500, is_mine=True)
    view.show()
    view.on_shown()
    text = view.cards["roi"].empty.text()
    assert "Quiet Chapter" in text and "2,500 AED" in text
    assert "No meetings of Quiet Chapter" in view.cards["attendance"].empty.text()


def test_save_card_as_png(view, sample, tmp_path, qtbot):
    view.show()
    view.on_shown()
    target = tmp_path / "roi.png"
    assert view.cards["roi"].save_png(target)
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 400 and image.height() > 200
    assert view.cards["roi"].save_button.isVisible()  # hidden only while grabbing


def test_print_whole_screen_to_pdf(view, sample, tmp_path, qtbot):
    view.show()
    view.on_shown()
    target = tmp_path / "insights.pdf"
    assert view.print_to_pdf(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page") >= 2


def test_refreshes_on_change_only_when_visible(view, sample, qtbot):
    view.show()
    view.on_shown()
    assert "1 of 3 absences" in view.cards["attendance"].numbers.text()
    ThankYou.create(date=ago(1), from_contact=sample["me"], to_contact=sample["omar"], amount=800)
    view.ctx.bus.changed.emit("meetings")
    qtbot.waitUntil(lambda: "2,000 AED" in view.cards["roi"].numbers.text(), timeout=3000)

    view.hide()
    ThankYou.create(date=ago(1), from_contact=sample["me"], to_contact=sample["omar"], amount=1000)
    view.ctx.bus.changed.emit("meetings")
    qtbot.wait(50)
    assert "3,000 AED" not in view.cards["roi"].numbers.text() and view.presenter.dirty
    view.show()
    view.on_shown()
    assert "3,000 AED" in view.cards["roi"].numbers.text()


def test_custom_period_chooser(view, sample, qtbot):
    view.show()
    view.on_shown()
    view.set_period("Custom dates", ago(400), ago(100))
    qtbot.waitUntil(lambda: view.dashboard.period.start == ago(400), timeout=3000)
    assert view.from_date.isVisible() and view.dashboard.period.end == ago(100)
    assert view.cards["roi"].is_empty  # nothing happened that long ago
    view.set_period("Last 12 months")
    qtbot.waitUntil(lambda: view.dashboard.period.label == "Last 12 months", timeout=3000)
    assert not view.from_date.isVisible() and not view.cards["roi"].is_empty


def test_axis_labels_stay_distinct_and_short(qapp):
    from totalnet_desktop.views.insights import charts

    # QBarCategoryAxis merges repeated labels and shifts every bar after them: repeats must differ.
    assert charts.unique(["Feb", "Feb", "Omar", "Omar", "Omar"]) == [
        "Feb", "Feb\u200b", "Omar", "Omar\u200b", "Omar\u200b\u200b"]
    keys = [f"2025-{m:02d}" for m in range(11, 13)] + [f"2026-{m:02d}" for m in range(1, 4)]
    assert charts.bucket_labels(keys) == ["Nov 25", "Dec 25", "Jan 26", "Feb 26", "Mar 26"]
    assert charts.bucket_labels(["2024-Q4", "2025-Q1"]) == ["Q4 24", "Q1 25"]
    # 13 months: every third one labelled, ending on the latest; 5 buckets: all of them.
    assert charts.sparse_positions(13) == [0, 3, 6, 9, 12]
    assert charts.sparse_positions(5) == [0, 1, 2, 3, 4]
    assert len(charts.sparse_positions(36)) == 6 and charts.sparse_positions(36)[-1] == 35


def test_time_axes_label_a_few_months_in_full_and_bars_leave_headroom(view, sample, qtbot):
    from PySide6.QtCharts import QCategoryAxis, QValueAxis

    view.resize(1024, 700)
    view.show()
    view.on_shown()
    chart = view.cards["referrals"].charts()[0]
    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    assert isinstance(axis, QCategoryAxis)
    labels = axis.categoriesLabels()
    assert 1 <= len(labels) <= 7 and all("…" not in label and "..." not in label for label in labels)
    assert labels[-1] == f"{TODAY:%b} {TODAY:%y}"  # the latest month is always named
    top = chart.axes(Qt.Orientation.Vertical)[0]
    assert isinstance(top, QValueAxis) and top.max() > 1  # one referral a month: the bar stays below the top


def test_database_error_is_shown_not_raised(view, sample, db, qtbot):
    db.execute_sql("DROP TABLE follow_up")
    view.show()
    view.on_shown()
    assert "could not be read from the database" in view.subtitle.text()
