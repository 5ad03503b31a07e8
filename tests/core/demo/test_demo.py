"""The sample chapter keeps its promises: counts, roles, PALMS, keys, search, refusal, determinism."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

pytestmark = pytest.mark.both_engines

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.demo import loader as demo
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import engine, prefs, search_index
from totalnet_desktop.core.store.models import (
    CEU,
    FACE_TO_FACE_CHANNELS,
    ONLINE_CHANNELS,
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

THURSDAY = dt.date(2026, 11, 26)
WEDNESDAY = dt.date(2026, 11, 25)


@pytest.fixture
def sample(db):
    """The sample generated on a Thursday (its latest meeting was yesterday)."""
    return demo.generate(today=THURSDAY)


def test_summary_counts_match_the_database(sample):
    assert sample.chapter == "Dubai Pioneers"
    assert sample.contacts == Contact.select().count()
    assert 200 <= sample.contacts <= 300
    assert sample.members == Membership.select().count() == 25
    assert sample.meetings == Meeting.select().count() == 10
    assert sample.referrals == Referral.select().count() > 30
    assert sample.thank_yous == ThankYou.select().count() > 10
    assert sample.one_to_ones == OneToOne.select().count() > 10
    assert sample.ceus == CEU.select().count() > 10
    assert sample.interactions == Interaction.select().count() > 200
    assert sample.followups == FollowUp.select().count() > 10
    assert sample.line().startswith("Added the sample chapter Dubai Pioneers: ")


def test_chapter_members_have_distinct_classifications_and_roles(sample):
    chapter = Chapter.get()
    assert (chapter.city, chapter.weekday, chapter.start_time, chapter.currency) == ("Dubai", 2, "07:00", "AED")
    assert chapter.is_mine and chapter.venue and chapter.annual_fee > 0
    rows = list(Membership.select())
    assert len({m.classification for m in rows}) == len(rows) == 25
    roles = {m.role for m in rows}
    assert {"President", "Vice President", "Secretary/Treasurer", "Visitor Host", "Education Coordinator",
            "Member"} <= roles
    assert all(m.joined_on <= THURSDAY and m.renewal_due >= THURSDAY - dt.timedelta(days=20) for m in rows)


def test_me_is_a_member_and_stored_in_prefs(sample):
    me = Contact.get(Contact.is_me == True)
    assert Contact.select().where(Contact.is_me == True).count() == 1
    assert prefs.get("me_contact_id") == me.id
    assert prefs.get("my_chapter_id") == Chapter.get().id
    assert Membership.get(Membership.contact == me.id).chapter_id == Chapter.get().id


def test_ten_weekly_meetings_end_on_latest_meeting_day_with_palms_for_every_member(sample):
    meetings = list(Meeting.select().order_by(Meeting.date))
    assert meetings[-1].date == WEDNESDAY
    assert [b.date - a.date for a, b in itertools.pairwise(meetings)] == [dt.timedelta(days=7)] * 9
    members = {m.contact_id for m in Membership.select()}
    statuses = set()
    for meeting in meetings:
        assert meeting.status == "closed" and meeting.closed_at is not None
        rows = list(Attendance.select().where(Attendance.meeting == meeting))
        palms = {a.contact_id: a.status for a in rows if a.status != "Visitor"}
        assert set(palms) == members
        statuses |= set(palms.values())
        visitors = [a for a in rows if a.status == "Visitor"]
        assert 1 <= len(visitors) <= 3
        assert all(a.invited_by_id in members for a in visitors)
    assert statuses == {"Present", "Absent", "Late", "Medical", "Substitute"}
    subs = Attendance.select().where(Attendance.status == "Substitute")
    assert all(a.substitute_id is not None for a in subs)
    visits = {}
    for a in Attendance.select().where(Attendance.status == "Visitor"):
        visits[a.contact_id] = visits.get(a.contact_id, 0) + 1
    assert 2 in visits.values(), "some visitors come twice"


def test_on_meeting_day_todays_meeting_is_open_for_check_in(db):
    demo.generate(today=WEDNESDAY)
    latest = Meeting.select().order_by(Meeting.date.desc()).get()
    assert latest.date == WEDNESDAY and latest.status == "open"
    assert Meeting.select().where(Meeting.status == "open").count() == 1


def test_referrals_thank_yous_and_followups_cover_the_range(sample):
    refs = list(Referral.select())
    assert {r.kind for r in refs} == {"inside", "outside"}
    assert {r.status for r in refs} == {"New", "Pending", "Closed", "No sale"}
    assert {r.hotness for r in refs} == {1, 2, 3, 4, 5}
    assert all(r.prospect_id is not None for r in refs if r.kind == "outside")
    assert all(r.giver_id != r.receiver_id for r in refs)
    thanks = list(ThankYou.select())
    assert {t.business for t in thanks} == {"new", "repeat"}
    assert any(t.referral_id is not None for t in thanks)
    assert all(t.currency == "AED" and t.amount > 0 for t in thanks)
    dues = [f.due for f in FollowUp.select().where(FollowUp.status == "open")]
    assert any(d < THURSDAY for d in dues) and THURSDAY in dues
    assert any(THURSDAY < d <= THURSDAY + dt.timedelta(days=6) for d in dues)
    assert any(d > THURSDAY + dt.timedelta(days=7) for d in dues)
    origins = {f.origin for f in FollowUp.select()}
    assert {"user", "visitor"} <= origins and len(origins) >= 4


def test_contacts_points_and_interactions_look_real(sample):
    values = [p.value for p in ContactPoint.select().where(ContactPoint.kind == "email")]
    assert values and all(v.endswith("@example.com") for v in values)
    phones = [p for p in ContactPoint.select().where(ContactPoint.kind == "phone")]
    assert phones and all(p.value.startswith("+971 5") and " 555 " in p.value for p in phones)
    assert len({p.value for p in phones}) == len(phones)
    networks = {p.network for p in ContactPoint.select().where(ContactPoint.kind == "social")}
    assert networks == {"linkedin", "x", "facebook", "instagram"}
    channels = {i.channel for i in Interaction.select()}
    assert len(channels) >= 8
    by_contact: dict[int, set[str]] = {}
    for i in Interaction.select():
        by_contact.setdefault(i.contact_id, set()).add(i.channel)
    online_only = [c for c, chans in by_contact.items() if chans <= set(ONLINE_CHANNELS) | {"email", "messaging"}
                   and chans & set(ONLINE_CHANNELS)]
    face_only = [c for c, chans in by_contact.items() if chans & set(FACE_TO_FACE_CHANNELS)
                 and not chans & set(ONLINE_CHANNELS)]
    assert len(online_only) >= 10 and len(face_only) >= 10
    assert {c.stage for c in Contact.select()} == {"Know", "Like", "Trust", "Partner"}
    sources = {c.source for c in Contact.select()}
    assert {"LinkedIn", "Instagram", "Event", "Introduction", "Visitor", "Chapter"} <= sources
    oldest = Interaction.select().order_by(Interaction.occurred_at).first().occurred_at
    assert oldest.date() >= THURSDAY - dt.timedelta(days=366)


def test_names_come_from_several_cultures(sample):
    from totalnet_desktop.core.demo.data import NAMES

    lasts = {c.last_name for c in Contact.select()}
    cultures = {culture for culture, (_firsts, family) in NAMES.items() if lasts & set(family)}
    assert len(cultures) >= 5


def test_point_keys_and_search_tokens_are_computed_like_real_data(sample):
    for p in ContactPoint.select():
        if p.kind == "phone":
            assert (p.key, p.search) == (normalize.phone_key(p.value), normalize.phone_search_tokens(p.value))
        elif p.kind == "email":
            assert p.key == normalize.email_key(p.value)
        elif p.kind == "social":
            assert p.key == normalize.social_key(p.network, p.value)
        else:
            assert p.key == normalize.url_key(p.value)


def test_search_index_finds_a_demo_phone_by_inner_digits(sample, db):
    point = ContactPoint.select().where(ContactPoint.kind == "phone").order_by(ContactPoint.id.desc()).first()
    inner = normalize.digits(point.value)[4:]  # e.g. '+971 58 555 0123' -> '85550123', mid-number
    assert point.contact_id in search_index.indexed_ids(db, inner, prefix=True)
    assert len(search_index.indexed_ids(db, "pioneers")) >= 25  # members' notes and how-we-met name the chapter
    assert search_index.index_count(db) == Contact.select().count()


def test_refuses_a_database_with_data_and_leaves_it_untouched(db):
    Contact.create(first_name="Layla", last_name="Existing")
    with pytest.raises(demo.DemoRefused, match="already has contacts"):
        demo.generate(today=THURSDAY)
    assert Contact.select().count() == 1 and Chapter.select().count() == 0


def test_refuses_a_database_with_only_a_chapter(db):
    Chapter.create(name="My chapter")
    with pytest.raises(demo.DemoRefused):
        demo.generate(today=THURSDAY)


def test_force_adds_beside_existing_data_and_keeps_my_identity(db):
    mine = Contact.create(first_name="Real", last_name="Me", is_me=True)
    prefs.set("me_contact_id", mine.id)
    first = demo.generate(today=THURSDAY, force=True)
    second = demo.generate(today=THURSDAY, force=True)
    assert (first.chapter, second.chapter) == ("Dubai Pioneers", "Dubai Pioneers (2)")
    assert prefs.get("me_contact_id") == mine.id
    assert Contact.select().where(Contact.is_me == True).count() == 1
    assert Contact.select().count() == 1 + first.contacts + second.contacts
    assert not any(c.is_mine for c in Chapter.select())


def _dump(database) -> dict[str, list[tuple]]:
    tables = [r[0] for r in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'contact_fts%' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: database.execute_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}


def test_same_seed_and_day_give_the_same_database(tmp_path):
    dumps = []
    for name, seed in (("a", 2026), ("b", 2026), ("c", 7)):
        database = db_mod.open_database(tmp_path / f"{name}.sqlite3")
        demo.generate(today=THURSDAY, seed=seed)
        dumps.append(_dump(database))
        db_mod.close_database()
    assert dumps[0] == dumps[1]
    assert dumps[0]["contact"] != dumps[2]["contact"]


def test_dates_follow_today(db):
    later = dt.date(2027, 6, 10)  # a Thursday
    demo.generate(today=later)
    assert Meeting.select().order_by(Meeting.date.desc()).get().date == dt.date(2027, 6, 9)
    assert max(i.occurred_at for i in Interaction.select()).date() <= later


def test_a_failure_part_way_leaves_the_database_as_before(db):
    # A real trigger makes the thank-you inserts (late in the build) fail.
    if engine.is_postgres(db):
        db.execute_sql("CREATE FUNCTION fail_thanks() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE EXCEPTION 'disk trouble'; END $$")
        db.execute_sql("CREATE TRIGGER fail_thanks BEFORE INSERT ON thank_you FOR EACH ROW "
                       "EXECUTE FUNCTION fail_thanks()")
    else:
        db.execute_sql("CREATE TEMP TRIGGER fail_thanks BEFORE INSERT ON thank_you "
                       "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
    with pytest.raises(Exception, match="disk trouble"):
        demo.generate(today=THURSDAY)
    db.execute_sql("DROP TRIGGER fail_thanks" + (" ON thank_you" if engine.is_postgres(db) else ""))
    assert Contact.select().count() == 0 and Chapter.select().count() == 0 and Meeting.select().count() == 0
    assert prefs.get("me_contact_id") is None
    assert db.execute_sql("SELECT count(*) FROM search_index_suspend").fetchone()[0] == 0
    assert demo.generate(today=THURSDAY).contacts > 200  # and it works afterwards


def test_stage_history_climbs_to_each_contacts_stage_within_the_past(sample, db):
    """Every contact starts at a first stage when met and its latest recorded stage is where it stands."""
    last = db.execute_sql(
        "SELECT count(*) FROM contact c WHERE c.stage IS NOT (SELECT s.to_stage FROM stage_change s "
        "WHERE s.contact_id = c.id ORDER BY s.changed_at DESC, s.id DESC LIMIT 1)").fetchone()[0]
    assert last == 0
    firsts = db.execute_sql("SELECT count(*), count(DISTINCT contact_id) FROM stage_change "
                            "WHERE from_stage IS NULL").fetchone()
    assert firsts == (sample.contacts, sample.contacts)
    early = db.execute_sql("SELECT count(*) FROM stage_change s JOIN contact c ON c.id = s.contact_id "
                           "WHERE s.changed_at < c.created_at OR s.changed_at > ?",
                           ("2026-11-26 08:00:00",)).fetchone()[0]
    assert early == 0
    year_ago = (THURSDAY - dt.timedelta(days=365)).isoformat()
    order = ["Know", "Like", "Trust", "Partner"]
    moves = [(order.index(to), order.index(frm)) for frm, to in db.execute_sql(
        "SELECT from_stage, to_stage FROM stage_change WHERE from_stage IS NOT NULL AND changed_at >= ?",
        (year_ago,)).fetchall()]
    up, down = sum(t > f for t, f in moves), sum(t < f for t, f in moves)
    assert up > 20 and down >= 1  # the funnel has movement to show, and a step back or two


def test_the_sample_has_a_little_history_from_every_source(sample):
    from totalnet_desktop.core.contacts import search
    from totalnet_desktop.core.exchange.history import review
    from totalnet_desktop.core.insights import conversations, period, viewpoint

    sources = {r[0] for r in Interaction.select(Interaction.source).distinct().tuples()}
    assert sources == {"", "whatsapp", "linkedin", "calendar", "mbox"}
    waiting = review.review_list()
    assert {p.source for p in waiting} >= {"whatsapp", "linkedin", "calendar"}
    assert waiting[0].phone  # the chapter group's unsaved numbers wrote the most
    quiet = search.search_ids(search.ContactFilter(gap="warm_quiet"))
    conv = conversations.conversations(period.preset_period("Last 12 months", THURSDAY), viewpoint.viewpoint(),
                                       THURSDAY)
    assert quiet and conv.quiet and conv.totals["messaging"] > 50
    # A group touch is never a 1-2-1; the weekly calendar 1-2-1 with a member is.
    assert Interaction.select().where(Interaction.source == "calendar", Interaction.channel == "one_to_one").count() == 6
