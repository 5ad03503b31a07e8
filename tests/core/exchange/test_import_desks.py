"""An import on one desk while another checks members in at a meeting, on a shared PostgreSQL
database (--engine postgres): neither waits for the other, and no row is lost."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import desks
import pytest

from totalnet_desktop.core.chapter import chapters, meetings
from totalnet_desktop.core.contacts import search
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.models import Attendance, Contact

DAY = dt.date(2026, 1, 7)
MEMBERS, ROWS = 24, 3000


@pytest.mark.postgres_only
def test_members_check_in_while_another_desk_imports_a_big_file(empty_server, tmp_path):
    db_mod.open_server(empty_server)
    chapter = chapters.create_chapter("Dubai Achievers", start_time="07:00", grace_minutes=5)
    for n in range(MEMBERS):
        chapters.add_member(chapter.id, name=f"Member {n:02d} Test", classification=f"Trade {n}")
    meeting = meetings.open_meeting(chapter.id, DAY, today=DAY)
    db_mod.close_database()
    path = tmp_path / "Connections.csv"
    desks.write_connections(path, ROWS)

    ctx = multiprocessing.get_context("spawn")
    started, go_on, results = ctx.Event(), ctx.Event(), ctx.Queue()
    workers = [ctx.Process(target=desks.import_holding_open, args=(empty_server, str(path), started, go_on, results)),
               ctx.Process(target=desks.check_in_while_importing,
                           args=(empty_server, meeting.id, started, go_on, results))]
    for w in workers:
        w.start()
    got = {r[0]: r[1:] for r in (results.get(timeout=300) for _ in workers)}
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    # The check-ins all went through while the import's transaction was open (they saw none of its
    # rows), and the import finished after them with every row.
    changed, seen, _slowest = got["check-in"]
    assert changed == MEMBERS and seen == MEMBERS
    assert got["import"] == (ROWS,)
    db_mod.open_server(empty_server)
    assert Contact.select().count() == MEMBERS + ROWS
    rows = list(Attendance.select().where(Attendance.meeting == meeting.id))
    assert len(rows) == MEMBERS and all(r.checked_in_at is not None for r in rows)
    assert search.search_ids(search.ContactFilter(text="imported2999")) != []
    # The import's search rows are what the triggers would have made.
    from totalnet_desktop.core.store.models import database

    assert database.execute_sql("SELECT count(*) FROM contact_search WHERE doc <> tn_search_doc(contact_id)"
                                ).fetchone() == (0,)
    assert database.execute_sql("SELECT count(*) FROM contact_search").fetchone() == (MEMBERS + ROWS,)
    # A contact added after the import draws an id past the import's block.
    top = Contact.select(Contact.id).order_by(Contact.id.desc()).first().id
    from totalnet_desktop.core.contacts import service
    from totalnet_desktop.core.store.records import ContactRecord

    assert service.create(ContactRecord(id=None, first_name="Late", last_name="Comer"), undoable=False) > top
