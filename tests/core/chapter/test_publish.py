"""Publishing a meeting recorded offline (a laptop's SQLite file) to the chapter's database: what is
added, hand-counted; a second publish adds nothing; what another desk recorded differently is listed and
kept; a preview writes nothing; the file is never written. On a PostgreSQL run the chapter's database
is a server database (the laptop's file stays SQLite)."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path

import pytest

from totalnet_desktop.core.chapter import chapters, meetings, publish, slips, testimonials, visitors
from totalnet_desktop.core.chapter.slips import NewPerson
from totalnet_desktop.core.store import copy, models
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.models import (
    CEU,
    Attendance,
    Contact,
    FollowUp,
    Meeting,
    OneToOne,
    Referral,
    ThankYou,
)

DAY = dt.date(2026, 11, 25)  # a Wednesday
MEMBERS = [("Layla Haddad", "Printer", "Haddad Print"), ("Zoë Dubois", "Florist", "Fleurs"),
           ("Omar Khan", "Lawyer", "Khan Law"), ("Priya Mehta", "Accountant", "Mehta & Co")]
TABLES = (Contact, Meeting, Attendance, Referral, ThankYou, OneToOne, CEU, models.Testimonial)


def _counts() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in TABLES}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _row(meeting_id: int, name: str) -> meetings.RosterRow:
    return next(r for r in meetings.roster_rows(meeting_id) if r.name == name)


def _record_on_laptop(laptop: Path) -> None:
    """The VP's meeting at the venue: 3 members in (one late), 1 absent, a visitor, slips."""
    db_mod.open_target(laptop)
    try:
        chapter = chapters.my_chapter_id()
        meeting = meetings.open_meeting(chapter, DAY, today=DAY)
        at = dt.datetime.combine(DAY, dt.time(7, 0))
        for name in ("Layla Haddad", "Zoë Dubois"):
            meetings.check_in(meeting, _row(meeting.id, name), now=at)
        meetings.check_in(meeting, _row(meeting.id, "Omar Khan"), now=at.replace(minute=12))  # Late
        meetings.set_status(meeting, _row(meeting.id, "Priya Mehta"), "Absent")
        layla, zoe, omar = (_row(meeting.id, n).contact_id for n in ("Layla Haddad", "Zoë Dubois", "Omar Khan"))
        visitors.add_visitor(meeting, "Sara Lee", invited_by_id=layla, company="Acme", phone="+971 50 555 0101",
                             now=at.replace(minute=5))
        slips.add_referral(layla, zoe, new_prospect=NewPerson("Ana Silva", phone="+971 50 555 0202"),
                           day=DAY, meeting_id=meeting.id)
        slips.add_thank_you(zoe, layla, "1,200.50", day=DAY, meeting_id=meeting.id)
        testimonials.add_testimonial(omar, layla, notes="Fast and careful", day=DAY, meeting_id=meeting.id)
        slips.add_one_to_one(layla, omar, day=DAY, meeting_id=meeting.id)
        slips.add_ceu(zoe, 1.0, day=DAY, meeting_id=meeting.id)
    finally:
        db_mod.close_database()


def test_a_meeting_recorded_offline_is_published_once_and_never_overwrites(fresh_target, tmp_path):
    server, laptop = fresh_target("server"), tmp_path / "laptop.sqlite3"
    db_mod.open_target(server)
    chapters.set_up_chapter("Dubai Achievers", MEMBERS, start_time="07:00", grace_minutes=5)
    db_mod.close_database()
    copy.copy_database(server, laptop)  # the offline copy the VP took before leaving
    _record_on_laptop(laptop)
    before_file = _digest(laptop)

    db_mod.open_target(server)
    # Meanwhile at another desk: Omar checked in on time, and the same referral recorded there.
    chapter = chapters.my_chapter_id()
    meeting = meetings.open_meeting(chapter, DAY, today=DAY)
    meetings.check_in(meeting, _row(meeting.id, "Omar Khan"), now=dt.datetime.combine(DAY, dt.time(7, 1)))
    roster = {r.name: r.contact_id for r in meetings.roster_rows(meeting.id)}
    assert [m.day for m in publish.meetings_in(laptop)] == [DAY]

    counts = _counts()
    preview = publish.publish_meeting(laptop, preview=True)
    assert _counts() == counts  # a preview writes nothing
    report = publish.publish_meeting(laptop)
    assert (preview.added, preview.already, preview.differences) == (report.added, report.already,
                                                                       report.differences)
    # Hand-counted: Layla, Zoë in; Priya absent (3 attendance rows; Omar's differs); Sara the visitor
    # (new here, as is the prospect Ana); one of each slip.
    assert dict(report.added) == {"attendance": 3, "visitor": 1, "new_person": 2, "referral": 1,
                                  "thank_you": 1, "testimonial": 1, "one_to_one": 1, "ceu": 1}
    assert report.already == 0
    assert [str(d) for d in report.differences] == ["Omar Khan: Late in the file, Present here; kept Present."]
    assert str(report.text()) == (
        "Published the meeting of 25 Nov 2026 (Dubai Achievers): 3 attendance rows, 1 visitor, 1 referral, "
        "1 thank-you, 1 one-to-one, 1 CEU, 1 testimonial and 2 new contacts. Differences with what is here, "
        "where the record here is kept: 1 (listed below).")
    counters = meetings.counters(meeting.id)
    assert (counters.present, counters.late, counters.absent, counters.visitors) == (3, 0, 1, 1)
    assert Attendance.get((Attendance.meeting == meeting.id) & (Attendance.contact == roster["Omar Khan"])).status \
        == "Present"
    sara = Contact.get((Contact.first_name == "Sara") & (Contact.last_name == "Lee"))
    assert sara.company == "Acme"
    assert Attendance.get((Attendance.meeting == meeting.id) & (Attendance.contact == sara.id)).invited_by_id \
        == roster["Layla Haddad"]
    ref = Referral.get(Referral.meeting == meeting.id)
    assert (ref.giver_id, ref.receiver_id, ref.prospect.full_name) == (roster["Layla Haddad"], roster["Zoë Dubois"],
                                                                        "Ana Silva")
    assert Decimal(str(ThankYou.get(ThankYou.meeting == meeting.id).amount)) == Decimal("1200.50")
    assert not FollowUp.select().where(FollowUp.origin == "visitor").exists()  # the recorder's own, not published

    after_first = _counts()
    again = publish.publish_meeting(laptop)
    assert _counts() == after_first  # publishing twice changes nothing
    assert again.total_added == 0 and again.already == 9
    assert str(again.text()).startswith("Nothing new to publish for the meeting of 25 Nov 2026 (Dubai Achievers)")
    assert _digest(laptop) == before_file  # the file was only read
    db_mod.close_database()


def test_a_separately_made_file_is_matched_by_name_and_a_slip_recorded_twice_is_listed(fresh_target, tmp_path):
    server, laptop = fresh_target("server"), tmp_path / "laptop.sqlite3"
    db_mod.open_target(server)
    Contact.create(first_name="Someone", last_name="Else")  # the server's ids differ from the file's
    chapters.set_up_chapter("Dubai Achievers", list(reversed(MEMBERS)), start_time="07:00", grace_minutes=5)
    chapter = chapters.my_chapter_id()
    meeting = meetings.open_meeting(chapter, DAY, today=DAY)
    roster = {r.name: r.contact_id for r in meetings.roster_rows(meeting.id)}
    slips.add_thank_you(roster["Zoë Dubois"], roster["Layla Haddad"], "1200.5", day=DAY, meeting_id=meeting.id)
    db_mod.close_database()
    db_mod.open_target(laptop)
    chapters.set_up_chapter("Dubai Achievers", MEMBERS + [("Nadia Aziz", "Architect", "Aziz Studio")],
                            start_time="07:00", grace_minutes=5)
    db_mod.close_database()
    _record_on_laptop(laptop)

    db_mod.open_target(server)
    report = publish.publish_meeting(laptop, DAY, "Dubai Achievers")
    assert report.added["attendance"] == 4 and report.added["thank_you"] == 0
    assert [str(d) for d in report.differences] == [
        "The thank-you from Zoë Dubois to Layla Haddad is already recorded here (at another desk); not added twice."]
    present = {r.name: r.status for r in meetings.roster_rows(meeting.id)}
    assert present["Omar Khan"] == "Late" and present["Priya Mehta"] == "Absent"
    assert ThankYou.select().count() == 1
    db_mod.close_database()


def test_a_member_missing_from_the_servers_roster_is_listed_and_their_rows_stay_out(fresh_target, tmp_path):
    server, laptop = fresh_target("server"), tmp_path / "laptop.sqlite3"
    db_mod.open_target(server)
    chapters.set_up_chapter("Dubai Achievers", MEMBERS[1:], start_time="07:00", grace_minutes=5)  # no Layla
    db_mod.close_database()
    db_mod.open_target(laptop)
    chapters.set_up_chapter("Dubai Achievers", MEMBERS, start_time="07:00", grace_minutes=5)
    db_mod.close_database()
    _record_on_laptop(laptop)
    db_mod.open_target(server)
    report = publish.publish_meeting(laptop)
    assert "Layla Haddad is a member in the file but not on the roster of Dubai Achievers here; their rows were " \
           "not published." in [str(d) for d in report.differences]
    assert Referral.select().count() == 0 and ThankYou.select().count() == 0  # Layla gave or got each of them
    assert report.added["ceu"] == 1 and report.added["attendance"] == 3
    db_mod.close_database()


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_a_file_that_is_not_a_totalnet_database_is_refused_in_one_sentence(tmp_path, content):
    bad = tmp_path / "meeting.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(publish.PublishError, match="is not a TotalNet database that can be read"):
        publish.publish_meeting(bad)
    with pytest.raises(publish.PublishError, match="There is no TotalNet database at"):
        publish.publish_meeting(tmp_path / "missing.sqlite3")
