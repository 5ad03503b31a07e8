"""Channel balance: contacts reached only online, only in person, or both, and how it grew.

Reached *in person*: an interaction on a face-to-face channel (in person, one-to-one), a recorded
one-to-one with me, or attending a chapter meeting (present, late or as a visitor). Reached
*online*: an interaction on an online channel (online meeting, LinkedIn, X, Facebook, Instagram).
Phone, messaging, e-mail and "other" are neither: they do not tip the balance. The goal of total
networking is to grow "both".

Over time the figure is cumulative within the period: at the end of each month, how many people had
been reached only online, only in person, or both ways *so far*. That is what "growing both" means,
and it needs only each person's first online and first in-person month (one grouping per person,
not one per person and month: half the sorting on 200,000 interactions).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from totalnet_desktop.core.insights.period import Period
from totalnet_desktop.core.insights.viewpoint import Viewpoint
from totalnet_desktop.core.store.models import FACE_TO_FACE_CHANNELS, ONLINE_CHANNELS, database

logger = logging.getLogger(__name__)

_FACE = ", ".join(f"'{c}'" for c in FACE_TO_FACE_CHANNELS)
_ONLINE = ", ".join(f"'{c}'" for c in ONLINE_CHANNELS)

# Over a long period a plain scan of the interaction table beats the occurred_at index (whose
# lookups jump around the table when interactions were imported out of date order); over a short
# one the index wins. The unary + is SQLite's way to say "don't use the index for this term".
LONG_PERIOD_DAYS = 92

# One statement: every touch in the period with its bucket, each person's first in-person and first
# online bucket, then people counted per (first in-person, first online) pair: a few hundred rows
# at most, from which the cumulative counts per bucket follow.
CHANNELS_SQL = f"""
WITH touches(cid, b, face, online) AS (
    SELECT contact_id, {{bucket_i}}, CASE WHEN channel IN ({_FACE}) THEN 1 ELSE 0 END,
           CASE WHEN channel IN ({_ONLINE}) THEN 1 ELSE 0 END FROM interaction
    WHERE {{plus}}occurred_at >= :start AND {{plus}}occurred_at < :end1 AND channel IN ({_FACE}, {_ONLINE})
    UNION ALL
    SELECT CASE WHEN member_a_id = :me THEN member_b_id ELSE member_a_id END, {{bucket_o}}, 1, 0
    FROM one_to_one WHERE (member_a_id = :me OR member_b_id = :me) AND date BETWEEN :start AND :end
    UNION ALL
    SELECT a.contact_id, {{bucket_m}}, 1, 0 FROM attendance a JOIN meeting mt ON mt.id = a.meeting_id
    WHERE mt.date BETWEEN :start AND :end AND a.status IN ('Present', 'Late', 'Visitor')
), firsts AS (
    SELECT cid, MIN(CASE WHEN face = 1 THEN b END) AS first_face,
           MIN(CASE WHEN online = 1 THEN b END) AS first_online
    FROM touches
    WHERE cid != :me AND cid NOT IN (SELECT id FROM contact WHERE trashed_at IS NOT NULL)
    GROUP BY cid
)
SELECT first_face, first_online, COUNT(*) FROM firsts GROUP BY first_face, first_online
"""


def channels_sql(period: Period) -> str:
    """CHANNELS_SQL for this period's buckets."""
    return CHANNELS_SQL.format(
        bucket_i=period.bucket_sql("occurred_at"), bucket_o=period.bucket_sql("date"),
        bucket_m=period.bucket_sql("mt.date"), plus="+" if period.days > LONG_PERIOD_DAYS else "")


@dataclass(frozen=True)
class ChannelMix:
    bucket: str
    label: str
    online_only: int
    in_person_only: int
    both: int

    @property
    def total(self) -> int:
        return self.online_only + self.in_person_only + self.both


@dataclass(frozen=True)
class ChannelBalance:
    whole: ChannelMix  # distinct people over the whole period
    months: tuple[ChannelMix, ...]  # people reached so far, at the end of each bucket (cumulative)

    @property
    def is_empty(self) -> bool:
        return self.whole.total == 0

    @property
    def both_share(self) -> float | None:
        return self.whole.both / self.whole.total if self.whole.total else None


def channel_params(period: Period, view: Viewpoint) -> dict:
    """Parameters of CHANNELS_SQL (shared with the benchmark)."""
    return {"me": view.me_param, "start": period.start.isoformat(), "end": period.end.isoformat(),
            "end1": period.end_exclusive}


def channel_balance(period: Period, view: Viewpoint) -> ChannelBalance:
    """People reached only online, only in person and both: over the period and cumulatively by month."""
    rows = database.execute_sql(channels_sql(period), channel_params(period, view)).fetchall()
    keys = [key for key, _ in period.buckets()]
    face, online, both = ({k: 0 for k in keys} for _ in range(3))
    # New people per bucket (a few hundred aggregated rows), then running totals over the buckets.
    for first_face, first_online, count in rows:
        if first_face is not None:
            face[first_face] += count
        if first_online is not None:
            online[first_online] += count
        if first_face is not None and first_online is not None:
            both[max(first_face, first_online)] += count
    months, f_run, o_run, b_run = [], 0, 0, 0
    for key, label in period.buckets():
        f_run, o_run, b_run = f_run + face[key], o_run + online[key], b_run + both[key]
        months.append(ChannelMix(key, label, o_run - b_run, f_run - b_run, b_run))
    whole = months[-1] if months else ChannelMix("all", "", 0, 0, 0)
    return ChannelBalance(ChannelMix("all", period.describe(), whole.online_only, whole.in_person_only,
                                     whole.both), tuple(months))
