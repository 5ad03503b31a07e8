"""Trust funnel (contacts per stage Know, Like, Trust, Partner), movement between stages, follow-through.

- per stage, how many contacts there are now, how many were added in the period, how many I was in
  touch with in the period and how many have gone quiet (no interaction within the stage's
  keep-in-touch cadence);
- movement: the stage changes recorded in the period (``stage_change``, kept by triggers since schema
  step 4), counted per from -> to pair, and so how often contacts moved up or down. A contact's first
  stage on creation is not a move (it counts under "added"). History starts at step 4: a database
  upgraded then holds each older contact's current stage as of its creation, and no earlier moves.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from totalnet_desktop.core.insights.period import Period
from totalnet_desktop.core.insights.viewpoint import Viewpoint
from totalnet_desktop.core.store.models import DEFAULT_CADENCE_DAYS, STAGES, database

logger = logging.getLogger(__name__)

_STAGES = ", ".join(f"'{s}'" for s in STAGES)
_CADENCE = " ".join(f"WHEN '{s}' THEN {d}" for s, d in DEFAULT_CADENCE_DAYS.items())

_KEPT = "c.trashed_at IS NULL AND c.archived = 0 AND c.is_me = 0 AND c.id != :me"
_RECENT = (f"julianday(:asof) - julianday(substr(r.last, 1, 10)) "
           f"<= COALESCE(c.cadence_days, CASE c.stage {_CADENCE} ELSE 90 END)")


# One statement, read top to bottom: three streams, each already grouped by stage (a few rows each),
# then summed per stage. ``everyone``: every contact the funnel counts, and those added in the period;
# ``touched``: the contacts I was in touch with in the period; ``recent``: those touched recently
# enough for their stage's cadence (quiet = count - recent). The last two start from the interaction
# side, so only contacts with interactions are looked up by primary key. In ``touched_ids`` the unary
# + keeps SQLite off the occurred_at index: over a long period the (contact_id, occurred_at) index
# covers it and is read in order, with no sort and no table lookups. Each named step is used once:
# SQLite reads the same indexes as with inline subqueries (EXPLAIN QUERY PLAN), each step a co-routine.
FUNNEL_SQL = f"""
WITH everyone AS (
    SELECT c.stage AS st, COUNT(*) AS n, SUM(c.created_at >= :start AND c.created_at < :end1) AS added
    FROM contact c WHERE {_KEPT} GROUP BY c.stage
), touched_ids AS (
    SELECT contact_id FROM interaction WHERE +occurred_at >= :start AND +occurred_at < :end1
    GROUP BY contact_id
), touched AS (
    SELECT c.stage AS st, COUNT(*) AS n
    FROM touched_ids i JOIN contact c ON c.id = i.contact_id WHERE {_KEPT} GROUP BY c.stage
), last_touch AS (
    SELECT contact_id, MAX(occurred_at) AS last FROM interaction
    WHERE occurred_at >= date(:asof, '-' || (SELECT MAX(:default_max, COALESCE(MAX(cadence_days), 0))
                                             FROM contact) || ' days')
      AND occurred_at < :asof1
    GROUP BY contact_id
), recent AS (
    SELECT c.stage AS st, SUM({_RECENT}) AS n
    FROM last_touch r JOIN contact c ON c.id = r.contact_id WHERE {_KEPT} GROUP BY c.stage
), streams AS (
    SELECT st, n, added, 0 AS touched, 0 AS recent FROM everyone
    UNION ALL
    SELECT st, 0, 0, n, 0 FROM touched
    UNION ALL
    SELECT st, 0, 0, 0, n FROM recent
)
SELECT st, SUM(n), SUM(added), SUM(touched), SUM(recent) FROM streams GROUP BY st
"""


@dataclass(frozen=True)
class StageCount:
    stage: str
    contacts: int
    added: int  # created in the period (and now at this stage)
    in_touch: int  # had an interaction in the period
    quiet: int  # no interaction within the stage's cadence, as of the period's end


@dataclass(frozen=True)
class TrustFunnel:
    stages: tuple[StageCount, ...]  # in STAGES order, zeros included

    @property
    def total(self) -> int:
        return sum(s.contacts for s in self.stages)

    @property
    def added(self) -> int:
        return sum(s.added for s in self.stages)

    @property
    def is_empty(self) -> bool:
        return self.total == 0


def funnel_params(period: Period, view: Viewpoint, today: dt.date) -> dict:
    """Parameters of FUNNEL_SQL (shared with the benchmark)."""
    asof = min(period.end, today)
    return {"me": view.me_param, "start": period.start.isoformat(), "end1": period.end_exclusive,
            "asof": asof.isoformat(), "asof1": (asof + dt.timedelta(days=1)).isoformat(),
            "default_max": max(DEFAULT_CADENCE_DAYS.values())}


def trust_funnel(period: Period, view: Viewpoint, today: dt.date | None = None) -> TrustFunnel:
    """Contacts per stage now, added in the period, in touch in the period, and gone quiet."""
    today = today or dt.date.today()
    sums = {stage: [0, 0, 0, 0] for stage in STAGES}
    for stage, *values in database.execute_sql(FUNNEL_SQL, funnel_params(period, view, today)).fetchall():
        target = sums[stage if stage in sums else "Know"]  # an unknown stage counts as Know
        for k, value in enumerate(values):
            target[k] += int(value or 0)
    stages = [StageCount(stage, n, added, touched, n - recent)
              for stage, (n, added, touched, recent) in sums.items()]
    return TrustFunnel(tuple(stages))


# ---- movement between stages ---------------------------------------------------------------
# One statement: the recorded changes in the period grouped by (from, to), for the contacts the funnel
# counts. The changed_at index narrows the period; creations (from_stage NULL) are left out.
MOVES_SQL = f"""
SELECT s.from_stage, s.to_stage, COUNT(*)
FROM stage_change s JOIN contact c ON c.id = s.contact_id
WHERE s.changed_at >= :start AND s.changed_at < :end1 AND s.from_stage IS NOT NULL AND {_KEPT}
GROUP BY s.from_stage, s.to_stage
"""


def _rank(stage: str) -> int:
    return STAGES.index(stage) if stage in STAGES else 0  # an unknown stage counts as Know


@dataclass(frozen=True)
class StageMove:
    from_stage: str
    to_stage: str
    count: int  # changes recorded in the period (a contact moving twice counts twice)

    @property
    def is_up(self) -> bool:
        return _rank(self.to_stage) > _rank(self.from_stage)

    @property
    def is_down(self) -> bool:
        return _rank(self.to_stage) < _rank(self.from_stage)


@dataclass(frozen=True)
class StageMoves:
    moves: tuple[StageMove, ...]  # up moves first, then down, each in stage order

    @property
    def up(self) -> int:
        return sum(m.count for m in self.moves if m.is_up)

    @property
    def down(self) -> int:
        return sum(m.count for m in self.moves if m.is_down)

    def moved_up_into(self, stage: str) -> int:
        """Changes in the period that brought a contact up into ``stage``."""
        return sum(m.count for m in self.moves if m.is_up and _rank(m.to_stage) == _rank(stage))

    @property
    def is_empty(self) -> bool:
        return not self.moves


def moves_params(period: Period, view: Viewpoint) -> dict:
    """Parameters of MOVES_SQL (shared with the benchmark)."""
    return {"me": view.me_param, "start": period.start.isoformat(), "end1": period.end_exclusive}


def stage_moves(period: Period, view: Viewpoint) -> StageMoves:
    """Stage changes recorded in the period, per from -> to pair."""
    moves = [StageMove(a, b, int(n)) for a, b, n in
             database.execute_sql(MOVES_SQL, moves_params(period, view)).fetchall()
             if _rank(a) != _rank(b)]  # e.g. an unknown stage renamed to Know: no move
    moves.sort(key=lambda m: (not m.is_up, _rank(m.from_stage), _rank(m.to_stage), m.from_stage, m.to_stage))
    return StageMoves(tuple(moves))


# ---- follow-through ------------------------------------------------------------------------
# Follow-ups *due* in the period, each judged once, then counted per bucket. Done on or before the due
# day: on time; done after it: late. A done item without a done-at time (older data) counts as on time:
# nothing says it was late. Still open (or snoozed) past its due day: overdue; not yet due: pending.
FOLLOW_SQL = """
WITH due_in_period AS (
    SELECT {bucket} AS b, CASE
        WHEN status = 'done' AND (done_at IS NULL OR date(done_at) <= due) THEN 'on_time'
        WHEN status = 'done' AND date(done_at) > due THEN 'late'
        WHEN status = 'dismissed' THEN 'dismissed'
        WHEN status IN ('open', 'snoozed') AND due < :today THEN 'overdue'
        WHEN status IN ('open', 'snoozed') THEN 'pending' END AS outcome
    FROM follow_up WHERE due BETWEEN :start AND :end
)
SELECT b, SUM(outcome = 'on_time'), SUM(outcome = 'late'), SUM(outcome = 'dismissed'),
       SUM(outcome = 'overdue'), SUM(outcome = 'pending')
FROM due_in_period GROUP BY b
"""


@dataclass(frozen=True)
class FollowMonth:
    bucket: str
    label: str
    on_time: int
    late: int
    dismissed: int
    overdue: int  # still open (or snoozed) past its due day
    pending: int  # open, not yet due

    @property
    def total(self) -> int:
        return self.on_time + self.late + self.dismissed + self.overdue + self.pending


@dataclass(frozen=True)
class FollowThrough:
    months: tuple[FollowMonth, ...]

    def total(self, field: str) -> int:
        """Sum of one FollowMonth field over the period."""
        return sum(getattr(m, field) for m in self.months)

    @property
    def on_time_rate(self) -> float | None:
        """On time out of everything that was due and is settled or overdue (pending left out)."""
        settled = self.total("on_time") + self.total("late") + self.total("dismissed") + self.total("overdue")
        return self.total("on_time") / settled if settled else None

    @property
    def is_empty(self) -> bool:
        return not any(m.total for m in self.months)


def follow_params(period: Period, today: dt.date) -> dict:
    """Parameters of FOLLOW_SQL (shared with the benchmark)."""
    return {"start": period.start.isoformat(), "end": period.end.isoformat(), "today": today.isoformat()}


def follow_through(period: Period, today: dt.date | None = None) -> FollowThrough:
    """Follow-ups due in the period per month: done on time, late, dismissed, overdue, pending."""
    today = today or dt.date.today()
    sql = FOLLOW_SQL.format(bucket=period.bucket_sql("due"))
    rows = {r[0]: r for r in database.execute_sql(sql, follow_params(period, today)).fetchall()}
    months = []
    for key, label in period.buckets():
        r = rows.get(key) or (key, 0, 0, 0, 0, 0)
        months.append(FollowMonth(key, label, *(int(v or 0) for v in r[1:6])))
    return FollowThrough(tuple(months))
