"""The Insights queries (named CTEs) against a plain Python count of the same random rows (Hypothesis):
follow-through, referrals per month and where received referrals came from."""

from __future__ import annotations

import datetime as dt

import hypothesis.strategies as st
from hypothesis import HealthCheck, given, settings

from totalnet_desktop.core.insights import facade as insights
from totalnet_desktop.core.insights import referrals as refs
from totalnet_desktop.core.insights import trust
from totalnet_desktop.core.store.enums import FollowUpStatus
from totalnet_desktop.core.store.models import (
    Attendance,
    Chapter,
    Contact,
    ContactPoint,
    FollowUp,
    Interaction,
    Meeting,
    Membership,
    Referral,
    database,
)

D = dt.date
PERIOD = insights.Period(D(2026, 1, 1), D(2026, 6, 30), "H1")
TODAY = D(2026, 4, 15)
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
days = st.integers(-20, 200).map(lambda n: D(2026, 1, 1) + dt.timedelta(days=n))


def _clear(*models) -> None:
    for model in models:
        model.delete().execute()


def bucket(day: dt.date) -> str:
    return f"{day.year}-{day.month:02d}"


@SLOW
@given(st.lists(st.tuples(days, st.sampled_from(FollowUpStatus.values()),
                          st.one_of(st.none(), st.integers(-5, 5))), max_size=25))
def test_follow_through_agrees_with_a_python_count(db, items):
    _clear(FollowUp, Contact)
    c = Contact.create(first_name="C")
    expected: dict[str, list[int]] = {}
    for due, status, done_delta in items:
        done_at = None if done_delta is None else dt.datetime.combine(due + dt.timedelta(days=done_delta),
                                                                         dt.time(9, 30))
        FollowUp.create(contact=c, due=due, reason="x", status=status, done_at=done_at)
        if not PERIOD.start <= due <= PERIOD.end:
            continue
        if status == "done":
            k = 0 if done_at is None or done_at.date() <= due else 1
        elif status == "dismissed":
            k = 2
        else:
            k = 3 if due < TODAY else 4
        expected.setdefault(bucket(due), [0] * 5)[k] += 1
    got = trust.follow_through(PERIOD, TODAY)
    assert {m.bucket: [m.on_time, m.late, m.dismissed, m.overdue, m.pending] for m in got.months
            if m.total} == expected


@SLOW
@given(st.lists(st.tuples(days, st.integers(0, 3), st.integers(0, 3), st.sampled_from(["inside", "outside"])),
                max_size=25))
def test_referrals_per_month_agree_with_a_python_count(db, rows):
    _clear(Referral, Contact)
    people = [Contact.create(first_name=f"P{i}", is_me=(i == 0)) for i in range(4)]  # 0 is me
    expected: dict[str, list[int]] = {}
    for day, giver, receiver, kind in rows:
        Referral.create(date=day, giver=people[giver], receiver=people[receiver], kind=kind)
        if giver == receiver or 0 not in (giver, receiver) or not PERIOD.start <= day <= PERIOD.end:
            continue
        k = (0 if giver == 0 else 2) + (0 if kind == "inside" else 1)
        expected.setdefault(bucket(day), [0] * 4)[k] += 1
    got = refs.referrals_by_month(PERIOD, insights.viewpoint())
    assert {m.bucket: [m.given_inside, m.given_outside, m.received_inside, m.received_outside]
            for m in got.months if m.given or m.received} == expected


# What each giver has: (member of my chapter, member of another, visitor, online touch, social profile,
# online source). The first matching origin wins.
evidence = st.tuples(*(st.booleans() for _ in range(6)))


@SLOW
@given(st.lists(evidence, min_size=1, max_size=6), st.lists(st.tuples(st.integers(0, 5), days), max_size=20),
       st.booleans())
def test_referral_sources_agree_with_a_python_rule(db, givers, received, mine_known):
    _clear(Referral, Attendance, Meeting, Membership, Chapter, Interaction, ContactPoint, Contact)
    database.execute_sql("DELETE FROM setting WHERE key IN ('me_contact_id', 'my_chapter_id')")
    me = Contact.create(first_name="Me", is_me=True)
    mine = Chapter.create(name="Mine", is_mine=mine_known)
    other = Chapter.create(name="Other")
    meeting = Meeting.create(chapter=other, date=D(2025, 5, 5))
    ids = []
    for i, (my_member, other_member, visitor, touch, social, source) in enumerate(givers):
        g = Contact.create(first_name=f"G{i}", source="LinkedIn" if source else "Manual")
        ids.append(g)
        if my_member:
            Membership.create(chapter=mine, contact=g)
        if other_member:
            Membership.create(chapter=other, contact=g)
        if visitor:
            Attendance.create(meeting=meeting, contact=g, status="Visitor")
        if touch:
            Interaction.create(contact=g, occurred_at=dt.datetime(2025, 3, 3, 10), channel="linkedin")
        else:
            Interaction.create(contact=g, occurred_at=dt.datetime(2025, 3, 3, 10), channel="phone")
        if social:
            ContactPoint.create(contact=g, kind="social", network="x", value=f"@g{i}")
    view = insights.viewpoint()
    expected = {key: 0 for key in refs.SOURCE_LABELS}
    for which, day in received:
        if which >= len(givers):
            continue
        Referral.create(date=day, giver=ids[which], receiver=me)
        if not PERIOD.start <= day <= PERIOD.end:
            continue
        my_member, other_member, visitor, touch, social, source = givers[which]
        member = my_member or (other_member and view.chapter_id is None)
        origin = ("member" if member else "visitor" if visitor else
                  "online" if touch or social or source else "other")
        expected[origin] += 1
    got = refs.referral_sources(PERIOD, view)
    assert dict(got.counts) == {refs.SOURCE_LABELS[k]: n for k, n in expected.items()}
