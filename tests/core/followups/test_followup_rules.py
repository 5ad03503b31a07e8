"""The queue's rules on a real database with a fixed today (Wednesday 11 March 2026)."""

import datetime as dt

import pytest

pytestmark = pytest.mark.both_engines

from people import person

from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.followups import rules
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.models import (
    Attendance,
    Chapter,
    ContactPoint,
    ContactTag,
    FollowUp,
    Interaction,
    Meeting,
    Membership,
    OneToOne,
    Referral,
    Tag,
    ThankYou,
)

TODAY = dt.date(2026, 3, 11)  # a Wednesday


def day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def at(n: int) -> dt.datetime:
    return dt.datetime.combine(day(n), dt.time(10, 0))


def items(origin=None):
    query = FollowUp.select().order_by(FollowUp.id)
    if origin:
        query = query.where(FollowUp.origin == origin)
    return list(query)


@pytest.fixture
def me(db):
    contact = person("Mona", "Me", is_me=True)
    prefs.set("me_contact_id", contact.id)
    return contact


@pytest.fixture
def chapter(db, me):
    ch = Chapter.create(name="Dubai Marina Achievers", is_mine=True)
    prefs.set("my_chapter_id", ch.id)
    Membership.create(chapter=ch, contact=me)
    return ch


def test_visitor_gets_a_thank_you_item_the_next_business_day(chapter):
    friday = dt.date(2026, 3, 6)
    meeting = Meeting.create(chapter=chapter, date=friday)
    visitor = person("Layla", "Haddad")
    att = Attendance.create(meeting=meeting, contact=visitor, status="Visitor")
    result = rules.run_rules(TODAY)
    assert result.created["visitor"] == 1
    (item,) = items("visitor")
    assert item.reason == "Thank Layla Haddad for visiting and invite them back"
    assert item.due == dt.date(2026, 3, 9)  # Friday -> Monday
    assert item.origin_key == f"visitor:{att.id}"
    assert item.contact_id == visitor.id


def test_running_the_rules_twice_creates_nothing_new(chapter, me):
    meeting = Meeting.create(chapter=chapter, date=day(-2))
    Attendance.create(meeting=meeting, contact=person("Omar"), status="Visitor")
    giver = person("Priya", "Iyer")
    Referral.create(date=day(-1), giver=giver, receiver=me, prospect=person("Wei", "Li"))
    Referral.create(date=day(-8), giver=me, receiver=giver)
    ThankYou.create(date=day(-1), from_contact=giver, to_contact=me, amount=5000)
    first = rules.run_rules(TODAY)
    assert first.total_created == 4  # visitor, referral received, referral given, thank-you
    count = FollowUp.select().count()
    second = rules.run_rules(TODAY)
    assert second.total_created == 0 and second.closed == 0
    assert FollowUp.select().count() == count


def test_check_in_queue_and_rule_share_the_key(chapter):
    meeting = Meeting.create(chapter=chapter, date=day(-1))
    att = Attendance.create(meeting=meeting, contact=person("Omar"), status="Visitor")
    assert followups.queue(att.contact_id, day(0), "Thank Omar", origin="visitor",
                           origin_key=f"visitor:{att.id}") is not None
    assert rules.run_rules(TODAY).created["visitor"] == 0
    assert len(items("visitor")) == 1


def test_removed_visitor_check_in_removes_its_open_item(chapter):
    meeting = Meeting.create(chapter=chapter, date=day(-1))
    att = Attendance.create(meeting=meeting, contact=person("Omar"), status="Visitor")
    rules.run_rules(TODAY)
    att.delete_instance()
    rules.run_rules(TODAY)
    assert items("visitor") == []


def test_rules_know_me_as_every_screen_does(me, chapter):
    """One resolver (core.store.identity): with my own contact in the trash the rules know no "me", as
    Insights and Meeting day don't; a chapter id that no longer exists is not my chapter."""
    from totalnet_desktop.core.store import identity

    giver = person("Priya", "Iyer")
    Referral.create(date=day(-1), giver=giver, receiver=me)
    ThankYou.create(date=day(-1), from_contact=giver, to_contact=me, amount=500, currency="AED")
    me.trashed_at = at(-1)
    me.save()
    prefs.set("my_chapter_id", chapter.id + 100)
    assert identity.me_id() is None and identity.my_chapter_id() == chapter.id
    rules.run_rules(TODAY)
    assert not items("referral_received") and not items("thank_you")


def test_referral_passed_to_me_and_given_by_me(me):
    giver, prospect, receiver = person("Priya", "Iyer"), person("Wei", "Li"), person("Carlos", "Reyes")
    received = Referral.create(date=day(-1), giver=giver, receiver=me, prospect=prospect)
    inside = Referral.create(date=day(-1), giver=receiver, receiver=me, kind="inside")
    given = Referral.create(date=day(-2), giver=me, receiver=receiver, prospect=prospect)
    Referral.create(date=day(-2), giver=me, receiver=giver, status="Closed")
    Referral.create(date=day(-2), giver=giver, receiver=receiver)  # not mine
    rules.run_rules(TODAY)
    by_key = {i.origin_key: i for i in items()}
    item = by_key[f"referral_received:{received.id}"]
    assert (item.reason, item.contact_id, item.due) == ("Contact Wei Li (from Priya Iyer)", prospect.id, TODAY)
    assert by_key[f"referral_received:{inside.id}"].contact_id == receiver.id
    item = by_key[f"referral_given:{given.id}"]
    assert (item.reason, item.contact_id, item.due) == ("Ask Carlos Reyes how it went with Wei Li", receiver.id,
                                                       day(5))
    assert len(items("referral_given")) == 1 and len(items("referral_received")) == 2


def test_thank_you_received(me):
    giver = person("Priya", "Iyer")
    ty = ThankYou.create(date=dt.date(2026, 3, 10), from_contact=giver, to_contact=me, amount=12500,
                         currency="AED")
    ThankYou.create(date=day(-1), from_contact=me, to_contact=giver, amount=100)  # I thanked: no item
    rules.run_rules(TODAY)
    (item,) = items("thank_you")
    assert item.origin_key == f"thank_you:{ty.id}" and item.contact_id == giver.id
    assert item.reason == "Thank Priya Iyer for the AED 12,500 closed-business thank-you"
    assert item.due == TODAY


def test_without_me_no_referral_items(db):
    Referral.create(date=day(-1), giver=person("A"), receiver=person("B"))
    assert rules.run_rules(TODAY).total_created == 0


def test_cadence_runs_out_by_stage_and_custom_days(db):
    trust = person("Tara", stage="Trust")  # 30 days
    know = person("Ken", stage="Know")  # 90 days
    custom = person("Cora", stage="Know", cadence_days=10)
    Interaction.create(contact=trust, occurred_at=at(-31), channel="phone")
    Interaction.create(contact=know, occurred_at=at(-31), channel="email")
    Interaction.create(contact=custom, occurred_at=at(-12), channel="messaging")
    rules.run_rules(TODAY)
    got = {i.contact_id: i for i in items("cadence")}
    assert set(got) == {trust.id, custom.id}
    assert got[trust.id].due == TODAY and got[trust.id].channel == "phone"  # ran out yesterday: due now
    assert got[trust.id].reason == "Keep in touch with Tara: last contact 8 Feb 2026 (every 30 days)"
    assert got[custom.id].due == TODAY


def test_cadence_shows_up_to_six_days_ahead(db):
    partner = person("Pia", stage="Partner")  # 14 days
    Interaction.create(contact=partner, occurred_at=at(-8), channel="phone")  # runs out in 6 days
    later = person("Lou", stage="Partner")
    Interaction.create(contact=later, occurred_at=at(-7), channel="phone")  # in 7 days: not yet
    rules.run_rules(TODAY)
    assert [(i.contact_id, i.due) for i in items("cadence")] == [(partner.id, day(6))]


@pytest.mark.parametrize("channel", ["linkedin", "instagram", "phone", "in_person", "messaging"])
def test_a_touch_on_any_channel_resets_the_cadence(db, channel):
    trust = person("Tara", stage="Trust", source="LinkedIn")  # connected: no bridge item in the way
    Interaction.create(contact=trust, occurred_at=at(-40), channel="email")
    rules.run_rules(TODAY)
    (item,) = items("cadence")
    Interaction.create(contact=trust, occurred_at=at(-1), channel=channel)
    result = rules.run_rules(TODAY)
    assert result.closed == 1
    assert FollowUp.get_by_id(item.id).status == "done"
    assert [i for i in followups.list_items(today=TODAY) if i.origin == "cadence"] == []
    # 30 days after that touch it comes back, once.
    rules.run_rules(day(29))
    rules.run_rules(day(29))
    pending = [i for i in items("cadence") if i.status == "open"]
    assert len(pending) == 1 and pending[0].due == day(29)


def test_marking_a_cadence_item_done_resets_it(db):
    trust = person("Tara", stage="Trust")
    Interaction.create(contact=trust, occurred_at=at(-40), channel="email")
    rules.run_rules(TODAY)
    (item,) = items("cadence")
    followups.mark_done(item.id, "x", "liked her post", today=TODAY)
    rules.run_rules(TODAY)
    assert [i.status for i in items("cadence")] == ["done"]
    rules.run_rules(day(24))  # 30 days minus the 6-day horizon
    assert [i.status for i in items("cadence")] == ["done", "open"]


def test_meeting_attendance_counts_as_a_touch(chapter):
    member = person("Sam", stage="Partner")
    Membership.create(chapter=chapter, contact=member)
    Interaction.create(contact=member, occurred_at=at(-60), channel="phone")
    meeting = Meeting.create(chapter=chapter, date=day(-7))
    Attendance.create(meeting=meeting, contact=member, status="Present")
    rules.run_rules(TODAY)
    assert items("cadence") == []


def test_no_touch_ever_means_no_cadence_item(db):
    person("Nadia", stage="Partner")
    rules.run_rules(TODAY)
    assert items("cadence") == []


def test_cadence_is_capped_and_refills(db, monkeypatch):
    monkeypatch.setitem(rules.OPEN_CAP, "cadence", 3)
    people = [person(f"P{i}", stage="Trust") for i in range(5)]
    for p in people:
        Interaction.create(contact=p, occurred_at=at(-40), channel="email")
    rules.run_rules(TODAY)
    assert len(items("cadence")) == 3
    followups.dismiss(items("cadence")[0].id)
    rules.run_rules(TODAY)
    assert len([i for i in items("cadence") if i.status == "open"]) == 3


def tag(contact, name):
    t, _ = Tag.get_or_create(name=name)
    ContactTag.create(contact=contact, tag=t)


def linkedin(contact, value):
    ContactPoint.create(contact=contact, kind="social", network="linkedin", value=value, key=value)


def test_bridge_invite_online_only_prospects_and_needs(chapter):
    rules.set_referral_needs("Mortgage broker, caterer")
    prospect = person("Ana", "Santos", source="LinkedIn")
    tag(prospect, "Prospect")
    linkedin(prospect, "https://www.linkedin.com/in/ana-santos")
    fits = person("Ravi", "Kapoor", profession="Mortgage Broker", source="LinkedIn")
    not_fit = person("Dan", profession="Dentist", source="LinkedIn")
    met = person("Mei", "Tan", profession="Caterer", source="LinkedIn")
    Interaction.create(contact=met, occurred_at=at(-3), channel="in_person")
    offline = person("Olga", profession="Caterer")  # not known online at all
    rules.run_rules(TODAY)
    got = {i.contact_id: i for i in items("bridge_meet")}
    assert set(got) == {prospect.id, fits.id}
    assert not_fit.id not in got and met.id not in got and offline.id not in got
    item = got[prospect.id]
    assert item.reason == "Invite Ana Santos for a coffee or to visit the chapter"
    assert item.link == "https://www.linkedin.com/in/ana-santos" and item.channel == "linkedin"
    assert item.due == TODAY
    # Met face to face since: the bridge is crossed and the item closes.
    Interaction.create(contact=fits, occurred_at=at(0), channel="one_to_one")
    rules.run_rules(TODAY)
    assert FollowUp.get_by_id(got[fits.id].id).status == "done"


def test_bridge_connect_members_and_in_person_contacts(chapter):
    member = person("Hassan", "Khan", company="Khan Print")
    Membership.create(chapter=chapter, contact=member)
    with_profile = person("Elena", "Novak")
    Interaction.create(contact=with_profile, occurred_at=at(-2), channel="in_person")
    ContactPoint.create(contact=with_profile, kind="social", network="linkedin", value="elena-novak", key="x")
    connected = person("Chen", "Wang", source="LinkedIn")
    Membership.create(chapter=chapter, contact=connected)
    messaged = person("Noor")
    Membership.create(chapter=chapter, contact=messaged)
    Interaction.create(contact=messaged, occurred_at=at(-5), channel="linkedin")
    online_only = person("Yusuf", source="Instagram")
    rules.run_rules(TODAY)
    got = {i.contact_id: i for i in items("bridge_connect")}
    assert set(got) == {member.id, with_profile.id}
    assert got[member.id].reason == "Connect with Hassan Khan on LinkedIn"
    assert got[member.id].link == ("https://www.linkedin.com/search/results/people/?keywords="
                                   "Hassan+Khan+Khan+Print")
    assert got[with_profile.id].link == "https://www.linkedin.com/in/elena-novak"
    assert online_only.id not in got
    # Connecting (a LinkedIn touch) closes it.
    Interaction.create(contact=member, occurred_at=at(0), channel="linkedin", kind="connected")
    rules.run_rules(TODAY)
    assert FollowUp.get_by_id(got[member.id].id).status == "done"


def test_one_to_one_rotation_picks_the_longest_gap(chapter, me):
    a, b, c = person("Aisha", "Haddad"), person("Bilal", "Khan"), person("Carla", "Rossi")
    for m in (a, b, c):
        Membership.create(chapter=chapter, contact=m)
        # Connected and seen weekly: only the rotation concerns them.
        Interaction.create(contact=m, occurred_at=at(-1), channel="linkedin")
    OneToOne.create(date=day(-100), member_a=me, member_b=a)
    OneToOne.create(date=day(-30), member_a=b, member_b=me)
    OneToOne.create(date=day(-200), member_a=c, member_b=b)  # not with me
    rules.run_rules(TODAY)
    (item,) = items("one_to_one")
    assert item.contact_id == c.id and item.reason == "Book a one-to-one with Carla Rossi (no one-to-one yet)"
    assert item.due == TODAY and item.channel == "one_to_one"
    rules.run_rules(TODAY)
    assert len(items("one_to_one")) == 1  # one at a time
    # Done: the one-to-one is logged, the next member in the rotation comes a week later.
    followups.mark_done(item.id, "one_to_one", today=TODAY)
    rules.run_rules(TODAY)
    pending = [i for i in items("one_to_one") if i.status == "open"]
    assert [p.contact_id for p in pending] == [a.id]
    assert pending[0].reason == "Book a one-to-one with Aisha Haddad (last one 1 Dec 2025)"
    assert pending[0].due == day(7)


def test_dismissed_rotation_item_moves_to_the_next_member(chapter, me):
    a, b = person("Aisha"), person("Bilal")
    for m in (a, b):
        Membership.create(chapter=chapter, contact=m)
    OneToOne.create(date=day(-10), member_a=me, member_b=b)
    rules.run_rules(TODAY)
    (item,) = items("one_to_one")
    assert item.contact_id == a.id
    followups.dismiss(item.id)
    rules.run_rules(TODAY)
    pending = [i for i in items("one_to_one") if i.status == "open"]
    assert [p.contact_id for p in pending] == [b.id]


def test_trashed_contacts_get_nothing_and_leave_the_queue(chapter):
    meeting = Meeting.create(chapter=chapter, date=day(-1))
    gone = person("Gone", trashed_at=at(0))
    Attendance.create(meeting=meeting, contact=gone, status="Visitor")
    rules.run_rules(TODAY)
    assert items("visitor") == []


def test_old_events_are_history(chapter):
    meeting = Meeting.create(chapter=chapter, date=day(-15))
    Attendance.create(meeting=meeting, contact=person("Old"), status="Visitor")
    rules.run_rules(TODAY)
    assert items("visitor") == []


def test_the_day_we_met_and_a_one_to_one_with_me_count_as_touches(chapter, me):
    met = person("Mira", stage="Trust", met_on=day(-31), source="LinkedIn")
    recent = person("Rafa", stage="Trust", met_on=day(-31), source="LinkedIn")
    OneToOne.create(date=day(-2), member_a=recent, member_b=me)  # later than the day we met
    rules.run_rules(TODAY)
    assert [i.contact_id for i in items("cadence")] == [met.id]
    assert "last contact 8 Feb 2026" in items("cadence")[0].reason
