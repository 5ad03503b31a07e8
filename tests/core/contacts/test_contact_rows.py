"""The Contacts table's rows on a server: the set-based statement (``search._ROWS_SQL_SERVER``: each table
read once per batch, native string_agg, one text for every batch size) gives the rows of the correlated
statement every engine ran before (``search._ROWS_SQL``, SQLite's, translated), on random books."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from people import add

from totalnet_desktop.core.contacts import interactions
from totalnet_desktop.core.contacts import search as cs
from totalnet_desktop.core.store.models import Attendance, Chapter, FollowUp, Meeting, database
from totalnet_desktop.core.store.records import PointRecord

pytestmark = pytest.mark.both_engines

DAY = dt.date(2026, 1, 5)
POINTS = st.sampled_from([PointRecord("phone", "050 123 4567"), PointRecord("email", "a@b.ae"),
                          PointRecord("website", "https://b.ae"),
                          PointRecord("social", "https://linkedin.com/in/a", network="linkedin"),
                          PointRecord("social", "https://x.com/a", network="x"),
                          PointRecord("social", "https://instagram.com/a", network="instagram")])
PERSON = st.fixed_dictionaries({
    "points": st.lists(POINTS, max_size=3, unique_by=lambda p: (p.kind, p.network)),
    "tags": st.lists(st.sampled_from(["vip", "Supplier", "golf", "Ärzte", "x y"]), max_size=3, unique=True),
    "touches": st.lists(st.tuples(st.sampled_from(["in_person", "one_to_one", "phone", "messaging", "email",
                                                   "linkedin", "x", "online_meeting", "other"]),
                                  st.integers(0, 400)), max_size=4),
    "attended": st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["Present", "Late", "Absent", "Medical",
                                                                      "Visitor"])), max_size=3,
                         unique_by=lambda a: a[0]),
    "followups": st.lists(st.tuples(st.integers(0, 60), st.sampled_from(["open", "snoozed", "done", "dismissed"])),
                          max_size=3),
})


def _old_rows(ids: list[int]) -> list[tuple]:
    sql = cs._ROWS_SQL.format(marks=",".join("?" * len(ids)))
    return database.execute_sql(sql, ids).fetchall()


def _new_rows(ids: list[int]) -> list[tuple]:
    return database.execute_sql(cs._ROWS_SQL_SERVER, {"ids": ids}).fetchall()


def _same_shape(rows: list[tuple]) -> list[tuple]:
    """Rows by id, the lists as what they mean: kinds and channels as sets, tags sorted."""
    def split(text, sep=","):
        return sorted((text or "").split(sep)) if text else []
    return sorted(r[:11] + (split(r[11]), split(r[12]), split(r[13], chr(31))) for r in rows)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(PERSON, min_size=1, max_size=8), missing=st.booleans())
def test_set_based_rows_equal_the_correlated_rows(db, engine_name, people, missing):
    if engine_name != "postgres":
        pytest.skip("the set-based statement is the server's (SQLite keeps the correlated one)")
    chapter = Chapter.get_or_none(Chapter.name == "Rows") or Chapter.create(name="Rows")
    meetings = [Meeting.get_or_none((Meeting.chapter == chapter) & (Meeting.date == DAY + dt.timedelta(weeks=n)))
                or Meeting.create(chapter=chapter, date=DAY + dt.timedelta(weeks=n)) for n in range(6)]
    ids = []
    for n, person in enumerate(people):
        cid = add(f"Person{n}", "Rows", points=tuple(person["points"]), tags=tuple(person["tags"]))
        for channel, days in person["touches"]:
            interactions.log_touch(cid, channel, occurred_at=dt.datetime(2025, 1, 1, 9) + dt.timedelta(days=days),
                                   undoable=False)
        for week, status in person["attended"]:
            Attendance.create(meeting=meetings[week], contact=cid, status=status)
        for days, status in person["followups"]:
            FollowUp.create(contact=cid, due=DAY + dt.timedelta(days=days), reason="r", status=status)
        ids.append(cid)
    if missing:
        ids.append(max(ids) + 1000)  # a contact deleted meanwhile: no row in either
    old, new = _old_rows(ids), _new_rows(ids)
    assert len(new) == len(people)
    assert _same_shape(new) == _same_shape(old)
    # And what the table shows from them, through load_rows (the server's statement).
    shown = {r.id: r for r in cs.load_rows(ids)}
    assert sorted(shown) == sorted(ids[:len(people)])
    for row in old:
        cid, last_m, kinds, used = row[0], row[9], row[11], row[12]
        assert shown[cid].channels == cs.channels_of(kinds, used, last_m is not None)
        assert shown[cid].tags == (tuple(sorted(row[13].split(chr(31)), key=str.casefold)) if row[13] else ())
