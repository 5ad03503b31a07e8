"""Whether a meeting is going on now: an open meeting of today, from an hour before its chapter's start
time to three hours after it (set-up, the meeting itself, the networking after). The idle lock spares
Meeting day's check-in only then (issue 20): "for the meeting's length", not for as long as the screen
is left in front."""

from __future__ import annotations

import datetime as dt

from totalnet_desktop.core.store.models import Chapter, Meeting

BEFORE = dt.timedelta(hours=1)
AFTER = dt.timedelta(hours=3)


def _start(day: dt.date, start_time: str) -> dt.datetime | None:
    try:
        hours, minutes = (int(part) for part in (start_time or "").split(":")[:2])
        return dt.datetime.combine(day, dt.time(hours, minutes))
    except ValueError:
        return None


def meeting_in_progress(now: dt.datetime | None = None) -> bool:
    """True while an open meeting of today runs (see the module's words for the window)."""
    now = now or dt.datetime.now()
    rows = (Meeting.select(Chapter.start_time).join(Chapter)
            .where((Meeting.date == now.date()) & (Meeting.status == "open")).tuples())
    for (start_time,) in rows:
        start = _start(now.date(), start_time)
        if start is not None and start - BEFORE <= now <= start + AFTER:
            return True
    return False
