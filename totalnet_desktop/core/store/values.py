"""Values read by hand-written SQL, the same on both engines.

SQLite hands back dates and times as ISO text; PostgreSQL hands back ``date`` and ``datetime``
objects (and ``Decimal`` for a sum of money). Code reading a raw row passes such values through
these helpers instead of assuming one engine's type.
"""

from __future__ import annotations

import datetime as dt


def as_date(value) -> dt.date | None:
    """A date from ISO text ('2026-12-03', '2026-12-03 08:00:00'), a date or a datetime; None for none."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def as_datetime(value) -> dt.datetime | None:
    """A datetime from ISO text, a datetime or a date (at midnight); None for none."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value))
