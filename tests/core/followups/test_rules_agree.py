"""Rules the follow-up SQL writes a second time must agree with their Python originals (Hypothesis)."""

import datetime as dt
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from totalnet_desktop.core.followups import queue, rules

pytestmark = pytest.mark.both_engines

DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))


@given(DAYS)
def test_next_business_day_in_sql_matches_python(day):
    con = sqlite3.connect(":memory:")
    sql = rules._next_business_day("?")
    got = con.execute(f"SELECT {sql}", (day.isoformat(),) * sql.count("?")).fetchone()[0]
    assert dt.date.fromisoformat(got) == queue.next_business_day(day)


@given(DAYS)
def test_sqlite_julian_day_matches_python(day):
    con = sqlite3.connect(":memory:")
    got = con.execute("SELECT CAST(julianday(?) AS INTEGER)", (day.isoformat(),)).fetchone()[0]
    assert got == rules._julian(day)
