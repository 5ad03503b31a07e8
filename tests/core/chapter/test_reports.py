"""The weekly PALMS report, history, member figures and CSV tables against hand-counted numbers."""

import datetime as dt
from decimal import Decimal

import pytest

pytestmark = pytest.mark.both_engines

from totalnet_desktop.core.chapter import chapters, meetings, reports, slips, visitors
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import Contact

DAY = dt.date(2026, 11, 25)
LAST = DAY - dt.timedelta(days=7)


def at(day, hh, mm):
    return dt.datetime.combine(day, dt.time(hh, mm))


@pytest.fixture
def chapter(db):
    """Two meetings, hand-counted in the tests below (see the comments)."""
    ch = chapters.create_chapter("Dubai Achievers", start_time="07:00", grace_minutes=5)
    ids = {}
    for name in ("Layla Haddad", "Omar Khan", "Zoë Dubois"):
        ids[name.split()[0]] = chapters.add_member(ch.id, name=name).contact_id
    layla, omar, zoe = ids["Layla"], ids["Omar"], ids["Zoë"]
    sami = Contact.create(first_name="Sami", last_name="Nasser").id
    m1 = meetings.open_meeting(ch.id, LAST, today=DAY)
    m2 = meetings.open_meeting(ch.id, DAY, today=DAY)
    rows = lambda m: {r.first_name: r for r in meetings.roster_rows(m.id)}
    # Meeting 1: Layla P, Omar L, Zoë A (by closing); Nadia visits, invited by Layla (first visit).
    meetings.check_in(m1, rows(m1)["Layla"], now=at(LAST, 6, 55))
    meetings.check_in(m1, rows(m1)["Omar"], now=at(LAST, 7, 15))
    visitors.add_visitor(m1, "Nadia Rahman", invited_by_id=layla, now=at(LAST, 7, 0))
    meetings.close_meeting(m1.id)
    # Meeting 2: Layla P, Omar S (Sami), Zoë M; Nadia again (2nd visit, no credit), Tom invited by Omar.
    meetings.check_in(m2, rows(m2)["Layla"], now=at(DAY, 7, 2))
    meetings.set_status(m2, rows(m2)["Omar"], "S", substitute_id=sami)
    meetings.set_status(m2, rows(m2)["Zoë"], "M")
    visitors.add_visitor(m2, "Nadia Rahman", invited_by_id=layla, now=at(DAY, 7, 0))
    visitors.add_visitor(m2, "Tom Berg", invited_by_id=omar, now=at(DAY, 7, 1))
    prospect = Contact.create(first_name="Rita", last_name="Gomez").id
    slips.add_referral(layla, omar, prospect_id=prospect, day=LAST, meeting_id=m1.id)
    slips.add_referral(omar, layla, kind="inside", day=DAY, meeting_id=m2.id)
    slips.add_referral(zoe, layla, prospect_id=prospect, day=DAY, meeting_id=m2.id)
    slips.add_referral(layla, zoe, prospect_id=prospect, day=DAY - dt.timedelta(days=3))  # mid-week
    slips.add_thank_you(layla, omar, "1,500", day=DAY, meeting_id=m2.id)
    slips.add_thank_you(omar, zoe, "250.50", day=DAY, meeting_id=m2.id)
    slips.add_thank_you(zoe, layla, "100", day=LAST, meeting_id=m1.id)
    # Not chapter slips (no meeting, the other side is no member): counted in Contacts/Insights only.
    outsider = Contact.create(first_name="Lin", last_name="Kedin", source="LinkedIn").id
    slips.add_referral(outsider, layla, kind="inside", day=DAY - dt.timedelta(days=1))
    slips.add_thank_you(layla, outsider, "999", day=DAY - dt.timedelta(days=1))
    slips.add_one_to_one(layla, omar, day=DAY - dt.timedelta(days=2))
    slips.add_one_to_one(zoe, layla, day=LAST)
    slips.add_ceu(layla, 1, day=DAY)
    slips.add_ceu(zoe, 0.5, day=DAY)
    slips.add_ceu(omar, 1, day=LAST)
    return ch, m1, m2


def figures(line):
    return [*line.values()[2:-1]]  # the last column, T, is counted in test_testimonials


def test_meeting_report_hand_counted(chapter):
    _, _, m2 = chapter
    s = reports.meeting_summary(m2.id)
    assert (s.start, s.end, s.meeting_dates) == (LAST + dt.timedelta(days=1), DAY, (DAY,))
    by = {ln.first_name: figures(ln) for ln in s.lines}
    #                 P  A  L  M  S RGI RGO RRI RRO V 121 TYFCB CEU
    assert by["Layla"] == [1, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, Decimal("1500.00"), 1.0]
    assert by["Omar"] == [0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, Decimal("250.50"), 0.0]
    assert by["Zoë"] == [0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, Decimal(0), 0.5]
    assert figures(s.total) == [1, 0, 0, 1, 1, 1, 2, 1, 2, 1, 2, Decimal("1750.50"), 1.5]
    assert sorted(s.visitors) == ["Nadia Rahman", "Tom Berg"]
    assert s.substitutes == ("Sami Nasser for Omar Khan",)


def test_first_meeting_report(chapter):
    _, m1, _ = chapter
    s = reports.meeting_summary(m1.id)
    by = {ln.first_name: figures(ln) for ln in s.lines}
    assert by["Layla"] == [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, Decimal(0), 0.0]
    assert by["Omar"] == [0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, Decimal(0), 1.0]
    assert by["Zoë"] == [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, Decimal("100.00"), 0.0]


def test_date_range_report_and_palms_table(chapter):
    ch, _, _ = chapter
    s = reports.chapter_summary(ch.id, LAST, DAY)
    by = {ln.first_name: figures(ln) for ln in s.lines}
    assert by["Layla"] == [2, 0, 0, 0, 0, 0, 2, 1, 1, 1, 2, Decimal("1500.00"), 1.0]
    assert by["Omar"] == [0, 0, 1, 0, 1, 1, 0, 0, 1, 1, 1, Decimal("250.50"), 1.0]
    assert by["Zoë"] == [0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, Decimal("100.00"), 0.5]
    assert s.substitutes == (f"Sami Nasser for Omar Khan, {DAY.day} {DAY:%b}",)  # dated over several meetings
    headers, rows = reports.palms_table(reports.TableRange(start=LAST, end=DAY))
    assert headers == reports.PALMS_HEADERS
    assert rows[0][:2] == ["Layla", "Haddad"] and rows[0][2:-1] == by["Layla"]
    assert len(rows) == 4
    # The final row holds the column totals, hand-added from the three lines above.
    assert rows[-1] == ["Total", "", 2, 1, 1, 1, 1, 1, 3, 1, 3, 2, 4, Decimal("1850.50"), 2.5, 0]
    # Given inside equals received inside, given outside equals received outside: only chapter slips.
    assert (rows[-1][7], rows[-1][8]) == (rows[-1][9], rows[-1][10])


def test_palms_table_periods(chapter):
    _, _m1, m2 = chapter
    # Default: the last closed meeting (m1, closed; m2 is still open).
    assert reports.palms_table()[1] == reports.palms_table(reports.TableRange(meeting=LAST))[1]
    by_default = {r[0]: r[2:] for r in reports.palms_table()[1]}
    assert by_default["Layla"] == [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, Decimal(0), 0.0, 0]
    assert by_default["Total"][:5] == [1, 1, 1, 0, 0]
    meetings.close_meeting(m2.id)
    assert reports.palms_table()[1] == reports.palms_table(reports.TableRange(meeting=DAY))[1]
    with pytest.raises(ValidationError, match="no meeting on 2026-11-24"):
        reports.palms_table(reports.TableRange(meeting=DAY - dt.timedelta(days=1)))
    with pytest.raises(ValidationError, match="ends"):
        reports.palms_table(reports.TableRange(start=DAY, end=LAST))
    # Attendance of one meeting only; referrals of the days that meeting's report covers.
    assert {r[0] for r in reports.attendance_table(reports.TableRange(meeting=LAST))[1]} == {LAST.isoformat()}
    refs = reports.referrals_table(reports.TableRange(meeting=DAY))[1]
    assert [r[0] for r in refs] == [(DAY - dt.timedelta(days=3)).isoformat(), DAY.isoformat(), DAY.isoformat(),
                                    "Total"]
    assert refs[-1][1] == "3 referrals" and refs[-1][4] == "1 inside, 2 outside"


def test_history_and_member_stats(chapter):
    ch, _, _ = chapter
    h = reports.meeting_history(ch.id)
    assert [x.date for x in h] == [DAY, LAST]
    assert (h[0].present, h[0].absent, h[0].medical, h[0].substitute, h[0].visitors, h[0].referrals,
            h[0].thank_you_total) == (1, 0, 1, 1, 2, 2, Decimal("1750.50"))
    assert (h[1].present, h[1].absent, h[1].late, h[1].visitors, h[1].referrals, h[1].thank_you_total,
            h[1].status) == (1, 1, 1, 1, 1, Decimal("100.00"), "closed")
    stats = {s.name: s for s in reports.member_stats(ch.id)}
    assert stats["Layla Haddad"].attendance_rate == 1.0
    assert stats["Omar Khan"].attendance_rate == 1.0  # late + substitute both cover the seat
    assert stats["Zoë Dubois"].attendance_rate == 0.0
    assert [(s.referrals_given, s.referrals_received, s.one_to_ones) for s in stats.values()] == [
        (2, 2, 2), (1, 1, 1), (1, 1, 1)]


def test_attendance_table(chapter):
    headers, rows = reports.attendance_table(reports.TableRange(start=LAST, end=DAY))
    assert headers == ["Date", "Chapter", "First Name", "Last Name", "Status", "Checked In", "Substitute",
                       "Invited By"]
    first = [r for r in rows if r[0] == LAST.isoformat()]
    assert first == [
        [LAST.isoformat(), "Dubai Achievers", "Layla", "Haddad", "Present", "06:55", "", ""],
        [LAST.isoformat(), "Dubai Achievers", "Omar", "Khan", "Late", "07:15", "", ""],
        [LAST.isoformat(), "Dubai Achievers", "Zoë", "Dubois", "Absent", "", "", ""],
        [LAST.isoformat(), "Dubai Achievers", "Nadia", "Rahman", "Visitor", "07:00", "", "Layla Haddad"],
    ]
    omar = next(r for r in rows if r[0] == DAY.isoformat() and r[2] == "Omar")
    assert omar[4:7] == ["Substitute", "", "Sami Nasser"]
    assert {r[4] for r in rows} <= {"Present", "Absent", "Late", "Medical", "Substitute", "Visitor"}


def test_referrals_table(chapter):
    headers, rows = reports.referrals_table(reports.TableRange(start=LAST, end=DAY))
    assert headers[:4] == ["Date", "Giver", "Receiver", "Prospect"]
    assert len(rows) == 5 and rows[-1][:2] == ["Total", "4 referrals"]  # the outsider's referral is not a slip
    assert rows[0] == [LAST.isoformat(), "Layla Haddad", "Omar Khan", "Rita Gomez", "Outside", 3, "New", "", ""]
    assert all(isinstance(v, (str, int, Decimal)) for r in rows for v in r)


def test_tables_without_chapter_are_empty(db):
    assert reports.attendance_table()[1] == []
    assert reports.palms_table()[1] == []
