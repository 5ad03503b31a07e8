"""Referrals I gave and received per month (inside/outside), and where received ones came from."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from totalnet_desktop.core.insights.period import Period
from totalnet_desktop.core.insights.viewpoint import Viewpoint
from totalnet_desktop.core.store.models import ONLINE_CHANNELS, database

logger = logging.getLogger(__name__)

# Referrals I gave or received in the period (a referral to oneself is not one), one row each with
# its bucket, direction and kind; then counted per bucket: given inside, given outside, received
# inside, received outside.
BY_MONTH_SQL = """
WITH mine AS (
    SELECT {bucket} AS b, giver_id = :me AS gave, kind = 'inside' AS inside
    FROM referral
    WHERE (giver_id = :me OR receiver_id = :me) AND giver_id != receiver_id AND date BETWEEN :start AND :end
)
SELECT b, SUM(gave AND inside), SUM(gave AND NOT inside), SUM(NOT gave AND inside), SUM(NOT gave AND NOT inside)
FROM mine GROUP BY b
"""

_ONLINE = ", ".join(f"'{c}'" for c in ONLINE_CHANNELS)
ONLINE_SOURCES = ("linkedin", "x", "twitter", "facebook", "instagram", "online")
_SOURCES = ", ".join(f"'{s}'" for s in ONLINE_SOURCES)

# Referrals I received in the period, each counted under the first origin its giver has: a member of
# my chapter (of any chapter when mine is not known: :ch = -1), a chapter visitor, an online contact
# (an online touch, a social profile, or an online source), else "other". A chapter member met online
# is a chapter member. Each step names one kind of evidence; each is looked up per giver by index.
SOURCES_SQL = f"""
WITH received AS (
    SELECT r.giver_id AS giver, lower(c.source) AS source
    FROM referral r JOIN contact c ON c.id = r.giver_id
    WHERE r.receiver_id = :me AND r.giver_id != :me AND r.date BETWEEN :start AND :end
), members AS (
    SELECT contact_id FROM membership WHERE chapter_id = :ch OR :ch = -1
), visitors AS (
    SELECT contact_id FROM attendance WHERE status = 'Visitor'
), online_touches AS (
    SELECT contact_id FROM interaction WHERE channel IN ({_ONLINE})
), social_profiles AS (
    SELECT contact_id FROM contact_point WHERE kind = 'social'
), origins AS (
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM members m WHERE m.contact_id = giver) THEN 'member'
        WHEN EXISTS (SELECT 1 FROM visitors v WHERE v.contact_id = giver) THEN 'visitor'
        WHEN EXISTS (SELECT 1 FROM online_touches o WHERE o.contact_id = giver)
          OR EXISTS (SELECT 1 FROM social_profiles p WHERE p.contact_id = giver)
          OR source IN ({_SOURCES}) THEN 'online'
        ELSE 'other' END AS origin
    FROM received
)
SELECT origin, COUNT(*) FROM origins GROUP BY origin
"""

SOURCE_LABELS = {"member": "Chapter members", "visitor": "Visitors", "online": "Online contacts",
                 "other": "Other contacts"}


@dataclass(frozen=True)
class ReferralMonth:
    bucket: str
    label: str
    given_inside: int
    given_outside: int
    received_inside: int
    received_outside: int

    @property
    def given(self) -> int:
        return self.given_inside + self.given_outside

    @property
    def received(self) -> int:
        return self.received_inside + self.received_outside


@dataclass(frozen=True)
class ReferralFlow:
    months: tuple[ReferralMonth, ...]
    has_me: bool

    def total(self, field: str) -> int:
        """Sum of one ReferralMonth field (or property) over the period."""
        return sum(getattr(m, field) for m in self.months)

    @property
    def is_empty(self) -> bool:
        return not any(m.given or m.received for m in self.months)


@dataclass(frozen=True)
class ReferralSources:
    counts: tuple[tuple[str, int], ...]  # (label, count) in SOURCE_LABELS order, zeros included

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)

    @property
    def is_empty(self) -> bool:
        return self.total == 0


def referral_params(period: Period, view: Viewpoint) -> dict:
    """Parameters of BY_MONTH_SQL and SOURCES_SQL (shared with the benchmark)."""
    return {"me": view.me_param, "ch": view.chapter_id if view.chapter_id is not None else -1,
            "start": period.start.isoformat(), "end": period.end.isoformat()}


def referrals_by_month(period: Period, view: Viewpoint) -> ReferralFlow:
    """Referrals I gave and received per month, inside and outside."""
    sql = BY_MONTH_SQL.format(bucket=period.bucket_sql("date"))
    rows = {r[0]: r for r in database.execute_sql(sql, referral_params(period, view)).fetchall()}
    months = []
    for key, label in period.buckets():
        r = rows.get(key) or (key, 0, 0, 0, 0)
        months.append(ReferralMonth(key, label, int(r[1] or 0), int(r[2] or 0), int(r[3] or 0), int(r[4] or 0)))
    return ReferralFlow(tuple(months), view.me_id is not None)


def referral_sources(period: Period, view: Viewpoint) -> ReferralSources:
    """Where the referrals I received came from: chapter members, visitors, online contacts, others."""
    found = dict(database.execute_sql(SOURCES_SQL, referral_params(period, view)).fetchall())
    return ReferralSources(tuple((label, int(found.get(key, 0))) for key, label in SOURCE_LABELS.items()))
