"""``totalnet followups``: the queue as a table (the rules run first, as in the app)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from totalnet_desktop.i18n import tr_core, translate

if TYPE_CHECKING:
    from totalnet_desktop.core.followups.queue import FollowUpItem

# queue.DUE_FILTERS (a test checks they agree): the queue module is loaded when the command runs
DUE_FILTERS = ("overdue", "today", "week", "all")

logger = logging.getLogger(__name__)

WIDTHS = {"Contact": 28, "Reason": 64, "Channel": 20, "From": 30}
DUE_HELP = ("overdue: before today; today: overdue and today; week: up to six days ahead; all: everything "
            "pending")


def register(sub) -> None:
    p = sub.add_parser("followups", help=translate("CLI", "print the follow-up queue as a table"))
    p.add_argument("--due", default="all", choices=list(DUE_FILTERS), help=DUE_HELP)
    p.add_argument("--today", metavar="YYYY-MM-DD", type=_date, help=translate(
        "CLI", "show the queue as on this day"))
    p.add_argument("--no-rules", action="store_true", help=translate(
        "CLI", "do not create new items before printing"))
    p.set_defaults(handler=run)


def _date(text: str) -> dt.date:
    import argparse

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "CLI", "'{text}' is not a date like 2026-03-11").format(text=text)) from None


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(items: list[FollowUpItem], today: dt.date) -> str:
    """The items as an aligned text table with a When column (Overdue, Today, This week, Later)."""
    from totalnet_desktop.core.followups import queue as followups
    from totalnet_desktop.core.followups import reasons

    headers = [translate("CLI", "When"), translate("CLI", "Due"), translate("CLI", "Contact"),
               translate("CLI", "Reason"), translate("CLI", "Channel"), translate("CLI", "From")]
    snoozed = " " + translate("CLI", "(snoozed)")
    rows = [[tr_core(followups.group_of(i.due, today)), i.due.isoformat(), _cut(i.contact_name, WIDTHS["Contact"]),
             _cut(tr_core(i.reason, reasons.CONTEXT), WIDTHS["Reason"]), _cut(tr_core(i.channel_label), WIDTHS["Channel"]),
             _cut(tr_core(i.origin_label) + (snoozed if i.status == "snoozed" else ""), WIDTHS["From"])]
            for i in items]
    widths = [max(len(h), *(len(r[k]) for r in rows)) for k, h in enumerate(headers)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in [headers, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def run(args) -> int:
    from totalnet_desktop.core.followups import queue as followups
    from totalnet_desktop.core.followups import rules as followup_rules

    today = args.today or dt.date.today()
    if not args.no_rules:
        followup_rules.run_rules(today)
    items = followups.list_items(args.due, today)
    if not items:
        print({"overdue": translate("CLI", "Nothing overdue."), "today": translate("CLI", "Nothing due today."),
               "week": translate("CLI", "Nothing due this week.")}.get(args.due,
                                                                       translate("CLI", "The follow-up queue is empty.")))
        return 0
    print(format_table(items, today))
    counts = followups.counts(today)
    print("\n" + translate("CLI", "{shown} shown · {overdue} overdue, {today} today, {week} this week, {later} later").format(shown=len(items), overdue=counts.overdue, today=counts.today, week=counts.week, later=counts.later))
    return 0
