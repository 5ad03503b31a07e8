"""The VP's sheet for BNI Connect: a closed meeting's week of slips in the order PALMS entry asks for them.

Sections, in order: each member's status; referrals (giver, receiver, inside/outside); TYFCB (from,
to, amount, new/repeat); one-to-ones; CEUs; visitors with their inviters; testimonials. Slips count
for the week the meeting's report covers (after the previous meeting up to this one), as the PALMS
report does, so the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from totalnet_desktop.core.chapter import meetings, reports
from totalnet_desktop.core.chapter.amounts import format_amount
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.labels import STATUS_TEXTS
from totalnet_desktop.core.store.models import CEU, Contact, OneToOne, Referral, Testimonial, ThankYou
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

HEADERS = ["Section", "Line", "Member", "Other", "Detail", "Amount", "Done"]
# A line's detail, marked (the screen shows it through i18n.tr_core; the CSV keeps the English).
NO_STATUS = QT_TRANSLATE_NOOP("SheetTab", "no status")
KINDS = {"inside": QT_TRANSLATE_NOOP("Timeline", "inside"), "outside": QT_TRANSLATE_NOOP("Timeline", "outside")}
BUSINESS_KINDS = {"new": QT_TRANSLATE_NOOP("Timeline", "new"), "repeat": QT_TRANSLATE_NOOP("Timeline", "repeat")}
PROSPECT = QT_TRANSLATE_NOOP("SheetTab", "{kind}, prospect {name}")
BUSINESS = QT_TRANSLATE_NOOP("SheetTab", "{business}, {kind}")
ON_DAY = QT_TRANSLATE_NOOP("SheetTab", "{date:%d %b}")
CREDITS = QT_TRANSLATE_NOOP("SheetTab", "%n credit(s)")
CREDITS_PART = QT_TRANSLATE_NOOP("SheetTab", "{credits} credits")


@dataclass(frozen=True)
class SheetLine:
    section: str
    number: int  # within its section
    member: str
    other: str = ""
    detail: str = ""
    amount: str = ""  # an Amount: the CSV keeps its English '1,500', the screen writes it by i18n.tr_core


@dataclass(frozen=True)
class Sheet:
    chapter_name: str
    date: str
    currency: str
    lines: tuple[SheetLine, ...]

    def count(self, section: str) -> int:
        return sum(1 for ln in self.lines if ln.section == section)


def _names(ids) -> dict[int, str]:
    ids = [i for i in set(ids) if i]
    return {c.id: c.full_name for c in Contact.select().where(Contact.id.in_(ids))} if ids else {}


def sheet(meeting_id: int) -> Sheet:
    """The sheet of a closed meeting; ValidationError while it is still open."""
    meeting = meetings.get_meeting(meeting_id)
    if not meeting.is_closed:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Close the meeting of {date:%d %b %Y} first: BNI Connect takes the week once "
            "PALMS is complete.").format(date=meeting.date))
    _, start, end = reports.meeting_range(meeting_id)
    week = lambda model: (model.date >= start) & (model.date <= end)
    rows = meetings.roster_rows(meeting_id)
    lines: list[SheetLine] = []

    def add(section: str, *fields: str) -> None:
        lines.append(SheetLine(section, sum(1 for x in lines if x.section == section) + 1, *fields))

    for r in rows:
        if r.is_member:
            status = STATUS_TEXTS.get(r.status or "", r.status) if r.status else NO_STATUS
            add("Status", r.name, r.substitute_name if r.status == "Substitute" else "", status)
    refs = list(Referral.select().where(week(Referral)).order_by(Referral.date, Referral.id))
    tys = list(ThankYou.select().where(week(ThankYou)).order_by(ThankYou.date, ThankYou.id))
    ones = list(OneToOne.select().where(week(OneToOne)).order_by(OneToOne.date, OneToOne.id))
    ceus = list(CEU.select().where(week(CEU)).order_by(CEU.date, CEU.id))
    tests = list(Testimonial.select().where(week(Testimonial)).order_by(Testimonial.date, Testimonial.id))
    names = _names([i for r in refs for i in (r.giver_id, r.receiver_id, r.prospect_id)]
                   + [i for t in tys for i in (t.from_contact_id, t.to_contact_id)]
                   + [i for o in ones for i in (o.member_a_id, o.member_b_id)] + [c.contact_id for c in ceus]
                   + [i for t in tests for i in (t.giver_id, t.about_id)])
    members = {r.contact_id for r in rows if r.is_member}
    mine = lambda *ids: any(i in members for i in ids)
    for r in refs:
        if mine(r.giver_id, r.receiver_id):
            kind = KINDS.get(r.kind, r.kind)
            detail = PROSPECT.format(kind=kind, name=names[r.prospect_id]) if r.prospect_id in names else kind
            add("Referral", names.get(r.giver_id, ""), names.get(r.receiver_id, ""), detail)
    for t in tys:
        if mine(t.from_contact_id, t.to_contact_id):
            add("TYFCB", names.get(t.from_contact_id, ""), names.get(t.to_contact_id, ""),
                BUSINESS.format(business=BUSINESS_KINDS.get(t.business, t.business), kind=KINDS.get(t.kind, t.kind)),
                format_amount(t.amount, ""))
    for o in ones:
        if mine(o.member_a_id, o.member_b_id):
            add("One-to-one", names.get(o.member_a_id, ""), names.get(o.member_b_id, ""), ON_DAY.format(date=o.date))
    for c in ceus:
        if mine(c.contact_id):
            credits = float(c.credits)
            add("CEU", names.get(c.contact_id, ""), "", CREDITS.format(n=int(credits)) if credits.is_integer()
                else CREDITS_PART.format(credits=f"{credits:g}"))
    for r in rows:
        if not r.is_member:
            add("Visitor", r.name, r.invited_by_name, r.company or r.classification)
    for t in tests:
        if mine(t.giver_id):
            add("Testimonial", names.get(t.giver_id, ""), names.get(t.about_id, ""), t.notes)
    return Sheet(meeting.chapter_name, f"{meeting.date:%Y-%m-%d}", meeting.currency, tuple(lines))


def table(s: Sheet, done: set[int] | None = None) -> tuple[list[str], list[list]]:
    """The sheet as CSV columns; ``done`` holds the indexes of the lines ticked off."""
    done = done or set()
    return list(HEADERS), [[ln.section, ln.number, ln.member, ln.other, ln.detail, ln.amount,
                            "yes" if i in done else ""] for i, ln in enumerate(s.lines)]
