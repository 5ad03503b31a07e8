"""Each Insights figure against data created here and counted by hand (see the comments)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqltrace

pytestmark = pytest.mark.both_engines

from totalnet_desktop.core.insights import attendance as att
from totalnet_desktop.core.insights import channels as chan
from totalnet_desktop.core.insights import facade as insights
from totalnet_desktop.core.insights import money, trust
from totalnet_desktop.core.insights import referrals as refs
from totalnet_desktop.core.store import engine, prefs
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.core.store.models import (
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
    StageChange,
    ThankYou,
)

D = dt.date
YEAR_2026 = insights.Period(D(2026, 1, 1), D(2026, 12, 31), "This year")
TODAY = D(2026, 7, 1)


def person(first: str, **kw) -> Contact:
    return Contact.create(first_name=first, last_name="Test", **kw)


def without_stage_guards(database) -> None:
    """Drop schema step 7's stage guards, as another SQLite tool could, to write an unknown stage."""
    if engine.is_postgres(database):  # there the guard is a CHECK constraint
        database.execute_sql("ALTER TABLE contact DROP CONSTRAINT check_contact_stage")
        return
    for event in ("insert", "update"):
        database.execute_sql(f"DROP TRIGGER check_contact_stage_{event}")


@pytest.fixture
def chapter_data(db):
    """Me (Layla) in Dubai Central (fee 6,000 AED) with members, a visitor and online contacts."""
    me = person("Layla", is_me=True)
    mine = Chapter.create(name="Dubai Central", annual_fee=6000, currency="AED", is_mine=True)
    other_chapter = Chapter.create(name="Abu Dhabi West")
    omar, aisha, vic = person("Omar"), person("Aisha"), person("Vic")
    olivia, otto = person("Olivia", source="Manual"), person("Otto")
    for member in (me, omar, aisha):
        Membership.create(chapter=mine, contact=member)
    ContactPoint.create(contact=olivia, kind="social", network="linkedin", value="in/olivia")
    ContactPoint.create(contact=omar, kind="social", network="linkedin", value="in/omar")

    meetings = {}
    for day in ("2025-10-01", "2026-01-07", "2026-01-14", "2026-02-04", "2026-03-04", "2026-04-01",
                "2026-04-08", "2026-05-06", "2026-07-08"):
        meetings[day] = Meeting.create(chapter=mine, date=D.fromisoformat(day))
    my_status = {"2025-10-01": "Absent", "2026-01-07": "Present", "2026-01-14": "Absent",
                 "2026-02-04": "Medical", "2026-03-04": "Substitute", "2026-04-01": "Absent",
                 "2026-04-08": "Late", "2026-05-06": "Absent", "2026-07-08": "Absent"}
    for day, status in my_status.items():
        Attendance.create(meeting=meetings[day], contact=me, status=status)
        Attendance.create(meeting=meetings[day], contact=omar, status="Present")
    Attendance.create(meeting=meetings["2026-01-07"], contact=aisha, status="Absent")
    Attendance.create(meeting=meetings["2026-01-07"], contact=vic, status="Visitor", invited_by=omar)
    elsewhere = Meeting.create(chapter=other_chapter, date=D(2026, 2, 11))
    Attendance.create(meeting=elsewhere, contact=me, status="Absent")  # not my chapter: not counted

    def ty(day, frm, to, amount, currency="AED", meeting=None):
        ThankYou.create(date=D.fromisoformat(day), from_contact=frm, to_contact=to, amount=amount,
                        currency=currency, meeting=meeting)

    ty("2025-12-31", me, omar, 500)  # before 2026
    ty("2026-02-10", me, omar, 2000)
    ty("2026-03-05", me, aisha, 3000)
    ty("2026-04-20", me, omar, 1500)  # running total 6,500 >= 6,000: paid back this day
    ty("2026-05-01", me, otto, 9999)  # Otto is no member, no meeting: not a chapter referral
    ty("2026-05-02", me, omar, 100, currency="USD")  # other currency: counted apart, not summed
    ty("2026-06-01", omar, me, 800)  # Omar closed business I passed: not my return
    ty("2026-06-02", me, otto, 700, meeting=meetings["2026-05-06"])  # recorded at my meeting: counts

    def ref(day, giver, receiver, kind):
        Referral.create(date=D.fromisoformat(day), giver=giver, receiver=receiver, kind=kind)

    ref("2025-11-01", omar, me, "outside")  # before 2026
    ref("2026-01-15", omar, me, "inside")
    ref("2026-01-20", omar, me, "outside")
    ref("2026-02-03", vic, me, "outside")
    ref("2026-02-04", olivia, me, "outside")
    ref("2026-03-01", otto, me, "inside")
    ref("2026-01-10", me, aisha, "outside")
    ref("2026-03-15", me, omar, "inside")
    ref("2026-03-16", me, omar, "outside")
    ref("2026-03-01", aisha, omar, "inside")  # not mine

    Interaction.create(contact=omar, occurred_at=dt.datetime(2026, 1, 5, 9), channel="in_person")
    Interaction.create(contact=omar, occurred_at=dt.datetime(2026, 3, 10, 9), channel="linkedin")
    Interaction.create(contact=omar, occurred_at=dt.datetime(2025, 3, 10, 9), channel="phone")  # before
    return {"me": me, "chapter": mine, "omar": omar, "aisha": aisha, "vic": vic, "olivia": olivia,
            "otto": otto}


def test_period_buckets_months_and_quarters():
    assert [k for k, _ in YEAR_2026.buckets()][:3] == ["2026-01", "2026-02", "2026-03"]
    assert len(YEAR_2026.buckets()) == 12 and YEAR_2026.months == 12
    five = insights.Period(D(2020, 1, 1), D(2024, 12, 31))
    assert five.by_quarter and len(five.buckets()) == 20 and five.buckets()[0] == ("2020-Q1", "Q1 2020")
    with pytest.raises(ValueError, match="before it starts"):
        insights.Period(D(2026, 2, 1), D(2026, 1, 1))


def test_presets_relative_to_today(db):
    last12 = insights.preset_period("Last 12 months", D(2026, 11, 26))
    assert (last12.start, last12.end, last12.months) == (D(2025, 11, 27), D(2026, 11, 26), 12)
    assert insights.preset_period("Last year", D(2026, 3, 1)).start == D(2025, 1, 1)
    assert insights.preset_period("All time", D(2026, 3, 1)).start == D(2026, 3, 1)  # no data yet
    Referral.create(date=D(2021, 5, 4), giver=person("A"), receiver=person("B"))
    assert insights.preset_period("All time", D(2026, 3, 1)).start == D(2021, 5, 4)


def test_viewpoint_prefers_preferences_then_flags(db):
    flagged = person("Flagged", is_me=True)
    chosen = person("Chosen")
    Chapter.create(name="Only", annual_fee=1200, currency="USD")
    view = insights.viewpoint()
    assert (view.me_id, view.chapter_name, view.currency, view.annual_fee) == (flagged.id, "Only", "USD", 1200)
    second = Chapter.create(name="Second")
    prefs.set("me_contact_id", chosen.id)
    prefs.set("my_chapter_id", second.id)
    view = insights.viewpoint()
    assert (view.me_id, view.chapter_id) == (chosen.id, second.id)


def test_return_on_membership_counts_what_i_closed(chapter_data):
    roi = money.return_on_membership(YEAR_2026, insights.viewpoint())
    by_month = {m.bucket: m.closed for m in roi.months}
    # Feb 2,000 + Mar 3,000 + Apr 1,500 + Jun 700 (Otto, at my meeting); Otto's 9,999 and USD 100 out.
    assert by_month["2026-02"] == Decimal("2000.00")
    assert by_month["2026-03"] == Decimal("3000.00")
    assert by_month["2026-04"] == Decimal("1500.00")
    assert by_month["2026-05"] == Decimal("0.00")
    assert by_month["2026-06"] == Decimal("700.00")
    assert roi.total == Decimal("7200.00")
    assert roi.months[-1].cumulative == Decimal("7200.00")
    assert roi.fee_for_period == Decimal("6000.00")
    assert roi.payback_date == D(2026, 4, 20)
    assert roi.passed_total == Decimal("800.00")
    assert roi.other_currency_count == 1
    assert roi.remaining == 0 and roi.ratio == pytest.approx(1.2)


def test_return_on_membership_distance_when_not_paid_back(chapter_data):
    period = insights.Period(D(2025, 4, 1), D(2026, 3, 31))
    roi = money.return_on_membership(period, insights.viewpoint())
    assert roi.total == Decimal("5500.00")  # 500 + 2,000 + 3,000
    assert roi.payback_date is None
    assert roi.remaining == Decimal("500.00")
    short = insights.Period(D(2026, 1, 1), D(2026, 3, 31))  # three months: a quarter of the fee
    roi = money.return_on_membership(short, insights.viewpoint())
    assert roi.fee_for_period == Decimal("1500.00") and roi.payback_date == D(2026, 2, 10)


def test_fee_is_charged_only_for_months_of_membership_at_the_fee_then(chapter_data):
    """6,000 a year is 500 a month: hand-counted against joining, leaving and a fee change."""
    from totalnet_desktop.core.chapter import fees

    me, chapter = chapter_data["me"], chapter_data["chapter"]
    mine = Membership.get((Membership.contact == me) & (Membership.chapter == chapter))

    def fee(period=YEAR_2026):
        return money.return_on_membership(period, insights.viewpoint()).fee_for_period

    assert fee() == Decimal("6000.00")  # no joining date known: a member all along
    mine.joined_on = D(2026, 3, 1)
    mine.save()
    assert fee() == Decimal("5000.00")  # March to December: 10 x 500
    assert fee(insights.Period(D(2020, 1, 1), D(2026, 12, 31))) == Decimal("5000.00")  # "all time" too
    mine.left_on = D(2026, 8, 31)
    mine.save()
    assert fee() == Decimal("3000.00")  # March to August: 6 x 500
    mine.left_on = None
    mine.joined_on = D(2026, 3, 16)
    mine.save()
    assert fee() == Decimal("4758.06")  # 16 of March's 31 days (258.06) + April to December 4,500
    mine.joined_on = D(2026, 3, 1)
    mine.save()
    fees.set_fee(chapter.id, "12,000", D(2026, 7, 1), today=D(2026, 7, 15))
    assert fee() == Decimal("8000.00")  # March to June 4 x 500 + July to December 6 x 1,000
    assert Chapter.get_by_id(chapter.id).annual_fee == Decimal("12000.00")  # the fee in force today
    assert fees.fee_on(chapter.id, D(2026, 6, 30)) == Decimal("6000.00")
    # Paid back when the running total reaches the fee of the months of membership (8,000): never in 2026
    # (7,200 closed); with the fee left at 6,000 from March (5,000) it was on 5 March (2,000 + 3,000).
    roi = money.return_on_membership(YEAR_2026, insights.viewpoint())
    assert roi.payback_date is None and roi.remaining == Decimal("800.00")
    fees.remove_fee(chapter.id, D(2026, 7, 1), today=D(2026, 7, 15))
    roi = money.return_on_membership(YEAR_2026, insights.viewpoint())
    assert roi.fee_for_period == Decimal("5000.00") and roi.payback_date == D(2026, 3, 5)


def test_return_on_membership_without_me_is_empty(db):
    Chapter.create(name="Only", annual_fee=500)
    roi = money.return_on_membership(YEAR_2026, insights.viewpoint())
    assert roi.is_empty and not roi.has_me and roi.has_chapter


def test_referrals_given_and_received_per_month(chapter_data):
    flow = refs.referrals_by_month(YEAR_2026, insights.viewpoint())
    months = {m.bucket: m for m in flow.months}
    assert (months["2026-01"].given_inside, months["2026-01"].given_outside,
            months["2026-01"].received_inside, months["2026-01"].received_outside) == (0, 1, 1, 1)
    assert (months["2026-02"].given, months["2026-02"].received_outside) == (0, 2)
    assert (months["2026-03"].given_inside, months["2026-03"].given_outside,
            months["2026-03"].received_inside) == (1, 1, 1)
    assert flow.total("given") == 3 and flow.total("received") == 5


def test_where_received_referrals_came_from(chapter_data):
    sources = dict(refs.referral_sources(YEAR_2026, insights.viewpoint()).counts)
    assert sources == {"Chapter members": 2, "Visitors": 1, "Online contacts": 1, "Other contacts": 1}


def test_top_relationships_with_channels(chapter_data):
    top = money.top_relationships(YEAR_2026, insights.viewpoint())
    names = [p.name for p in top.people]
    # Omar: 2 given me + 2 from me. Then one each, by money: Otto 10,699, Aisha 3,000, then by id.
    assert names == ["Omar Test", "Otto Test", "Aisha Test", "Vic Test", "Olivia Test"]
    omar = top.people[0]
    assert (omar.referrals_given_me, omar.referrals_from_me) == (2, 2)
    assert omar.business_they_sent == Decimal("3500.00")  # 2,000 + 1,500 (USD 100 left out)
    assert omar.business_i_sent == Decimal("800.00")
    assert omar.channels == ("In person", "LinkedIn") and omar.networks == ("LinkedIn",)
    assert omar.chapter_member and not top.people[1].chapter_member
    assert top.people[1].business_they_sent == Decimal("10699.00")


def test_attendance_last_26_weeks_with_running_absences(chapter_data):
    record = att.attendance_26_weeks(YEAR_2026, insights.viewpoint(), TODAY)
    assert (record.start, record.end) == (D(2026, 1, 1), D(2026, 7, 1))
    shown = [(m.date.isoformat(), m.status, m.absences_6m) for m in record.meetings]
    assert shown == [
        ("2026-01-07", "Present", 1),  # the absence of 1 Oct 2025 is 98 days back
        ("2026-01-14", "Absent", 2),
        ("2026-02-04", "Medical", 2),  # medical is excused
        ("2026-03-04", "Substitute", 2),
        ("2026-04-01", "Absent", 2),  # 1 Oct 2025 is now 182 days back: out of the six months
        ("2026-04-08", "Late", 2),
        ("2026-05-06", "Absent", 3),  # on the line
    ]
    assert record.current_absences == 3 and record.count("Absent") == 3
    first = record.meetings[0]
    assert (first.members, first.attended, first.visitors) == (3, 2, 1)
    assert record.chapter_rate == pytest.approx(10 / 15)


def test_channel_balance_online_in_person_both(db):
    me = person("Me", is_me=True)
    pia, quinn, rosa, sam, tom, uma = (person(n) for n in ("Pia", "Quinn", "Rosa", "Sam", "Tom", "Uma"))
    vera = person("Vera", trashed_at=dt.datetime(2024, 6, 1))
    wes = person("Wes")

    def touch(c, when, channel):
        Interaction.create(contact=c, occurred_at=when, channel=channel)

    touch(pia, dt.datetime(2024, 1, 10, 9), "linkedin")
    touch(pia, dt.datetime(2024, 1, 20, 9), "in_person")
    touch(quinn, dt.datetime(2024, 2, 5, 9), "x")
    touch(rosa, dt.datetime(2024, 2, 6, 9), "one_to_one")
    touch(sam, dt.datetime(2024, 2, 7, 9), "phone")  # neither online nor in person
    touch(tom, dt.datetime(2024, 3, 1, 9), "instagram")
    OneToOne.create(date=D(2024, 5, 1), member_a=tom, member_b=me)
    meeting = Meeting.create(chapter=Chapter.create(name="C"), date=D(2024, 4, 3))
    Attendance.create(meeting=meeting, contact=uma, status="Visitor")
    Attendance.create(meeting=meeting, contact=me, status="Present")  # me: never counted
    touch(me, dt.datetime(2024, 4, 4, 9), "linkedin")
    touch(vera, dt.datetime(2024, 1, 2, 9), "linkedin")  # in the trash
    touch(wes, dt.datetime(2023, 12, 31, 23), "linkedin")  # before the period
    touch(wes, dt.datetime(2025, 1, 1, 0), "in_person")  # after it

    balance = chan.channel_balance(insights.Period(D(2024, 1, 1), D(2024, 12, 31)), insights.viewpoint())
    whole = balance.whole
    assert (whole.online_only, whole.in_person_only, whole.both) == (1, 2, 2)  # Quinn; Rosa, Uma; Pia, Tom
    # Cumulative: who had been reached so far at the end of each month.
    months = {m.bucket: (m.online_only, m.in_person_only, m.both) for m in balance.months}
    assert months["2024-01"] == (0, 0, 1)  # Pia, both in January
    assert months["2024-02"] == (1, 1, 1)  # + Quinn online, Rosa in person
    assert months["2024-03"] == (2, 1, 1)  # + Tom online
    assert months["2024-04"] == (2, 2, 1)  # + Uma at a meeting
    assert months["2024-05"] == (1, 2, 2)  # Tom's one-to-one: he moves to both
    assert months["2024-12"] == (1, 2, 2)

    quarters = chan.channel_balance(insights.Period(D(2020, 1, 1), D(2024, 12, 31)), insights.viewpoint())
    by_q = {m.bucket: (m.online_only, m.in_person_only, m.both) for m in quarters.months}
    assert by_q["2023-Q3"] == (0, 0, 0)
    assert by_q["2023-Q4"] == (1, 0, 0)  # Wes, online on 31 Dec 2023: inside this longer period
    assert by_q["2024-Q1"] == (3, 1, 1) and by_q["2024-Q2"] == (2, 2, 2)
    assert (quarters.whole.online_only, quarters.whole.in_person_only, quarters.whole.both) == (2, 2, 2)


def test_trust_funnel_counts(db):
    def touch(c, day):
        Interaction.create(contact=c, occurred_at=dt.datetime.combine(day, dt.time(9)), channel="phone")

    person("A", stage="Know", created_at=dt.datetime(2025, 5, 1))
    b = person("B", stage="Know", created_at=dt.datetime(2026, 2, 1))
    touch(b, D(2026, 6, 20))
    c = person("C", stage="Like", created_at=dt.datetime(2026, 3, 1))
    touch(c, D(2026, 3, 2))  # 121 days before 1 July: past the Like cadence of 60
    d = person("D", stage="Trust", created_at=dt.datetime(2024, 1, 1))
    touch(d, D(2025, 12, 1))
    e = person("E", stage="Partner", cadence_days=365, created_at=dt.datetime(2024, 1, 1))
    touch(e, D(2026, 1, 10))
    person("F", stage="Partner", trashed_at=dt.datetime(2026, 1, 1))
    person("G", stage="Trust", archived=True)
    person("Me", stage="Partner", is_me=True)
    without_stage_guards(db)  # a file another tool wrote, with the guards dropped
    person("H", stage="Weird", created_at=dt.datetime(2024, 1, 1))  # unknown stage: counted as Know
    i = person("I", stage="Like", created_at=dt.datetime(2024, 1, 1))
    touch(i, D(2026, 8, 1))  # in the period but after "today": in touch, yet quiet as of today

    funnel = trust.trust_funnel(YEAR_2026, insights.viewpoint(), TODAY)
    rows = {s.stage: (s.contacts, s.added, s.in_touch, s.quiet) for s in funnel.stages}
    assert rows == {"Know": (3, 1, 1, 2), "Like": (2, 1, 2, 2), "Trust": (1, 0, 0, 1), "Partner": (1, 0, 1, 0)}
    assert funnel.total == 7 and funnel.added == 2


def test_stage_moves_count_the_recorded_changes_of_the_period(db):
    def moved(c, before, after, when):
        StageChange.create(contact=c, from_stage=before, to_stage=after, changed_at=when)

    # Every contact's first stage is recorded by the insert trigger, dated at created_at: not a move.
    a = person("A", stage="Trust", created_at=dt.datetime(2025, 11, 1))
    moved(a, "Know", "Like", dt.datetime(2025, 12, 31, 23, 59))  # before the period
    moved(a, "Like", "Trust", dt.datetime(2026, 1, 1, 0, 0))  # first minute of the period: counted
    b = person("B", stage="Like", created_at=dt.datetime(2026, 2, 1))
    moved(b, "Know", "Like", dt.datetime(2026, 3, 1, 10))
    moved(b, "Like", "Trust", dt.datetime(2026, 4, 1, 10))
    moved(b, "Trust", "Like", dt.datetime(2026, 5, 1, 10))  # one step back
    c = person("C", stage="Partner", created_at=dt.datetime(2024, 1, 1))
    moved(c, "Know", "Like", dt.datetime(2026, 2, 2, 9))
    moved(c, "Like", "Partner", dt.datetime(2026, 12, 31, 18))  # two stages up in one change
    d = person("D", stage="Like", created_at=dt.datetime(2024, 1, 1))
    moved(d, "Partner", "Like", dt.datetime(2026, 6, 1, 9))  # two stages down
    moved(d, "Like", "Like", dt.datetime(2026, 6, 2, 9))  # not a move (written by hand: triggers skip it)
    moved(person("E", stage="Like"), "Know", "Like", dt.datetime(2027, 1, 1, 0, 0))  # after the period
    moved(person("F", stage="Like", trashed_at=dt.datetime(2026, 8, 1)), "Know", "Like", dt.datetime(2026, 3, 3))
    moved(person("G", stage="Like", archived=True), "Know", "Like", dt.datetime(2026, 3, 3))
    moved(person("Me", stage="Like", is_me=True), "Know", "Like", dt.datetime(2026, 3, 3))
    without_stage_guards(db)  # a file another tool wrote, with the guards dropped
    moved(person("H", stage="Weird"), "Weird", "Know", dt.datetime(2026, 3, 3))  # unknown = Know: no move
    moved(person("I", stage="Like"), "Weird", "Like", dt.datetime(2026, 3, 4))  # unknown counts as Know

    moves = trust.stage_moves(YEAR_2026, insights.viewpoint())
    got = [(m.from_stage, m.to_stage, m.count) for m in moves.moves]
    # Up first, then down; each by the stage moved from, then the stage moved to.
    assert got == [("Know", "Like", 2), ("Weird", "Like", 1), ("Like", "Trust", 2), ("Like", "Partner", 1),
                   ("Trust", "Like", 1), ("Partner", "Like", 1)]
    assert (moves.up, moves.down) == (6, 2)
    into = {stage: moves.moved_up_into(stage) for stage in ("Know", "Like", "Trust", "Partner")}
    assert into == {"Know": 0, "Like": 3, "Trust": 2, "Partner": 1}
    assert trust.stage_moves(insights.Period(D(2025, 1, 1), D(2025, 12, 31), "2025"),
                             insights.viewpoint()).up == 1  # A's Know -> Like on 31 Dec


def test_follow_through_on_time_late_dismissed(db):
    c = person("C")

    def fu(due, status="open", done_at=None):
        FollowUp.create(contact=c, due=D.fromisoformat(due), reason="x", status=status, done_at=done_at)

    fu("2026-01-10", "done", dt.datetime(2026, 1, 10, 15))  # on the day: on time
    fu("2026-01-10", "done", dt.datetime(2026, 1, 9, 8))
    fu("2026-01-12", "done", dt.datetime(2026, 1, 15, 8))  # late
    fu("2026-02-01", "dismissed")
    fu("2026-02-01", "done")  # no done-at: nothing says it was late
    fu("2026-06-30", "open")  # overdue on 1 July
    fu("2026-06-15", "snoozed")  # overdue
    fu("2026-07-01", "open")  # due today: pending
    fu("2026-09-01", "open")
    fu("2025-12-31", "done", dt.datetime(2026, 1, 5))  # due before the period

    result = trust.follow_through(YEAR_2026, TODAY)
    totals = tuple(result.total(f) for f in ("on_time", "late", "dismissed", "overdue", "pending"))
    assert totals == (3, 1, 1, 2, 2)
    months = {m.bucket: (m.on_time, m.late, m.dismissed, m.overdue, m.pending) for m in result.months}
    assert months["2026-01"] == (2, 1, 0, 0, 0) and months["2026-02"] == (1, 0, 1, 0, 0)
    assert months["2026-06"] == (0, 0, 0, 2, 0) and months["2026-07"] == (0, 0, 0, 0, 1)
    assert result.on_time_rate == pytest.approx(3 / 7)


def test_every_figure_is_one_statement(chapter_data, db):
    """Each figure runs exactly one SQL statement (no per-row queries)."""
    view = insights.viewpoint()
    with sqltrace.statements(db) as statements:
        for call in (
            lambda: money.return_on_membership(YEAR_2026, view),
            lambda: money.top_relationships(YEAR_2026, view),
            lambda: refs.referrals_by_month(YEAR_2026, view),
            lambda: refs.referral_sources(YEAR_2026, view),
            lambda: att.attendance_26_weeks(YEAR_2026, view, TODAY),
            lambda: chan.channel_balance(YEAR_2026, view),
            lambda: trust.trust_funnel(YEAR_2026, view, TODAY),
            lambda: trust.stage_moves(YEAR_2026, view),
            lambda: trust.follow_through(YEAR_2026, TODAY),
        ):
            statements.clear()
            call()
            assert len(statements) == 1, statements


def test_load_dashboard_empty_database(db):
    board = insights.load_dashboard(YEAR_2026, TODAY)
    assert board.roi.is_empty and board.referrals.is_empty and board.sources.is_empty
    assert board.attendance.is_empty and board.channels.is_empty and board.funnel.is_empty
    assert board.moves.is_empty
    assert board.follow_through.is_empty and board.top.is_empty
    assert not board.view.me_id and not board.roi.has_chapter


def test_unreadable_table_is_a_clear_error(db):
    db.execute_sql("DROP TABLE follow_up")  # a damaged file, for real
    with pytest.raises(TotalNetError, match="could not be read from the database"):
        insights.load_dashboard(YEAR_2026, TODAY)
