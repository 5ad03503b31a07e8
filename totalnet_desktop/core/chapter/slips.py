"""Slips turned in at a meeting: referral, thank-you for closed business (TYFCB), one-to-one, CEU."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal

from totalnet_desktop.core.chapter import amounts, meeting_undo
from totalnet_desktop.core.chapter import people as chapter_people
from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.followups import reasons
from totalnet_desktop.core.store import identity, prefs, undo_labels
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import (
    BUSINESS_KINDS,
    CEU,
    REFERRAL_KINDS,
    REFERRAL_STATUSES,
    Contact,
    FollowUp,
    OneToOne,
    Referral,
    ThankYou,
    database,
    now,
)
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

# What the slips say, marked (Meeting day shows them through i18n.tr_core; the English is unchanged).
KINDS = {"inside": QT_TRANSLATE_NOOP("Timeline", "inside"), "outside": QT_TRANSLATE_NOOP("Timeline", "outside")}
LABEL = QT_TRANSLATE_NOOP("Slips", "{giver} → {receiver} ({kind}), {day:%-d %b}")
LABEL_PROSPECT = QT_TRANSLATE_NOOP("Slips", "{giver} → {receiver}: {prospect} ({kind}), {day:%-d %b}")
REFERRAL_RECORDED = QT_TRANSLATE_NOOP("Slips", "Referral from {giver} to {receiver} recorded.")
REFERRAL_FOLLOW_UP = QT_TRANSLATE_NOOP("Slips", "Referral from {giver} to {receiver} recorded. Follow-up: contact "
                                                "{target} by {day:%a %d %b}.")
THANKS = QT_TRANSLATE_NOOP("Slips", "Thank-you from {giver} to {receiver}: {amount}.")
THANKS_CLOSED = QT_TRANSLATE_NOOP("Slips", "Thank-you from {giver} to {receiver}: {amount}. The referral is closed.")
THANKS_CLOSED_ONE = QT_TRANSLATE_NOOP("Slips", "Thank-you from {giver} to {receiver}: {amount}. The referral is "
                                               "closed and its follow-up done.")
THANKS_CLOSED_MANY = QT_TRANSLATE_NOOP("Slips", "Thank-you from {giver} to {receiver}: {amount}. The referral is "
                                                "closed and its follow-ups done.")
ONE_TO_ONE_RECORDED = QT_TRANSLATE_NOOP("Slips", "One-to-one of {first} and {second} recorded.")
CEU_RECORDED = QT_TRANSLATE_NOOP("Slips", "{credits} CEU for {name} recorded.")

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class NewPerson:
    """A prospect or substitute typed in a dialog (becomes a contact)."""

    name: str
    phone: str = ""
    email: str = ""
    company: str = ""


@dataclass(frozen=True)
class ReferralRecord:
    id: int
    date: dt.date
    giver_id: int
    giver_name: str
    receiver_id: int
    receiver_name: str
    prospect_id: int | None
    prospect_name: str
    kind: str
    hotness: int
    status: str
    notes: str = ""
    value: Decimal | None = None

    @property
    def label(self) -> str:
        """'Ayesha Chaudhry → Nadia Rahman (inside), 12 Nov' (an outside one names its prospect)."""
        kind = KINDS.get(self.kind, self.kind)
        if self.kind == "outside" and self.prospect_name:
            return LABEL_PROSPECT.format(giver=self.giver_name, receiver=self.receiver_name,
                                         prospect=self.prospect_name, kind=kind, day=self.date)
        return LABEL.format(giver=self.giver_name, receiver=self.receiver_name, kind=kind, day=self.date)


@dataclass(frozen=True)
class SlipResult:
    id: int
    message: str
    followup_id: int | None = None


def _names(*ids: int | None) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    return {c.id: c.full_name for c in Contact.select().where(Contact.id.in_(wanted))} if wanted else {}


def _check_pair(a: int, b: int, a_what: str, b_what: str) -> None:
    chapter_people.require_contact(a, a_what)
    chapter_people.require_contact(b, b_what)
    if a == b:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The {a_what} and the {b_what} must be two different people.").format(
            a_what=a_what, b_what=b_what))


def _prospect_id(prospect_id: int | None, new_prospect: NewPerson | None) -> tuple[int | None, bool]:
    if prospect_id is not None:
        chapter_people.require_contact(prospect_id, "prospect")
        return prospect_id, False
    if new_prospect is not None and normalize.clean(new_prospect.name):
        found = chapter_people.find_by_name(new_prospect.name)
        if found is not None and not new_prospect.phone and not new_prospect.email:
            return found, False
        return chapter_people.create_person(new_prospect.name, phone=new_prospect.phone, email=new_prospect.email,
                                            company=new_prospect.company, source="Referral"), True
    return None, False


def add_referral(giver_id: int, receiver_id: int, *, prospect_id: int | None = None,
                 new_prospect: NewPerson | None = None, kind: str = "outside", hotness: int = 3,
                 notes: str = "", status: str = "New", day: dt.date | None = None,
                 meeting_id: int | None = None) -> SlipResult:
    """Record a referral; one received by me queues "Contact PROSPECT (from GIVER)" within 24 hours."""
    _check_pair(giver_id, receiver_id, "giver", "receiver")
    if kind not in REFERRAL_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A referral is inside or outside, not \"{kind}\".").format(kind=kind))
    if not 1 <= int(hotness) <= 5:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Hotness is 1 to 5, not {hotness}.").format(hotness=hotness))
    if status not in REFERRAL_STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A referral's status is one of {items}.").format(items=', '.join(REFERRAL_STATUSES)))
    day = day or dt.date.today()
    with database.atomic():
        pid, created = _prospect_id(prospect_id, new_prospect)
        if kind == "outside" and pid is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "An outside referral needs the prospect: pick a contact or type a name."))
        ref = Referral.create(date=day, meeting=meeting_id, giver=giver_id, receiver=receiver_id, prospect=pid,
                              kind=kind, hotness=int(hotness), status=status, notes=normalize.clean(notes))
        followup_id = None
        if receiver_id == identity.me_id():
            names = _names(giver_id, pid)
            # Inside: the giver is the one who wants to do business, so contact them.
            target = pid if pid is not None else giver_id
            followup_id = followups.queue(
                target, day + dt.timedelta(days=1), reasons.REFERRAL_PROSPECT.format(prospect=names[target], giver=names[giver_id]),
                channel="phone", origin="referral_received", origin_key=f"referral_received:{ref.id}")
        meeting_undo.push(undo_labels.REFERRAL, {"kind": "slip", "table": "referral", "id": ref.id,
                                       "followup_id": followup_id, "created_contact_id": pid if created else None})
    names = _names(giver_id, receiver_id, pid)
    message = REFERRAL_RECORDED.format(giver=names[giver_id], receiver=names[receiver_id])
    if followup_id is not None:
        target = names[pid] if pid is not None else names[giver_id]
        message = REFERRAL_FOLLOW_UP.format(giver=names[giver_id], receiver=names[receiver_id], target=target,
                                            day=day + dt.timedelta(days=1))
    return SlipResult(ref.id, message, followup_id)


def set_referral_status(referral_id: int, status: str) -> None:
    """Move a referral along New, Pending, Closed, No sale."""
    if status not in REFERRAL_STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A referral's status is one of {items}.").format(items=', '.join(REFERRAL_STATUSES)))
    with database.atomic():
        if not Referral.update(status=status).where(Referral.id == referral_id).execute():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The referral #{referral_id} does not exist.").format(referral_id=referral_id))


def get_referral(referral_id: int) -> ReferralRecord:
    """One referral."""
    r = Referral.get_or_none(Referral.id == referral_id)
    if r is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The referral #{referral_id} does not exist.").format(referral_id=referral_id))
    return _referral_record(r, _names(r.giver_id, r.receiver_id, r.prospect_id))


def _referral_record(r: Referral, names: dict[int, str]) -> ReferralRecord:
    return ReferralRecord(r.id, r.date, r.giver_id, names.get(r.giver_id, ""), r.receiver_id,
                          names.get(r.receiver_id, ""), r.prospect_id, names.get(r.prospect_id, ""), r.kind,
                          r.hotness, r.status, r.notes, r.value)


def open_referrals(receiver_id: int | None = None, giver_id: int | None = None) -> list[ReferralRecord]:
    """Referrals not yet Closed or No sale (optionally to/from someone), newest first."""
    query = Referral.select().where(Referral.status.in_(("New", "Pending")))
    if receiver_id is not None:
        query = query.where(Referral.receiver == receiver_id)
    if giver_id is not None:
        query = query.where(Referral.giver == giver_id)
    rows = list(query.order_by(Referral.date.desc(), Referral.id.desc()))
    names = _names(*{i for r in rows for i in (r.giver_id, r.receiver_id, r.prospect_id)})
    return [_referral_record(r, names) for r in rows]


def add_thank_you(from_id: int, to_id: int, amount, *, business: str = "new", kind: str = "outside",
                  referral_id: int | None = None, currency: str | None = None, notes: str = "",
                  day: dt.date | None = None, meeting_id: int | None = None) -> SlipResult:
    """Record a TYFCB: ``from`` thanks ``to`` for business worth ``amount``; may close a referral."""
    _check_pair(from_id, to_id, "member giving thanks", "member thanked")
    value = amounts.parse_amount(amount, "thank-you amount")
    if value <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The thank-you amount must be more than 0."))
    if business not in BUSINESS_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Business is new or repeat, not \"{business}\".").format(business=business))
    if kind not in REFERRAL_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A thank-you is inside or outside, not \"{kind}\".").format(kind=kind))
    currency = currency or prefs.get("currency") or "AED"
    with database.atomic():
        closed = None
        if referral_id is not None:
            ref = Referral.get_or_none(Referral.id == referral_id)
            if ref is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The referral #{referral_id} does not exist.").format(referral_id=referral_id))
            closed = {"id": ref.id, "status": ref.status, "value": str(ref.value) if ref.value is not None else None}
            ref.status, ref.value = "Closed", value
            ref.save()
            closed["followups"] = _close_referral_followups(ref.id)
        ty = ThankYou.create(date=day or dt.date.today(), meeting=meeting_id, from_contact=from_id, to_contact=to_id,
                             amount=value, currency=currency, business=business, kind=kind, referral=referral_id,
                             notes=normalize.clean(notes))
        meeting_undo.push(undo_labels.THANK_YOU, {"kind": "slip", "table": "thank_you", "id": ty.id,
                                        "closed_referral": closed})
    names = _names(from_id, to_id)
    said = {"giver": names[from_id], "receiver": names[to_id], "amount": amounts.format_amount(value, currency)}
    message = THANKS.format(**said)
    if closed is not None:
        done = len(closed["followups"])
        message = (THANKS_CLOSED if not done else THANKS_CLOSED_ONE if done == 1 else THANKS_CLOSED_MANY).format(**said)
    return SlipResult(ty.id, message)


def _close_referral_followups(referral_id: int) -> list[dict]:
    """Mark done the open follow-ups about a referral that is now closed; return what they were (undo)."""
    keys = [f"referral_received:{referral_id}", f"referral_given:{referral_id}"]
    items = list(FollowUp.select().where(FollowUp.origin_key.in_(keys) & FollowUp.status.in_(("open", "snoozed"))))
    before = [{"id": f.id, "status": f.status, "due": f.due.isoformat()} for f in items]
    if items:
        FollowUp.update(status="done", done_at=now()).where(FollowUp.id.in_([f.id for f in items])).execute()
    return before


def add_one_to_one(member_a: int, member_b: int, *, day: dt.date | None = None, location: str = "",
                   notes: str = "", meeting_id: int | None = None) -> SlipResult:
    """Record a one-to-one between two members."""
    _check_pair(member_a, member_b, "first member", "second member")
    day = day or dt.date.today()
    if day > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A one-to-one is recorded once it happened; {day:%d %b %Y} is in the future.").format(day=day))
    with database.atomic():
        row = OneToOne.create(date=day, meeting=meeting_id, member_a=member_a, member_b=member_b,
                              location=normalize.clean(location), notes=normalize.clean(notes))
        meeting_undo.push(undo_labels.ONE_TO_ONE, {"kind": "slip", "table": "one_to_one", "id": row.id})
    names = _names(member_a, member_b)
    return SlipResult(row.id, ONE_TO_ONE_RECORDED.format(first=names[member_a], second=names[member_b]))


def add_ceu(contact_id: int, credits: float = 1.0, *, day: dt.date | None = None, note: str = "",
            meeting_id: int | None = None) -> SlipResult:
    """Record chapter education credits (fractions allowed)."""
    chapter_people.require_contact(contact_id, "member")
    try:
        value = float(str(credits).replace(",", "."))
    except ValueError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "CEU credits must be a number like 1 or 0.5, not \"{credits}\".").format(credits=credits)) from exc
    if not 0 < value <= 100:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "CEU credits must be more than 0 (and at most 100)."))
    with database.atomic():
        row = CEU.create(date=day or dt.date.today(), meeting=meeting_id, contact=contact_id, credits=value,
                         note=normalize.clean(note))
        meeting_undo.push(undo_labels.CEU, {"kind": "slip", "table": "ceu", "id": row.id})
    return SlipResult(row.id, CEU_RECORDED.format(credits=f"{value:g}", name=chapter_people.person_name(contact_id)))
