"""What the Insights screen shows, without a widget: the period chosen, the dashboard loaded for it, and
for each card either its figure (which charts, which numbers) or the sentence that says why it is empty.

The screen (``view.py``) owns the widgets and draws what this presenter decides; tests drive the
presenter alone with a database and no window.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from totalnet_desktop.core.insights import facade as insights
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, embedded, translate
from totalnet_desktop.views.insights import numbers

logger = logging.getLogger(__name__)

CUSTOM = "Custom dates"  # the key of the period choice; shown through PERIOD_NAMES
DEFAULT_PERIOD = "Last 12 months"
# The period choices by key (core's preset names, and CUSTOM), as the screen says them.
PERIOD_NAMES = {
    "Last 12 months": QT_TRANSLATE_NOOP("InsightsView", "Last 12 months"),
    "This year": QT_TRANSLATE_NOOP("InsightsView", "This year"),
    "Last year": QT_TRANSLATE_NOOP("InsightsView", "Last year"),
    "Last 5 years": QT_TRANSLATE_NOOP("InsightsView", "Last 5 years"),
    "All time": QT_TRANSLATE_NOOP("InsightsView", "All time"),
    CUSTOM: QT_TRANSLATE_NOOP("InsightsView", "Custom dates"),
}
WHO_AM_I = QT_TRANSLATE_NOOP("InsightsView", "Tell TotalNet which contact is you to see this: open your own contact "
                                             "in Contacts and press <b>This is me</b>.")
NO_CHAPTER = QT_TRANSLATE_NOOP("InsightsView", "Set up your chapter on Meeting day (with its annual fee) to see this.")


def period_name(key: str) -> str:
    """A period choice in the language in use."""
    return translate("InsightsView", PERIOD_NAMES[key]) if key in PERIOD_NAMES else key


@dataclass(frozen=True)
class CardSpec:
    """A card of the dashboard: its key, heading, the line under it, how many charts, numbers' width."""

    key: str
    title: str
    subtitle: str
    charts: int
    numbers_width: int


# Titles and lines are marked here and translated where the screen shows them (translate("InsightsView")).
CARDS = (
    CardSpec("roi", QT_TRANSLATE_NOOP("InsightsView", "Return on membership"),
             QT_TRANSLATE_NOOP("InsightsView", "Business you closed from chapter referrals, against the annual fee"),
             1, 330),
    CardSpec("referrals", QT_TRANSLATE_NOOP("InsightsView", "Referrals"),
             QT_TRANSLATE_NOOP("InsightsView", "Given and received month by month; where received referrals came "
                                               "from"), 2, 300),
    CardSpec("attendance", QT_TRANSLATE_NOOP("InsightsView", "Attendance"),
             QT_TRANSLATE_NOOP("InsightsView", "Your last 26 weeks, with the three-absences-in-six-months line"),
             1, 300),
    CardSpec("channels", QT_TRANSLATE_NOOP("InsightsView", "Channel balance"),
             QT_TRANSLATE_NOOP("InsightsView", "People reached only online, only in person, or both, growing "
                                               "through the period"), 1, 330),
    CardSpec("funnel", QT_TRANSLATE_NOOP("InsightsView", "Trust funnel"),
             QT_TRANSLATE_NOOP("InsightsView", "Contacts per stage: Know, Like, Trust, Partner, and who moved "
                                               "between them"), 1, 430),
    CardSpec("follow", QT_TRANSLATE_NOOP("InsightsView", "Follow-through"),
             QT_TRANSLATE_NOOP("InsightsView", "Follow-ups due in the period: done on time, late, dismissed"), 1, 300),
    CardSpec("top", QT_TRANSLATE_NOOP("InsightsView", "Top relationships"),
             QT_TRANSLATE_NOOP("InsightsView", "Who gave you and received from you the most"), 1, 560),
    CardSpec("conversations", QT_TRANSLATE_NOOP("InsightsView", "Conversations"),
             QT_TRANSLATE_NOOP("InsightsView", "Touches per month on each channel, and people you talked to often "
                                               "who have gone quiet"), 1, 360),
)


@dataclass(frozen=True)
class CardShow:
    """What one card shows: ``empty`` (a sentence) or its ``charts`` (names of chart builders in
    ``views/insights/charts.py``, drawn by the screen) with the ``numbers`` beside them."""

    key: str
    empty: str = ""
    charts: tuple[str, ...] = ()
    numbers: str = ""
    height: int | None = None  # the chart's height when its content asks for more than the default


class InsightsPresenter:
    """The Insights screen's state: the period (a preset or custom dates), the dashboard last loaded,
    whether a data change made it stale, and the error of the last load."""

    def __init__(self, saved_period: str = DEFAULT_PERIOD):
        self.period_name = saved_period if saved_period in insights.PRESETS else DEFAULT_PERIOD
        default = insights.preset_period(DEFAULT_PERIOD)  # no query: cheap at start-up
        self.custom_start, self.custom_end = default.start, default.end
        self.dashboard: insights.Dashboard | None = None
        self.dirty = True
        self.error = ""

    # ---- the period ----------------------------------------------------------------------
    @property
    def is_custom(self) -> bool:
        return self.period_name == CUSTOM

    def choose(self, name: str, seed: bool = True) -> None:
        """Choose a preset or CUSTOM; custom dates start from the period last shown (``seed``)."""
        self.period_name = name
        if self.is_custom and seed and self.dashboard is not None:
            self.custom_start, self.custom_end = self.dashboard.period.start, self.dashboard.period.end
        self.dirty = True

    def set_dates(self, start: dt.date, end: dt.date) -> bool:
        """Set the custom dates; True when they are what is chosen (a refresh is due)."""
        self.custom_start, self.custom_end = start, end
        if self.is_custom:
            self.dirty = True
        return self.is_custom

    def period(self) -> insights.Period:
        """The period chosen."""
        if self.is_custom:
            start, end = self.custom_start, self.custom_end
            if end < start:
                start, end = end, start
            return insights.Period(start, end, translate("InsightNumbers", "{start} – {end}").format(
                start=numbers.day(start), end=numbers.day(end)))
        return insights.preset_period(self.period_name)

    # ---- loading -------------------------------------------------------------------------
    def load(self) -> insights.Dashboard | None:
        """Load every figure for the chosen period; None with ``error`` set when the database fails
        (shown, not raised: a data change or another period tries again)."""
        try:
            board = insights.load_dashboard(self.period())
        except TotalNetError as exc:
            self.error = str(exc)
            self.dirty = False
            return None
        self.error = ""
        self.dashboard = board
        self.dirty = False
        return board

    def subtitle(self) -> str:
        """'Layla Haddad · Dubai Central · Last 12 months' for the dashboard shown."""
        if self.dashboard is None:
            return ""
        view = self.dashboard.view
        period = self.dashboard.period
        dates = translate("InsightsView", "{start} - {end}").format(start=numbers.day(period.start),
                                                                    end=numbers.day(period.end))
        return " · ".join(p for p in (embedded(view.me_name) if view.me_name else "",
                                      embedded(view.chapter_name) if view.chapter_name else "", dates) if p)

    # ---- what each card shows ------------------------------------------------------------
    def cards(self) -> list[CardShow]:
        """Each card's figure or empty state, in the order of CARDS."""
        board = self.dashboard
        if board is None:
            return []
        view = board.view
        no_me = translate("InsightsView", WHO_AM_I) if view.me_id is None else ""
        no_chapter = translate("InsightsView", NO_CHAPTER)
        chapter = embedded(view.chapter_name)
        shows: list[CardShow] = []

        roi = board.roi
        if no_me or not roi.has_chapter:
            shows.append(CardShow("roi", empty=no_me or no_chapter))
        elif roi.is_empty:
            shows.append(CardShow("roi", empty=translate(
                "InsightsView", "No thank-you for closed business from {chapter} in this period yet.<br>When a "
                "chapter referral turns into business, record your TYFCB on Meeting day: it counts against the "
                "{fee} fee here.").format(chapter=chapter, fee=numbers.amount(roi.annual_fee, roi.currency))))
        else:
            shows.append(CardShow("roi", charts=("roi",), numbers=numbers.roi_numbers(roi, view.chapter_name)))

        if no_me:
            shows.append(CardShow("referrals", empty=no_me))
        elif board.referrals.is_empty:
            shows.append(CardShow("referrals", empty=translate(
                "InsightsView", "No referrals given or received in this period.<br>Referral slips recorded on "
                "Meeting day appear here, month by month.")))
        else:
            shows.append(CardShow("referrals", charts=("referrals", "sources"),
                                  numbers=numbers.referral_numbers(board.referrals, board.sources)))

        att = board.attendance
        if not att.has_chapter:
            shows.append(CardShow("attendance", empty=no_chapter))
        elif no_me:
            shows.append(CardShow("attendance", empty=no_me))
        elif att.is_empty:
            shows.append(CardShow("attendance", empty=translate(
                "InsightsView", "No meetings of {chapter} between {start} and {end}.<br>Meetings you run on Meeting "
                "day appear here with your PALMS.").format(chapter=chapter, start=numbers.day(att.start),
                                                             end=numbers.day(att.end))))
        else:
            shows.append(CardShow("attendance", charts=("attendance",), numbers=numbers.attendance_numbers(att)))

        if board.channels.is_empty:
            shows.append(CardShow("channels", empty=translate(
                "InsightsView", "Nobody reached in person or online in this period yet.<br>Log a meeting, one-to-one "
                "or LinkedIn message on a contact to see your balance.")))
        else:
            shows.append(CardShow("channels", charts=("channels",),
                                  numbers=numbers.channel_numbers(board.channels)))

        if board.funnel.is_empty:
            shows.append(CardShow("funnel", empty=translate(
                "InsightsView", "No contacts yet.<br>Import your LinkedIn connections or add the people you meet "
                "(Ctrl+N).")))
        else:
            shows.append(CardShow("funnel", charts=("funnel",),
                                  numbers=numbers.funnel_numbers(board.funnel, board.moves)))

        if board.follow_through.is_empty:
            shows.append(CardShow("follow", empty=translate(
                "InsightsView", "No follow-ups were due in this period.<br>Add one with Ctrl+Shift+F on any "
                "contact.")))
        else:
            shows.append(CardShow("follow", charts=("follow",),
                                  numbers=numbers.follow_numbers(board.follow_through)))

        if no_me:
            shows.append(CardShow("top", empty=no_me))
        elif board.top.is_empty:
            shows.append(CardShow("top", empty=translate(
                "InsightsView", "No referrals or thank-yous exchanged in this period yet.")))
        else:
            # Room for every name on the left axis (QtCharts shortens labels that don't fit to "...").
            shows.append(CardShow("top", charts=("top",), numbers=numbers.top_numbers(board.top),
                                  height=max(300, 110 + 34 * len(board.top.people))))

        conv = board.conversations
        if conv is None or conv.is_empty:
            shows.append(CardShow("conversations", empty=translate(
                "InsightsView", "No conversations in this period yet.<br>Import your WhatsApp chats, LinkedIn "
                "archive, calendar or mail with File > Import history... to see every touch here.")))
        else:
            shows.append(CardShow("conversations", charts=("conversations",),
                                  numbers=numbers.conversation_numbers(conv)))
        return shows


def default_path(folder: str, name: str, suffix: str, today: dt.date | None = None) -> str:
    """Where a saved card or printed screen goes first: 'FOLDER/totalnet-roi-2026-12-07.png'."""
    today = today or dt.date.today()
    return str(Path(folder) / f"totalnet-{name}-{today.isoformat()}.{suffix}")
