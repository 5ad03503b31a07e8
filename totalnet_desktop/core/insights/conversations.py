"""Conversations: touches per month per channel, and the people gone quiet.

A touch is one interaction: one conversation on one day (a WhatsApp chat, a LinkedIn thread, an
e-mail exchange), a meeting, a call. Imported history and touches logged by hand count alike.
"People gone quiet" are the warm, quiet contacts of the Contacts filter (``store.warmth``): the
same definition, so the card and the filter always list the same people.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from totalnet_desktop.core.insights.period import Period
from totalnet_desktop.core.insights.viewpoint import Viewpoint
from totalnet_desktop.core.store import warmth
from totalnet_desktop.core.store.models import CHANNELS, database

logger = logging.getLogger(__name__)

QUIET_SHOWN = 8

# Touches in the period with anyone but me (trashed contacts left out), counted per bucket and channel.
MONTHLY_SQL = """
WITH touches AS (
    SELECT {bucket} AS b, i.channel AS channel
    FROM interaction i JOIN contact c ON c.id = i.contact_id
    WHERE i.occurred_at >= :start AND i.occurred_at < :end1 AND c.trashed_at IS NULL AND c.id != :me AND c.is_me = 0
)
SELECT b, channel, COUNT(*) FROM touches GROUP BY b, channel
"""
# The warm contacts gone quiet (store.warmth: the Contacts filter's definition), with how often and when
# I last talked to each (group chats left out), the most talked-to first.
QUIET_SQL = """
WITH warm_quiet AS (
    {warm}
), talks AS (
    SELECT contact_id, COUNT(*) AS n, MAX(occurred_at) AS last
    FROM interaction
    WHERE direction != 'group' AND contact_id IN (SELECT contact_id FROM warm_quiet)
    GROUP BY contact_id
)
SELECT c.id, TRIM(c.first_name || ' ' || c.last_name), t.n, t.last
FROM talks t JOIN contact c ON c.id = t.contact_id
WHERE c.trashed_at IS NULL AND c.is_me = 0 AND c.id != :me
ORDER BY t.n DESC, t.last DESC, c.id
"""


@dataclass(frozen=True)
class MonthTouches:
    bucket: str
    label: str
    by_channel: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_channel.values())


@dataclass(frozen=True)
class QuietPerson:
    contact_id: int
    name: str
    touches: int
    last: dt.date


@dataclass(frozen=True)
class Conversations:
    months: tuple[MonthTouches, ...]
    channels: tuple[str, ...]  # the channels with touches in the period, in CHANNELS order
    totals: dict[str, int]
    quiet: tuple[QuietPerson, ...]  # the most talked-to first, at most QUIET_SHOWN
    quiet_count: int

    @property
    def total(self) -> int:
        return sum(self.totals.values())

    @property
    def is_empty(self) -> bool:
        return self.total == 0 and self.quiet_count == 0


def conversations(period: Period, view: Viewpoint, today: dt.date) -> Conversations:
    """Touches per month and channel in the period; warm contacts gone quiet as of ``today``."""
    params = {"start": period.start.isoformat(), "end1": period.end_exclusive, "me": view.me_param,
              "today": today.isoformat()}
    cells: dict[str, dict[str, int]] = {}
    totals: dict[str, int] = {}
    for bucket, channel, count in database.execute_sql(
            MONTHLY_SQL.format(bucket=period.bucket_sql("i.occurred_at")), params):
        cells.setdefault(bucket, {})[channel] = count
        totals[channel] = totals.get(channel, 0) + count
    channels = tuple(c for c in CHANNELS if totals.get(c)) + tuple(sorted(c for c in totals if c not in CHANNELS))
    months = tuple(MonthTouches(key, label, {c: cells.get(key, {}).get(c, 0) for c in channels})
                   for key, label in period.buckets())
    rows = database.execute_sql(QUIET_SQL.format(warm=warmth.warm_quiet_ids_sql(":today")), params).fetchall()
    quiet = tuple(QuietPerson(cid, name or "(no name)", n, dt.date.fromisoformat(str(last)[:10]))
                  for cid, name, n, last in rows[:QUIET_SHOWN])
    return Conversations(months, channels, {c: totals[c] for c in channels}, quiet, len(rows))
