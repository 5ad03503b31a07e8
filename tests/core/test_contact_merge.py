"""Merging contacts moves every piece of history to the survivor, in one transaction, undoably."""

import datetime as dt
from decimal import Decimal

import pytest

from totalnet_desktop.core import contact_merge, contact_search, contacts, interactions, prefs, undo
from totalnet_desktop.core.errors import ValidationError
from totalnet_desktop.core.models import (
    CEU,
    Attendance,
    Chapter,
    Contact,
    ContactPoint,
    FollowUp,
    Interaction,
    Meeting,
    Membership,
    OneToOne,
    Referral,
    ThankYou,
)
from totalnet_desktop.core.records import ContactRecord, PointRecord


def add(first, last="", **kw) -> int:
    return contacts.create(ContactRecord(id=None, first_name=first, last_name=last, **kw), undoable=False)


@pytest.fixture
def world(db):
    a = add("Layla", "Haddad", company="Cedar Print", points=(PointRecord("email", "layla@cedar.ae"),
                                                             PointRecord("phone", "050 555 0107")), tags=("vip",))
    b = add("Layla", "H.", job_title="Owner", notes="Met at Expo",
            points=(PointRecord("email", "LAYLA@cedar.ae"), PointRecord("phone", "04 333 2222")), tags=("vip", "golf"))
    other = add("Omar", "Khan")
    intro = add("Noor", "Introduced", introduced_by_id=b)
    chapter = Chapter.create(name="Dubai Connectors")
    m1 = Meeting.create(chapter=chapter, date=dt.date(2026, 1, 7))
    m2 = Meeting.create(chapter=chapter, date=dt.date(2026, 1, 14))
    Attendance.create(meeting=m1, contact=a, status="Absent")
    Attendance.create(meeting=m1, contact=b, status="Present")  # same meeting: the unique index
    Attendance.create(meeting=m2, contact=b, status="Late", invited_by=other)
    Attendance.create(meeting=m2, contact=other, status="Absent", substitute=b)
    Membership.create(chapter=chapter, contact=b, classification="Printer")
    interactions.log_touch(b, "linkedin", "hello", undoable=False)
    Referral.create(date=dt.date(2026, 1, 7), giver=b, receiver=other, prospect=None)
    Referral.create(date=dt.date(2026, 1, 8), giver=other, receiver=a, prospect=b)
    ThankYou.create(date=dt.date(2026, 1, 9), from_contact=other, to_contact=b, amount=Decimal(1500))
    OneToOne.create(date=dt.date(2026, 1, 10), member_a=b, member_b=other)
    CEU.create(date=dt.date(2026, 1, 10), contact=b, credits=0.5)
    FollowUp.create(contact=b, due=dt.date(2026, 2, 1), reason="call")
    prefs.set("me_contact_id", None)
    return {"a": a, "b": b, "other": other, "intro": intro, "m1": m1}


def history_of(cid):
    return {
        "interactions": Interaction.select().where(Interaction.contact == cid).count(),
        "given": Referral.select().where(Referral.giver == cid).count(),
        "received": Referral.select().where(Referral.receiver == cid).count(),
        "prospect": Referral.select().where(Referral.prospect == cid).count(),
        "thanks": ThankYou.select().where(ThankYou.to_contact == cid).count(),
        "attendance": Attendance.select().where(Attendance.contact == cid).count(),
        "substitute": Attendance.select().where(Attendance.substitute == cid).count(),
        "membership": Membership.select().where(Membership.contact == cid).count(),
        "one_to_one": OneToOne.select().where(OneToOne.member_a == cid).count(),
        "ceu": CEU.select().where(CEU.contact == cid).count(),
        "followups": FollowUp.select().where(FollowUp.contact == cid).count(),
        "introduced": Contact.select().where(Contact.introduced_by == cid).count(),
    }


def test_preview_defaults(world):
    pv = contact_merge.preview([world["a"], world["b"]])
    assert pv.survivor_id == world["b"]  # more history
    assert "last_name" in pv.differing and "company" in pv.differing
    assert pv.defaults["company"] == "Cedar Print" and pv.defaults["notes"] == "Met at Expo"


def test_merge_moves_everything_and_nothing_is_lost(world):
    a, b = world["a"], world["b"]
    values = dict(contact_merge.preview([a, b]).defaults, last_name="Haddad")
    contact_merge.merge([a, b], a, values)
    assert not contacts.exists(b)
    merged = contacts.get(a)
    assert (merged.last_name, merged.job_title, merged.notes) == ("Haddad", "Owner", "Met at Expo")
    assert merged.tags == ("golf", "vip")
    assert sorted(p.value for p in merged.points) == ["04 333 2222", "050 555 0107", "layla@cedar.ae"]
    assert history_of(a) == {"interactions": 1, "given": 1, "received": 1, "prospect": 1, "thanks": 1,
                             "attendance": 2, "substitute": 1, "membership": 1, "one_to_one": 1, "ceu": 1,
                             "followups": 1, "introduced": 1}
    # The one meeting both attended keeps the better status.
    assert Attendance.get(Attendance.meeting == world["m1"], Attendance.contact == a).status == "Present"
    assert contact_search.search_ids(contact_search.ContactFilter(text="golf")) == [a]
    assert contact_search.search_ids(contact_search.ContactFilter(text="owner")) == [a]


def test_undo_merge_puts_everything_back(world):
    a, b = world["a"], world["b"]
    before = {cid: (history_of(cid), contacts.get(cid)) for cid in (a, b)}
    points_before = ContactPoint.select().count()
    contact_merge.merge([a, b], a)
    assert undo.undo_last().startswith("merge 2 contacts")
    for cid in (a, b):
        assert history_of(cid) == before[cid][0]
        now = contacts.get(cid)
        assert (now.name, now.tags, sorted(p.value for p in now.points)) == (
            before[cid][1].name, before[cid][1].tags, sorted(p.value for p in before[cid][1].points))
    assert ContactPoint.select().count() == points_before
    assert Attendance.get(Attendance.meeting == world["m1"], Attendance.contact == a).status == "Absent"
    assert contact_search.search_ids(contact_search.ContactFilter(text="golf")) == [b]


def test_merge_three_makes_a_backup_and_moves_me(world, session):
    prefs.set("me_contact_id", world["other"])
    contacts.set_me(world["other"])
    contact_merge.merge([world["a"], world["b"], world["other"]], world["a"],
                        backup_dir=session.paths.backup_dir)
    assert list(session.paths.backup_dir.glob("*merge*"))
    assert contacts.me_id() == world["a"]
    undo.undo_last()
    assert contacts.me_id() == world["other"]


def test_merge_is_refused_for_one_contact(world):
    with pytest.raises(ValidationError):
        contact_merge.merge([world["a"]], world["a"])
    with pytest.raises(ValidationError):
        contact_merge.merge([world["a"], world["b"]], world["other"])
