"""Insights: is my networking paying off? The dashboard's figures, each one SQL aggregate.

This module holds ``load_dashboard()``, which computes every figure for the screen. What every figure
shares lives below it: the chosen ``Period`` (``period``) and the ``Viewpoint`` (``viewpoint``: who
"me" is, which chapter is mine, its fee and currency). The figures themselves live in ``money``
(return on membership, top relationships), ``referrals``, ``attendance``, ``channels`` and ``trust``
(trust funnel, stage moves, follow-through). The figure modules never import this facade.

Rule for every figure: one SQL statement does the counting and summing; Python only reshapes the
handful of aggregated rows (one per month, stage or person) into frozen records.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import peewee

from totalnet_desktop.core.insights import attendance as insights_attendance
from totalnet_desktop.core.insights import channels as insights_channels
from totalnet_desktop.core.insights import conversations as insights_conversations
from totalnet_desktop.core.insights import money as insights_money
from totalnet_desktop.core.insights import referrals as insights_referrals
from totalnet_desktop.core.insights import trust as insights_trust
from totalnet_desktop.core.insights.period import (  # noqa: F401 - the screen's names for them
    MONTHLY_UP_TO,
    PRESETS,
    Period,
    first_activity_date,
    money,
    preset_period,
)
from totalnet_desktop.core.insights.viewpoint import Viewpoint, viewpoint
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.core.store.models import database

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Dashboard:
    """Every figure of the Insights screen for one period."""

    period: Period
    view: Viewpoint
    roi: insights_money.ReturnOnMembership
    referrals: insights_referrals.ReferralFlow
    sources: insights_referrals.ReferralSources
    attendance: insights_attendance.AttendanceRecord
    channels: insights_channels.ChannelBalance
    funnel: insights_trust.TrustFunnel
    moves: insights_trust.StageMoves
    follow_through: insights_trust.FollowThrough
    top: insights_money.TopRelationships
    conversations: insights_conversations.Conversations | None = None


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
        conversations=insights_conversations.conversations(period, view, today),
    )
