"""The visitor pipeline: each visitor's inviter, visits and stage, the follow-up drip, joining, conversion.

Stages: visited, visited twice (from attendance), applied, declined (set by hand), joined (a member of
the chapter, or set when they join). The inviter is who invited the first visit; that visit is the
inviting member's visitor credit (V in PALMS, counted by core.chapter.reports).
Drip (one follow-up each, idempotent by origin key): a thank-you the next business day (queued when
the visitor is checked in, core.chapter.visitors), an invitation back 7 days after a single visit, an
application conversation the next business day after the second visit.
"""

from __future__ import annotations

import datetime as dt
import logging
import statistics
from dataclasses import dataclass

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.followups import reasons
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import (
    VISITOR_STAGES,
    Attendance,
    Contact,
    Meeting,
    Membership,
    VisitorStage,
    database,
)
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

MANUAL_STAGES = ("applied", "joined", "declined")


@dataclass(frozen=True)
class VisitorLine:
    contact_id: int
    name: str
    company: str
    profession: str
    inviter_id: int | None
    inviter_name: str
    first_visit: dt.date
    last_visit: dt.date
    visits: int
    stage: str
    joined_on: dt.date | None = None

    @property
    def days_to_join(self) -> int | None:
        return (self.joined_on - self.first_visit).days if self.joined_on else None


def pipeline(chapter_id: int) -> list[VisitorLine]:
    """Everyone who visited the chapter, newest first visit first, with their stage."""
    rows = (Attendance.select(Attendance.contact, Attendance.invited_by, Meeting.date).join(Meeting)
            .where((Meeting.chapter == chapter_id) & (Attendance.status == "Visitor"))
            .order_by(Meeting.date, Attendance.id))
    visits: dict[int, list] = {}
    for a in rows:
        visits.setdefault(a.contact_id, []).append((a.meeting.date, a.invited_by_id))
    if not visits:
        return []
    ids = list(visits)
    inviters = {v[0][1] for v in visits.values() if v[0][1]}
    people = {c.id: c for c in Contact.select().where(Contact.id.in_(ids + list(inviters)))}
    manual = {s.contact_id: s for s in VisitorStage.select().where(VisitorStage.chapter == chapter_id)}
    joined = {m.contact_id: m.joined_on for m in Membership.select().where(
        (Membership.chapter == chapter_id) & Membership.contact.in_(ids))}
    out = []
    for cid, seen in visits.items():
        contact = people.get(cid)
        if contact is None or contact.trashed_at is not None:
            continue
        inviter = people.get(seen[0][1]) if seen[0][1] else None
        if cid in joined:
            stage = "joined"
        elif cid in manual:
            stage = manual[cid].stage
        else:
            stage = "visited twice" if len(seen) >= 2 else "visited"
        out.append(VisitorLine(cid, contact.full_name, contact.company, contact.profession,
                               inviter.id if inviter else None, inviter.full_name if inviter else "",
                               seen[0][0], seen[-1][0], len(seen), stage, joined.get(cid)))
    return sorted(out, key=lambda v: (v.first_visit, v.name), reverse=True)


def set_stage(chapter_id: int, contact_id: int, stage: str, day: dt.date | None = None) -> None:
    """Mark a visitor applied, declined (or back to their visits with "visited")."""
    if stage not in VISITOR_STAGES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A visitor's stage is one of {items}, not \"{stage}\".").format(
            items=', '.join(VISITOR_STAGES), stage=stage))
    if stage == "joined":
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Use Join to make the visitor a member (it needs the joining date)."))
    with database.atomic():
        VisitorStage.delete().where((VisitorStage.chapter == chapter_id)
                                    & (VisitorStage.contact == contact_id)).execute()
        if stage in MANUAL_STAGES:
            VisitorStage.create(chapter=chapter_id, contact=contact_id, stage=stage,
                                changed_on=day or dt.date.today())


def join(chapter_id: int, contact_id: int, day: dt.date, classification: str = "") -> chapters.MemberRecord:
    """The visitor becomes a member of the chapter with a join date (one transaction)."""
    with database.atomic():
        member = chapters.add_member(chapter_id, contact_id, classification=classification, joined_on=day)
        if member.joined_on != day:
            member = chapters.update_member(member.membership_id, joined_on=day)
        VisitorStage.delete().where((VisitorStage.chapter == chapter_id)
                                    & (VisitorStage.contact == contact_id)).execute()
        VisitorStage.create(chapter=chapter_id, contact=contact_id, stage="joined", changed_on=day)
    logger.info("visitor %s joined chapter %s on %s", contact_id, chapter_id, day)
    return member


def queue_drip(chapter_id: int, today: dt.date | None = None) -> int:
    """Queue the invitation back and the application conversation that are due; return how many."""
    today = today or dt.date.today()
    added = 0
    for v in pipeline(chapter_id):
        if v.stage == "visited" and v.first_visit >= today - dt.timedelta(days=60):
            due = v.first_visit + dt.timedelta(days=7)
            added += followups.queue(v.contact_id, due, reasons.VISITOR_BACK.format(name=v.name),
                                     channel="messaging", origin="visitor_drip",
                                     origin_key=f"drip_back:{chapter_id}:{v.contact_id}") is not None
        elif v.stage == "visited twice":
            due = followups.next_business_day(v.last_visit)
            added += followups.queue(v.contact_id, due, reasons.VISITOR_APPLY.format(name=v.name),
                                     channel="phone", origin="visitor_drip",
                                     origin_key=f"drip_apply:{chapter_id}:{v.contact_id}") is not None
    return added


@dataclass(frozen=True)
class Conversion:
    visitors: int  # first visits in the period
    joined: int  # of those, joined since
    median_days: float | None  # first visit to join

    @property
    def rate(self) -> float | None:
        return self.joined / self.visitors if self.visitors else None


def conversion(chapter_id: int, start: dt.date, end: dt.date) -> Conversion:
    """Visitors whose first visit was in start..end, how many joined, and the median days it took."""
    firsts = [v for v in pipeline(chapter_id) if start <= v.first_visit <= end]
    joined = [v for v in firsts if v.stage == "joined" and v.joined_on is not None]
    days = [v.days_to_join for v in joined if v.days_to_join is not None and v.days_to_join >= 0]
    return Conversion(len(firsts), len(joined), statistics.median(days) if days else None)
