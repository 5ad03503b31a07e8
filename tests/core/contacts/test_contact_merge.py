"""Merging contacts moves every piece of history to the survivor, in one transaction, undoably."""

import datetime as dt
from decimal import Decimal

import pytest

pytestmark = pytest.mark.both_engines

from totalnet_desktop.core.contacts import interactions
from totalnet_desktop.core.contacts import merge as contact_merge
from totalnet_desktop.core.contacts import search as contact_search
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import engine, prefs, undo
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import (
    BASE_MODELS,
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
from totalnet_desktop.core.store.records import ContactRecord, PointRecord


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
    Referral.create(date=dt.date(2026, 1, 8), giver=other, receiver=a, prospect=intro)
    Referral.create(date=dt.date(2026, 1, 8), giver=other, receiver=intro, prospect=b)
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
    # A file is copied first; on a chapter server the undo (and the server's own backups) cover it.
    assert len(list(session.paths.backup_dir.glob("*merge*"))) == (0 if session.server else 1)
    assert contacts.me_id() == world["a"]
    undo.undo_last()
    assert contacts.me_id() == world["other"]


def test_merge_is_refused_for_one_contact(world):
    with pytest.raises(ValidationError):
        contact_merge.merge([world["a"]], world["a"])
    with pytest.raises(ValidationError):
        contact_merge.merge([world["a"], world["b"]], world["other"])


# ---- rows between the merged records (they would link the survivor to itself) ------------------
def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every data table as stored: on SQLite quote() keeps the type as well as the value
    (PostgreSQL's columns are typed)."""
    tables = {}
    for model in BASE_MODELS:
        table = model._meta.table_name
        if engine.is_postgres(db):
            select = ", ".join(f'"{c.name}"' for c in db.get_columns(table))
        else:
            columns = [row[1] for row in db.execute_sql(f"PRAGMA table_info({table})").fetchall()]
            select = ", ".join(f"quote({c})" for c in columns)
        tables[table] = db.execute_sql(f"SELECT {select} FROM {table} ORDER BY 1").fetchall()
    return tables


@pytest.fixture
def pair(db):
    """Two records of one person that referred, thanked and met each other, and Omar, a third member."""
    omar = add("Omar", "Khan")
    b = add("Layla", "H.", introduced_by_id=omar)
    a = add("Layla", "Haddad", introduced_by_id=b)  # a record "introduced" by the other one
    chapter = Chapter.create(name="Dubai Connectors")
    m1 = Meeting.create(chapter=chapter, date=dt.date(2026, 1, 7))
    m2 = Meeting.create(chapter=chapter, date=dt.date(2026, 1, 14))
    r1 = Referral.create(date=dt.date(2026, 1, 7), meeting=m1, giver=a, receiver=b, kind="inside", hotness=4,
                         value=Decimal("1200.50"), notes="needs a website")
    r2 = Referral.create(date=dt.date(2026, 1, 8), giver=b, receiver=a, prospect=omar, status="Closed")
    kept = Referral.create(date=dt.date(2026, 1, 9), giver=omar, receiver=a, prospect=b)  # prospect cleared
    ThankYou.create(date=dt.date(2026, 1, 9), from_contact=b, to_contact=a, amount=Decimal("2500.75"),
                    referral=r1, notes="print run")
    ThankYou.create(date=dt.date(2026, 1, 10), from_contact=omar, to_contact=a, amount=Decimal(900),
                    referral=r2)  # kept; its referral is removed, so the link goes
    OneToOne.create(date=dt.date(2026, 1, 10), member_a=a, member_b=b, location="Cafe Nero")
    OneToOne.create(date=dt.date(2026, 1, 11), member_a=omar, member_b=b)
    Attendance.create(meeting=m1, contact=a, status="Substitute", substitute=b)
    Attendance.create(meeting=m2, contact=b, status="Visitor", invited_by=a)
    return {"a": a, "b": b, "omar": omar, "kept": kept.id}


def self_links(db) -> list:
    """Every row whose two ends are one contact."""
    return db.execute_sql(
        "SELECT 'referral', id FROM referral WHERE giver_id = receiver_id OR prospect_id IN (giver_id, receiver_id)"
        " UNION ALL SELECT 'thank_you', id FROM thank_you WHERE from_contact_id = to_contact_id"
        " UNION ALL SELECT 'one_to_one', id FROM one_to_one WHERE member_a_id = member_b_id"
        " UNION ALL SELECT 'attendance', id FROM attendance WHERE contact_id IN (substitute_id, invited_by_id)"
        " UNION ALL SELECT 'contact', id FROM contact WHERE introduced_by_id = id").fetchall()


def test_preview_counts_the_links_between_the_records(pair):
    pv = contact_merge.preview([pair["a"], pair["b"]])
    links = pv.self_links
    assert (len(links.referrals), len(links.thank_yous), len(links.one_to_ones)) == (2, 1, 1)
    assert (links.removed, links.cleared) == (4, 3)
    assert links.prospects == (pair["kept"],)
    assert (len(links.substitutes), len(links.inviters)) == (1, 1)
    # One record introducing the other is no introducer: the real one (Omar) is the default.
    assert pv.defaults["introduced_by_id"] == pair["omar"]


def test_preview_of_records_without_links_between_them_has_none(world):
    assert not contact_merge.preview([world["a"], world["b"]]).self_links


@pytest.mark.parametrize("keep", ["a", "b"])
def test_merge_leaves_no_self_links(pair, db, keep):
    a, b, omar = pair["a"], pair["b"], pair["omar"]
    survivor = pair[keep]
    contact_merge.merge([a, b], survivor)
    assert self_links(db) == []
    # What is not between the two records stays, moved to the survivor.
    assert [(r.giver_id, r.receiver_id, r.prospect_id) for r in Referral.select()] == [(omar, survivor, None)]
    assert [(t.from_contact_id, t.to_contact_id, t.amount, t.referral_id) for t in ThankYou.select()] == [
        (omar, survivor, Decimal(900), None)]
    assert [(o.member_a_id, o.member_b_id) for o in OneToOne.select()] == [(omar, survivor)]
    assert sorted((x.status, x.contact_id, x.substitute_id, x.invited_by_id) for x in Attendance.select()) == [
        ("Substitute", survivor, None, None), ("Visitor", survivor, None, None)]
    assert contacts.get(survivor).introduced_by_id == omar


def test_undo_of_the_merge_restores_every_row_exactly(pair, db):
    before = snapshot(db)
    contact_merge.merge([pair["a"], pair["b"]], pair["a"])
    assert self_links(db) == [] and snapshot(db) != before
    assert undo.undo_last().startswith("merge 2 contacts")
    assert snapshot(db) == before


def test_undo_of_a_three_way_merge_restores_every_row_exactly(world, db):
    before = snapshot(db)
    contact_merge.merge([world["a"], world["b"], world["other"]], world["b"])
    assert self_links(db) == []
    undo.undo_last()
    assert snapshot(db) == before


def test_undo_of_a_merge_gives_the_merged_away_record_its_stage_history_back(db):
    def history():
        return db.execute_sql("SELECT id, contact_id, from_stage, to_stage, changed_at FROM stage_change "
                              "ORDER BY id").fetchall()

    a = add("Layla", "Haddad", stage="Like")
    b = add("Layla", "H.")
    for stage in ("Like", "Trust"):  # the other record moved up twice
        Contact.update(stage=stage).where(Contact.id == b).execute()
    before = history()
    assert [row[2:4] for row in before if row[1] == b] == [(None, "Know"), ("Know", "Like"), ("Like", "Trust")]
    values = dict(contact_merge.preview([a, b]).defaults, stage="Like")  # the survivor keeps its stage
    contact_merge.merge([a, b], a, values)
    assert [row for row in history() if row[1] == b] == []
    undo.undo_last()
    assert history() == before
