"""Undo of an older action puts back only what that action wrote and what has not changed since;
later work (an import, another screen's edit) stays, and the undo says what it kept."""

from __future__ import annotations

import datetime as dt

from totalnet_desktop.core.chapter import chapters, meetings, slips, visitors
from totalnet_desktop.core.contacts import merge as contact_merge
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.exchange import importer
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store import undo
from totalnet_desktop.core.store.models import Attendance, Contact, ContactPoint, FollowUp, Referral
from totalnet_desktop.core.store.records import ContactRecord, PointRecord

DAY = dt.date(2026, 11, 25)


def add(first, last="", **kw) -> int:
    return contacts.create(ContactRecord(id=None, first_name=first, last_name=last, **kw), undoable=False)


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


# ---- the rows a merge moved, visitors and closing a meeting (issue 12, second round) ----------------
def test_undoing_a_merge_leaves_a_moved_row_that_was_changed_or_removed_since(db):
    meeting, rows = chapter_with_meeting()
    layla, omar = rows["Layla Haddad"].contact_id, rows["Omar Khan"].contact_id
    dup = add("Omar", "K.", points=(PointRecord("phone", "050 555 0107"),))
    other = add("Sara", "Nasser")
    ref = slips.add_referral(dup, layla, kind="inside", day=DAY, meeting_id=meeting.id)
    ref_id = ref if isinstance(ref, int) else ref.id
    contact_merge.merge([omar, dup], omar)
    assert Referral.get_by_id(ref_id).giver_id == omar
    # Later work outside the contacts' undo history: the slip's giver corrected on another screen, and
    # the phone that came with the merge deleted.
    Referral.update(giver=other).where(Referral.id == ref_id).execute()
    ContactPoint.delete().where((ContactPoint.contact == omar) & (ContactPoint.kind == "phone")).execute()
    label = undo.undo_last("contacts")
    assert label.startswith("merge 2 contacts into Omar ")
    assert label.endswith("; left 2 moved rows as they are now, changed or removed since")
    assert Referral.get_by_id(ref_id).giver_id == other  # the correction stays
    back = Contact.get(Contact.last_name == "K.")
    assert not ContactPoint.select().where(ContactPoint.contact == back.id).exists()  # not brought back


def test_undoing_a_merge_moves_back_rows_unchanged_since(db):
    meeting, rows = chapter_with_meeting()
    layla, omar = rows["Layla Haddad"].contact_id, rows["Omar Khan"].contact_id
    dup = add("Omar", "K.", points=(PointRecord("phone", "050 555 0107"),))
    ref = slips.add_referral(dup, layla, kind="inside", day=DAY, meeting_id=meeting.id)
    ref_id = ref if isinstance(ref, int) else ref.id
    contact_merge.merge([omar, dup], omar)
    label = undo.undo_last("contacts")
    assert label.startswith("merge 2 contacts into Omar ") and "since" not in label
    back = Contact.get(Contact.last_name == "K.")
    assert Referral.get_by_id(ref_id).giver_id == back.id
    assert [p.value for p in ContactPoint.select().where(ContactPoint.contact == back.id)] == ["050 555 0107"]


def test_undoing_a_visitor_keeps_one_changed_since(db):
    meeting, _rows = chapter_with_meeting()
    result = visitors.add_visitor(meeting, "Nadia Farouk", company="Farouk Events")
    nadia = Contact.get(Contact.first_name == "Nadia").id
    Attendance.update(note="wants to apply for events").where(Attendance.contact == nadia).execute()
    outcome = meetings.undo_last_outcome()
    assert outcome.kept == ("Nadia Farouk",) and outcome.changed == ("visitor's attendance",)
    assert outcome.message.endswith("; kept the visitor's attendance, changed since.")
    assert Attendance.get(Attendance.contact == nadia).note == "wants to apply for events"
    assert FollowUp.get_by_id(result.followup_id).status == "open"  # the contact and its follow-up stay


def test_undoing_a_visitor_keeps_a_follow_up_rescheduled_since(db):
    meeting, _rows = chapter_with_meeting()
    result = visitors.add_visitor(meeting, "Nadia Farouk")
    followups.reschedule(result.followup_id, DAY + dt.timedelta(days=7))
    outcome = meetings.undo_last_outcome()
    assert outcome.kept == ("Nadia Farouk",) and outcome.changed == ("visitor's follow-up",)
    assert outcome.message.endswith("; kept the visitor's follow-up, changed since.")
    assert FollowUp.get_by_id(result.followup_id).due == DAY + dt.timedelta(days=7)
    assert Contact.select().where(Contact.first_name == "Nadia").exists()
    assert not Attendance.select().where(Attendance.status == "Visitor").exists()


def test_undoing_a_visitor_nothing_changed_since_removes_it_all(db):
    meeting, _rows = chapter_with_meeting()
    result = visitors.add_visitor(meeting, "Nadia Farouk")
    outcome = meetings.undo_last_outcome()
    assert outcome.message.startswith("Undone: visitor Nadia Farouk") and "changed since" not in outcome.message
    assert FollowUp.get_or_none(FollowUp.id == result.followup_id) is None
    assert not Contact.select().where(Contact.first_name == "Nadia").exists()


def test_undoing_a_close_keeps_an_absence_changed_since(db):
    meeting, rows = chapter_with_meeting()
    meetings.check_in(meeting, rows["Layla Haddad"], now=dt.datetime.combine(DAY, dt.time(6, 58)))
    meetings.close_meeting(meeting.id)
    omar = rows["Omar Khan"].contact_id
    # The absence turned into Medical later (the member's note came), on another screen.
    Attendance.update(status="Medical").where(Attendance.contact == omar).execute()
    outcome = meetings.undo_last_outcome()
    assert outcome.message == ("Undone: closing the meeting of 25 Nov; kept the attendance of 1 member marked "
                               "absent, changed since.")
    assert Attendance.get(Attendance.contact == omar).status == "Medical"
    assert meetings.get_meeting(meeting.id).is_closed is False


def test_undoing_a_close_nothing_changed_since_removes_the_absences(db):
    meeting, _rows = chapter_with_meeting()
    meetings.close_meeting(meeting.id)
    assert Attendance.select().where(Attendance.status == "Absent").count() == 2
    outcome = meetings.undo_last_outcome()
    assert outcome.message == "Undone: closing the meeting of 25 Nov."
    assert Attendance.select().count() == 0 and not meetings.get_meeting(meeting.id).is_closed
