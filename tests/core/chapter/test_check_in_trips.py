"""A check-in is one short conversation with the database (issue 18: under 16 ms on a local server):
its attendance row and its undo entry in one statement each, no savepoint, no second read; and the
screen's row that has not seen another desk's work yet still ends as one row and the right undo."""

import datetime as dt
import json

import pytest
import sqltrace

from totalnet_desktop.core.chapter import chapters, meetings
from totalnet_desktop.core.store import engine, undo
from totalnet_desktop.core.store.models import Attendance, UndoEntry, database

pytestmark = pytest.mark.both_engines

DAY = dt.date(2026, 11, 25)
AT = dt.datetime(2026, 11, 25, 7, 2)


@pytest.fixture
def meeting(db):
    chapter = chapters.create_chapter("Dubai Achievers", start_time="07:00", grace_minutes=5)
    for name, trade in (("Layla Haddad", "Printer"), ("Omar Khan", "Lawyer"), ("Zoë Dubois", "Florist")):
        chapters.add_member(chapter.id, name=name, classification=trade)
    return meetings.open_meeting(chapter.id, DAY, today=DAY)


def row_of(meeting, name):
    return next(r for r in meetings.roster_rows(meeting.id) if r.name == name)


def test_a_check_in_on_a_server_is_four_round_trips(meeting):
    """BEGIN, the attendance (INSERT ... ON CONFLICT DO NOTHING RETURNING), the undo entry with the
    journal's trim (one WITH statement), COMMIT. It was twelve: a read before the write, a savepoint
    around it, two reads of the row for the undo entry, a savepoint around the entry and its trim."""
    if not engine.is_postgres(database):
        pytest.skip("round trips to a server: --engine postgres")
    meetings.check_in(meeting, row_of(meeting, "Omar Khan"), now=AT)  # psycopg prepares what repeats
    layla = row_of(meeting, "Layla Haddad")
    with sqltrace.statements(database) as sent, sqltrace.round_trips(database) as trips:
        result = meetings.check_in(meeting, layla, now=AT)
    assert result.changed and result.row.status == "Present"
    assert len(trips) <= 4, f"{len(trips)} round trips: {trips}\nstatements: {sent}"


def test_a_check_in_on_sqlite_sends_few_statements(meeting):
    if engine.is_postgres(database):
        pytest.skip("the SQLite file's statements")
    meetings.check_in(meeting, row_of(meeting, "Omar Khan"), now=AT)  # the handle's SQLite version, once
    layla = row_of(meeting, "Layla Haddad")
    with sqltrace.statements(database) as sent:
        assert meetings.check_in(meeting, layla, now=AT).changed
    # BEGIN, the attendance (shown twice: SQLite's trace names it again as its status guard trigger
    # starts), the undo entry and its trim in a savepoint (2 + 2), COMMIT. It was thirteen.
    assert len(sent) <= 8, sent


def test_the_undo_entry_holds_the_row_as_the_check_in_left_it(meeting):
    result = meetings.check_in(meeting, row_of(meeting, "Layla Haddad"), now=AT)
    payload = json.loads(UndoEntry.select().order_by(UndoEntry.id.desc()).first().payload)
    assert payload["before"] is None
    assert payload["after"] == undo.snapshot(Attendance, result.row.attendance_id, skip_refs=True)
    assert meetings.undo_last() == "check-in of Layla Haddad"
    assert Attendance.select().count() == 0


def test_a_row_that_has_not_seen_another_desks_check_in_says_already(meeting):
    shown = row_of(meeting, "Layla Haddad")  # the screen's row, from before the other desk's check-in
    meetings.check_in(meeting, row_of(meeting, "Layla Haddad"), now=AT)
    entries = UndoEntry.select().count()
    again = meetings.check_in(meeting, shown, now=AT + dt.timedelta(minutes=20))
    assert not again.changed and again.message == "Layla Haddad is already checked in at 07:02."
    assert [(a.status, a.checked_in_at) for a in Attendance.select()] == [("Present", AT)]
    assert UndoEntry.select().count() == entries


def test_a_row_that_has_not_seen_an_absence_checks_in_and_undo_brings_the_absence_back(meeting):
    shown = row_of(meeting, "Omar Khan")
    meetings.set_status(meeting, row_of(meeting, "Omar Khan"), "A")
    result = meetings.check_in(meeting, shown, now=AT)
    assert result.changed and result.row.status == "Present"
    assert [(a.status, a.checked_in_at) for a in Attendance.select()] == [("Present", AT)]
    assert meetings.undo_last() == "check-in of Omar Khan"
    assert [(a.status, a.checked_in_at) for a in Attendance.select()] == [("Absent", None)]


@pytest.mark.parametrize("returning", [True, False])
def test_the_attendance_comes_back_with_or_without_returning(meeting, returning):
    """An SQLite older than 3.35 has no RETURNING: the new row is read by its id, the same row."""
    layla = row_of(meeting, "Layla Haddad")
    with database.atomic():
        added = meetings._add_checked_in(meeting.id, layla.contact_id, "Present", AT, returning=returning)
        again = meetings._add_checked_in(meeting.id, layla.contact_id, "Late", AT, returning=returning)
    assert added == Attendance.select().where(Attendance.id == added["id"]).dicts().first()
    assert (added["status"], added["checked_in_at"], added["note"]) == ("Present", AT, "")
    assert again is None
    assert Attendance.select().count() == 1


def test_the_engine_says_whether_an_insert_can_return_its_row(db):
    assert engine.returning(database) is True  # the server; this machine's SQLite is 3.35 or newer


@pytest.mark.sqlite_only
def test_a_check_in_in_a_protected_file(session, meeting):
    """SQLCipher carries its own SQLite: the engine asks that handle whether an INSERT returns its row."""
    pytest.importorskip("sqlcipher3")
    from totalnet_desktop.core.store import protect

    protect.change_key(session.db_path, session.paths.backup_dir, "correct horse battery")
    try:
        assert type(database.obj).__name__ == "SqlCipherDatabase"
        result = meetings.check_in(meeting, row_of(meeting, "Zoë Dubois"), now=AT)
        assert result.changed and Attendance.get().status == "Present"
        assert meetings.undo_last() == "check-in of Zoë Dubois" and Attendance.select().count() == 0
    finally:
        protect.change_key(session.db_path, session.paths.backup_dir, None)
