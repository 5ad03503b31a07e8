"""Saving, validating, tagging, trashing and undoing contacts on a real database."""

import pytest

pytestmark = pytest.mark.both_engines

from totalnet_desktop.core.contacts import duplicates, interactions, timeline
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import engine, prefs, undo
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import Contact, ContactPoint, Tag
from totalnet_desktop.core.store.records import ContactRecord, PointRecord


def layla(**kw) -> ContactRecord:
    values = {"id": None, "first_name": "Layla", "last_name": "Haddad", "company": "Cedar Print",
                  "points": (PointRecord("email", "Layla@Cedar.ae"), PointRecord("phone", "050 555 0107"),
                          PointRecord("social", "https://www.linkedin.com/in/layla-h")),
                  "tags": ("printing", "vip")}
    values.update(kw)
    return ContactRecord(**values)


def test_create_and_get_round_trip(db):
    result = contacts.save(layla())
    assert result.created and result.warnings == ()
    got = contacts.get(result.contact_id)
    assert got.name == "Layla Haddad" and got.company == "Cedar Print"
    assert got.tags == ("printing", "vip")
    kinds = {(p.kind, p.network, p.value) for p in got.points}
    assert ("social", "linkedin", "https://www.linkedin.com/in/layla-h") in kinds
    phone = ContactPoint.get(ContactPoint.kind == "phone")
    assert phone.key == "+971505550107" and "5550107" in phone.search.split()
    assert ContactPoint.get(ContactPoint.kind == "email").key == "layla@cedar.ae"


def test_empty_contact_refused_with_clear_message(db):
    with pytest.raises(ValidationError, match="name, an e-mail, a phone or a profile"):
        contacts.save(ContactRecord(id=None, company="Only a company", points=(PointRecord("phone", " "),)))
    assert Contact.select().count() == 0


def test_profile_alone_is_enough(db):
    assert contacts.save(ContactRecord(id=None, points=(PointRecord("social", "@cedarprint", "x"),))).created


def test_invalid_email_and_phone_are_warned_but_saved(db):
    result = contacts.save(layla(points=(PointRecord("email", "layla at cedar"), PointRecord("phone", "12"))))
    assert {w.kind for w in result.warnings} == {"email", "phone"}
    assert "saved as typed" in result.warnings[0].message
    assert {p.value for p in contacts.get(result.contact_id).points} == {"layla at cedar", "12"}


def test_same_point_twice_is_kept_once(db):
    cid = contacts.create(layla(points=(PointRecord("phone", "050 555 0107"), PointRecord("phone", "+971505550107"))))
    assert len(contacts.get(cid).points) == 1


def test_edit_then_undo_restores_fields_points_and_tags(db):
    cid = contacts.create(layla())
    before = contacts.get(cid)
    contacts.save(ContactRecord(id=cid, first_name="Leila", points=(PointRecord("email", "new@x.com"),),
                                tags=("golf",)))
    assert contacts.get(cid).first_name == "Leila"
    assert undo.undo_last() == "edit Leila"
    after = contacts.get(cid)
    assert (after.first_name, after.tags) == ("Layla", before.tags)
    assert {p.value for p in after.points} == {p.value for p in before.points}


def test_trash_restore_and_empty(db):
    a = contacts.create(layla())
    b = contacts.create(ContactRecord(id=None, first_name="Omar"))
    assert contacts.trash([a, b]) == 2 and contacts.trash_count() == 2
    assert undo.undo_last().startswith("delete 2")
    assert contacts.trash_count() == 0
    contacts.trash([a])
    assert contacts.restore([a]) == 1 and contacts.trash_count() == 0
    contacts.trash([a])
    assert contacts.empty_trash() == 1
    assert not contacts.exists(a) and contacts.exists(b)


def test_bulk_tag_stage_cadence_and_undo(db):
    ids = [contacts.create(ContactRecord(id=None, first_name=f"P{i}")) for i in range(5)]
    assert contacts.add_tag(ids[:3], "Golf") == 3
    assert contacts.add_tag(ids, "golf") == 2  # tag names are case-insensitive
    assert Tag.select().count() == 1
    undo.undo_last()
    assert [contacts.get(i).tags for i in ids] == [("Golf",)] * 3 + [()] * 2
    assert contacts.remove_tag(ids, "golf") == 3
    undo.undo_last()
    assert contacts.get(ids[0]).tags == ("Golf",)
    contacts.set_stage(ids[:2], "Trust")
    contacts.set_cadence(ids[:1], 21)
    assert (contacts.get(ids[0]).stage, contacts.get(ids[0]).cadence_days) == ("Trust", 21)
    undo.undo_last()
    undo.undo_last()
    assert (contacts.get(ids[0]).stage, contacts.get(ids[0]).cadence_days) == ("Know", None)
    with pytest.raises(ValidationError):
        contacts.set_stage(ids, "Best friend")


def test_bulk_tag_of_many_rebuilds_search_index(db):
    from totalnet_desktop.core.contacts import search as contact_search

    ids = [contacts.create(ContactRecord(id=None, first_name=f"P{i}"), undoable=False) for i in range(250)]
    contacts.add_tag(ids, "expo2026")
    assert len(contact_search.search_ids(contact_search.ContactFilter(text="expo2026"))) == 250
    undo.undo_last()
    assert contact_search.search_ids(contact_search.ContactFilter(text="expo2026")) == []


def test_undo_create_moves_to_trash(db):
    cid = contacts.create(layla())
    assert undo.undo_last() == "add Layla Haddad"
    assert contacts.get(cid).trashed_at is not None
    assert undo.undo_last() is None


def test_set_me_moves_flag_and_pref(db):
    a = contacts.create(layla())
    b = contacts.create(ContactRecord(id=None, first_name="Omar"))
    contacts.set_me(a)
    contacts.set_me(b)
    assert prefs.get("me_contact_id") == b and contacts.me_id() == b
    assert contacts.get(b).is_me and not contacts.get(a).is_me
    # On a chapter server the flag is everyone's row: only this login's preference moves.
    flagged = [] if engine.is_postgres() else [b]
    assert [c.id for c in Contact.select().where(Contact.is_me == True)] == flagged


def test_duplicates_by_email_phone_profile_and_name(db):
    cid = contacts.create(layla())
    probe = ContactRecord(id=None, first_name="L", points=(PointRecord("email", " LAYLA@cedar.ae"),))
    assert [m.contact_id for m in duplicates.find_duplicates(probe)] == [cid]
    probe = ContactRecord(id=None, first_name="X", points=(PointRecord("phone", "+971 50 555 0107"),))
    assert "same phone" in duplicates.find_duplicates(probe)[0].reason
    probe = ContactRecord(id=None, first_name="X", points=(PointRecord("social", "linkedin.com/in/Layla-H/"),))
    assert "same profile" in duplicates.find_duplicates(probe)[0].reason
    probe = ContactRecord(id=None, first_name="layla", last_name="HADDAD", company="cedar print")
    assert duplicates.find_duplicates(probe)[0].reason == "same name at the same company"
    assert duplicates.find_duplicates(contacts.get(cid)) == []  # not a duplicate of itself
    assert duplicates.find_duplicates(ContactRecord(id=None, first_name="Layla", last_name="Haddad")) == []


def test_log_touch_and_timeline_newest_first(db):
    import datetime as dt

    cid = contacts.create(layla())
    interactions.log_touch(cid, "linkedin", "commented on her post", occurred_at=dt.date(2026, 1, 5))
    interactions.log_touch(cid, "one_to_one", "coffee at the venue", occurred_at=dt.date(2026, 2, 1))
    entries = timeline.timeline(cid)
    assert [e.channel for e in entries] == ["one_to_one", "linkedin"]
    assert entries[0].note == "coffee at the venue"
    with pytest.raises(ValidationError, match="not a channel"):
        interactions.log_touch(cid, "pigeon")
    assert undo.undo_last().startswith("log One-to-one")
    assert len(timeline.timeline(cid)) == 1
