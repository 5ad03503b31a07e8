"""Meeting day: open a meeting, the roster with its attendance, check-in, PALMS status, closing.

Visitors live in ``core.visitors``; slips in ``core.slips``; undo in ``core.meeting_undo``.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace
from decimal import Decimal

from peewee import JOIN, IntegrityError, fn

from totalnet_desktop.core.chapter import chapters, meeting_undo
from totalnet_desktop.core.chapter import people as chapter_people
from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.store import collation, engine, undo, undo_labels
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.labels import status_text
from totalnet_desktop.core.store.models import (
    PALMS,
    Attendance,
    Chapter,
    Contact,
    Meeting,
    Membership,
    Referral,
    ThankYou,
    database,
)
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP
from totalnet_desktop.core.store.undo import Undone as UndoOutcome

logger = logging.getLogger(__name__)

ABSENCE_LIMIT = 3  # absences in six months that get a member flagged
CHECKED_IN = ("Present", "Late", "Visitor")
STATUS_KEYS = {"P": "Present", "A": "Absent", "L": "Late", "M": "Medical", "S": "Substitute"}


class NoChapterError(ValidationError):
    """There is no chapter (or no chosen one) to open a meeting for."""


class FutureDateError(ValidationError):
    """A meeting date in the future, which needs the user's confirmation."""


class NotMeetingDayError(ValidationError):
    """Today is not the chapter's meeting day and it has no meeting today: opening one is a choice.

    ``latest`` is the chapter's most recent meeting (None before the first); ``next_day`` the next
    day the chapter meets."""

    def __init__(self, message: str, latest: MeetingRecord | None, next_day: dt.date):
        super().__init__(message)
        self.latest = latest
        self.next_day = next_day


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    chapter_id: int
    chapter_name: str
    date: dt.date
    status: str
    start_time: str = "07:00"
    grace_minutes: int = 5
    currency: str = "AED"

    @property
    def is_closed(self) -> bool:
        return self.status == "closed"


@dataclass(frozen=True)
class RosterRow:
    """One line of the meeting-day list: a member (with or without a status) or a visitor."""

    contact_id: int
    first_name: str
    last_name: str
    company: str = ""
    classification: str = ""
    role: str = ""
    is_member: bool = True
    attendance_id: int | None = None
    status: str | None = None
    checked_in_at: dt.datetime | None = None
    substitute_name: str = ""
    invited_by_id: int | None = None
    invited_by_name: str = ""
    visit_number: int = 0
    absences_6m: int = 0
    search_key: str = ""

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@dataclass(frozen=True)
class ActionResult:
    """What an action did: the updated row, a message for the status line, whether data changed."""

    row: RosterRow
    message: str
    changed: bool


@dataclass(frozen=True)
class Counters:
    present: int
    expected: int
    late: int
    visitors: int
    referrals: int
    thank_you_total: Decimal
    currency: str = "AED"
    substitutes: int = 0
    absent: int = 0
    medical: int = 0


@dataclass(frozen=True)
class CloseResult:
    already_closed: bool
    marked_absent: tuple[str, ...] = ()
    flagged: tuple[tuple[str, int], ...] = ()  # (member name, absences in six months)


# ---- meetings -----------------------------------------------------------------------------
def _meeting_record(m: Meeting, c: Chapter) -> MeetingRecord:
    return MeetingRecord(m.id, c.id, c.name, m.date, m.status, c.start_time, c.grace_minutes, c.currency)


def get_meeting(meeting_id: int) -> MeetingRecord:
    """One meeting with the chapter settings that matter on the day."""
    m = Meeting.select(Meeting, Chapter).join(Chapter).where(Meeting.id == meeting_id).first()
    if m is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Meeting", "The meeting #{id} does not exist.").format(
            id=str(meeting_id)))
    return _meeting_record(m, m.chapter)


def open_meeting(chapter_id: int, day: dt.date, allow_future: bool = False,
                 today: dt.date | None = None) -> MeetingRecord:
    """The chapter's meeting on ``day``, created when missing (any weekday; future only if allowed)."""
    today = today or dt.date.today()
    chapters.get_chapter(chapter_id)
    existing = Meeting.get_or_none((Meeting.chapter == chapter_id) & (Meeting.date == day))
    if existing is None:
        if day > today and not allow_future:
            raise FutureDateError(QT_TRANSLATE_NOOP(
                "Meeting", "{day:%A %d %B %Y} is in the future; confirm to open a meeting on that date.").format(day=day))
        with database.atomic():
            existing = Meeting.create(chapter=chapter_id, date=day)
        logger.info("opened meeting %s on %s", existing.id, day)
    return get_meeting(existing.id)


def open_today(today: dt.date | None = None) -> MeetingRecord:
    """Today's meeting of my chapter: the one that exists, or a new one on the chapter's meeting
    weekday. On another day NotMeetingDayError (nothing is created); NoChapterError without a chapter."""
    chapter_id = chapters.my_chapter_id()
    if chapter_id is None:
        raise NoChapterError(QT_TRANSLATE_NOOP("Meeting", "Set up your chapter first."))
    today = today or dt.date.today()
    chapter = chapters.get_chapter(chapter_id)
    if today.weekday() != chapter.weekday and find_meeting(chapter_id, today) is None:
        next_day = today + dt.timedelta(days=(chapter.weekday - today.weekday()) % 7)
        raise NotMeetingDayError(QT_TRANSLATE_NOOP("Meeting", "{chapter} meets on {weekday}s.").format(
            chapter=chapter.name, weekday=chapter.weekday_name),
                                 find_meeting(chapter_id), next_day)
    return open_meeting(chapter_id, today, today=today)


def list_meetings(chapter_id: int) -> list[MeetingRecord]:
    """The chapter's meetings, newest first."""
    query = (Meeting.select(Meeting, Chapter).join(Chapter).where(Meeting.chapter == chapter_id)
             .order_by(Meeting.date.desc()))
    return [_meeting_record(m, m.chapter) for m in query]


def find_meeting(chapter_id: int, day: dt.date | None = None) -> MeetingRecord | None:
    """The chapter's meeting on ``day`` (the latest one when ``day`` is None), without creating it."""
    query = Meeting.select(Meeting.id).where(Meeting.chapter == chapter_id)
    query = query.where(Meeting.date == day) if day else query.order_by(Meeting.date.desc())
    row = query.first()
    return get_meeting(row.id) if row is not None else None


# ---- roster -------------------------------------------------------------------------------
def six_months_before(day: dt.date) -> dt.date:
    """The same calendar day six months earlier (clamped to the month's end)."""
    month, year = day.month - 6, day.year
    if month < 1:
        month, year = month + 12, year - 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError(QT_TRANSLATE_NOOP("Errors", "unreachable"))


def absence_counts(chapter_id: int, as_of: dt.date, contact_ids=None) -> dict[int, int]:
    """Absences per member in the chapter's meetings of the six months up to ``as_of``."""
    query = (Attendance.select(Attendance.contact, fn.COUNT(Attendance.id).alias("n"))
             .join(Meeting)
             .where((Meeting.chapter == chapter_id) & (Attendance.status == "Absent")
                    & (Meeting.date > six_months_before(as_of)) & (Meeting.date <= as_of))
             .group_by(Attendance.contact))
    if contact_ids is not None:
        query = query.where(Attendance.contact.in_(list(contact_ids)))
    return {row.contact_id: row.n for row in query}


def _search_key(*parts: str) -> str:
    return normalize.fold(" ".join(p for p in parts if p))


def _visit_numbers(meeting: MeetingRecord, contact_ids: list[int]) -> dict[int, int]:
    if not contact_ids:
        return {}
    query = (Attendance.select(Attendance.contact, fn.COUNT(Attendance.id).alias("n")).join(Meeting)
             .where(Attendance.contact.in_(contact_ids) & (Attendance.status == "Visitor")
                    & (Meeting.date <= meeting.date))
             .group_by(Attendance.contact))
    return {row.contact_id: row.n for row in query}


def _attendance_rows(meeting_id: int, contact_id: int | None = None):
    sub = Contact.alias("sub")
    inviter = Contact.alias("inviter")
    query = (Attendance.select(Attendance, Contact, sub.first_name, sub.last_name, inviter.first_name,
                               inviter.last_name)
             .join(Contact, on=(Attendance.contact == Contact.id))
             .switch(Attendance).join(sub, JOIN.LEFT_OUTER, on=(Attendance.substitute == sub.id), attr="sub")
             .switch(Attendance).join(inviter, JOIN.LEFT_OUTER, on=(Attendance.invited_by == inviter.id),
                                      attr="inviter")
             .where(Attendance.meeting == meeting_id))
    if contact_id is not None:
        query = query.where(Attendance.contact == contact_id)
    return query


def _name_of(alias_row) -> str:
    if alias_row is None or getattr(alias_row, "first_name", None) is None:
        return ""
    return " ".join(p for p in (alias_row.first_name, alias_row.last_name) if p)


def roster_rows(meeting_id: int) -> list[RosterRow]:
    """Members (by first name) with their status at this meeting, then the visitors (by arrival)."""
    meeting = get_meeting(meeting_id)
    members = {m.contact_id: m for m in chapters.roster(meeting.chapter_id)}
    attendance = {a.contact_id: a for a in _attendance_rows(meeting_id)}
    absences = absence_counts(meeting.chapter_id, meeting.date, members.keys())
    rows: list[RosterRow] = []
    for cid, m in members.items():
        rows.append(_row(m.first_name, m.last_name, m.company, m.classification, m.role, cid,
                         attendance.pop(cid, None), absences.get(cid, 0)))
    extra = sorted(attendance.values(), key=lambda a: (a.checked_in_at or dt.datetime.min, a.id))
    visits = _visit_numbers(meeting, [a.contact_id for a in extra if a.status == "Visitor"])
    for a in extra:  # visitors, and members taken off the roster since
        c = a.contact
        row = _row(c.first_name, c.last_name, c.company, c.profession, "", c.id, a, 0)
        if a.status == "Visitor":
            row = replace(row, is_member=False, visit_number=visits.get(c.id, 1))
        rows.append(row)
    return rows


def _row(first: str, last: str, company: str, classification: str, role: str, contact_id: int,
         a: Attendance | None, absences: int) -> RosterRow:
    row = RosterRow(contact_id, first, last, company, classification, role, True,
                    absences_6m=absences, search_key=_search_key(first, last, company, classification))
    if a is None:
        return row
    return replace(row, attendance_id=a.id, status=a.status, checked_in_at=a.checked_in_at,
                   substitute_name=_name_of(getattr(a, "sub", None)), invited_by_id=a.invited_by_id,
                   invited_by_name=_name_of(getattr(a, "inviter", None)), is_member=a.status != "Visitor")


def refreshed_row(meeting_id: int, row: RosterRow) -> RosterRow:
    """``row`` with its attendance re-read (one query: the fast path after a check-in)."""
    a = _attendance_rows(meeting_id, row.contact_id).first()
    fresh = _row(row.first_name, row.last_name, row.company, row.classification, row.role, row.contact_id,
                 a, row.absences_6m)
    if a is None or a.status != "Visitor":
        return fresh
    meeting = get_meeting(meeting_id)
    return replace(fresh, is_member=False, visit_number=_visit_numbers(meeting, [row.contact_id]).get(row.contact_id, 1))


def filter_rows(rows: list[RosterRow], text: str) -> list[RosterRow]:
    """Rows whose name, company or classification contain every typed word (accent-insensitive)."""
    words = normalize.fold(text).split()
    if not words:
        return list(rows)
    return [r for r in rows if all(w in r.search_key for w in words)]


# ---- check-in and status --------------------------------------------------------------------
def arrival_status(meeting: MeetingRecord, now: dt.datetime) -> str:
    """Present, or Late when checking in on the day after start time plus grace."""
    if now.date() != meeting.date:
        return "Present"  # catching up on another day: the arrival time is unknown
    start = dt.datetime.combine(meeting.date, dt.time.fromisoformat(meeting.start_time))
    return "Late" if now > start + dt.timedelta(minutes=meeting.grace_minutes) else "Present"


def _snapshot(a: Attendance | None) -> dict | None:
    if a is None:
        return None
    return {"status": a.status, "checked_in_at": a.checked_in_at.isoformat() if a.checked_in_at else None,
            "substitute_id": a.substitute_id, "invited_by_id": a.invited_by_id, "note": a.note}


def _current(meeting_id: int, contact_id: int) -> Attendance | None:
    return Attendance.get_or_none((Attendance.meeting == meeting_id) & (Attendance.contact == contact_id))


ALREADY_IN = QT_TRANSLATE_NOOP("Meeting", "{name} is already checked in at {time}.")
ALREADY_MARKED = QT_TRANSLATE_NOOP("Meeting", "{name} is already marked {status}.")
CHECKED_IN_AT = QT_TRANSLATE_NOOP("Meeting", "{name}: {status} at {time}.")


def already_message(name: str, a: Attendance) -> str:
    """'Layla Haddad is already checked in at 07:02.'"""
    if a.checked_in_at is not None:
        return ALREADY_IN.format(name=name, time=a.checked_in_at.time().replace(second=0, microsecond=0))
    return ALREADY_MARKED.format(name=name, status=status_text(a.status))


def _add_checked_in(meeting_id: int, contact_id: int, status: str, now: dt.datetime,
                    returning: bool | None = None) -> dict | None:
    """Write the member's attendance unless they have one (another desk's a moment ago included): the
    new row (every column, by field name), or None. One statement, no savepoint: the clash with an
    existing row is no error (PostgreSQL's ON CONFLICT DO NOTHING, SQLite's INSERT OR IGNORE), and the
    row comes back with it (``returning``: the engine can; default, ask it). An SQLite older than 3.35
    reads the new row by its id instead."""
    query = (Attendance.insert(meeting=meeting_id, contact=contact_id, status=status, checked_in_at=now)
             .on_conflict(conflict_target=(Attendance.meeting, Attendance.contact), action="IGNORE"))
    if returning is None:
        returning = engine.returning(database)
    if returning:
        return next(iter(query.returning(Attendance).dicts().execute()), None)
    cursor = database.execute(query)
    if cursor.rowcount != 1:
        return None
    return Attendance.select().where(Attendance.id == cursor.lastrowid).dicts().first()


def check_in(meeting: MeetingRecord, row: RosterRow, now: dt.datetime | None = None) -> ActionResult:
    """Enter on a roster row: Present or Late; a second check-in changes nothing."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    status = arrival_status(meeting, now)
    label = undo_labels.CHECK_IN_OF.format(name=row.name)
    with database.atomic():
        # The screen showed no attendance: write it at once (the usual case, one round trip). When a row
        # is there after all (another desk, an earlier mark), read it as below.
        added = _add_checked_in(meeting.id, row.contact_id, status, now) if row.attendance_id is None else None
        if added is not None:
            meeting_undo.push(label, {"kind": "attendance", "meeting_id": meeting.id, "contact_id": row.contact_id,
                                      "before": None, "after": undo.snapshot_of(Attendance, added, skip_refs=True)})
            return _checked_in(row, added["id"], status, now)
        a = _current(meeting.id, row.contact_id)
        if a is not None and a.status in CHECKED_IN:
            return ActionResult(row, already_message(row.name, a), False)
        before = _snapshot(a)
        if a is None:
            try:
                with database.atomic():  # a savepoint: a clash must not spoil the outer transaction
                    a = Attendance.create(meeting=meeting.id, contact=row.contact_id, status=status,
                                          checked_in_at=now)
            except IntegrityError:
                # Someone at another desk checked this member in a moment ago: one row, theirs.
                a = _current(meeting.id, row.contact_id)
                if a is None:
                    raise
                return ActionResult(row, already_message(row.name, a), False)
        else:
            a.status, a.checked_in_at, a.substitute = status, now, None
            a.save()
        meeting_undo.push(label, {"kind": "attendance", "meeting_id": meeting.id, "contact_id": row.contact_id,
                                  "before": before})
    return _checked_in(row, a.id, status, now)


def _checked_in(row: RosterRow, attendance_id: int, status: str, now: dt.datetime) -> ActionResult:
    fresh = replace(row, attendance_id=attendance_id, status=status, checked_in_at=now, substitute_name="")
    return ActionResult(fresh, CHECKED_IN_AT.format(name=row.name, status=status_text(status),
                                                    time=now.time().replace(second=0)), True)


def set_status(meeting: MeetingRecord, row: RosterRow, status: str, substitute_id: int | None = None,
               now: dt.datetime | None = None) -> ActionResult:
    """Set a member's PALMS status; Substitute needs the contact who came in the member's place."""
    return _set_status(meeting, row, status, substitute_id, now)


def _set_status(meeting: MeetingRecord, row: RosterRow, status: str, substitute_id: int | None = None,
                now: dt.datetime | None = None, created_contact_ids: tuple[int, ...] = ()) -> ActionResult:
    # created_contact_ids: contacts this action made (a new substitute); its undo removes them
    # unless they are used since (core.undo_created).
    if status in STATUS_KEYS:
        status = STATUS_KEYS[status]
    if status not in PALMS:
        raise ValidationError(QT_TRANSLATE_NOOP("Meeting", "\"{status}\" is not a PALMS status ({known}).").format(
            status=status, known=", ".join(PALMS)))
    if not row.is_member:
        raise ValidationError(QT_TRANSLATE_NOOP("Meeting", "{name} is a visitor; PALMS statuses are for members.")
                              .format(name=row.name))
    if status == "Substitute":
        if substitute_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Meeting", "Who substituted for {name}? Pick or type the substitute.").format(name=row.name))
        if substitute_id == row.contact_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Meeting", "{name} cannot substitute for themselves.")
                                  .format(name=row.name))
        chapter_people.require_contact(substitute_id, "substitute")
    with database.atomic():
        a = _current(meeting.id, row.contact_id)
        if a is not None and a.status == status and (status != "Substitute" or a.substitute_id == substitute_id):
            return ActionResult(row, QT_TRANSLATE_NOOP("Meeting", "{name} is already {status}.").format(
                name=row.name, status=status_text(status)), False)
        before = _snapshot(a)
        if a is None:
            a = Attendance(meeting=meeting.id, contact=row.contact_id)
        a.status = status
        a.substitute = substitute_id if status == "Substitute" else None
        if status in ("Present", "Late") and a.checked_in_at is None and now is not None:
            a.checked_in_at = now.replace(microsecond=0)
        if status not in ("Present", "Late"):
            a.checked_in_at = None
        a.save()
        payload = {"kind": "attendance", "meeting_id": meeting.id, "contact_id": row.contact_id, "before": before}
        if created_contact_ids:
            payload["created_contact_ids"] = list(created_contact_ids)
        meeting_undo.push(undo_labels.STATUS_FOR.format(
            status=status_text(status), name=row.name), payload)
    fresh = refreshed_row(meeting.id, row)
    if status == "Substitute":
        said = QT_TRANSLATE_NOOP("Meeting", "{name}: {status} (substitute: {substitute}).").format(
            name=row.name, status=status_text(status), substitute=fresh.substitute_name)
    else:
        said = QT_TRANSLATE_NOOP("Meeting", "{name}: {status}.").format(name=row.name, status=status_text(status))
    return ActionResult(fresh, said, True)


def set_substitute(meeting: MeetingRecord, row: RosterRow, contact_id: int | None = None, name: str = "",
                   phone: str = "") -> ActionResult:
    """Mark ``row`` Substitute, creating the substitute's contact from ``name`` when not picked."""
    created: tuple[int, ...] = ()
    with database.atomic():
        if contact_id is None:
            if not normalize.clean(name):
                raise ValidationError(QT_TRANSLATE_NOOP("Meeting", "Type the substitute's name."))
            contact_id = chapter_people.find_by_name(name)
            if contact_id is None:
                contact_id = chapter_people.create_person(
                    name, phone=phone, source="Substitute", met_on=meeting.date,
                    met_where=f"{meeting.chapter_name} meeting", met_channel="in_person")
                created = (contact_id,)
        return _set_status(meeting, row, "Substitute", substitute_id=contact_id, created_contact_ids=created)


# ---- counters and closing ------------------------------------------------------------------
def slip_totals(meeting_id: int) -> tuple[int, Decimal]:
    """(referrals, thank-you total) recorded at this meeting."""
    referrals = Referral.select().where(Referral.meeting == meeting_id).count()
    total = ThankYou.select(fn.SUM(ThankYou.amount)).where(ThankYou.meeting == meeting_id).scalar()
    return referrals, Decimal(str(total or 0))


def counters_from_rows(rows: list[RosterRow], referrals: int, thank_you_total: Decimal,
                       currency: str = "AED") -> Counters:
    """Live counters from the roster in memory (no query: they update on every keystroke)."""
    status = [r.status for r in rows if r.is_member]
    return Counters(
        present=status.count("Present"), expected=len(status),  # Present is P only, as PALMS counts it
        late=status.count("Late"), visitors=sum(not r.is_member for r in rows), referrals=referrals,
        thank_you_total=thank_you_total, currency=currency, substitutes=status.count("Substitute"),
        absent=status.count("Absent"), medical=status.count("Medical"),
    )


def counters(meeting_id: int) -> Counters:
    """Present / expected, late, visitors, referrals and thank-you total of a meeting."""
    meeting = get_meeting(meeting_id)
    return counters_from_rows(roster_rows(meeting_id), *slip_totals(meeting_id), meeting.currency)


def pending_absent(meeting_id: int) -> list[RosterRow]:
    """Members with no status yet: they become Absent when the meeting is closed."""
    return [r for r in roster_rows(meeting_id) if r.is_member and r.status is None]


def close_meeting(meeting_id: int, now: dt.datetime | None = None) -> CloseResult:
    """Mark members with no status Absent and close; closing a closed meeting does nothing."""
    meeting = get_meeting(meeting_id)
    if meeting.is_closed:
        return CloseResult(already_closed=True)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    pending = pending_absent(meeting_id)
    with database.atomic():
        ids = [Attendance.create(meeting=meeting_id, contact=r.contact_id, status="Absent").id for r in pending]
        Meeting.update(status="closed", closed_at=now).where(Meeting.id == meeting_id).execute()
        meeting_undo.push(undo_labels.CLOSING_THE_MEETING_OF.format(day=meeting.date),
                          {"kind": "close", "meeting_id": meeting_id, "absent_ids": ids})
    flagged = absence_flags(meeting.chapter_id, meeting.date)
    logger.info("closed meeting %s: %d absent", meeting_id, len(ids))
    return CloseResult(False, tuple(r.name for r in pending), tuple(flagged))


def absence_flags(chapter_id: int, as_of: dt.date) -> list[tuple[str, int]]:
    """Active members at or over the absence limit in the six months up to ``as_of``."""
    members = {m.contact_id: m.name for m in chapters.roster(chapter_id)}
    counts = absence_counts(chapter_id, as_of, members.keys())
    return sorted(((members[cid], n) for cid, n in counts.items() if n >= ABSENCE_LIMIT),
                  key=lambda t: collation.key(t[0]))


def undo_last() -> str | None:
    """Undo the last meeting-day action; return its label or None."""
    return meeting_undo.undo_last()


def undo_last_outcome() -> UndoOutcome | None:
    """Undo the last meeting-day action; its label and the created contacts kept (None: nothing)."""
    return meeting_undo.undo_last_outcome()


def is_member(chapter_id: int, contact_id: int) -> bool:
    """True when the contact is an active member of the chapter."""
    return Membership.select().where((Membership.chapter == chapter_id) & (Membership.contact == contact_id)
                                     & (Membership.active == True)).exists()
