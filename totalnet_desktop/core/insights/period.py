"""The period an Insights figure looks at, its buckets, and money as the figures show it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from totalnet_desktop.core.store import values
from totalnet_desktop.core.store.models import database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP, Month

SPAN = QT_TRANSLATE_NOOP("Insights", "{start} - {end}")  # a period's first and last day

# Periods longer than this many months are shown by quarter, so a five-year chart stays legible.
MONTHLY_UP_TO = 24


@dataclass(frozen=True)
class Period:
    """An inclusive range of days the dashboard looks at."""

    start: dt.date
    end: dt.date
    label: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(QT_TRANSLATE_NOOP(
                "Errors", "The period ends ({end}) before it starts ({start}).").format(
                end=self.end, start=self.start))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def months(self) -> int:
        """Length in whole months (rounded), used to prorate the annual fee."""
        return max(1, round(self.days / 365.25 * 12))

    @property
    def by_quarter(self) -> bool:
        return _month_index(self.end) - _month_index(self.start) + 1 > MONTHLY_UP_TO

    @property
    def end_exclusive(self) -> str:
        """The day after the period as text, for comparing date-time columns."""
        return (self.end + dt.timedelta(days=1)).isoformat()

    def bucket_sql(self, column: str) -> str:
        """SQL that turns a date or date-time text column into this period's bucket key."""
        if self.by_quarter:
            return f"(substr({column}, 1, 4) || '-Q' || ((CAST(substr({column}, 6, 2) AS INTEGER) + 2) / 3))"
        return f"substr({column}, 1, 7)"

    def buckets(self) -> list[tuple[str, str]]:
        """Every bucket of the period in order, as (key, short label), empty ones included."""
        out: list[tuple[str, str]] = []
        first, last = _month_index(self.start), _month_index(self.end)
        for index in range(first, last + 1):
            year, month = divmod(index, 12)
            month += 1
            if self.by_quarter:
                key = f"{year}-Q{(month + 2) // 3}"
                if not out or out[-1][0] != key:
                    out.append((key, Month(key)))
            else:
                key = f"{year}-{month:02d}"
                out.append((key, Month(key)))
        return out

    def describe(self) -> str:
        """'1 Dec 2025 - 30 Nov 2026' (a Message: the screen writes its dates through the locale)."""
        return SPAN.format(start=self.start, end=self.end)


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


PRESETS = (QT_TRANSLATE_NOOP("Insights", "Last 12 months"), QT_TRANSLATE_NOOP("Insights", "This year"),
           QT_TRANSLATE_NOOP("Insights", "Last year"), QT_TRANSLATE_NOOP("Insights", "Last 5 years"),
           QT_TRANSLATE_NOOP("Insights", "All time"))  # marked Texts: show them through i18n.tr_core


def preset_period(name: str, today: dt.date | None = None) -> Period:
    """The period a preset name stands for, relative to ``today``."""
    today = today or dt.date.today()
    name = next((p for p in PRESETS if p == name), name)  # the marked Text, so the label translates
    if name == "Last 12 months":
        return Period(_add_years(today, -1) + dt.timedelta(days=1), today, name)
    if name == "This year":
        return Period(dt.date(today.year, 1, 1), dt.date(today.year, 12, 31), name)
    if name == "Last year":
        return Period(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31), name)
    if name == "Last 5 years":
        return Period(_add_years(today, -5) + dt.timedelta(days=1), today, name)
    if name == "All time":
        first = first_activity_date() or today
        return Period(min(first, today), today, name)
    raise ValueError(QT_TRANSLATE_NOOP(
        "Errors", "Unknown period {name!r}; choose one of {items}.").format(name=name, items=', '.join(PRESETS)))


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# The first day of each dated table, then the earliest of them.
FIRST_ACTIVITY_SQL = """
WITH firsts(d) AS (
    SELECT MIN(date) FROM referral UNION ALL SELECT MIN(date) FROM thank_you
    UNION ALL SELECT MIN(date) FROM meeting UNION ALL SELECT date(MIN(occurred_at)) FROM interaction
    UNION ALL SELECT MIN(due) FROM follow_up
)
SELECT MIN(d) FROM firsts
"""


def first_activity_date() -> dt.date | None:
    """The earliest dated record (meeting, referral, thank-you, interaction, follow-up), if any."""
    row = database.execute_sql(FIRST_ACTIVITY_SQL).fetchone()
    return values.as_date(row[0]) if row else None


def money(value) -> Decimal:
    """An SQL sum (float, int or None) as a Decimal with two places."""
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))
