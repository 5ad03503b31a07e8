"""Channel balance: contacts reached only online, only in person, or both, and how it moved.

Reached *in person*: an interaction on a face-to-face channel (in person, one-to-one), a recorded
one-to-one with me, or attending a chapter meeting (present, late or as a visitor). Reached
*online*: an interaction on an online channel (online meeting, LinkedIn, X, Facebook, Instagram).
Phone, messaging, e-mail and "other" are neither: they do not tip the balance. The goal of total
networking is to grow "both".
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from totalnet_desktop.core.insights import Period, Viewpoint
from totalnet_desktop.core.models import FACE_TO_FACE_CHANNELS, ONLINE_CHANNELS, database

logger = logging.getLogger(__name__)

_FACE = ", ".join(f"'{c}'" for c in FACE_TO_FACE_CHANNELS)
_ONLINE = ", ".join(f"'{c}'" for c in ONLINE_CHANNELS)

# One statement: every touch in the period, collapsed per (contact, bucket), then the whole-period
# totals and the per-bucket counts side by side (bucket 'all' holds the totals).
CHANNELS_SQL = f"""
WITH touches(cid, d, face, online) AS (
    SELECT contact_id, occurred_at, channel IN ({_FACE}), channel IN ({_ONLINE}) FROM interaction
    WHERE occurred_at >= :start AND occurred_at < :end1 AND channel IN ({_FACE}, {_ONLINE})
    UNION ALL
    SELECT CASE WHEN member_a_id = :me THEN member_b_id ELSE member_a_id END, date, 1, 0 FROM one_to_one
    WHERE (member_a_id = :me OR member_b_id = :me) AND date BETWEEN :start AND :end
    UNION ALL
    SELECT a.contact_id, mt.date, 1, 0 FROM attendance a JOIN meeting mt ON mt.id = a.meeting_id
    WHERE mt.date BETWEEN :start AND :end AND a.status IN ('Present', 'Late', 'Visitor')
), per AS (
    SELECT cid, {{bucket}} AS b, MAX(face) AS face, MAX(online) AS online FROM touches
    WHERE cid != :me AND cid IN (SELECT id FROM contact WHERE trashed_at IS NULL)
    GROUP BY cid, b
), whole AS (
    SELECT cid, MAX(face) AS face, MAX(online) AS online FROM per GROUP BY cid
)
SELECT 'all', SUM(online AND NOT face), SUM(face AND NOT online), SUM(face AND online) FROM whole
UNION ALL
SELECT b, SUM(online AND NOT face), SUM(face AND NOT online), SUM(face AND online) FROM per GROUP BY b
"""


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
    whole: ChannelMix  # distinct contacts over the whole period
    months: tuple[ChannelMix, ...]  # contacts reached within each bucket

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
    """Contacts reached only online, only in person and both, over the period and per month."""
    sql = CHANNELS_SQL.format(bucket=period.bucket_sql("d"))
    rows = {r[0]: r for r in database.execute_sql(sql, channel_params(period, view)).fetchall()}

    def mix(key: str, label: str) -> ChannelMix:
        r = rows.get(key) or (key, 0, 0, 0)
        return ChannelMix(key, label, int(r[1] or 0), int(r[2] or 0), int(r[3] or 0))

    return ChannelBalance(mix("all", period.describe()), tuple(mix(k, lbl) for k, lbl in period.buckets()))
