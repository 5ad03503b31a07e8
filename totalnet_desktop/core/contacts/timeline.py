"""A contact's history, newest first: interactions, referrals, thank-yous, meetings, one-to-ones."""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal

from totalnet_desktop.core.store.labels import REFERRAL_STATUS_TEXTS, STATUS_TEXTS
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
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP, Amount, Text

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
    return {c.id: c.full_name or NO_NAME for c in rows}


def _amount(value, currency: str) -> Amount | str:
    """The sum as a marked sentence's argument (written in the member's digits on screen)."""
    try:
        return Amount(Decimal(str(value)), currency)
    except (TypeError, ValueError, ArithmeticError):
        return f"{currency} {value}"


# Titles are marked (context "Timeline") and shown through i18n.tr_core; the English is unchanged.
NO_NAME = QT_TRANSLATE_NOOP("Timeline", "(no name)")
DIRECTION_WORDS: dict[str, str] = {
    "out": QT_TRANSLATE_NOOP("Timeline", "from you"), "in": QT_TRANSLATE_NOOP("Timeline", "to you"),
    "both": QT_TRANSLATE_NOOP("Timeline", "both ways"), "group": ""}
SHORT_CHANNELS: dict[str, str] = {"messaging": "WhatsApp", "email": CHANNEL_LABELS["email"], "linkedin": "LinkedIn"}
# Kinds of touch (stored English keys; the same words and context as the log-a-touch dialog's).
KIND_WORDS: dict[str, Text] = {
    "call": QT_TRANSLATE_NOOP("Touch", "call"), "message": QT_TRANSLATE_NOOP("Touch", "message"),
    "meeting": QT_TRANSLATE_NOOP("Touch", "meeting"), "coffee": QT_TRANSLATE_NOOP("Touch", "coffee"),
    "comment": QT_TRANSLATE_NOOP("Touch", "comment"), "connected": QT_TRANSLATE_NOOP("Touch", "connected"),
    "introduction": QT_TRANSLATE_NOOP("Touch", "introduction"), "e-mail": QT_TRANSLATE_NOOP("Touch", "e-mail"),
    "invitation": QT_TRANSLATE_NOOP("Touch", "invitation"),
    "recommendation": QT_TRANSLATE_NOOP("Touch", "recommendation"),
    "endorsement": QT_TRANSLATE_NOOP("Touch", "endorsement"),
}
REFERRAL_KIND_WORDS = {"inside": QT_TRANSLATE_NOOP("Timeline", "inside"),
                       "outside": QT_TRANSLATE_NOOP("Timeline", "outside")}
BUSINESS_WORDS = {"new": QT_TRANSLATE_NOOP("Timeline", "new"), "repeat": QT_TRANSLATE_NOOP("Timeline", "repeat")}

WITH_KIND = QT_TRANSLATE_NOOP("Timeline", "{channel} ({kind})")
GROUP = QT_TRANSLATE_NOOP("Timeline", "{channel} group")
CHANNEL_KIND = QT_TRANSLATE_NOOP("Timeline", "{channel} {kind}")
CALENDAR = QT_TRANSLATE_NOOP("Timeline", "{label} (calendar)")
COUNT_DIRECTION = QT_TRANSLATE_NOOP("Timeline", "{label}: %n message(s), {direction}")
COUNT_ONLY = QT_TRANSLATE_NOOP("Timeline", "{label}: %n message(s)")
DIRECTION_ONLY = QT_TRANSLATE_NOOP("Timeline", "{label}: {direction}")
GAVE = QT_TRANSLATE_NOOP("Timeline", "Gave a referral to {name} (hotness {hotness}/5, {status}, {kind})")
RECEIVED = QT_TRANSLATE_NOOP("Timeline", "Received a referral from {name} (hotness {hotness}/5, {status}, {kind})")
REFERRED = QT_TRANSLATE_NOOP("Timeline", "Referred by {giver} to {receiver}")
THANKED = QT_TRANSLATE_NOOP("Timeline", "Thanked {name} for {amount} ({business} business)")
THANKED_BY = QT_TRANSLATE_NOOP("Timeline", "Thanked by {name} for {amount} ({business} business)")
ONE_TO_ONE = QT_TRANSLATE_NOOP("Timeline", "One-to-one with {name}")
ONE_TO_ONE_AT = QT_TRANSLATE_NOOP("Timeline", "One-to-one with {name} at {place}")
MEETING = QT_TRANSLATE_NOOP("Timeline", "Chapter meeting: {status}")
CEU_WHOLE = QT_TRANSLATE_NOOP("Timeline", "CEU: %n credit(s)")
CEU_PART = QT_TRANSLATE_NOOP("Timeline", "CEU: {credits} credits")


def _word(table: dict, key: str):
    return table.get(key or "", key or "")


def _imported(channel: str, kind: str, count: int, direction: str, source: str) -> str:
    """A touch from history: 'WhatsApp: 3 messages, both ways', 'WhatsApp group: 2 messages',
    'LinkedIn invitation, to you', 'Online meeting (calendar)'."""
    label: str = SHORT_CHANNELS.get(channel, CHANNEL_LABELS.get(channel, channel))
    if kind == "group message":
        label = GROUP.format(channel=label)
    elif kind not in ("message", "e-mail", "meeting", "one-to-one", ""):
        label = CHANNEL_KIND.format(channel=label, kind=_word(KIND_WORDS, kind))
    if source == "calendar":
        return CALENDAR.format(label=label)
    way = DIRECTION_WORDS.get(direction, "")
    if count > 1:
        return COUNT_DIRECTION.format(label=label, n=count, direction=way) if way else \
            COUNT_ONLY.format(label=label, n=count)
    return DIRECTION_ONLY.format(label=label, direction=way) if way else label


def timeline(contact_id: int, limit: int = 500) -> list[TimelineEntry]:
    """Everything that happened with a contact, newest first (at most ``limit`` entries)."""
    entries: list[TimelineEntry] = []
    for i in (Interaction.select().where(Interaction.contact == contact_id)
              .order_by(Interaction.occurred_at.desc()).limit(limit)):
        label = CHANNEL_LABELS.get(i.channel, i.channel)
        # "E-mail (email)" says nothing twice: show the kind only when it adds something.
        kind = i.kind if i.kind and i.kind.replace("-", "").lower() not in label.replace("-", "").lower() else ""
        title: str = WITH_KIND.format(channel=label, kind=_word(KIND_WORDS, kind)) if kind else label
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
        detail = {"hotness": r.hotness, "status": _word(REFERRAL_STATUS_TEXTS, r.status),
                  "kind": _word(REFERRAL_KIND_WORDS, r.kind)}
        if r.giver_id == contact_id:
            entries.append(TimelineEntry(_at(r.date), "referral_given",
                                         GAVE.format(name=names.get(r.receiver_id, "?"), **detail), r.notes, "", r.id))
        if r.receiver_id == contact_id:
            entries.append(TimelineEntry(_at(r.date), "referral_received",
                                         RECEIVED.format(name=names.get(r.giver_id, "?"), **detail), r.notes, "", r.id))
        if r.prospect_id == contact_id:
            entries.append(TimelineEntry(_at(r.date), "referral_prospect",
                                         REFERRED.format(giver=names.get(r.giver_id, "?"),
                                                         receiver=names.get(r.receiver_id, "?")), r.notes, "", r.id))
    for t in thanks:
        amount = _amount(t.amount, t.currency)
        business = _word(BUSINESS_WORDS, t.business)
        if t.from_contact_id == contact_id:
            entries.append(TimelineEntry(_at(t.date), "thank_you_given",
                                         THANKED.format(name=names.get(t.to_contact_id, "?"), amount=amount,
                                                        business=business), t.notes, "", t.id))
        if t.to_contact_id == contact_id:
            entries.append(TimelineEntry(_at(t.date), "thank_you_received",
                                         THANKED_BY.format(name=names.get(t.from_contact_id, "?"), amount=amount,
                                                           business=business), t.notes, "", t.id))
    for o in ones:
        other = names.get(o.member_b_id if o.member_a_id == contact_id else o.member_a_id, "?")
        title = ONE_TO_ONE_AT.format(name=other, place=o.location) if o.location else ONE_TO_ONE.format(name=other)
        entries.append(TimelineEntry(_at(o.date), "one_to_one", title, o.notes, "one_to_one", o.id))
    attended = (Attendance.select(Attendance, Meeting).join(Meeting)
                .where(Attendance.contact == contact_id).order_by(Meeting.date.desc()).limit(limit))
    for a in attended:
        entries.append(TimelineEntry(_at(a.meeting.date), "meeting",
                                     MEETING.format(status=_word(STATUS_TEXTS, a.status)), a.note,
                                     "in_person" if a.status in ("Present", "Late", "Visitor") else "", a.id))
    for c in CEU.select().where(CEU.contact == contact_id).limit(limit):
        credits = float(c.credits)
        title = CEU_WHOLE.format(n=int(credits)) if credits.is_integer() else CEU_PART.format(credits=f"{credits:g}")
        entries.append(TimelineEntry(_at(c.date), "ceu", title, c.note, "", c.id))
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries[:limit]
