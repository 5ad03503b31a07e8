"""Several desks at one meeting on a shared PostgreSQL database (--engine postgres)."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import desks
import pytest

from totalnet_desktop.core.chapter import chapters, meetings
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.models import Attendance

DAY = dt.date(2026, 1, 7)


@pytest.mark.postgres_only
def test_two_desks_checking_in_the_same_members_at_once_make_one_row_each(empty_server):
    db_mod.open_server(empty_server)
    chapter = chapters.create_chapter("Dubai Achievers", start_time="07:00", grace_minutes=5)
    for n in range(24):
        chapters.add_member(chapter.id, name=f"Member {n:02d} Test", classification=f"Trade {n}")
    meeting = meetings.open_meeting(chapter.id, DAY, today=DAY)
    db_mod.close_database()

    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    workers = [ctx.Process(target=desks.check_in_everyone, args=(empty_server, meeting.id, rev, barrier, results))
               for rev in (False, True)]
    for w in workers:
        w.start()
    got = [results.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    # Both desks succeeded on every row; each member was checked in by exactly one of them.
    assert got[0].keys() == got[1].keys() and len(got[0]) == 24
    assert all(got[0][cid] != got[1][cid] for cid in got[0])
    db_mod.open_server(empty_server)
    rows = list(Attendance.select().where(Attendance.meeting == meeting.id))
    assert len(rows) == 24 and len({r.contact_id for r in rows}) == 24
    assert all(r.checked_in_at is not None for r in rows)
