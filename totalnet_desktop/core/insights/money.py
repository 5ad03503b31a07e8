"""Return on membership and top relationships: the money side of the Insights dashboard.

Which thank-you is *my* return? ``ThankYou.from_contact`` thanks ``to_contact`` for business closed.
In a chapter the member who closed business writes the thank-you (TYFCB slip) to the member who
passed the referral. So the business *I* closed, money into my pocket, is the thank-yous where
``from_contact`` is me: that is my return on membership. A thank-you where ``to_contact`` is me
means someone else closed business I passed them; it is shown beside as "business you passed",
never added to my return.

"From chapter referrals": the person I thanked is (or was) a member of my chapter, or the thank-you
or its referral was recorded at one of my chapter's meetings. Only amounts in my chapter's currency
are summed (adding AED to USD would be wrong); the others are counted and reported.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal

from totalnet_desktop.core.insights.period import Period, money
from totalnet_desktop.core.insights.viewpoint import Viewpoint
from totalnet_desktop.core.store import values
from totalnet_desktop.core.store.models import CHANNEL_LABELS, database

logger = logging.getLogger(__name__)

# One statement: per day sums, a running total by window function (for the payback day), then per
# bucket sums. :fee is the annual fee prorated to the period.
ROI_SQL = """
WITH tys AS (
    SELECT t.date AS d, t.amount AS amount, upper(t.currency) = upper(:cur) AS same_cur,
           t.from_contact_id = :me AS closed_by_me
    FROM thank_you t LEFT JOIN referral r ON r.id = t.referral_id
    WHERE (t.from_contact_id = :me OR t.to_contact_id = :me) AND t.from_contact_id != t.to_contact_id
      AND t.date BETWEEN :start AND :end
      AND (EXISTS (SELECT 1 FROM membership m WHERE m.chapter_id = :ch AND m.contact_id =
                   CASE WHEN t.from_contact_id = :me THEN t.to_contact_id ELSE t.from_contact_id END)
           OR t.meeting_id IN (SELECT id FROM meeting WHERE chapter_id = :ch)
           OR r.meeting_id IN (SELECT id FROM meeting WHERE chapter_id = :ch))
), daily AS (
    SELECT d, SUM(CASE WHEN closed_by_me AND same_cur THEN amount ELSE 0 END) AS got,
           SUM(CASE WHEN NOT closed_by_me AND same_cur THEN amount ELSE 0 END) AS passed,
           SUM(closed_by_me AND same_cur) AS n_got, SUM(NOT closed_by_me AND same_cur) AS n_passed,
           SUM(NOT same_cur) AS n_other_currency
    FROM tys GROUP BY d
), running AS (
    SELECT *, SUM(got) OVER (ORDER BY d) AS cumulative FROM daily
)
SELECT {bucket} AS b, SUM(got), SUM(passed), SUM(n_got), SUM(n_passed), SUM(n_other_currency),
       MIN(CASE WHEN :fee > 0 AND cumulative >= :fee THEN d END)
FROM running GROUP BY b ORDER BY b
"""


@dataclass(frozen=True)
class RoiMonth:
    bucket: str
    label: str
    closed: Decimal  # TYFCB I closed from chapter referrals in this month (my return)
    cumulative: Decimal
    passed: Decimal  # business I passed to others that they closed (their thank-yous to me)
    count: int


@dataclass(frozen=True)
class ReturnOnMembership:
    currency: str
    annual_fee: Decimal
    fee_for_period: Decimal
    months: tuple[RoiMonth, ...]
    total: Decimal
    passed_total: Decimal
    payback_date: dt.date | None
    other_currency_count: int
    has_me: bool
    has_chapter: bool

    @property
    def is_empty(self) -> bool:
        return not any(m.count for m in self.months) and self.passed_total == 0

    @property
    def remaining(self) -> Decimal:
        """How far from paying back the fee (0 once paid back)."""
        return max(Decimal(0), self.fee_for_period - self.total)

    @property
    def ratio(self) -> float | None:
        """Return as a multiple of the fee (None without a fee)."""
        return float(self.total / self.fee_for_period) if self.fee_for_period else None


def roi_params(period: Period, view: Viewpoint) -> dict:
    """The parameters of ROI_SQL (shared with the benchmark)."""
    return {"me": view.me_param, "ch": view.chapter_id if view.chapter_id is not None else -1,
            "cur": view.currency, "start": period.start.isoformat(), "end": period.end.isoformat(),
            "fee": float(fee_for(period, view))}  # the fee of the months I was a member


def fee_for(period: Period, view: Viewpoint) -> Decimal:
    """The fee for the part of the period I was a member, month by month at the fee then in force.

    Each calendar month costs a twelfth of the annual fee in force on each of its days, in
    proportion to the days of the month inside both the period and my membership (joined on ..
    left on). A year of membership costs the fee; months before joining or after leaving cost
    nothing; a fee change counts from the day it starts (core.chapter.fees)."""
    joined, left = view.joined_on, view.left_on
    start = max(period.start, joined) if joined else period.start
    end = min(period.end, left) if left else period.end
    if end < start:
        return Decimal("0.00")
    fees = list(view.fees) or [(dt.date.min, view.annual_fee)]
    days: dict[tuple[int, Decimal], int] = {}  # (days in the month, fee) -> days charged
    index, day = 0, start
    while day <= end:
        while index + 1 < len(fees) and fees[index + 1][0] <= day:
            index += 1
        key = (calendar.monthrange(day.year, day.month)[1], fees[index][1])
        days[key] = days.get(key, 0) + 1
        day += dt.timedelta(days=1)
    total = sum((fee * count / (12 * month_days) for (month_days, fee), count in days.items()), Decimal(0))
    return total.quantize(Decimal("0.01"))


def return_on_membership(period: Period, view: Viewpoint) -> ReturnOnMembership:
    """TYFCB I closed from chapter referrals per month against the fee, with the payback day."""
    sql = ROI_SQL.format(bucket=period.bucket_sql("d"))
    params = roi_params(period, view)
    fee = Decimal(str(params["fee"])).quantize(Decimal("0.01"))
    rows = {r[0]: r for r in database.execute_sql(sql, params).fetchall()}
    months: list[RoiMonth] = []
    running = Decimal(0)
    payback = None
    other = 0
    for key, label in period.buckets():
        row = rows.get(key)
        closed = money(row[1]) if row else Decimal("0.00")
        running += closed
        months.append(RoiMonth(key, label, closed, running, money(row[2]) if row else Decimal("0.00"),
                               int(row[3] or 0) if row else 0))
        if row:
            other += int(row[5] or 0)
            if row[6] and payback is None:
                payback = values.as_date(row[6])
    return ReturnOnMembership(
        currency=view.currency, annual_fee=view.annual_fee, fee_for_period=fee,
        months=tuple(months), total=running, passed_total=sum((m.passed for m in months), Decimal("0.00")),
        payback_date=payback, other_currency_count=other, has_me=view.me_id is not None,
        has_chapter=view.chapter_id is not None,
    )


# ---- top relationships ---------------------------------------------------------------------
# One statement: every exchange with me in the period (referrals both ways, thank-yous both ways),
# summed per person, the top N kept, then their channels looked up for those N rows only.
TOP_SQL = """
WITH ex(other, gave, got, sent, earned) AS (
    SELECT giver_id, 1, 0, 0, 0 FROM referral WHERE receiver_id = :me AND date BETWEEN :start AND :end
    UNION ALL
    SELECT receiver_id, 0, 1, 0, 0 FROM referral WHERE giver_id = :me AND date BETWEEN :start AND :end
    UNION ALL
    SELECT to_contact_id, 0, 0, amount, 0 FROM thank_you
        WHERE from_contact_id = :me AND date BETWEEN :start AND :end AND upper(currency) = upper(:cur)
    UNION ALL
    SELECT from_contact_id, 0, 0, 0, amount FROM thank_you
        WHERE to_contact_id = :me AND date BETWEEN :start AND :end AND upper(currency) = upper(:cur)
), top AS (
    SELECT other, SUM(gave) AS gave, SUM(got) AS got, SUM(sent) AS sent, SUM(earned) AS earned
    FROM ex JOIN contact c ON c.id = ex.other
    WHERE ex.other != :me AND c.trashed_at IS NULL
    GROUP BY other ORDER BY SUM(gave) + SUM(got) DESC, SUM(sent) + SUM(earned) DESC, other LIMIT :limit
)
SELECT top.other, c.first_name, c.last_name, c.company, top.gave, top.got, top.sent, top.earned,
       (SELECT group_concat(DISTINCT i.channel) FROM interaction i
            WHERE i.contact_id = top.other AND i.occurred_at >= :start AND i.occurred_at < :end1),
       (SELECT group_concat(DISTINCT p.network) FROM contact_point p
            WHERE p.contact_id = top.other AND p.kind = 'social'),
       EXISTS (SELECT 1 FROM membership m WHERE m.contact_id = top.other AND m.chapter_id = :ch)
FROM top JOIN contact c ON c.id = top.other
ORDER BY top.gave + top.got DESC, top.sent + top.earned DESC, top.other
"""

NETWORK_LABELS = {"linkedin": "LinkedIn", "x": "X", "facebook": "Facebook", "instagram": "Instagram",
                  "other": "Other network"}


@dataclass(frozen=True)
class Relationship:
    contact_id: int
    name: str
    company: str
    referrals_given_me: int
    referrals_from_me: int
    business_they_sent: Decimal  # TYFCB I thanked them for (I closed)
    business_i_sent: Decimal  # TYFCB they thanked me for (they closed)
    channels: tuple[str, ...]  # channels used with them in the period (labels)
    networks: tuple[str, ...]  # social networks on file (labels)
    chapter_member: bool


@dataclass(frozen=True)
class TopRelationships:
    currency: str
    people: tuple[Relationship, ...]
    has_me: bool

    @property
    def is_empty(self) -> bool:
        return not self.people


def top_params(period: Period, view: Viewpoint, limit: int = 10) -> dict:
    """The parameters of TOP_SQL (shared with the benchmark)."""
    return {"me": view.me_param, "ch": view.chapter_id if view.chapter_id is not None else -1,
            "cur": view.currency, "start": period.start.isoformat(), "end": period.end.isoformat(),
            "end1": period.end_exclusive, "limit": limit}


def _labels(csv: str | None, mapping: dict[str, str]) -> tuple[str, ...]:
    keys = [k for k in (csv or "").split(",") if k]
    order = list(mapping)
    keys.sort(key=lambda k: order.index(k) if k in order else len(order))
    return tuple(mapping.get(k, k) for k in keys)


def top_relationships(period: Period, view: Viewpoint, limit: int = 10) -> TopRelationships:
    """The people who gave me and received from me the most in the period, with their channels."""
    rows = database.execute_sql(TOP_SQL, top_params(period, view, limit)).fetchall()
    people = tuple(
        Relationship(
            contact_id=r[0], name=" ".join(p for p in (r[1], r[2]) if p) or "(no name)", company=r[3] or "",
            referrals_given_me=int(r[4]), referrals_from_me=int(r[5]), business_they_sent=money(r[6]),
            business_i_sent=money(r[7]), channels=_labels(r[8], CHANNEL_LABELS),
            networks=_labels(r[9], NETWORK_LABELS), chapter_member=bool(r[10]),
        )
        for r in rows
    )
    return TopRelationships(currency=view.currency, people=people, has_me=view.me_id is not None)
