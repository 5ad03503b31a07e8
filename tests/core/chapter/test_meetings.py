"""Meeting day rules: opening, filtering, check-in, PALMS, visitors, counters, closing, undo."""

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal

import pytest

pytestmark = pytest.mark.both_engines

from totalnet_desktop.core.chapter import chapters, meetings, reports, slips, undo_created, visitors
from totalnet_desktop.core.chapter import people as chapter_people
from totalnet_desktop.core.contacts import interactions
from totalnet_desktop.core.contacts import merge as contact_merge
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.followups import rules as followup_rules
from totalnet_desktop.core.store import search_index
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import (
    CEU,
    Attendance,
    Contact,
    ContactPoint,
    FollowUp,
    Interaction,
    Meeting,
    OneToOne,
    Referral,
    StageChange,
    ThankYou,
    UndoEntry,
    database,
)
from totalnet_desktop.core.store.records import PointRecord

DAY = dt.date(2026, 11, 25)  # a Wednesday


def at(hh: int, mm: int, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hh, mm))


@pytest.fixture
def chapter(db):
    ch = chapters.create_chapter("Dubai Achievers", start_time="07:00", grace_minutes=5)
    chapters.add_member(ch.id, name="Layla Haddad", company="Haddad Print", classification="Printer")
    chapters.add_member(ch.id, name="Zoë Dubois", company="Fleurs", classification="Florist")
    chapters.add_member(ch.id, name="Omar Khan", company="Khan Law", classification="Lawyer")
    return ch


@pytest.fixture
def meeting(chapter):
    return meetings.open_meeting(chapter.id, DAY, today=DAY)


def row_of(meeting, name):
    return next(r for r in meetings.roster_rows(meeting.id) if r.name == name)


def test_open_today_creates_once_on_the_meeting_weekday_only(chapter):
    wednesday = dt.date(2026, 11, 25)
    assert chapters.get_chapter(chapter.id).weekday == wednesday.weekday()
    first = meetings.open_today(today=wednesday)
    again = meetings.open_today(today=wednesday)
    assert first.id == again.id and first.date == wednesday and first.status == "open"
    assert Meeting.select().count() == 1
    # A Monday creates nothing: it names the latest meeting and the next meeting day.
    monday = dt.date(2026, 11, 30)
    with pytest.raises(meetings.NotMeetingDayError, match="Dubai Achievers meets on Wednesdays.") as caught:
        meetings.open_today(today=monday)
    assert caught.value.latest.id == first.id and caught.value.next_day == dt.date(2026, 12, 2)
    assert Meeting.select().count() == 1
    # Once a meeting exists on that Monday (an explicit choice: Other date), it opens.
    monday_meeting = meetings.open_meeting(chapter.id, monday, today=monday)
    assert meetings.open_today(today=monday).id == monday_meeting.id


def test_no_chapter_means_set_up_first(db):
    with pytest.raises(meetings.NoChapterError):
        meetings.open_today()


def test_future_date_needs_confirmation_past_is_fine(chapter):
    with pytest.raises(meetings.FutureDateError, match="future"):
        meetings.open_meeting(chapter.id, DAY + dt.timedelta(days=7), today=DAY)
    assert Meeting.select().count() == 0
    assert meetings.open_meeting(chapter.id, DAY + dt.timedelta(days=7), allow_future=True, today=DAY).status == "open"
    assert meetings.open_meeting(chapter.id, DAY - dt.timedelta(days=7), today=DAY).date == DAY - dt.timedelta(days=7)


def test_roster_filter_by_names_company_classification_accent_insensitive(meeting):
    rows = meetings.roster_rows(meeting.id)
    assert [r.name for r in rows] == ["Layla Haddad", "Omar Khan", "Zoë Dubois"]
    names = lambda text: [r.name for r in meetings.filter_rows(rows, text)]
    assert names("zoe") == ["Zoë Dubois"]
    assert names("DUBO") == ["Zoë Dubois"]
    assert names("fleurs") == ["Zoë Dubois"]
    assert names("lawyer") == ["Omar Khan"]
    assert names("lay had") == ["Layla Haddad"]
    assert names("nobody") == []
    assert len(names("")) == 3


def test_check_in_present_then_late_after_grace(meeting):
    layla = meetings.check_in(meeting, row_of(meeting, "Layla Haddad"), now=at(7, 5))
    assert layla.changed and layla.row.status == "Present" and "Present at 07:05" in layla.message
    omar = meetings.check_in(meeting, row_of(meeting, "Omar Khan"), now=at(7, 6))
    assert omar.row.status == "Late"
    stored = {a.contact.full_name: (a.status, a.checked_in_at) for a in Attendance.select()}
    assert stored == {"Layla Haddad": ("Present", at(7, 5)), "Omar Khan": ("Late", at(7, 6))}


def test_catching_up_on_another_day_is_present(meeting):
    result = meetings.check_in(meeting, row_of(meeting, "Omar Khan"), now=at(18, 0, DAY + dt.timedelta(days=2)))
    assert result.row.status == "Present"


def test_second_check_in_says_already_and_changes_nothing(meeting):
    meetings.check_in(meeting, row_of(meeting, "Layla Haddad"), now=at(7, 2))
    undo_count = UndoEntry.select().count()
    again = meetings.check_in(meeting, row_of(meeting, "Layla Haddad"), now=at(7, 30))
    assert not again.changed
    assert again.message == "Layla Haddad is already checked in at 07:02."
    a = Attendance.get()
    assert (a.status, a.checked_in_at) == ("Present", at(7, 2))
    assert UndoEntry.select().count() == undo_count


def test_palms_status_keys_and_substitute(meeting):
    omar = row_of(meeting, "Omar Khan")
    for key, status in meetings.STATUS_KEYS.items():
        if key == "S":
            continue
        assert meetings.set_status(meeting, omar, key).row.status == status
    with pytest.raises(ValidationError, match="Who substituted"):
        meetings.set_status(meeting, omar, "S")
    sub = Contact.create(first_name="Sami", last_name="Nasser")
    result = meetings.set_status(meeting, omar, "S", substitute_id=sub.id)
    assert result.row.status == "Substitute" and result.row.substitute_name == "Sami Nasser"
    assert Attendance.get(Attendance.contact == omar.contact_id).substitute_id == sub.id
    with pytest.raises(ValidationError, match="not a PALMS status"):
        meetings.set_status(meeting, omar, "X")
    with pytest.raises(ValidationError, match="themselves"):
        meetings.set_status(meeting, omar, "S", substitute_id=omar.contact_id)


def test_absent_member_arriving_is_checked_in(meeting):
    omar = row_of(meeting, "Omar Khan")
    meetings.set_status(meeting, omar, "A")
    assert meetings.check_in(meeting, row_of(meeting, "Omar Khan"), now=at(7, 1)).row.status == "Present"


def test_visitor_new_contact_followup_next_business_day(meeting, chapter):
    layla = row_of(meeting, "Layla Haddad")
    result = visitors.add_visitor(meeting, "  Nadia   Rahman ", invited_by_id=layla.contact_id,
                                  company="Rahman Travel", profession="Travel agent", now=at(7, 10))
    assert result.changed and not result.reused
    c = Contact.get(Contact.first_name == "Nadia")
    assert (c.last_name, c.source, c.company, c.profession, c.met_on) == (
        "Rahman", "Visitor", "Rahman Travel", "Travel agent", DAY)
    a = Attendance.get(Attendance.contact == c)
    assert a.status == "Visitor" and a.invited_by_id == layla.contact_id
    f = FollowUp.get()
    assert f.reason == "Thank Nadia Rahman for visiting and invite them back"
    assert f.due == dt.date(2026, 11, 26) and f.origin == "visitor" and f.origin_key == f"visitor:{a.id}"
    assert result.row.invited_by_name == "Layla Haddad" and result.row.visit_number == 1
    # a Friday meeting's visitor is thanked on Monday
    friday = meetings.open_meeting(chapter.id, dt.date(2026, 11, 27), today=DAY + dt.timedelta(days=2))
    visitors.add_visitor(friday, "Tom Berg")
    assert FollowUp.select().order_by(FollowUp.id.desc()).first().due == dt.date(2026, 11, 30)


def test_visitor_with_empty_name_refused(meeting):
    with pytest.raises(ValidationError, match="needs a name"):
        visitors.add_visitor(meeting, "   ")
    assert Attendance.select().count() == 0 and Contact.select().count() == 3


def test_visitor_reuses_contact_and_notices_repeat_visits(chapter):
    existing = Contact.create(first_name="Nadia", last_name="Rahmán", source="LinkedIn")
    counts = []
    for week in (3, 2, 1):
        day = DAY - dt.timedelta(days=7 * week)
        m = meetings.open_meeting(chapter.id, day, today=DAY)
        result = visitors.add_visitor(m, "nadia rahman", now=at(7, 0, day))
        assert result.reused and result.row.contact_id == existing.id
        counts.append(result.row.visit_number)
    assert counts == [1, 2, 3]
    assert "third visit" in result.message
    assert Contact.select().where(Contact.first_name == "Nadia").count() == 1
    assert FollowUp.select().count() == 3
    again = visitors.add_visitor(m, "Nadia Rahman", now=at(8, 0, day))
    assert not again.changed and "already checked in at 07:00" in again.message
    assert FollowUp.select().count() == 3


def test_counters(meeting):
    meetings.check_in(meeting, row_of(meeting, "Layla Haddad"), now=at(7, 0))
    meetings.check_in(meeting, row_of(meeting, "Omar Khan"), now=at(7, 20))
    visitors.add_visitor(meeting, "Nadia Rahman", now=at(7, 3))
    layla, omar = row_of(meeting, "Layla Haddad"), row_of(meeting, "Omar Khan")
    slips.add_referral(layla.contact_id, omar.contact_id, kind="inside", meeting_id=meeting.id, day=DAY)
    slips.add_thank_you(layla.contact_id, omar.contact_id, "AED 1,500", meeting_id=meeting.id, day=DAY)
    slips.add_thank_you(omar.contact_id, layla.contact_id, "250.50", meeting_id=meeting.id, day=DAY)
    c = meetings.counters(meeting.id)
    # Present is P only (Layla); Omar's late arrival is L, as History and the PALMS report count it.
    assert (c.present, c.expected, c.late, c.visitors, c.referrals) == (1, 3, 1, 1, 1)
    history = reports.meeting_history(meeting.chapter_id)[0]
    assert (history.present, history.late) == (c.present, c.late)
    total = reports.meeting_summary(meeting.id).total.counts
    assert (total["P"], total["L"]) == (c.present, c.late)
    assert c.thank_you_total == Decimal("1750.50")


def test_close_marks_absent_once_and_flags_third_absence(chapter):
    for week in (3, 2, 1, 0):
        day = DAY - dt.timedelta(days=7 * week)
        m = meetings.open_meeting(chapter.id, day, today=DAY)
        meetings.check_in(m, row_of(m, "Layla Haddad"), now=at(7, 0, day))
        if week <= 1:
            meetings.set_status(m, row_of(m, "Zoë Dubois"), "M")
        pending = [r.name for r in meetings.pending_absent(m.id)]
        result = meetings.close_meeting(m.id)
        assert list(result.marked_absent) == pending
    assert pending == ["Omar Khan"]
    assert ("Omar Khan", 4) in result.flagged
    assert not any(name == "Zoë Dubois" for name, _ in result.flagged)  # 2 absences, 2 medical
    assert meetings.get_meeting(m.id).is_closed
    before = Attendance.select().count()
    again = meetings.close_meeting(m.id)
    assert again.already_closed and again.marked_absent == () and Attendance.select().count() == before


def test_flag_counts_only_six_months(chapter):
    old = [dt.date(2026, 1, 7), dt.date(2026, 5, 27)]  # the first is more than six months before DAY
    for day in [*old, dt.date(2026, 11, 4), DAY]:
        meetings.close_meeting(meetings.open_meeting(chapter.id, day, today=DAY).id)
    counts = meetings.absence_counts(chapter.id, DAY)
    assert set(counts.values()) == {3}
    assert meetings.six_months_before(dt.date(2026, 8, 31)) == dt.date(2026, 2, 28)


def test_undo_each_action_in_reverse(meeting):
    layla = row_of(meeting, "Layla Haddad")
    meetings.check_in(meeting, layla, now=at(7, 0))
    meetings.set_status(meeting, row_of(meeting, "Layla Haddad"), "L")
    visitors.add_visitor(meeting, "Nadia Rahman", now=at(7, 3))
    meetings.close_meeting(meeting.id)
    assert Attendance.select().count() == 4
    assert meetings.undo_last() == "closing the meeting of 25 Nov"
    assert not meetings.get_meeting(meeting.id).is_closed and Attendance.select().count() == 2
    assert meetings.undo_last() == "visitor Nadia Rahman"
    assert Contact.select().where(Contact.first_name == "Nadia").count() == 0 and FollowUp.select().count() == 0
    assert meetings.undo_last() == "Late for Layla Haddad"
    assert Attendance.get().status == "Present" and Attendance.get().checked_in_at == at(7, 0)
    assert meetings.undo_last() == "check-in of Layla Haddad"
    assert Attendance.select().count() == 0
    assert meetings.undo_last() is None


def test_undo_visitor_keeps_a_reused_contact(meeting):
    nadia = Contact.create(first_name="Nadia", last_name="Rahman")
    visitors.add_visitor(meeting, "Nadia Rahman")
    meetings.undo_last()
    assert Contact.get_or_none(Contact.id == nadia.id) is not None


# ---- undo removes the contacts an action created, unless they were used since ---------------
def indexed(name):
    """Ids whose search index row holds every word of ``name`` (the index itself, either engine)."""
    return search_index.indexed_ids(database, name)


def test_undo_substitute_removes_the_contact_it_created(meeting):
    layla = row_of(meeting, "Layla Haddad")
    sara = meetings.set_substitute(meeting, layla, name="Sara Khan", phone="+971 50 123 4567")
    sara_id = Contact.get(Contact.first_name == "Sara").id
    assert sara.row.substitute_name == "Sara Khan" and indexed("Sara Khan") == [sara_id]
    outcome = meetings.undo_last_outcome()
    assert outcome.message == "Undone: Substitute for Layla Haddad." and outcome.removed == ("Sara Khan",)
    assert Contact.get_or_none(Contact.id == sara_id) is None
    assert ContactPoint.select().count() == 0 and StageChange.select().where(StageChange.contact == sara_id).count() == 0
    assert indexed("Sara Khan") == [] and chapter_people.search_people("Sara") == []
    assert Attendance.select().count() == 0


def test_undo_substitute_restores_the_previous_substitute_and_keeps_existing_contacts(meeting):
    omar = row_of(meeting, "Omar Khan")
    sami = Contact.create(first_name="Sami", last_name="Nasser")
    meetings.set_substitute(meeting, omar, contact_id=sami.id)
    meetings.set_substitute(meeting, row_of(meeting, "Omar Khan"), name="sami nasser")  # typed: the same Sami
    meetings.set_substitute(meeting, row_of(meeting, "Omar Khan"), name="Rania Aziz")  # new
    assert meetings.undo_last_outcome().removed == ("Rania Aziz",)
    assert Attendance.get().substitute_id == sami.id
    assert meetings.undo_last() == "Substitute for Omar Khan"
    assert Contact.get_or_none(Contact.id == sami.id) is not None and Attendance.select().count() == 0
    assert Contact.select().count() == 4  # three members and Sami


def _sub_attached(kind, ctx):
    """Attach something to the new substitute (sid) outside the meeting's undo stack."""
    sid, layla, chapter = ctx["sid"], ctx["layla"], ctx["chapter"]
    if kind == "interaction":
        interactions.log_touch(sid, "phone", "thanks for standing in")
    elif kind == "one_to_one":
        OneToOne.create(date=DAY, member_a=layla, member_b=sid)
    elif kind == "referral":
        Referral.create(date=DAY, giver=layla, receiver=ctx["omar"], prospect=sid)
    elif kind == "thank_you":
        ThankYou.create(date=DAY, from_contact=sid, to_contact=layla, amount=Decimal(500))
    elif kind == "ceu":
        CEU.create(date=DAY, contact=sid)
    elif kind == "attendance":
        other = meetings.open_meeting(chapter.id, DAY - dt.timedelta(days=7), today=DAY)
        Attendance.create(meeting=other.id, contact=sid, status="Visitor")
    elif kind == "membership":
        chapters.add_member(chapter.id, contact_id=sid)
    elif kind == "tag":
        contacts.add_tag([sid], "prospect")
    elif kind == "edit":
        contacts.update(replace(contacts.get(sid), company="Khan Events"))
    elif kind == "point":
        record = contacts.get(sid)
        contacts.update(replace(record, points=(*record.points, PointRecord("email", "sara@example.com"))))
    elif kind == "trash":
        contacts.trash([sid])
    elif kind == "user_followup":
        followups.add_item(sid, DAY + dt.timedelta(days=2), "Ask Sara about her events")
    elif kind == "introduced":
        Contact.create(first_name="Ali", last_name="Reza", introduced_by=sid)
    elif kind == "me":
        contacts.set_me(sid)
    elif kind == "merged_into_her":
        other = Contact.create(first_name="S.", last_name="Khan", company="Khan Events")
        contact_merge.merge([sid, other.id], sid)


ATTACHMENTS = ("interaction", "one_to_one", "referral", "thank_you", "ceu", "attendance", "membership", "tag",
               "edit", "point", "trash", "user_followup", "introduced", "me", "merged_into_her")


@pytest.mark.parametrize("kind", ATTACHMENTS)
def test_undo_substitute_keeps_a_new_contact_used_since_and_says_so(meeting, chapter, kind):
    layla = row_of(meeting, "Layla Haddad")
    meetings.set_substitute(meeting, layla, name="Sara Khan")
    sid = Contact.get(Contact.first_name == "Sara").id
    _sub_attached(kind, {"sid": sid, "layla": layla.contact_id, "omar": row_of(meeting, "Omar Khan").contact_id,
                         "chapter": chapter})
    outcome = meetings.undo_last_outcome()
    assert outcome.kept == ("Sara Khan",) and outcome.removed == ()
    assert outcome.message == "Undone: Substitute for Layla Haddad; kept Sara Khan, who has other records since."
    assert Contact.get_or_none(Contact.id == sid) is not None
    assert Attendance.get_or_none(Attendance.contact == layla.contact_id) is None  # the status itself is undone


def test_an_app_made_nudge_does_not_keep_the_new_contact(meeting, chapter):
    meetings.set_substitute(meeting, row_of(meeting, "Layla Haddad"), name="Sara Khan")
    sid = Contact.get(Contact.first_name == "Sara").id
    followup_rules.run_rules(DAY)  # "Connect with Sara Khan on LinkedIn": met in person
    assert FollowUp.select().where((FollowUp.contact == sid) & (FollowUp.origin == "bridge_connect")).exists()
    assert meetings.undo_last_outcome().removed == ("Sara Khan",)
    assert not FollowUp.select().where(FollowUp.contact == sid).exists()


def test_a_contact_merged_away_since_leaves_the_survivor_alone(meeting):
    meetings.set_substitute(meeting, row_of(meeting, "Layla Haddad"), name="Sara Khan")
    sid = Contact.get(Contact.first_name == "Sara").id
    older = Contact.create(first_name="Sara", last_name="Khan", company="Khan Events")
    contact_merge.merge([sid, older.id], older.id)
    outcome = meetings.undo_last_outcome()
    assert outcome.kept == () and outcome.removed == ()
    assert Contact.get_or_none(Contact.id == older.id) is not None and Attendance.select().count() == 0


def test_undo_visitor_removes_the_new_contact_and_its_followup(meeting):
    result = visitors.add_visitor(meeting, "Nadia Rahman", phone="+971 55 765 4321", now=at(7, 3))
    nadia = result.row.contact_id
    assert FollowUp.get(FollowUp.contact == nadia).due == dt.date(2026, 11, 26)
    outcome = meetings.undo_last_outcome()
    assert outcome.message == "Undone: visitor Nadia Rahman." and outcome.removed == ("Nadia Rahman",)
    assert Contact.get_or_none(Contact.id == nadia) is None and FollowUp.select().count() == 0
    assert ContactPoint.select().count() == 0 and indexed("Nadia Rahman") == []


def test_undo_visitor_keeps_a_new_contact_with_a_one_to_one_since(meeting):
    nadia = visitors.add_visitor(meeting, "Nadia Rahman", now=at(7, 3)).row.contact_id
    one = OneToOne.create(date=DAY, member_a=row_of(meeting, "Layla Haddad").contact_id, member_b=nadia)
    outcome = meetings.undo_last_outcome()
    assert outcome.message == "Undone: visitor Nadia Rahman; kept Nadia Rahman, who has other records since."
    assert Contact.get_or_none(Contact.id == nadia) is not None
    assert OneToOne.get_or_none(OneToOne.id == one.id) is not None  # the old undo deleted it with her
    assert Attendance.select().count() == 0 and FollowUp.select().count() == 0  # the visit and its thank-you go


def test_undo_visitor_keeps_a_new_contact_whose_details_were_filled_in(meeting):
    row = visitors.add_visitor(meeting, "Nadia Rahman", now=at(7, 3)).row
    visitors.update_visitor(meeting, row, company="Rahman Travel")
    assert meetings.undo_last() == "details of visitor Nadia Rahman"
    assert meetings.undo_last_outcome().kept == ("Nadia Rahman",)
    assert Contact.get(Contact.id == row.contact_id).company == "Rahman Travel"


def test_undo_visitor_whose_thank_you_was_done_keeps_her(meeting):
    nadia = visitors.add_visitor(meeting, "Nadia Rahman", now=at(7, 3)).row.contact_id
    followups.mark_done(FollowUp.get(FollowUp.contact == nadia).id, "messaging")
    assert meetings.undo_last_outcome().kept == ("Nadia Rahman",)
    assert FollowUp.get(FollowUp.contact == nadia).status == "done"


def test_undo_referral_keeps_a_new_prospect_with_a_touch_since(meeting):
    layla, omar = row_of(meeting, "Layla Haddad").contact_id, row_of(meeting, "Omar Khan").contact_id
    slips.add_referral(layla, omar, new_prospect=slips.NewPerson("Hana Saleh"), day=DAY, meeting_id=meeting.id)
    hana = Contact.get(Contact.first_name == "Hana").id
    touch = interactions.log_touch(hana, "phone")
    assert meetings.undo_last_outcome().kept == ("Hana Saleh",)
    assert Interaction.get_or_none(Interaction.id == touch) is not None and Referral.select().count() == 0


def test_undo_entry_from_an_older_version_without_fingerprints(meeting):
    """Entries already on disk hold only the created ids: a fresh, unused contact still goes."""
    def strip_last():
        entry = UndoEntry.select().order_by(UndoEntry.id.desc()).get()
        payload = json.loads(entry.payload)
        del payload["created_contacts"]
        entry.payload = json.dumps(payload)
        entry.save()

    visitors.add_visitor(meeting, "Nadia Rahman", now=at(7, 3))
    strip_last()
    assert meetings.undo_last_outcome().removed == ("Nadia Rahman",)
    meetings.set_substitute(meeting, row_of(meeting, "Layla Haddad"), name="Sara Khan")
    sid = Contact.get(Contact.first_name == "Sara").id
    strip_last()
    contacts.add_tag([sid], "prospect")
    assert meetings.undo_last_outcome().kept == ("Sara Khan",)
    assert not Contact.select().where(Contact.first_name == "Nadia").exists()


def test_references_cover_every_foreign_key_to_contact(db):
    sid = Contact.create(first_name="Sara").id
    names = {name for name, _ in undo_created.references(sid)}
    assert names == {"stage_change.contact_id"}
    columns = {f"{f.model._meta.table_name}.{f.column_name}" for f in Contact._meta.backrefs}
    assert len(columns) >= 18 and "attendance.substitute_id" in columns and "contact.introduced_by_id" in columns
