"""What the Follow-ups screen shows and does, without a widget: when the rules run, the queue and its
summary line, and the actions on an item (done, snooze, reschedule, dismiss, undo, exports, needs),
each returning the sentence the screen shows.

The screen (``view.py``) owns the table, keys, dialogs and timers; tests drive this presenter alone.
User texts are translated in the screen's context ("FollowUpsView"), as before the split.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from pathlib import Path

from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.followups import reasons
from totalnet_desktop.core.followups import rules as followup_rules
from totalnet_desktop.i18n import number, path_text, tr_core, translate, weekday_text

logger = logging.getLogger(__name__)

RULES_MIN_INTERVAL_S = 60  # showing the screen re-runs the rules at most this often without changes


class FollowUpsPresenter:
    """The Follow-ups screen's state: "today" (tests fix it), whether the rules or the list are stale.

    ``changed(topic)`` tells the rest of the app that data changed (the screen passes its bus)."""

    def __init__(self, changed: Callable[[str], None]):
        self.changed = changed
        self.today_override: dt.date | None = None  # tests and benchmarks fix "today"
        self.rules_ran_at = 0.0
        self.rules_stale = True
        self.dirty = True
        self.loaded_for: dt.date | None = None

    def today(self) -> dt.date:
        return self.today_override or dt.date.today()

    # ---- the rules and the list --------------------------------------------------------------
    def rules_due(self) -> bool:
        """True when showing the screen should run the rules (data changed, or a minute passed)."""
        return self.rules_stale or time.monotonic() - self.rules_ran_at > RULES_MIN_INTERVAL_S

    def run_rules(self) -> bool:
        """Let the rules create and close items; True (and the app told) when anything changed."""
        try:
            result = followup_rules.run_rules(self.today())
        except Exception:  # a background pass must never take the window down; the log keeps it
            logger.exception("follow-up rules failed")
            return False
        self.rules_ran_at, self.rules_stale = time.monotonic(), False
        if result.total_created or result.closed:
            self.changed("followups")
            return True
        return False

    def needs_reload(self) -> bool:
        return self.dirty or self.loaded_for != self.today()

    def load(self) -> list[followups.FollowUpItem]:
        """Every open item, in the order the queue shows them."""
        items = followups.list_items("all", self.today())
        self.dirty, self.loaded_for = False, self.today()
        return items

    def summary(self, items: list[followups.FollowUpItem]) -> str:
        """'<b>2</b> overdue</span> · <b>1</b> today · ...': the screen opens the span in its error colour."""
        counts = followups.counts_of(items, self.today())
        return translate("FollowUpsView", "<b>{overdue}</b> overdue</span> · <b>{today}</b> today · <b>{week}</b> "
                         "this week · <b>{later}</b> later").format(
            overdue=number(counts.overdue), today=number(counts.today), week=number(counts.week),
            later=number(counts.later))

    def badge(self) -> str:
        """The navigation's count: overdue items ('' when none)."""
        count = followups.overdue_count(self.today())
        return str(count) if count else ""

    def data_changed(self, topic: str) -> bool:
        """Another part of the app changed data; True when the rules should run (soon, debounced)."""
        self.dirty = True
        if topic != "followups":
            self.rules_stale = True
            return True
        return False

    # ---- actions (each raises TotalNetError in the app's words, or returns the message) ------
    def undo(self) -> tuple[str, int | None] | None:
        """Undo the last change to the queue: (message, the item to select), None when none."""
        undone = followups.undo_last_items()
        if undone is None:
            return None
        label, ids = undone
        return translate("FollowUpsView", "Undone: {what}.").format(what=label), (ids[0] if ids else None)

    def done(self, item: followups.FollowUpItem, channel: str, note: str) -> str:
        followups.mark_done(item.id, channel, note, self.today_override)
        self.rules_stale = True  # the touch may close other items
        return translate("FollowUpsView", "Done: {name}, logged as a touch.").format(name=item.contact_name)

    def snooze(self, item: followups.FollowUpItem, until: dt.date) -> str:
        followups.snooze(item.id, until)
        return translate("FollowUpsView", "Snoozed until {day}.").format(day=weekday_text(until))

    def reschedule(self, item: followups.FollowUpItem, due: dt.date) -> str:
        followups.reschedule(item.id, due)
        return translate("FollowUpsView", "Rescheduled to {day}.").format(day=weekday_text(due))

    def dismiss(self, item: followups.FollowUpItem) -> str:
        followups.dismiss(item.id)
        return translate("FollowUpsView", "Dismissed: {what}").format(what=tr_core(item.reason, reasons.CONTEXT))

    # ---- exports and settings ----------------------------------------------------------------
    def export_path(self, kind: str) -> str:
        """Where an export is offered first: '~/totalnet-followups-2026-03-11.ics'."""
        return str(Path.home() / f"totalnet-followups-{self.today():%Y-%m-%d}.{kind}")

    def export(self, path: str | Path, kind: str) -> int:
        """Write the open items to ``path`` as 'ics' or 'csv'; how many were written."""
        from totalnet_desktop.core.followups import (
            calendar as followups_ics,  # imports icalendar: only when exporting
        )

        if kind == "ics":
            return followups_ics.export_ics(path, "all", self.today())
        return followups_ics.export_csv(path, "all", self.today())

    @staticmethod
    def exported_text(count: int, path: str | Path) -> str:
        return translate("FollowUpsView", "Exported %Ln follow-up(s) to {file}.", None, count).format(
            file=path_text(Path(path).name))

    @staticmethod
    def needs_text() -> str:
        """The chapter's referral needs, one a line."""
        return "\n".join(followup_rules.referral_needs())

    @staticmethod
    def save_needs(text: str) -> str:
        saved = len(followup_rules.set_referral_needs(text))
        return translate("FollowUpsView", "%Ln referral need(s) saved.", None, saved)
