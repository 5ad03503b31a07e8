"""Visitors at a meeting: recorded as attendance "Visitor", thanked by a follow-up the next business day."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from totalnet_desktop.core.chapter import meeting_undo, meetings
from totalnet_desktop.core.chapter import people as chapter_people
from totalnet_desktop.core.chapter.meetings import ActionResult, MeetingRecord, RosterRow
from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.followups import reasons
from totalnet_desktop.core.store import undo_labels
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import Attendance, Contact, database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

ORDINALS = {1: QT_TRANSLATE_NOOP("Visitors", "first"), 2: QT_TRANSLATE_NOOP("Visitors", "second"),
            3: QT_TRANSLATE_NOOP("Visitors", "third")}
NTH = QT_TRANSLATE_NOOP("Visitors", "{n}th")
ADDED = QT_TRANSLATE_NOOP("Visitors", "Visitor {name} added; follow-up queued for {day:%a %d %b}.")
ADDED_AGAIN = QT_TRANSLATE_NOOP("Visitors", "Visitor {name} added ({ordinal} visit); follow-up queued for "
                                            "{day:%a %d %b}.")


@dataclass(frozen=True)
class VisitorResult(ActionResult):
    reused: bool = False
    followup_id: int | None = None


def ordinal(n: int) -> str:
    """1 -> 'first', 4 -> '4th'."""
    return ORDINALS.get(n) or NTH.format(n=n)


def thank_reason(name: str) -> str:
    """The follow-up text queued for a visitor."""
    return reasons.VISITOR.format(name=name)


def add_visitor(meeting: MeetingRecord, name: str, *, invited_by_id: int | None = None, company: str = "",
                profession: str = "", phone: str = "", email: str = "", contact_id: int | None = None,
                now: dt.datetime | None = None) -> VisitorResult:
    """Record a visitor (reusing the contact whose name matches) and queue the thank-you follow-up."""
    name = normalize.clean(name)
    if contact_id is None and not name:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A visitor needs a name: type it in the check-in box."))
    if invited_by_id is not None:
        chapter_people.require_contact(invited_by_id, "inviting member")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with database.atomic():
        reused = True
        if contact_id is None:
            contact_id = chapter_people.find_by_name(name)
        if contact_id is None:
            reused = False
            contact_id = chapter_people.create_person(
                name, company=company, profession=profession, source="Visitor", phone=phone, email=email,
                met_on=meeting.date, met_where=f"{meeting.chapter_name} meeting", met_channel="in_person")
        else:
            chapter_people.require_contact(contact_id, "visitor")
            chapter_people.fill_blank_details(contact_id, company, profession)
        contact = Contact.get_by_id(contact_id)
        if meetings.is_member(meeting.chapter_id, contact_id):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{full_name} is a member of {chapter_name}: check them in from the roster "
                "instead.").format(full_name=contact.full_name, chapter_name=meeting.chapter_name))
        existing = Attendance.get_or_none((Attendance.meeting == meeting.id) & (Attendance.contact == contact_id))
        row = _bare_row(contact)
        if existing is not None:
            return VisitorResult(meetings.refreshed_row(meeting.id, row),
                                 meetings.already_message(contact.full_name, existing), False, reused)
        attendance = Attendance.create(meeting=meeting.id, contact=contact_id, status="Visitor",
                                       invited_by=invited_by_id, checked_in_at=now)
        followup_id = followups.queue(
            contact_id, followups.next_business_day(meeting.date), thank_reason(contact.full_name),
            channel="messaging", origin="visitor", origin_key=f"visitor:{attendance.id}")
        meeting_undo.push(undo_labels.VISITOR.format(name=contact.full_name), {
            "kind": "visitor", "attendance_id": attendance.id, "contact_id": contact_id,
            "contact_created": not reused, "followup_id": followup_id})
        fresh = meetings.refreshed_row(meeting.id, row)
    queued = followups.next_business_day(meeting.date)
    message = ADDED_AGAIN.format(name=contact.full_name, ordinal=ordinal(fresh.visit_number), day=queued) \
        if fresh.visit_number > 1 else ADDED.format(name=contact.full_name, day=queued)
    logger.info("visitor %s at meeting %s (visit %d)", contact_id, meeting.id, fresh.visit_number)
    return VisitorResult(fresh, message, True, reused, followup_id)


def _bare_row(contact: Contact) -> RosterRow:
    return RosterRow(contact.id, contact.first_name, contact.last_name, contact.company, contact.profession,
                     "", False, search_key=normalize.fold(
                         f"{contact.first_name} {contact.last_name} {contact.company} {contact.profession}"))


def update_visitor(meeting: MeetingRecord, row: RosterRow, *, invited_by_id: int | None = None,
                   company: str = "", profession: str = "", phone: str = "", email: str = "") -> RosterRow:
    """Set who invited a visitor and fill in their company, profession, phone and e-mail."""
    if row.is_member or row.attendance_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{name} is not a visitor at this meeting.").format(name=row.name))
    if invited_by_id is not None:
        chapter_people.require_contact(invited_by_id, "inviting member")
    with database.atomic():
        a = Attendance.get_by_id(row.attendance_id)
        meeting_undo.push(undo_labels.DETAILS_OF_VISITOR.format(name=row.name), {
            "kind": "attendance", "meeting_id": meeting.id, "contact_id": row.contact_id,
            "before": {"status": a.status, "checked_in_at": a.checked_in_at.isoformat() if a.checked_in_at else None,
                       "substitute_id": a.substitute_id, "invited_by_id": a.invited_by_id, "note": a.note}})
        a.invited_by = invited_by_id
        a.save()
        contact = Contact.get_by_id(row.contact_id)
        if company:
            contact.company = normalize.clean(company)
        if profession:
            contact.profession = normalize.clean(profession)
        contact.save()
        chapter_people.add_phone_email(row.contact_id, phone, email)
    base = _bare_row(Contact.get_by_id(row.contact_id))
    return meetings.refreshed_row(meeting.id, base)
