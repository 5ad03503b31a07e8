"""Insights: is my networking paying off? The dashboard's figures, each one SQL aggregate.

This module holds what every figure shares: the chosen ``Period``, the ``Viewpoint`` (who "me" is,
which chapter is mine, its fee and currency) and ``load_dashboard()`` that computes every figure
for the screen. The figures themselves live in ``insights_money`` (return on membership, top
relationships), ``insights_referrals``, ``insights_attendance``, ``insights_channels`` and
``insights_trust`` (trust funnel, stage moves, follow-through).

Rule for every figure: one SQL statement does the counting and summing; Python only reshapes the
handful of aggregated rows (one per month, stage or person) into frozen records.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal

import peewee

from totalnet_desktop.core import prefs
from totalnet_desktop.core.errors import TotalNetError
from totalnet_desktop.core.models import Chapter, Contact, database

logger = logging.getLogger(__name__)

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
            raise ValueError(f"The period ends ({self.end}) before it starts ({self.start}).")

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
                    out.append((key, f"Q{(month + 2) // 3} {year}"))
            else:
                out.append((f"{year}-{month:02d}", dt.date(year, month, 1).strftime("%b %y")))
        return out

    def describe(self) -> str:
        """'1 Dec 2025 - 30 Nov 2026'."""
        return f"{_day(self.start)} - {_day(self.end)}"


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _day(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%b %Y')}"


PRESETS = ("Last 12 months", "This year", "Last year", "Last 5 years", "All time")


def preset_period(name: str, today: dt.date | None = None) -> Period:
    """The period a preset name stands for, relative to ``today``."""
    today = today or dt.date.today()
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
    raise ValueError(f"Unknown period {name!r}; choose one of {', '.join(PRESETS)}.")


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


FIRST_ACTIVITY_SQL = """
SELECT MIN(d) FROM (
    SELECT MIN(date) AS d FROM referral UNION ALL SELECT MIN(date) FROM thank_you
    UNION ALL SELECT MIN(date) FROM meeting UNION ALL SELECT MIN(substr(occurred_at, 1, 10)) FROM interaction
    UNION ALL SELECT MIN(due) FROM follow_up)
"""


def first_activity_date() -> dt.date | None:
    """The earliest dated record (meeting, referral, thank-you, interaction, follow-up), if any."""
    row = database.execute_sql(FIRST_ACTIVITY_SQL).fetchone()
    return dt.date.fromisoformat(row[0][:10]) if row and row[0] else None


@dataclass(frozen=True)
class Viewpoint:
    """Whose dashboard this is: me, my chapter, its annual fee and currency."""

    me_id: int | None
    me_name: str
    chapter_id: int | None
    chapter_name: str
    currency: str
    annual_fee: Decimal

    @property
    def me_param(self) -> int:
        """``me_id`` for SQL; -1 matches nobody when "me" is not known."""
        return self.me_id if self.me_id is not None else -1


def viewpoint() -> Viewpoint:
    """Resolve me (preference, else the contact marked 'is me'; never one in the trash) and my chapter
    (preference, else the chapter marked mine, else the only chapter), as core.contacts and
    core.chapters do."""
    me = None
    me_id = prefs.get("me_contact_id")
    if me_id is not None:
        me = Contact.get_or_none(Contact.id == me_id)
    if me is None:
        me = Contact.select().where(Contact.is_me == True).order_by(Contact.id).first()
    chapter = None
    chapter_id = prefs.get("my_chapter_id")
    if chapter_id is not None:
        chapter = Chapter.get_or_none(Chapter.id == chapter_id)
    if chapter is None:
        chapter = Chapter.select().where(Chapter.is_mine == True).order_by(Chapter.id).first()
    if chapter is None and Chapter.select().count() == 1:
        chapter = Chapter.select().first()
    return Viewpoint(
        me_id=me.id if me else None,
        me_name=me.full_name if me else "",
        chapter_id=chapter.id if chapter else None,
        chapter_name=chapter.name if chapter else "",
        currency=(chapter.currency if chapter else prefs.get("currency")) or "AED",
        annual_fee=Decimal(str(chapter.annual_fee or 0)) if chapter else Decimal(0),
    )


def money(value) -> Decimal:
    """An SQL sum (float, int or None) as a Decimal with two places."""
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Dashboard:
    """Every figure of the Insights screen for one period."""

    period: Period
    view: Viewpoint
    roi: object
    referrals: object
    sources: object
    attendance: object
    channels: object
    funnel: object
    moves: object
    follow_through: object
    top: object


def load_dashboard(period: Period, today: dt.date | None = None) -> Dashboard:
    """Compute every figure of the screen (one SQL aggregate each) in one read transaction."""
    today = today or dt.date.today()
    try:
        with database.atomic():  # one consistent snapshot for all figures
            return _dashboard(period, today)
    except peewee.DatabaseError as exc:  # a damaged or locked file: say so, don't crash the screen
        logger.exception("insights could not be computed")
        raise TotalNetError(f"The Insights figures could not be read from the database: {exc}.") from exc


def _dashboard(period: Period, today: dt.date) -> Dashboard:
    # Imported here: the figure modules import Period and Viewpoint from this one.
    from totalnet_desktop.core import (
        insights_attendance,
        insights_channels,
        insights_money,
        insights_referrals,
        insights_trust,
    )

    view = viewpoint()
    return Dashboard(
        period=period,
        view=view,
        roi=insights_money.return_on_membership(period, view),
        referrals=insights_referrals.referrals_by_month(period, view),
        sources=insights_referrals.referral_sources(period, view),
        attendance=insights_attendance.attendance_26_weeks(period, view, today),
        channels=insights_channels.channel_balance(period, view),
        funnel=insights_trust.trust_funnel(period, view, today),
        moves=insights_trust.stage_moves(period, view),
        follow_through=insights_trust.follow_through(period, today),
        top=insights_money.top_relationships(period, view),
    )
