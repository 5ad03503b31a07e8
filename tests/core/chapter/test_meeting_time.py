"""A meeting is going on from an hour before its chapter's start time to three hours after, on its day,
while it is open (what spares Meeting day's check-in from the idle lock)."""

from __future__ import annotations

import datetime as dt

from totalnet_desktop.core.chapter import chapters, meetings
from totalnet_desktop.core.chapter.meeting_time import meeting_in_progress

DAY = dt.date(2026, 11, 25)


def at(h: int, m: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(h, m))


def test_the_window_of_a_meeting(db):
    ch = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    assert not meeting_in_progress(at(7))  # no meeting opened
    meeting = meetings.open_meeting(ch.id, DAY, today=DAY)
    assert [meeting_in_progress(at(h, m)) for h, m in ((5, 59), (6, 0), (7, 0), (10, 0), (10, 1))] == [
        False, True, True, True, False]
    assert not meeting_in_progress(at(7) + dt.timedelta(days=1))  # another day
    meetings.close_meeting(meeting.id)
    assert not meeting_in_progress(at(7, 30))  # closed
