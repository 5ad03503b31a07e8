"""The follow-up rules rewritten as named CTEs (issue 15) give the same queue as the SQL they replaced.

``followup_rules_before`` is a frozen copy of the rules as they were. Hypothesis draws small worlds
(contacts of every stage, touches on every channel, meetings, one-to-ones, referrals, thank-yous,
chapter members, prospects, profiles, the user's own items, history imports) and runs both versions
on the same database, twice at two dates (so closing and refilling are compared too), with small
caps so that the order of the capped rules matters. The queues must be equal row for row.
"""

from __future__ import annotations

import datetime as dt

import followup_rules_before as before
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from totalnet_desktop.core.followups import rules
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.models import (
    Attendance,
    Chapter,
    Contact,
    ContactPoint,
    ContactTag,
    FollowUp,
    HistoryImport,
    Interaction,
    Meeting,
    Membership,
    OneToOne,
    Referral,
    Tag,
    ThankYou,
)

TODAY = dt.date(2026, 3, 11)
STAGES = ("Know", "Like", "Trust", "Partner")
CHANNELS = ("in_person", "one_to_one", "phone", "messaging", "email", "linkedin", "instagram", "other")

people = st.lists(st.fixed_dictionaries({
    "stage": st.sampled_from(STAGES),
    "cadence_days": st.one_of(st.none(), st.integers(0, 40)),
    "trashed": st.booleans(),
    "archived": st.sampled_from((False, False, False, True)),
    "source": st.sampled_from(("", "LinkedIn", "linkedin", "csv", "x", "Visitor")),
    "met_channel": st.sampled_from(("", "in_person", "linkedin", "one_to_one", "phone")),
    "met_on": st.one_of(st.none(), st.integers(-200, 0)),
    "profession": st.sampled_from(("", "Caterer", "Dentist", "Mortgage broker")),
    "prospect": st.booleans(),
    "profile": st.sampled_from((None, "linkedin", "instagram", "x")),
    "member": st.sampled_from((None, True, False)),
}), min_size=2, max_size=9)

world = st.fixed_dictionaries({
    "people": people,
    "me": st.one_of(st.none(), st.integers(0, 8)),
    "chapter": st.booleans(),
    "history": st.booleans(),
    "group_resets": st.booleans(),
    "interactions": st.lists(st.tuples(st.integers(0, 8), st.integers(-300, 0), st.sampled_from(CHANNELS),
                                       st.sampled_from(("", "out", "group")), st.integers(1, 30)), max_size=20),
    "meetings": st.lists(st.tuples(st.integers(-40, 3), st.lists(st.tuples(
        st.integers(0, 8), st.sampled_from(("Present", "Late", "Absent", "Visitor"))), max_size=4)), max_size=3,
        unique_by=lambda m: m[0]),
    "one_to_ones": st.lists(st.tuples(st.integers(0, 8), st.integers(-120, 0), st.booleans()), max_size=4),
    "referrals": st.lists(st.tuples(st.integers(0, 8), st.integers(0, 8), st.one_of(st.none(), st.integers(0, 8)),
                                    st.integers(-35, 0), st.sampled_from(("New", "Pending", "Closed"))), max_size=4),
    "thanks": st.lists(st.tuples(st.integers(0, 8), st.integers(0, 8), st.integers(-20, 0)), max_size=3),
    "own_items": st.lists(st.tuples(st.integers(0, 8), st.sampled_from(("open", "snoozed", "done", "dismissed"))),
                          max_size=4),
    "needs": st.lists(st.sampled_from(("Caterer", "Mortgage broker", "Florist")), max_size=2, unique=True),
    "caps": st.tuples(st.integers(1, 3), st.integers(1, 3), st.integers(1, 3)),
    "later": st.integers(1, 60),
    "done_first": st.booleans(),
})


def _build(w: dict) -> None:
    contacts = []
    for i, p in enumerate(w["people"]):
        met_on = TODAY + dt.timedelta(days=p["met_on"]) if p["met_on"] is not None else None
        contacts.append(Contact.create(
            first_name=f"P{i}", last_name="Test", stage=p["stage"], cadence_days=p["cadence_days"],
            trashed_at=dt.datetime(2026, 1, 1) if p["trashed"] and i % 3 == 0 else None, archived=p["archived"],
            source=p["source"], met_channel=p["met_channel"], met_on=met_on, profession=p["profession"]))
    n = len(contacts)

    def who(k: int) -> Contact:
        return contacts[k % n]

    me = who(w["me"]) if w["me"] is not None else None
    if me is not None:
        prefs.set("me_contact_id", me.id)
    chapter = Chapter.create(name="Agreement", is_mine=True) if w["chapter"] else None
    tag = Tag.create(name="prospect")
    for c, p in zip(contacts, w["people"]):
        if p["prospect"]:
            ContactTag.create(contact=c, tag=tag)
        if p["profile"]:
            ContactPoint.create(contact=c, kind="social", network=p["profile"], value=f"p{c.id}")
        if chapter is not None and p["member"] is not None:
            Membership.create(chapter=chapter, contact=c, active=p["member"])
    batch = HistoryImport.create(source="whatsapp") if w["history"] else None
    prefs.set(rules.GROUP_RESETS_CADENCE_KEY, w["group_resets"])
    for k, (c, days, channel, direction, count) in enumerate(w["interactions"]):
        history = batch is not None and k % 2 == 0
        Interaction.create(contact=who(c), occurred_at=dt.datetime.combine(TODAY, dt.time(9)) + dt.timedelta(days=days),
                           channel=channel, direction=direction if history else "", count=count,
                           source="whatsapp" if history else "", batch=batch if history else None)
    if chapter is not None:
        for days, rows in w["meetings"]:
            meeting = Meeting.create(chapter=chapter, date=TODAY + dt.timedelta(days=days))
            for c, status in {who(c).id: (who(c), s) for c, s in rows}.values():
                Attendance.create(meeting=meeting, contact=c, status=status)
    if me is not None:
        for c, days, a_first in w["one_to_ones"]:
            if who(c).id != me.id:
                a, b = (me, who(c)) if a_first else (who(c), me)
                OneToOne.create(member_a=a, member_b=b, date=TODAY + dt.timedelta(days=days))
        for g, r, p, days, status in w["referrals"]:
            Referral.create(date=TODAY + dt.timedelta(days=days), giver=me if g % 2 else who(g),
                            receiver=who(r) if g % 2 else me, prospect=who(p) if p is not None else None,
                            status=status)
        for f, t, days in w["thanks"]:
            ThankYou.create(date=TODAY + dt.timedelta(days=days), from_contact=who(f), to_contact=me,
                            amount=1000 * (t + 1))
    for c, status in w["own_items"]:
        FollowUp.create(contact=who(c), due=TODAY, reason="Mine", channel="phone", status=status)
    rules.set_referral_needs(w["needs"])


def _queue() -> list[tuple]:
    return [(f.contact_id, f.due, f.reason, f.channel, f.origin, f.origin_key, f.link, f.status,
             f.done_at is not None) for f in FollowUp.select().order_by(FollowUp.origin_key, FollowUp.id)]


def _run(module, w: dict, monkeypatch) -> list[tuple]:
    cadence, meet, connect = w["caps"]
    for name, value in (("cadence", cadence), ("bridge_meet", meet), ("bridge_connect", connect)):
        monkeypatch.setitem(module.OPEN_CAP, name, value)
    module.run_rules(TODAY)
    if w["done_first"]:
        FollowUp.update(status="done").where(FollowUp.origin == "cadence").execute()
    module.run_rules(TODAY + dt.timedelta(days=w["later"]))
    return _queue()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(w=world)
def test_old_and_new_rules_make_the_same_queue(db, w):
    with pytest.MonkeyPatch.context() as monkeypatch, db.atomic() as outer:
        _build(w)
        with db.atomic() as trial:
            old = _run(before, w, monkeypatch)
            trial.rollback()
        new = _run(rules, w, monkeypatch)
        outer.rollback()
    assert new == old
