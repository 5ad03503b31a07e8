"""The Meeting day presenter without a window: which meeting opens, the heading and counters,
check-in, visitors, PALMS, closing and undo, each with what it says."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from totalnet_desktop.core.chapter import chapters, meetings
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import Attendance, Meeting
from totalnet_desktop.views.meeting.presenter import MeetingPresenter, close_question

# The application object carries the English catalogue (plural forms); no widget is made here.
pytestmark = pytest.mark.usefixtures("qapp")

TODAY = dt.date.today()


def opened(told: list[str] | None = None) -> MeetingPresenter:
    p = MeetingPresenter((told if told is not None else []).append)
    assert p.open_today(TODAY, lambda title, text: False) == ""
    return p


def row_named(rows, first: str):
    return next(r for r in rows if r.name.startswith(first))


def test_no_chapter_means_set_up(db):
    p = MeetingPresenter(lambda topic: None)
    assert p.open_today(TODAY, lambda title, text: True) is None and p.meeting is None and p.stale_day(TODAY)


def test_todays_meeting_opens_with_its_heading_and_counters(chapter):
    p = opened()
    assert p.meeting.date == TODAY and not p.stale_day(TODAY) and p.stale_day(TODAY + dt.timedelta(days=1))
    head = p.heading(TODAY)
    assert head.chapter_name == "Dubai Achievers" and head.state == "open, today" and not head.closed
    rows = p.reload()
    assert p.counters_text(rows).startswith("Members <b>3</b> · Present <b>0</b>")
    assert [m.name for m in p.members(rows)] == ["Layla Haddad", "Omar Khan", "Zoë Dubois"]
    assert p.me_among(p.members(rows)) == prefs.get("me_contact_id")


def test_on_another_weekday_the_question_decides(db):
    ch = chapters.create_chapter("Elsewhere", weekday=(TODAY.weekday() + 1) % 7)
    chapters.add_member(ch.id, name="Sara Ali")
    asked: list[str] = []
    p = MeetingPresenter(lambda topic: None)
    note = p.open_today(TODAY, lambda title, text: asked.append(text) or False)
    assert len(asked) == 1 and p.meeting.date == TODAY + dt.timedelta(days=1)
    assert note.startswith("Showing the next meeting")
    p = MeetingPresenter(lambda topic: None)  # a meeting exists now: the latest opens without asking
    assert "Other date (Alt+D)" in p.open_today(TODAY, lambda title, text: True) and len(asked) == 1


def test_on_another_weekday_yes_opens_a_meeting_today(db):
    chapters.create_chapter("Elsewhere", weekday=(TODAY.weekday() + 1) % 7)
    p = MeetingPresenter(lambda topic: None)
    assert p.open_today(TODAY, lambda title, text: True) == "" and p.meeting.date == TODAY
    assert p.heading(TODAY).state == "open, today"


def test_check_in_visitor_status_close_and_undo(chapter):
    told: list[str] = []
    p = opened(told)
    rows = p.reload()
    result = p.enter("", row_named(rows, "Layla"))
    assert result.changed and result.row.status == "Present"
    visitor = p.enter("Vera Visitor", None)
    assert visitor.changed and not visitor.row.is_member
    with pytest.raises(ValidationError, match="is a visitor"):
        p.check_substitute(visitor.row)
    assert p.enter("", None) is None
    rows = p.reload()
    assert p.counters_text(rows).startswith("Members <b>3</b> · Present <b>1</b>")
    asked: list[str] = []
    text = p.close(lambda title, question: asked.append(question) or True)
    assert asked == [close_question([row_named(rows, "Omar"), row_named(rows, "Zoë")], prefs.get("me_contact_id"))]
    assert text.startswith("Meeting closed; 2 marked Absent.") and told == ["meetings"]
    assert Attendance.select().where(Attendance.status == "Absent").count() == 2
    p.reload()
    assert p.close(lambda *_: True) == "This meeting is already closed."
    assert p.undo() is not None and not meetings.get_meeting(p.meeting.id).is_closed


def test_a_declined_close_changes_nothing(chapter):
    p = opened()
    assert p.close(lambda *_: False) is None and not meetings.get_meeting(p.meeting.id).is_closed
    assert Attendance.select().count() == 0 and Meeting.select().count() == 1


def test_close_question_names_me_and_keeps_names_whole():
    rows = [meetings.RosterRow(contact_id=1, first_name="Layla", last_name="Haddad"),
            meetings.RosterRow(contact_id=2, first_name="Omar", last_name="")]
    text = close_question(rows, 1)
    assert "Layla\u00a0Haddad\u00a0(you)" in text and text.startswith("2 members with no status will be marked")


def test_the_close_question_is_in_the_members_language():
    from totalnet_desktop import i18n

    rows = [meetings.RosterRow(contact_id=1, first_name="Layla", last_name="Haddad")]
    many = [meetings.RosterRow(contact_id=i, first_name=f"Member{i}", last_name="Haddad") for i in range(2, 16)]
    i18n.install("ar")
    try:
        text = close_question(rows, 1)
        long_text = close_question(many, 1)
    finally:
        i18n.install("en")
    assert "\u2068Layla\u00a0Haddad\u2069" in text  # the name kept whole inside the Arabic sentence
    assert not re.findall(r"[A-Za-z]{3,}", text.replace("Layla", "").replace("Haddad", ""))
    for shown in (text, long_text):  # every line right to left, the lines of names too (bullets on the right)
        assert [_direction(line) for line in shown.split("\n") if line.strip()] == ["R"] * len(
            [line for line in shown.split("\n") if line.strip()])


def _direction(line: str) -> str:
    """A line's own direction (Unicode's rule P2): its first strong character outside isolates."""
    import unicodedata

    depth = 0
    for char in line:
        if char in "\u2066\u2067\u2068":
            depth += 1
        elif char == "\u2069":
            depth = max(depth - 1, 0)
        elif not depth and unicodedata.bidirectional(char) in ("L", "R", "AL"):
            return "L" if unicodedata.bidirectional(char) == "L" else "R"
    return "none"


def test_data_changes_elsewhere(chapter):
    p = opened()
    assert p.data_changed("contacts", visible=True) == "reload"
    assert p.data_changed("all", visible=True) == "show"
    assert p.data_changed("meetings", visible=True) == ""
    assert p.data_changed("all", visible=False) == "" and p.meeting is None  # reopened when shown


def test_the_not_a_meeting_day_sentence_is_in_the_members_language(db):
    from totalnet_desktop import i18n

    chapters.create_chapter("Elsewhere", weekday=(TODAY.weekday() + 1) % 7)
    asked: list[str] = []
    i18n.install("ar")
    try:
        MeetingPresenter(lambda topic: None).open_today(TODAY, lambda title, text: asked.append(text) or False)
        note = MeetingPresenter(lambda topic: None).open_today(TODAY, lambda title, text: True)
    finally:
        i18n.install("en")
    # Core's reason is translated inside the screen's sentence, not left in English.
    assert "meets on" not in asked[0] and "يجتمع" in asked[0]
    assert "meets on" not in note and "يجتمع" in note
