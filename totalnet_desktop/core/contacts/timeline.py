"""A contact's history, newest first: interactions, referrals, thank-yous, meetings, one-to-ones."""

from __future__ import annotations

import datetime as dt
import logging

from totalnet_desktop.core.store.models import (
    CEU,
    CHANNEL_LABELS,
    Attendance,
    Contact,
    Interaction,
    Meeting,
    OneToOne,
    Referral,
    ThankYou,
)
from totalnet_desktop.core.store.records import TimelineEntry

logger = logging.getLogger(__name__)


def _at(value) -> dt.datetime:
    """Dates and datetimes on one axis (a bare date sorts at the start of its day)."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, str) and value:
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    return dt.datetime.min


def _names(ids: set[int]) -> dict[int, str]:
    ids.discard(None)
    if not ids:
        return {}
    rows = Contact.select(Contact.id, Contact.first_name, Contact.last_name).where(Contact.id.in_(list(ids)))
    return {c.id: c.full_name or "(no name)" for c in rows}


def _amount(value, currency: str) -> str:
    try:
        return f"{currency} {float(value):,.0f}"
    except (TypeError, ValueError):
        return f"{currency} {value}"


DIRECTION_WORDS = {"out": "from you", "in": "to you", "both": "both ways", "group": ""}
SHORT_CHANNELS = {"messaging": "WhatsApp", "email": "E-mail", "linkedin": "LinkedIn"}


def _imported(channel: str, kind: str, count: int, direction: str, source: str) -> str:
    """A touch from history: 'WhatsApp: 3 messages, both ways', 'WhatsApp group: 2 messages',
    'LinkedIn invitation, to you', 'Online meeting (calendar)'."""
    label = SHORT_CHANNELS.get(channel, CHANNEL_LABELS.get(channel, channel))
    if kind == "group message":
        label += " group"
    elif kind not in ("message", "e-mail", "meeting", "one-to-one", ""):
        label += f" {kind}"
    parts = [f"{count} messages" if count > 1 else "", DIRECTION_WORDS.get(direction, "")]
    text = ", ".join(p for p in parts if p)
    if source == "calendar":
        return f"{label} (calendar)"
    return label + (f": {text}" if text else "")


def timeline(contact_id: int, limit: int = 500) -> list[TimelineEntry]:
    """Everything that happened with a contact, newest first (at most ``limit`` entries)."""
    entries: list[TimelineEntry] = []
    for i in (Interaction.select().where(Interaction.contact == contact_id)
              .order_by(Interaction.occurred_at.desc()).limit(limit)):
        label = CHANNEL_LABELS.get(i.channel, i.channel)
        # "E-mail (email)" says nothing twice: show the kind only when it adds something.
        kind = i.kind if i.kind and i.kind.replace("-", "").lower() not in label.replace("-", "").lower() else ""
        title = label + (f" ({kind})" if kind else "")
        if i.source:  # read from the member's history: how much and which way
            title = _imported(i.channel, i.kind, i.count, i.direction, i.source)
        entries.append(TimelineEntry(_at(i.occurred_at), "interaction", title, i.note, i.channel, i.id))

    referrals = list(Referral.select().where((Referral.giver == contact_id) | (Referral.receiver == contact_id)
                                             | (Referral.prospect == contact_id)).limit(limit))
    thanks = list(ThankYou.select().where((ThankYou.from_contact == contact_id)
                                          | (ThankYou.to_contact == contact_id)).limit(limit))
    ones = list(OneToOne.select().where((OneToOne.member_a == contact_id)
                                        | (OneToOne.member_b == contact_id)).limit(limit))
    people = {r.giver_id for r in referrals} | {r.receiver_id for r in referrals} | {
        r.prospect_id for r in referrals} | {t.from_contact_id for t in thanks} | {t.to_contact_id for t in thanks} | {
        o.member_a_id for o in ones} | {o.member_b_id for o in ones}
    names = _names(set(people))
    for r in referrals:
        detail = f"hotness {r.hotness}/5, {r.status}, {r.kind}"
        if r.giver_id == contact_id:
            entries.append(TimelineEntry(_at(r.date), "referral_given",
                                         f"Gave a referral to {names.get(r.receiver_id, '?')} ({detail})",
                                         r.notes, "", r.id))
        if r.receiver_id == contact_id:
            entries.append(TimelineEntry(_at(r.date), "referral_received",
                                         f"Received a referral from {names.get(r.giver_id, '?')} ({detail})",
                                         r.notes, "", r.id))
        if r.prospect_id == contact_id:
            entries.append(TimelineEntry(_at(r.date), "referral_prospect",
                                         f"Referred by {names.get(r.giver_id, '?')} to "
                                         f"{names.get(r.receiver_id, '?')}", r.notes, "", r.id))
    for t in thanks:
        amount = _amount(t.amount, t.currency)
        if t.from_contact_id == contact_id:
            entries.append(TimelineEntry(_at(t.date), "thank_you_given",
                                         f"Thanked {names.get(t.to_contact_id, '?')} for {amount} ({t.business} business)",
                                         t.notes, "", t.id))
        if t.to_contact_id == contact_id:
            entries.append(TimelineEntry(_at(t.date), "thank_you_received",
                                         f"Thanked by {names.get(t.from_contact_id, '?')} for {amount} "
                                         f"({t.business} business)", t.notes, "", t.id))
    for o in ones:
        other = o.member_b_id if o.member_a_id == contact_id else o.member_a_id
        where = f" at {o.location}" if o.location else ""
        entries.append(TimelineEntry(_at(o.date), "one_to_one", f"One-to-one with {names.get(other, '?')}{where}",
                                     o.notes, "one_to_one", o.id))
    attended = (Attendance.select(Attendance, Meeting).join(Meeting)
                .where(Attendance.contact == contact_id).order_by(Meeting.date.desc()).limit(limit))
    for a in attended:
        entries.append(TimelineEntry(_at(a.meeting.date), "meeting", f"Chapter meeting: {a.status}", a.note,
                                     "in_person" if a.status in ("Present", "Late", "Visitor") else "", a.id))
    for c in CEU.select().where(CEU.contact == contact_id).limit(limit):
        entries.append(TimelineEntry(_at(c.date), "ceu", f"CEU: {c.credits:g} credit(s)", c.note, "", c.id))
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries[:limit]
