"""The sheet for BNI Connect: a closed meeting's week in PALMS entry order, agreeing with the report."""

import datetime as dt

import pytest

from totalnet_desktop.core.chapter import (
    chapters,
    connect_sheet,
    meetings,
    reports,
    slips,
    testimonials,
    visitors,
)
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import Contact

DAY = dt.date(2026, 11, 25)


@pytest.fixture
def week(db):
    ch = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    ids = {n.split()[0]: chapters.add_member(ch.id, name=n).contact_id for n in ("Amal Saeed", "Bilal Aziz", "Chen Wei")}
    before = meetings.open_meeting(ch.id, DAY - dt.timedelta(days=7), today=DAY)
    meetings.close_meeting(before.id)
    m = meetings.open_meeting(ch.id, DAY, today=DAY)
    rows = {r.first_name: r for r in meetings.roster_rows(m.id)}
    meetings.check_in(m, rows["Amal"], now=dt.datetime.combine(DAY, dt.time(6, 50)))
    meetings.set_substitute(m, rows["Bilal"], name="Sami Nasser")
    visitors.add_visitor(m, "Vera Visitor", invited_by_id=ids["Amal"])
    prospect = Contact.create(first_name="Rita", last_name="Gomez").id
    slips.add_referral(ids["Amal"], ids["Chen"], prospect_id=prospect, day=DAY, meeting_id=m.id)
    slips.add_referral(ids["Chen"], ids["Amal"], kind="inside", day=DAY - dt.timedelta(days=3))  # mid-week
    slips.add_referral(ids["Chen"], ids["Amal"], kind="inside", day=DAY - dt.timedelta(days=9))  # last week
    slips.add_thank_you(ids["Amal"], ids["Bilal"], "2,500", business="repeat", day=DAY, meeting_id=m.id)
    slips.add_one_to_one(ids["Amal"], ids["Chen"], day=DAY - dt.timedelta(days=2))
    slips.add_ceu(ids["Chen"], 0.5, day=DAY, meeting_id=m.id)
    testimonials.add_testimonial(ids["Amal"], ids["Bilal"], notes="Fast mortgage", day=DAY, meeting_id=m.id)
    return ch, m


def test_sheet_waits_for_the_meeting_to_close(week):
    _, m = week
    with pytest.raises(ValidationError, match="Close the meeting of 25 Nov 2026 first"):
        connect_sheet.sheet(m.id)


def test_sheet_in_palms_entry_order(week):
    _, m = week
    meetings.close_meeting(m.id)
    s = connect_sheet.sheet(m.id)
    assert [ln.section for ln in s.lines] == ["Status"] * 3 + ["Referral"] * 2 + ["TYFCB", "One-to-one", "CEU",
                                                                                   "Visitor", "Testimonial"]
    as_text = [(ln.section, ln.number, ln.member, ln.other, ln.detail, ln.amount) for ln in s.lines]
    assert as_text == [
        ("Status", 1, "Amal Saeed", "", "Present", ""),
        ("Status", 2, "Bilal Aziz", "Sami Nasser", "Substitute", ""),
        ("Status", 3, "Chen Wei", "", "Absent", ""),
        ("Referral", 1, "Chen Wei", "Amal Saeed", "inside", ""),
        ("Referral", 2, "Amal Saeed", "Chen Wei", "outside, prospect Rita Gomez", ""),
        ("TYFCB", 1, "Amal Saeed", "Bilal Aziz", "repeat, outside", "2,500"),
        ("One-to-one", 1, "Amal Saeed", "Chen Wei", "23 Nov", ""),
        ("CEU", 1, "Chen Wei", "", "0.5 credits", ""),
        ("Visitor", 1, "Vera Visitor", "Amal Saeed", "", ""),
        ("Testimonial", 1, "Amal Saeed", "Bilal Aziz", "Fast mortgage", ""),
    ]
    # The same week as the PALMS report: referrals given 2, one testimonial.
    total = reports.meeting_summary(m.id).total
    assert total.counts["RGI"] + total.counts["RGO"] == s.count("Referral") and total.testimonials == 1
    headers, rows = connect_sheet.table(s, done={0, 3})
    assert headers[-1] == "Done" and rows[0][-1] == "yes" and rows[1][-1] == "" and rows[3][-1] == "yes"
