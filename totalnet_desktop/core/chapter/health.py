"""Chapter health beside the traffic lights: size, attendance, referrals per member per week, visitors
per week, visitor -> member conversion and retention, each a number and a month-by-month series.

Attendance is attended (P, L, S) over meetings with a status, Medical left out, as the scores count it.
Retention: of the members who had joined by the period's start, the share still on the roster (a
member who left is inactive on the roster; one deleted from the roster is not seen).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from totalnet_desktop.core.chapter import reports, visitor_pipeline
from totalnet_desktop.core.store.models import Membership


@dataclass(frozen=True)
class HealthFigure:
    key: str
    label: str
    value: float | None
    text: str
    series: tuple[tuple[str, float | None], ...] = ()  # (month, value), oldest first


def _months(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    out = []
    first = start.replace(day=1)
    while first <= end:
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        out.append((max(first, start), min(nxt - dt.timedelta(days=1), end)))
        first = nxt
    return out[-12:]


def _rates(chapter_id: int, start: dt.date, end: dt.date, members: set[int]):
    s = reports.chapter_summary(chapter_id, start, end)
    held = len(s.meeting_dates)
    lines = [ln for ln in s.lines if ln.contact_id in members]
    attended = sum(ln.counts["P"] + ln.counts["L"] + ln.counts["S"] for ln in lines)
    counted = attended + sum(ln.counts["A"] for ln in lines)
    given = sum(ln.counts["RGI"] + ln.counts["RGO"] for ln in lines)
    attendance = attended / counted if counted else None
    per_member = given / (len(lines) * held) if held and lines else None
    visitors = len(s.visitors) / held if held else None
    return attendance, per_member, visitors


def _size_at(rows: list[Membership], day: dt.date) -> int:
    return sum(1 for m in rows if m.active and (m.joined_on is None or m.joined_on <= day))


def chapter_health(chapter_id: int, start: dt.date, end: dt.date) -> list[HealthFigure]:
    """The six health figures over start..end, each with its series by month."""
    rows = list(Membership.select().where(Membership.chapter == chapter_id))
    members = {m.contact_id for m in rows if m.active}
    months = _months(start, end)
    monthly = [(f"{a:%b}", _rates(chapter_id, a, b, members)) for a, b in months]
    attendance, per_member, visitors = _rates(chapter_id, start, end, members)
    conv = visitor_pipeline.conversion(chapter_id, start, end)
    conv_series = []
    for a, b in months:
        c = visitor_pipeline.conversion(chapter_id, a, b)
        conv_series.append((f"{a:%b}", c.rate))
    before = [m for m in rows if m.joined_on is not None and m.joined_on <= start]
    retention = sum(m.active for m in before) / len(before) if before else None
    size = _size_at(rows, end)

    def pct(v: float | None) -> str:
        return "–" if v is None else f"{v:.0%}"

    def num(v: float | None, digits: int = 2) -> str:
        return "–" if v is None else f"{v:.{digits}f}"

    days = f", {conv.median_days:g} days to join" if conv.median_days is not None else ""
    return [
        HealthFigure("size", "Members", float(size), str(size),
                     tuple((f"{b:%b}", float(_size_at(rows, b))) for _, b in months)),
        HealthFigure("attendance", "Attendance", attendance, pct(attendance),
                     tuple((m, r[0]) for m, r in monthly)),
        HealthFigure("referrals", "Referrals per member per week", per_member, num(per_member),
                     tuple((m, r[1]) for m, r in monthly)),
        HealthFigure("visitors", "Visitors per week", visitors, num(visitors),
                     tuple((m, r[2]) for m, r in monthly)),
        HealthFigure("conversion", "Visitor → member", conv.rate,
                     f"{pct(conv.rate)} ({conv.joined} of {conv.visitors}{days})", tuple(conv_series)),
        HealthFigure("retention", "Retention", retention, pct(retention)),
    ]
