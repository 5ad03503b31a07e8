"""Undo of an older action puts back only what that action wrote and what has not changed since;
later work (an import, another screen's edit) stays, and the undo says what it kept."""

from __future__ import annotations

import datetime as dt

from people import add

from totalnet_desktop.core.chapter import chapters, meetings, slips
from totalnet_desktop.core.contacts import merge as contact_merge
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.exchange import importer
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store import undo
from totalnet_desktop.core.store.models import Attendance, Contact, FollowUp, Referral
from totalnet_desktop.core.store.records import PointRecord

DAY = dt.date(2026, 11, 25)



def test_undoing_a_merge_keeps_what_an_import_changed_since(db, session, tmp_path):
    a = add("Layla", "Haddad", company="Cedar Print", points=(PointRecord("email", "layla@cedar.ae"),))
    b = add("Layla", "H.", city="Dubai", points=(PointRecord("phone", "050 555 0107"),))
    contact_merge.merge([a, b], a, {**contact_merge.preview([a, b]).defaults, "first_name": "Layla S."})
    source = tmp_path / "update.csv"
    source.write_text("First Name,Last Name,E-mail Address,Job Title,Notes\n"
                      "Layla,Haddad,layla@cedar.ae,Managing Director,Prefers WhatsApp\n", encoding="utf-8")
    summary = importer.execute(importer.open_import(source), importer.ImportOptions(policy="merge"))
    assert summary.merged == 1
    label = undo.undo_last("contacts")
    assert label.startswith("merge 2 contacts") and "kept the job title and notes, changed since" in label
    survivor = Contact.get_by_id(a)
    assert (survivor.job_title, survivor.notes) == ("Managing Director", "Prefers WhatsApp")
    # What only the merge wrote goes back: the chosen first name and the city taken from the other record.
    assert (survivor.first_name, survivor.city) == ("Layla", "")
    assert Contact.get_by_id(b).city == "Dubai"


def test_undoing_a_merge_with_nothing_changed_since_puts_everything_back(db):
    a = add("Omar", "Khan", company="Khan Law")
    b = add("Omar", "K.", job_title="Partner")
    contact_merge.merge([a, b], a)
    assert undo.undo_last("contacts") == "merge 2 contacts into Omar Khan"
    assert Contact.get_by_id(a).job_title == ""


def chapter_with_meeting():
    ch = chapters.create_chapter("Dubai Achievers", start_time="07:00", grace_minutes=5)
    chapters.add_member(ch.id, name="Layla Haddad")
    chapters.add_member(ch.id, name="Omar Khan")
    meeting = meetings.open_meeting(ch.id, DAY, today=DAY)
    return meeting, {r.name: r for r in meetings.roster_rows(meeting.id)}


def test_undoing_a_check_in_keeps_an_attendance_changed_since(db):
    meeting, rows = chapter_with_meeting()
    meetings.check_in(meeting, rows["Layla Haddad"], now=dt.datetime.combine(DAY, dt.time(6, 58)))
    # Later work outside meeting day's own undo history (another screen, another program).
    Attendance.update(note="brought two guests").where(Attendance.contact == rows["Layla Haddad"].contact_id
                                                       ).execute()
    outcome = meetings.undo_last_outcome()
    assert "kept the attendance, changed since" in outcome.message
    row = Attendance.get(Attendance.contact == rows["Layla Haddad"].contact_id)
    assert (row.status, row.note) == ("Present", "brought two guests")


def test_undoing_a_check_in_nothing_changed_since_removes_it(db):
    meeting, rows = chapter_with_meeting()
    meetings.check_in(meeting, rows["Omar Khan"], now=dt.datetime.combine(DAY, dt.time(6, 58)))
    outcome = meetings.undo_last_outcome()
    assert outcome.message == "Undone: check-in of Omar Khan." and Attendance.select().count() == 0


def test_undoing_a_referral_slip_keeps_a_referral_changed_since(db):
    meeting, rows = chapter_with_meeting()
    layla, omar = rows["Layla Haddad"].contact_id, rows["Omar Khan"].contact_id
    ref = slips.add_referral(layla, omar, kind="inside", day=DAY, meeting_id=meeting.id)
    ref_id = ref if isinstance(ref, int) else ref.id
    Referral.update(status="Closed").where(Referral.id == ref_id).execute()
    outcome = meetings.undo_last_outcome()
    assert "kept the referral, changed since" in outcome.message
    assert Referral.get_by_id(ref_id).status == "Closed"


def test_undoing_a_done_follow_up_keeps_one_rescheduled_since(db):
    omar = add("Omar", "Khan")
    item = followups.add_item(omar, DAY, "Call about the lease")
    followups.mark_done(item, "phone", today=DAY)
    FollowUp.update(due=DAY + dt.timedelta(days=30)).where(FollowUp.id == item).execute()  # later work
    label, restored = followups.undo_last_items()
    assert label == "Done: Omar Khan; kept 1 follow-up changed since" and restored == []
    kept = FollowUp.get_by_id(item)
    assert (kept.status, kept.due) == ("done", DAY + dt.timedelta(days=30)) and kept.interaction_id


def test_undoing_a_done_follow_up_with_nothing_changed_since_reopens_it(db):
    omar = add("Omar", "Khan")
    item = followups.add_item(omar, DAY, "Call about the lease")
    followups.mark_done(item, "phone", today=DAY)
    label, restored = followups.undo_last_items()
    assert label == "Done: Omar Khan" and restored == [item]
    assert FollowUp.get_by_id(item).status == "open"


def test_undoing_a_delete_after_the_trash_was_emptied_says_nothing_came_back(db):
    a, b = add("Amal", "Saleh"), add("Omar", "Khan")
    contacts.trash([a, b])
    contacts.empty_trash()
    label = undo.undo_last("contacts")
    assert label == ("delete 2 contacts; nothing came back: the trash was emptied since, so those 2 contacts "
                     "no longer exist")
    assert Contact.select().count() == 0
