"""Referrals I gave and received per month (inside/outside), and where received ones came from."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from totalnet_desktop.core.insights.period import Period
from totalnet_desktop.core.insights.viewpoint import Viewpoint
from totalnet_desktop.core.store.models import ONLINE_CHANNELS, database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

BY_MONTH_SQL = """
SELECT {bucket} AS b,
       SUM(giver_id = :me AND kind = 'inside'), SUM(giver_id = :me AND kind != 'inside'),
       SUM(receiver_id = :me AND kind = 'inside'), SUM(receiver_id = :me AND kind != 'inside')
FROM referral
WHERE (giver_id = :me OR receiver_id = :me) AND giver_id != receiver_id AND date BETWEEN :start AND :end
GROUP BY b
"""

_ONLINE = ", ".join(f"'{c}'" for c in ONLINE_CHANNELS)
ONLINE_SOURCES = ("linkedin", "x", "twitter", "facebook", "instagram", "online")
_SOURCES = ", ".join(f"'{s}'" for s in ONLINE_SOURCES)

# The first matching rule wins: a chapter member met online is a chapter member. "Chapter" means my
# chapter when it is known, any chapter otherwise.
SOURCES_SQL = f"""
SELECT CASE
    WHEN EXISTS (SELECT 1 FROM membership m WHERE m.contact_id = r.giver_id
                 AND (m.chapter_id = :ch OR :ch = -1)) THEN 'member'
    WHEN EXISTS (SELECT 1 FROM attendance a WHERE a.contact_id = r.giver_id AND a.status = 'Visitor')
        THEN 'visitor'
    WHEN EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = r.giver_id AND i.channel IN ({_ONLINE}))
      OR EXISTS (SELECT 1 FROM contact_point p WHERE p.contact_id = r.giver_id AND p.kind = 'social')
      OR lower(c.source) IN ({_SOURCES}) THEN 'online'
    ELSE 'other' END AS origin,
    COUNT(*)
FROM referral r JOIN contact c ON c.id = r.giver_id
WHERE r.receiver_id = :me AND r.giver_id != :me AND r.date BETWEEN :start AND :end
GROUP BY origin
"""

# Marked in the context the Insights screen uses for them (the CLI shows them through i18n.tr_core).
SOURCE_LABELS = {"member": QT_TRANSLATE_NOOP("InsightNumbers", "Chapter members"),
                 "visitor": QT_TRANSLATE_NOOP("InsightNumbers", "Visitors"),
                 "online": QT_TRANSLATE_NOOP("InsightNumbers", "Online contacts"),
                 "other": QT_TRANSLATE_NOOP("InsightNumbers", "Other contacts")}


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
