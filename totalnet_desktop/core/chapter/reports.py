"""The weekly chapter (PALMS) report, meeting history, member statistics and the CSV tables.

Counting rules (BNI PALMS style):
- Attendance P/A/L/M/S counts the chapter's meetings dated in the range. Present is P only: a late
  arrival counts as L, never also as P (the meeting header, History, the report and its CSV agree).
- Only chapter slips count for referrals and TYFCB: a slip recorded at one of the chapter's meetings
  (a visitor's referral there included), or one without a meeting passed between two members (present
  or former) of the chapter. A referral from a LinkedIn contact or any other outsider stays in
  Contacts and Insights. A one-to-one counts for each member who took part (with whomever).
- Slips count by their date: a meeting's report covers the days after the previous meeting up to
  and including this one, so a one-to-one logged mid-week shows at the next meeting.
- RGI/RGO: referrals the member gave, inside/outside; RRI/RRO: received.
- V: visitors the member invited, on the visitor's first visit to the chapter.
- 1-2-1: one-to-ones the member took part in (each counts for both members, so the total is twice
  the number of one-to-ones, as on a PALMS sheet).
- TYFCB: credited to the member who reports the thank-you slip (``from_contact``): the business they
  closed thanks to the member thanked, as BNI PALMS reports do.
- CEU: credits summed.
- T: testimonials the member gave.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import fn

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.store import collation
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import (
    CEU,
    Attendance,
    Chapter,
    Contact,
    Meeting,
    Membership,
    OneToOne,
    Referral,
    Testimonial,
    ThankYou,
)
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

SUBSTITUTE = QT_TRANSLATE_NOOP("MeetingReport", "{substitute} for {member}")
SUBSTITUTE_ON = QT_TRANSLATE_NOOP("MeetingReport", "{substitute} for {member}, {day:%-d %b}")

logger = logging.getLogger(__name__)

COUNT_FIELDS = ("P", "A", "L", "M", "S", "RGI", "RGO", "RRI", "RRO", "V", "one_to_one")
PALMS_HEADERS = ["First Name", "Last Name", "P", "A", "L", "M", "S", "RGI", "RGO", "RRI", "RRO", "V",
                 "1-2-1", "TYFCB", "CEU", "T"]
STATUS_LETTER = {"Present": "P", "Absent": "A", "Late": "L", "Medical": "M", "Substitute": "S"}


@dataclass
class PalmsLine:
    """One member's figures (mutable while counting; treat as read-only afterwards)."""

    contact_id: int
    first_name: str
    last_name: str
    counts: dict = field(default_factory=lambda: dict.fromkeys(COUNT_FIELDS, 0))
    tyfcb: Decimal = Decimal(0)
    ceu: float = 0.0
    testimonials: int = 0

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def values(self) -> list:
        """The row as plain values in PALMS_HEADERS order."""
        c = self.counts
        return [self.first_name, self.last_name, *(c[k] for k in COUNT_FIELDS), self.tyfcb, round(self.ceu, 2),
                self.testimonials]


@dataclass(frozen=True)
class PalmsSummary:
    chapter_name: str
    currency: str
    start: dt.date
    end: dt.date
    meeting_dates: tuple[dt.date, ...]
    lines: tuple[PalmsLine, ...]
    total: PalmsLine
    visitors: tuple[str, ...] = ()
    substitutes: tuple[str, ...] = ()  # "Sami Nasser for Omar Khan" (the date added over several meetings)


def chapter_summary(chapter_id: int, start: dt.date, end: dt.date) -> PalmsSummary:
    """PALMS figures per member of the chapter for meetings and slips dated start..end (inclusive)."""
    chapter = Chapter.get_by_id(chapter_id)
    meetings = list(Meeting.select().where((Meeting.chapter == chapter_id) & (Meeting.date >= start)
                                           & (Meeting.date <= end)).order_by(Meeting.date))
    meeting_ids = [m.id for m in meetings]
    dates = {m.id: m.date for m in meetings}
    lines: dict[int, PalmsLine] = {}
    for m in chapters.roster(chapter_id):
        lines[m.contact_id] = PalmsLine(m.contact_id, m.first_name, m.last_name)

    def line(contact_id: int) -> PalmsLine | None:
        return lines.get(contact_id)

    visitors: list[str] = []
    substitutes: list[str] = []
    attendance = (Attendance.select(Attendance, Contact).join(Contact, on=(Attendance.contact == Contact.id))
                  .where(Attendance.meeting.in_(meeting_ids))) if meeting_ids else []
    first_visits = _first_visit_ids(chapter_id)
    for a in attendance:
        letter = STATUS_LETTER.get(a.status)
        if letter:
            if a.contact_id not in lines:  # a former member who attended in the range
                lines[a.contact_id] = PalmsLine(a.contact_id, a.contact.first_name, a.contact.last_name)
            lines[a.contact_id].counts[letter] += 1
            if letter == "S" and a.substitute_id:
                day = dates[a.meeting_id]
                substitutes.append(SUBSTITUTE_ON.format(substitute=_name(a.substitute_id), member=a.contact.full_name,
                                                        day=day) if len(meeting_ids) > 1 else
                                   SUBSTITUTE.format(substitute=_name(a.substitute_id), member=a.contact.full_name))
        elif a.status == "Visitor":
            visitors.append(a.contact.full_name)
            inviter = line(a.invited_by_id) if a.invited_by_id else None
            if inviter is not None and a.id in first_visits:
                inviter.counts["V"] += 1
    def in_range(model, a, b):
        return (model.date >= start) & (model.date <= end) & chapter_slip(model, a, b, chapter_id)

    for r in Referral.select().where(in_range(Referral, Referral.giver, Referral.receiver)):
        suffix = "I" if r.kind == "inside" else "O"
        if (g := line(r.giver_id)) is not None:
            g.counts["RG" + suffix] += 1
        if (rc := line(r.receiver_id)) is not None:
            rc.counts["RR" + suffix] += 1
    for o in OneToOne.select().where((OneToOne.date >= start) & (OneToOne.date <= end)):
        for cid in {o.member_a_id, o.member_b_id}:
            if (ln := line(cid)) is not None:
                ln.counts["one_to_one"] += 1
    for t in ThankYou.select().where(in_range(ThankYou, ThankYou.from_contact, ThankYou.to_contact)):
        if (ln := line(t.from_contact_id)) is not None:
            ln.tyfcb += Decimal(t.amount)
    for c in CEU.select().where((CEU.date >= start) & (CEU.date <= end)):
        if (ln := line(c.contact_id)) is not None:
            ln.ceu += c.credits
    for t in Testimonial.select(Testimonial.giver).where((Testimonial.date >= start) & (Testimonial.date <= end)):
        if (ln := line(t.giver_id)) is not None:
            ln.testimonials += 1
    ordered = collation.sort_people(lines.values(), lambda x: x.first_name, lambda x: x.last_name)
    total = PalmsLine(0, "Total", "")
    for ln in ordered:
        for key in COUNT_FIELDS:
            total.counts[key] += ln.counts[key]
        total.tyfcb += ln.tyfcb
        total.ceu += ln.ceu
        total.testimonials += ln.testimonials
    return PalmsSummary(chapter.name, chapter.currency, start, end, tuple(m.date for m in meetings),
                        tuple(ordered), total, tuple(visitors), tuple(substitutes))


def _name(contact_id: int) -> str:
    row = Contact.get_or_none(Contact.id == contact_id)
    return row.full_name if row is not None else "(deleted contact)"


def chapter_slip(model, a, b, chapter_id: int):
    """SQL condition: the slip belongs to the chapter (recorded at its meeting, or between two members)."""
    chapter_meetings = Meeting.select(Meeting.id).where(Meeting.chapter == chapter_id)
    members = Membership.select(Membership.contact).where(Membership.chapter == chapter_id)
    return (model.meeting.in_(chapter_meetings)
            | (model.meeting.is_null() & a.in_(members) & b.in_(members)))


def _first_visit_ids(chapter_id: int) -> set[int]:
    """Attendance ids that are each visitor's first visit to the chapter."""
    rows = (Attendance.select(Attendance.id, Attendance.contact, Meeting.date).join(Meeting)
            .where((Meeting.chapter == chapter_id) & (Attendance.status == "Visitor"))
            .order_by(Meeting.date, Attendance.id))
    seen: set[int] = set()
    firsts: set[int] = set()
    for a in rows:
        if a.contact_id not in seen:
            seen.add(a.contact_id)
            firsts.add(a.id)
    return firsts


def meeting_range(meeting_id: int) -> tuple[int, dt.date, dt.date]:
    """(chapter id, start, end) a meeting's report covers: after the previous meeting up to this one."""
    m = Meeting.get_by_id(meeting_id)
    previous = (Meeting.select(fn.MAX(Meeting.date)).where((Meeting.chapter == m.chapter_id) & (Meeting.date < m.date))
                .scalar())
    start = (previous + dt.timedelta(days=1)) if previous else m.date - dt.timedelta(days=6)
    return m.chapter_id, start, m.date


def meeting_summary(meeting_id: int) -> PalmsSummary:
    """The weekly report of one meeting."""
    return chapter_summary(*meeting_range(meeting_id))


# ---- history and member statistics -----------------------------------------------------------
@dataclass(frozen=True)
class HistoryLine:
    meeting_id: int
    date: dt.date
    status: str
    present: int
    absent: int
    late: int
    medical: int
    substitute: int
    visitors: int
    referrals: int
    thank_you_total: Decimal


def meeting_history(chapter_id: int) -> list[HistoryLine]:
    """Past meetings of the chapter, newest first, with their headline figures."""
    meetings = list(Meeting.select().where(Meeting.chapter == chapter_id).order_by(Meeting.date.desc()))
    ids = [m.id for m in meetings]
    status_counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in (Attendance.select(Attendance.meeting, Attendance.status, fn.COUNT(Attendance.id).alias("n"))
                .where(Attendance.meeting.in_(ids)).group_by(Attendance.meeting, Attendance.status)):
        status_counts[row.meeting_id][row.status] = row.n
    refs = {r.meeting_id: r.n for r in Referral.select(Referral.meeting, fn.COUNT(Referral.id).alias("n"))
            .where(Referral.meeting.in_(ids)).group_by(Referral.meeting)}
    tys = {t.meeting_id: t.total for t in ThankYou.select(ThankYou.meeting, fn.SUM(ThankYou.amount).alias("total"))
           .where(ThankYou.meeting.in_(ids)).group_by(ThankYou.meeting)}
    out = []
    for m in meetings:
        c = status_counts[m.id]
        out.append(HistoryLine(m.id, m.date, m.status, c["Present"], c["Absent"], c["Late"], c["Medical"],
                               c["Substitute"], c["Visitor"], refs.get(m.id, 0), Decimal(str(tys.get(m.id) or 0))))
    return out


@dataclass(frozen=True)
class MemberStats:
    contact_id: int
    name: str
    meetings: int  # meetings with a PALMS status for the member
    attended: int  # Present + Late + Substitute
    referrals_given: int
    referrals_received: int
    one_to_ones: int

    @property
    def attendance_rate(self) -> float | None:
        """Attended / meetings with a status (a substitute covers the seat); None before any."""
        return self.attended / self.meetings if self.meetings else None


def member_stats(chapter_id: int, start: dt.date | None = None, end: dt.date | None = None) -> list[MemberStats]:
    """Per member: attendance rate, referrals given/received, one-to-ones (all time by default)."""
    summary = chapter_summary(chapter_id, start or dt.date(1900, 1, 1), end or dt.date(9999, 12, 31))
    out = []
    for ln in summary.lines:
        c = ln.counts
        out.append(MemberStats(ln.contact_id, ln.name, c["P"] + c["A"] + c["L"] + c["M"] + c["S"],
                               c["P"] + c["L"] + c["S"], c["RGI"] + c["RGO"], c["RRI"] + c["RRO"], c["one_to_one"]))
    return out


# ---- CSV tables (used by ``totalnet export --what ...`` and the export dialog) -----------------
ATTENDANCE_HEADERS = ["Date", "Chapter", "First Name", "Last Name", "Status", "Checked In", "Substitute",
                      "Invited By"]
REFERRAL_HEADERS = ["Date", "Giver", "Receiver", "Prospect", "Inside/Outside", "Hotness", "Status", "Value", "Notes"]
ALL_TIME = (dt.date(1900, 1, 1), dt.date(9999, 12, 31))


@dataclass(frozen=True)
class TableRange:
    """Which meetings and slips a table covers: one meeting (by date), a date range, or the default
    (the last closed meeting; the latest meeting when none is closed yet)."""

    meeting: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None


def resolve_range(chapter_id: int, wanted: TableRange | None = None) -> tuple[dt.date, dt.date, str]:
    """(start, end, description) of the days a table covers; ValidationError for a missing meeting."""
    wanted = wanted or TableRange()
    if wanted.meeting is not None:
        m = Meeting.get_or_none((Meeting.chapter == chapter_id) & (Meeting.date == wanted.meeting))
        if m is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "There is no meeting on {meeting:%Y-%m-%d}.").format(meeting=wanted.meeting))
        _, start, end = meeting_range(m.id)
        return start, end, f"meeting of {end:%Y-%m-%d}"
    if wanted.start is not None or wanted.end is not None:
        start, end = wanted.start or ALL_TIME[0], wanted.end or ALL_TIME[1]
        if end < start:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The period ends ({end:%Y-%m-%d}) before it starts ({start:%Y-%m-%d}).").format(
                end=end, start=start))
        return start, end, f"{start:%Y-%m-%d} to {end:%Y-%m-%d}"
    base = Meeting.select().where(Meeting.chapter == chapter_id).order_by(Meeting.date.desc())
    m = base.where(Meeting.status == "closed").first() or base.first()
    if m is None:
        return ALL_TIME[0], ALL_TIME[1], "all meetings"
    _, start, end = meeting_range(m.id)
    return start, end, f"meeting of {end:%Y-%m-%d}"


def attendance_table(wanted: TableRange | None = None) -> tuple[list[str], list[list]]:
    """Attendance at my chapter's meetings in the range, oldest meeting first."""
    chapter_id = chapters.my_chapter_id()
    if chapter_id is None:
        return list(ATTENDANCE_HEADERS), []
    start, end, _ = resolve_range(chapter_id, wanted)
    query = (Attendance.select(Attendance, Meeting, Chapter, Contact).join(Meeting).join(Chapter)
             .switch(Attendance).join(Contact, on=(Attendance.contact == Contact.id))
             .where((Meeting.chapter == chapter_id) & (Meeting.date >= start) & (Meeting.date <= end))
             .order_by(Meeting.date, Attendance.status == "Visitor", Contact.first_name, Contact.last_name))
    attendance = list(query)
    ids = {i for a in attendance for i in (a.substitute_id, a.invited_by_id) if i}
    names = {c.id: c.full_name for c in Contact.select().where(Contact.id.in_(list(ids)))} if ids else {}
    rows = []
    for a in attendance:
        rows.append([a.meeting.date.isoformat(), a.meeting.chapter.name, a.contact.first_name, a.contact.last_name,
                     a.status, a.checked_in_at.strftime("%H:%M") if a.checked_in_at else "",
                     names.get(a.substitute_id, ""), names.get(a.invited_by_id, "")])
    return list(ATTENDANCE_HEADERS), rows


def referrals_table(wanted: TableRange | None = None) -> tuple[list[str], list[list]]:
    """My chapter's referral slips in the range (the ones its PALMS report counts), then a Total row."""
    chapter_id = chapters.my_chapter_id()
    if chapter_id is None:
        return list(REFERRAL_HEADERS), []
    start, end, _ = resolve_range(chapter_id, wanted)
    rows = list(Referral.select().where((Referral.date >= start) & (Referral.date <= end)
                                        & chapter_slip(Referral, Referral.giver, Referral.receiver, chapter_id))
                .order_by(Referral.date, Referral.id))
    ids = {i for r in rows for i in (r.giver_id, r.receiver_id, r.prospect_id) if i}
    names = {c.id: c.full_name for c in Contact.select().where(Contact.id.in_(list(ids)))} if ids else {}
    out: list[list] = [
        [r.date.isoformat(), names.get(r.giver_id, ""), names.get(r.receiver_id, ""), names.get(r.prospect_id, ""),
         r.kind.capitalize(), r.hotness, r.status, r.value if r.value is not None else "", r.notes] for r in rows]
    inside = sum(r.kind == "inside" for r in rows)
    value = sum((Decimal(r.value) for r in rows if r.value is not None), Decimal(0))
    out.append(["Total", f"{len(rows)} referrals", "", "", f"{inside} inside, {len(rows) - inside} outside",
                "", "", value, ""])
    return list(REFERRAL_HEADERS), out


def palms_table(wanted: TableRange | None = None) -> tuple[list[str], list[list]]:
    """PALMS figures per member of my chapter over the range, then the column totals ("Total" row)."""
    chapter_id = chapters.my_chapter_id()
    if chapter_id is None:
        return list(PALMS_HEADERS), []
    start, end, _ = resolve_range(chapter_id, wanted)
    summary = chapter_summary(chapter_id, start, end)
    return list(PALMS_HEADERS), [ln.values() for ln in summary.lines] + [summary.total.values()]
