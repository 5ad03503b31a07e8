"""My attendance at my chapter over the last 26 weeks, with the three-absences-in-six-months line.

Only an *Absent* counts against the limit: Medical is excused and a Substitute stands in for the
member. At each meeting the running count looks back six months (182 days, 26 weeks) over all earlier
meetings, including those before the 26 weeks shown.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from totalnet_desktop.core.insights.period import Period
from totalnet_desktop.core.insights.viewpoint import Viewpoint
from totalnet_desktop.core.store import values
from totalnet_desktop.core.store.models import database

logger = logging.getLogger(__name__)

WEEKS = 26
ABSENCE_LIMIT = 3
LOOKBACK_DAYS = 182

# One statement: per meeting my status and the chapter's turnout, then a running count of my
# absences over the preceding 182 days by a RANGE window, then only the 26 weeks shown.
ATTENDANCE_SQL = """
WITH per_meeting AS (
    SELECT mt.date AS d,
           MAX(CASE WHEN a.contact_id = :me THEN a.status END) AS mine,
           SUM(a.status IN ('Present', 'Absent', 'Late', 'Medical', 'Substitute')) AS members,
           SUM(a.status IN ('Present', 'Late', 'Substitute')) AS attended,
           SUM(a.status = 'Visitor') AS visitors
    FROM meeting mt LEFT JOIN attendance a ON a.meeting_id = mt.id
    WHERE mt.chapter_id = :ch AND mt.date BETWEEN :lookback AND :end
    GROUP BY mt.id
), rolled AS (
    SELECT *, SUM(CASE WHEN mine = 'Absent' THEN 1 ELSE 0 END)
              OVER (ORDER BY julianday(d) RANGE BETWEEN :window PRECEDING AND CURRENT ROW) AS absences
    FROM per_meeting
)
SELECT d, mine, members, attended, visitors, absences FROM rolled WHERE d >= :start ORDER BY d
"""


@dataclass(frozen=True)
class MeetingAttendance:
    date: dt.date
    status: str  # my PALMS status, "" when not recorded
    absences_6m: int  # my absences in the six months up to and including this meeting
    members: int  # members with a PALMS entry at this meeting
    attended: int  # members present, late or substituted
    visitors: int


@dataclass(frozen=True)
class AttendanceRecord:
    start: dt.date
    end: dt.date
    meetings: tuple[MeetingAttendance, ...]
    limit: int
    has_me: bool
    has_chapter: bool

    @property
    def is_empty(self) -> bool:
        return not self.meetings

    def count(self, status: str) -> int:
        """How many of the meetings shown have my status ``status`` ("" for not recorded)."""
        return sum(1 for m in self.meetings if m.status == status)

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        """The days the card shows, numbers and chart alike: first to last meeting in the window."""
        if not self.meetings:
            return self.start, self.end
        return self.meetings[0].date, self.meetings[-1].date

    @property
    def current_absences(self) -> int:
        """Absences in the six months up to the last meeting shown."""
        return self.meetings[-1].absences_6m if self.meetings else 0

    @property
    def chapter_rate(self) -> float | None:
        """Share of member entries that were present, late or substituted."""
        members = sum(m.members for m in self.meetings)
        return sum(m.attended for m in self.meetings) / members if members else None


def attendance_window(period: Period, today: dt.date) -> tuple[dt.date, dt.date]:
    """The 26 weeks shown: ending at the period's end, or today when the period runs on past it."""
    end = min(period.end, today)
    return end - dt.timedelta(weeks=WEEKS) + dt.timedelta(days=1), end


def attendance_params(period: Period, view: Viewpoint, today: dt.date) -> dict:
    """Parameters of ATTENDANCE_SQL (shared with the benchmark)."""
    start, end = attendance_window(period, today)
    return {"me": view.me_param, "ch": view.chapter_id if view.chapter_id is not None else -1,
            "start": start.isoformat(), "end": end.isoformat(),
            "lookback": (start - dt.timedelta(days=LOOKBACK_DAYS)).isoformat(), "window": LOOKBACK_DAYS - 1}


def attendance_26_weeks(period: Period, view: Viewpoint, today: dt.date | None = None) -> AttendanceRecord:
    """My PALMS status at each of my chapter's meetings in the 26 weeks ending at the period's end."""
    today = today or dt.date.today()
    params = attendance_params(period, view, today)
    rows = database.execute_sql(ATTENDANCE_SQL, params).fetchall()
    meetings = tuple(
        MeetingAttendance(date=values.as_date(r[0]), status=r[1] or "", absences_6m=int(r[5] or 0),
                          members=int(r[2] or 0), attended=int(r[3] or 0), visitors=int(r[4] or 0))
        for r in rows
    )
    start, end = attendance_window(period, today)
    return AttendanceRecord(start, end, meetings, ABSENCE_LIMIT, view.me_id is not None,
                            view.chapter_id is not None)
