"""The one undo API: every scope's handlers in one registry, one description of what Ctrl+Z did, and
entries written before the API named their operation still undo."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from totalnet_desktop.core.chapter import chapters, meetings
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store import undo
from totalnet_desktop.core.store.models import Attendance, Contact, FollowUp, UndoEntry


def test_every_scope_registers_its_handlers_in_the_one_registry(db):
    for scope in undo.SCOPES.values():
        undo._load(scope)
    assert set(undo.SCOPES) == {"contacts", "meeting", "followups"}
    assert {"attendance", "visitor", "close", "slip"} <= set(undo.SCOPES["meeting"].handlers)
    assert {"unmerge", "untrash", "delete_interaction", "undo_history_import"} <= set(undo.SCOPES["contacts"].handlers)
    assert followups.UNDO_OP in undo.SCOPES["followups"].handlers


def test_one_description_for_every_scope():
    assert undo.Undone("edit Layla").message == "Undone: edit Layla."
    assert undo.Undone("edit Layla", changed=("job_title", "notes")).description == \
        "edit Layla; kept the job title and notes, changed since"
    assert undo.Undone("reschedule", note="kept 1 follow-up changed since").message == \
        "Undone: reschedule; kept 1 follow-up changed since."
    assert undo.Undone("Substitute for Layla", changed=("attendance",), kept_contacts=("Sara", "Omar")).message == \
        "Undone: Substitute for Layla; kept Sara and Omar, who have other records since; kept the attendance, " \
        "changed since."


def _strip_op(scope: str) -> None:
    """Make the newest entry of ``scope`` look as an older version wrote it (no "op" in the payload)."""
    entry = UndoEntry.select().where(UndoEntry.scope == scope).order_by(UndoEntry.id.desc()).first()
    payload = json.loads(entry.payload)
    payload.pop("op")
    entry.payload = json.dumps(payload)
    entry.save()


def test_entries_written_before_the_api_named_their_operation_still_undo(db):
    now = dt.datetime.now()
    chapter = chapters.create_chapter("Dubai Achievers", start_time=(now + dt.timedelta(hours=1)).strftime("%H:%M"),
                                      weekday=now.weekday())
    chapters.add_member(chapter.id, name="Layla Haddad")
    meeting = meetings.open_meeting(chapter.id, now.date())
    (row,) = meetings.roster_rows(meeting.id)
    meetings.check_in(meeting, row)
    _strip_op("meeting")  # a meeting-day entry named its operation "kind" only
    assert meetings.undo_last_outcome().message == "Undone: check-in of Layla Haddad."
    assert Attendance.select().count() == 0

    layla = Contact.create(first_name="Layla")
    item_id = followups.queue(layla.id, now.date(), "Call")
    followups.reschedule(item_id, now.date() + dt.timedelta(days=3))
    _strip_op("followups")  # a queue entry named no operation at all
    label = undo.peek(followups.UNDO_SCOPE)
    assert label and followups.undo_last_items() == (label, [item_id])
    assert FollowUp.get_by_id(item_id).due == now.date()


def test_an_entry_without_a_handler_is_dropped_not_run(db):
    undo.push("mystery", "no_such_operation", {})
    assert undo.undo("contacts") is None
    assert UndoEntry.select().count() == 0


@pytest.mark.parametrize("scope", ["contacts", "meeting", "followups"])
def test_nothing_to_undo(db, scope):
    assert undo.undo(scope) is None and undo.peek(scope) is None


def test_a_scope_keeps_its_newest_entries_only(db, monkeypatch):
    """The journal's trim (on a server in the same statement as the new entry): each scope keeps its
    newest ``keep`` entries and leaves the other scopes' alone."""
    monkeypatch.setitem(undo.SCOPES, "tiny", undo.Scope("tiny", keep=3))
    other = [undo.push(f"other {n}", "noop", {}, scope="followups") for n in range(2)]
    pushed = [undo.push(f"step {n}", "noop", {"n": n}, scope="tiny") for n in range(5)]
    kept = [e.id for e in UndoEntry.select().where(UndoEntry.scope == "tiny").order_by(UndoEntry.id)]
    assert kept == pushed[-3:]
    assert [json.loads(e.payload)["n"] for e in UndoEntry.select().where(UndoEntry.scope == "tiny")
            .order_by(UndoEntry.id)] == [2, 3, 4]
    assert undo.peek("tiny") == "step 4"
    assert [e.id for e in UndoEntry.select().where(UndoEntry.scope == "followups").order_by(UndoEntry.id)] == other
