"""Referral, thank-you, one-to-one and CEU slips."""

import datetime as dt
from decimal import Decimal

import pytest

pytestmark = pytest.mark.both_engines

from totalnet_desktop.core.chapter import meetings, slips
from totalnet_desktop.core.chapter.amounts import AmountError
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import (
    CEU,
    Contact,
    ContactPoint,
    FollowUp,
    OneToOne,
    Referral,
    ThankYou,
)

DAY = dt.date(2026, 11, 25)


@pytest.fixture
def people(db):
    me = Contact.create(first_name="Layla", last_name="Haddad", is_me=True)
    omar = Contact.create(first_name="Omar", last_name="Khan")
    prospect = Contact.create(first_name="Rita", last_name="Gomez")
    prefs.set("me_contact_id", me.id)
    return me.id, omar.id, prospect.id


def test_referral_received_by_me_queues_contact_within_24_hours(people):
    me, omar, rita = people
    result = slips.add_referral(omar, me, prospect_id=rita, kind="outside", hotness=4, notes="needs flyers", day=DAY)
    ref = Referral.get_by_id(result.id)
    assert (ref.giver_id, ref.receiver_id, ref.prospect_id, ref.hotness, ref.status) == (omar, me, rita, 4, "New")
    f = FollowUp.get()
    assert f.reason == "Contact Rita Gomez (from Omar Khan)"
    assert f.contact_id == rita and f.due == DAY + dt.timedelta(days=1)
    assert (f.origin, f.origin_key) == ("referral_received", f"referral_received:{ref.id}")


def test_referral_given_by_me_or_between_others_queues_nothing(people):
    me, omar, rita = people
    slips.add_referral(me, omar, prospect_id=rita)
    assert FollowUp.select().count() == 0


def test_referral_with_new_prospect_and_inside(people):
    me, omar, _ = people
    result = slips.add_referral(omar, me, new_prospect=slips.NewPerson("Sara Ali", phone="050 555 0107",
                                                                      email="sara@example.com"))
    sara = Contact.get(Contact.first_name == "Sara")
    assert sara.source == "Referral"
    assert {p.kind for p in ContactPoint.select().where(ContactPoint.contact == sara)} == {"phone", "email"}
    assert Referral.get_by_id(result.id).prospect_id == sara.id
    inside = slips.add_referral(omar, me, kind="inside", day=DAY)
    assert Referral.get_by_id(inside.id).prospect_id is None
    assert FollowUp.get(FollowUp.origin_key == f"referral_received:{inside.id}").reason == \
        "Contact Omar Khan (from Omar Khan)"


@pytest.mark.parametrize("kwargs, message", [
    ({"hotness": 6}, "Hotness is 1 to 5"), ({"hotness": 0}, "Hotness"), ({"kind": "sideways"}, "inside or outside"),
    ({"status": "Won"}, "status"), ({"prospect_id": None}, "needs the prospect"),
])
def test_bad_referrals_refused(people, kwargs, message):
    me, omar, rita = people
    args = {"prospect_id": rita, **kwargs}
    with pytest.raises(ValidationError, match=message):
        slips.add_referral(omar, me, **args)
    with pytest.raises(ValidationError, match="two different people"):
        slips.add_referral(me, me, prospect_id=rita)
    assert Referral.select().count() == 0


def test_referral_status_moves(people):
    me, omar, rita = people
    rid = slips.add_referral(omar, me, prospect_id=rita).id
    for status in ("Pending", "Closed", "No sale"):
        slips.set_referral_status(rid, status)
        assert Referral.get_by_id(rid).status == status
    with pytest.raises(ValidationError):
        slips.set_referral_status(rid, "Lost")


def test_thank_you_closes_referral_and_parses_amount(people):
    me, omar, rita = people
    rid = slips.add_referral(omar, me, prospect_id=rita).id
    assert [r.id for r in slips.open_referrals(receiver_id=me)] == [rid]
    result = slips.add_thank_you(me, omar, "AED 1,500", business="repeat", kind="outside", referral_id=rid,
                                 day=DAY, currency="AED")
    ty = ThankYou.get_by_id(result.id)
    assert (ty.from_contact_id, ty.to_contact_id, ty.amount, ty.business, ty.referral_id) == (
        me, omar, Decimal("1500.00"), "repeat", rid)
    ref = Referral.get_by_id(rid)
    assert ref.status == "Closed" and ref.value == Decimal("1500.00")
    assert slips.open_referrals(receiver_id=me) == []
    assert result.message == ("Thank-you from Layla Haddad to Omar Khan: AED 1,500. The referral is closed and "
                              "its follow-up done.")
    # Its "Contact Rita" follow-up is done with it; undo brings both back.
    item = FollowUp.get(FollowUp.origin_key == f"referral_received:{rid}")
    assert item.status == "done" and item.done_at is not None
    assert meetings.undo_last() == "thank-you"
    item = FollowUp.get_by_id(item.id)
    assert (item.status, item.done_at, item.due) == ("open", None, dt.date.today() + dt.timedelta(days=1))
    assert Referral.get_by_id(rid).status == "New"


@pytest.mark.parametrize("amount, error", [("-10", "negative"), ("ten", "not a number"), ("0", "more than 0")])
def test_thank_you_bad_amounts(people, amount, error):
    me, omar, _ = people
    with pytest.raises((AmountError, ValidationError), match=error):
        slips.add_thank_you(me, omar, amount)
    assert ThankYou.select().count() == 0


def test_one_to_one_and_ceu(people):
    me, omar, _ = people
    slips.add_one_to_one(me, omar, day=DAY, location="Café")
    assert OneToOne.get().location == "Café"
    with pytest.raises(ValidationError, match="future"):
        slips.add_one_to_one(me, omar, day=dt.date.today() + dt.timedelta(days=30))
    slips.add_ceu(me, "0,5", day=DAY)
    assert CEU.get().credits == 0.5
    for bad in ("-1", "x", 0):
        with pytest.raises(ValidationError, match="CEU"):
            slips.add_ceu(me, bad)


def test_undo_slips(people):
    me, omar, _ = people
    rid = slips.add_referral(omar, me, new_prospect=slips.NewPerson("Sara Ali")).id
    slips.add_thank_you(me, omar, "900", referral_id=rid)
    slips.add_ceu(me, 1)
    assert meetings.undo_last() == "CEU" and CEU.select().count() == 0
    assert meetings.undo_last() == "thank-you"
    assert ThankYou.select().count() == 0 and Referral.get_by_id(rid).status == "New"
    assert meetings.undo_last() == "referral"
    assert Referral.select().count() == 0 and FollowUp.select().count() == 0
    assert Contact.get_or_none(Contact.first_name == "Sara") is None  # the prospect it created
