"""Chapter set-up, "my chapter" and the roster."""

import datetime as dt
from decimal import Decimal

import pytest

pytestmark = pytest.mark.both_engines

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.chapter import people as chapter_people
from totalnet_desktop.core.store import engine, prefs
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import Chapter, Contact, ContactPoint


def test_create_chapter_with_defaults_and_lone_chapter_is_mine(db):
    ch = chapters.create_chapter("Dubai Achievers", city="Dubai", start_time="7:00", annual_fee="AED 1,500")
    assert ch.currency == "AED"
    assert ch.start_time == "07:00"
    assert ch.annual_fee == Decimal("1500.00")
    assert ch.grace_minutes == 5
    assert ch.is_mine
    assert chapters.my_chapter_id() == ch.id
    assert prefs.get("my_chapter_id") == ch.id


def test_lone_chapter_is_mine_without_a_preference(db):
    row = Chapter.create(name="Imported")  # e.g. created by an import, no preference set
    assert prefs.get("my_chapter_id") is None
    assert chapters.my_chapter_id() == row.id
    Chapter.create(name="Second")
    assert chapters.my_chapter_id() is None  # two chapters and none chosen: ask


def test_second_chapter_does_not_take_over_and_can_be_chosen(db):
    first = chapters.create_chapter("First")
    second = chapters.create_chapter("Second", city="Sharjah")
    assert chapters.my_chapter_id() == first.id
    chapters.set_my_chapter(second.id)
    assert chapters.my_chapter_id() == second.id
    assert [c.is_mine for c in chapters.list_chapters()] == [False, True]
    # The flag follows on a file; on a chapter server each login's choice is its own preference and
    # the chapter's rows stay as they are.
    flags = [Chapter.get_by_id(c.id).is_mine for c in (first, second)]
    assert flags == ([False, False] if engine.is_postgres() else [False, True])


@pytest.mark.parametrize("fields, message", [
    ({"name": "  "}, "needs a name"),
    ({"name": "X", "start_time": "25:00"}, "not a time"),
    ({"name": "X", "start_time": "seven"}, "not a time"),
    ({"name": "X", "grace_minutes": -1}, "grace period"),
    ({"name": "X", "weekday": 7}, "weekday"),
    ({"name": "X", "annual_fee": "-10"}, "cannot be negative"),
])
def test_bad_chapter_settings_are_refused(db, fields, message):
    with pytest.raises(ValidationError, match=message):
        chapters.create_chapter(fields.pop("name"), **fields)


def test_duplicate_name_refused(db):
    chapters.create_chapter("Dubai Achievers")
    with pytest.raises(ValidationError, match="already exists"):
        chapters.create_chapter("Dubai Achievers")
    assert Chapter.select().count() == 1


def test_update_chapter(db):
    ch = chapters.create_chapter("A")
    updated = chapters.update_chapter(ch.id, start_time="06.45", grace_minutes=10, venue="Hotel", weekday=3)
    assert (updated.start_time, updated.grace_minutes, updated.venue, updated.weekday_name) == (
        "06:45", 10, "Hotel", "Thursday")


def test_roster_add_existing_and_new_members_and_edit(db):
    ch = chapters.create_chapter("A")
    layla = Contact.create(first_name="Layla", last_name="Haddad", company="Haddad Print")
    m1 = chapters.add_member(ch.id, layla.id, classification="Printer", role="President",
                             joined_on=dt.date(2025, 1, 1), renewal_due=dt.date(2026, 1, 1))
    m2 = chapters.add_member(ch.id, name="Omar Khan", company="Khan Law", classification="Lawyer",
                             phone="+971 50 123 4567", email="omar@example.com")
    assert [m.name for m in chapters.roster(ch.id)] == ["Layla Haddad", "Omar Khan"]
    assert m1.role == "President" and m1.classification == "Printer"
    omar = Contact.get_by_id(m2.contact_id)
    assert (omar.first_name, omar.last_name, omar.profession, omar.source) == ("Omar", "Khan", "Lawyer", "Chapter")
    assert ContactPoint.select().where(ContactPoint.contact == omar).count() == 2
    with pytest.raises(ValidationError, match="already on the roster"):
        chapters.add_member(ch.id, layla.id)
    edited = chapters.update_member(m1.membership_id, role="Visitor Host", active=False)
    assert edited.role == "Visitor Host" and not edited.active
    assert [m.name for m in chapters.roster(ch.id)] == ["Omar Khan"]
    assert len(chapters.roster(ch.id, include_inactive=True)) == 2


def test_roster_refuses_bad_role_and_dates(db):
    ch = chapters.create_chapter("A")
    with pytest.raises(ValidationError, match="role"):
        chapters.add_member(ch.id, name="Ann Lee", role="Emperor")
    with pytest.raises(ValidationError, match="renewal"):
        chapters.add_member(ch.id, name="Ann Lee", joined_on=dt.date(2026, 1, 1), renewal_due=dt.date(2025, 1, 1))
    with pytest.raises(ValidationError, match="e-mail"):
        chapters.add_member(ch.id, name="Ann Lee", email="not-an-address")
    assert Contact.select().count() == 0  # nothing half-made


def test_find_by_name_is_accent_and_case_insensitive(db):
    zoe = chapter_people.create_person("Zoë Dubois")
    assert chapter_people.find_by_name("zoe dubois") == zoe
    assert chapter_people.find_by_name("Zoe") is None
    assert [p.id for p in chapter_people.search_people("zo dub")] == [zoe]
