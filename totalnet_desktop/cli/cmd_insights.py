"""``totalnet insights [--period 12m|year|lastyear|5y|all|FROM..TO]``: every Insights figure as text.

The same core functions as the Insights screen (``core.insights.facade.load_dashboard``); one
"label: value" line per figure, grouped under the card titles, so a member can script it. Counts,
amounts and percentages are written as the screen writes them (i18n: the language's digits, the
Preferences digit choice); dates stay ISO (2026-06-02), the one shape a script reads back.
"""

from __future__ import annotations

import datetime as dt
import logging

from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.core.store.labels import stage_text, status_text
from totalnet_desktop.i18n import decimal, number, percent, tr_core, translate, whole_amount

logger = logging.getLogger(__name__)

PERIOD_NAMES = {"12m": "Last 12 months", "year": "This year", "lastyear": "Last year", "5y": "Last 5 years",
                "all": "All time"}


def register(sub) -> None:
    p = sub.add_parser("insights", help=translate("CLI", "print every Insights figure as text"))
    p.add_argument("--period", default="12m", metavar="PERIOD",
                   help=translate(
                       "CLI", "12m (default), year, lastyear, 5y, all, or FROM..TO as "
                       "YYYY-MM-DD..YYYY-MM-DD"))
    p.set_defaults(handler=run_insights)


def parse_period(text: str, today: dt.date | None = None):
    """The Period a --period value stands for; TotalNetError naming the value otherwise."""
    from totalnet_desktop.core.insights.period import Period, preset_period

    if text in PERIOD_NAMES:
        return preset_period(PERIOD_NAMES[text], today)
    start, sep, end = text.partition("..")
    try:
        if not sep:
            raise ValueError
        return Period(dt.date.fromisoformat(start.strip()), dt.date.fromisoformat(end.strip()), text)
    except ValueError:
        raise TotalNetError(translate(
            "CLI", "--period \"{text}\" is not a period; use 12m, year, lastyear, 5y, all or "
            "FROM..TO like 2026-01-01..2026-06-30 (the end not before the start).").format(text=text)) from None


def _money(value, currency: str) -> str:
    """An amount as the Insights screen writes it (i18n.whole_amount: '300 AED', an isolated '٣٠٠ AED' in Arabic)."""
    return whole_amount(value, currency)


def _percent(value) -> str:
    """A share as the Insights screen writes it (i18n.percent: '42%', '٤٢٪'); '-' when there is none."""
    return "-" if value is None else percent(value)


def dashboard_lines(board) -> list[str]:
    """The dashboard as text lines (headings without indent, figures indented two spaces)."""
    p, view = board.period, board.view
    out = [translate("CLI", "Period: {label}, {start} to {end}").format(label=tr_core(p.label) or translate("CLI", "custom"),
                     start=p.start.isoformat(), end=p.end.isoformat()),
           translate("CLI", "Me: {me}; chapter: {chapter}").format(me=view.me_name or translate("CLI", "(not set)"),
                     chapter=view.chapter_name or translate("CLI", "(none)"))]
    roi = board.roi
    cur = roi.currency
    ratio = "-" if roi.ratio is None else translate("CLI", "{ratio}x").format(ratio=decimal(roi.ratio, 1))
    figures = [
        translate("CLI", "Closed from chapter referrals: {money}").format(money=_money(roi.total, cur)),
        translate("CLI", "Fee for this period: {money}").format(money=_money(roi.fee_for_period, cur)),
        translate("CLI", "Return: {ratio}").format(ratio=ratio),
        translate("CLI", "Paid back on: {day}").format(day=roi.payback_date.isoformat() if roi.payback_date else "-"),
        translate("CLI", "Still to pay back: {money}").format(money=_money(roi.remaining, cur)),
        translate("CLI", "Business you passed (closed by others): {money}").format(money=_money(roi.passed_total, cur))]
    if roi.other_currency_count:
        figures.append(translate("CLI", "Thank-yous in another currency (not summed): {count}").format(count=roi.other_currency_count))
    out += ["", translate("CLI", "Return on membership"), *(_IN + f for f in figures)]
    flow = board.referrals
    out += ["", translate("CLI", "Referrals"),
            _IN + translate("CLI", "Given inside / outside: {inside} / {outside}").format(inside=flow.total("given_inside"),
                            outside=flow.total("given_outside")),
            _IN + translate("CLI", "Received inside / outside: {inside} / {outside}").format(inside=flow.total("received_inside"), outside=flow.total("received_outside"))]
    out += [_IN + translate("CLI", "Received from {source}: {count}").format(source=tr_core(label).lower(), count=n)
            for label, n in board.sources.counts]
    att = board.attendance
    first, last = att.span
    out += ["", translate("CLI", "Attendance"),
            _IN + translate("CLI", "Meetings: {count}, {first} to {last}").format(count=len(att.meetings),
                            first=first.isoformat(), last=last.isoformat())]
    out += [_IN + f"{tr_core(status_text(status))}: {number(att.count(status))}"
            for status in ("Present", "Late", "Absent", "Medical", "Substitute")]
    out += [_IN + translate("CLI", "Absences in the last six months: {count} of {limit}").format(count=att.current_absences, limit=att.limit),
            _IN + translate("CLI", "Chapter turnout: {percent}").format(percent=_percent(att.chapter_rate))]
    whole = board.channels.whole
    out += ["", translate("CLI", "Total networking (people in touch)"),
            _IN + translate("CLI", "Both online and in person: {count}").format(count=whole.both),
            _IN + translate("CLI", "Only in person: {count}").format(count=whole.in_person_only),
            _IN + translate("CLI", "Only online: {count}").format(count=whole.online_only),
            _IN + translate("CLI", "Share reached both ways: {percent}").format(percent=_percent(board.channels.both_share))]
    out += ["", translate("CLI", "Know, like, trust")]
    out += [_IN + translate("CLI", "{stage}: {contacts} (added {added}, in touch {in_touch}, quiet {quiet})").format(stage=stage_text(s.stage), contacts=s.contacts, added=s.added, in_touch=s.in_touch,
                            quiet=s.quiet) for s in board.funnel.stages]
    out += [_IN + translate("CLI", "Moved up / down: {up} / {down}").format(up=board.moves.up, down=board.moves.down)]
    ft = board.follow_through
    out += ["", translate("CLI", "Follow-through"),
            _IN + translate("CLI", "Done on time: {count}").format(count=ft.total("on_time")),
            _IN + translate("CLI", "Done late: {count}").format(count=ft.total("late")),
            _IN + translate("CLI", "Dismissed: {count}").format(count=ft.total("dismissed")),
            _IN + translate("CLI", "Overdue: {count}").format(count=ft.total("overdue")),
            _IN + translate("CLI", "Pending: {count}").format(count=ft.total("pending")),
            _IN + translate("CLI", "On time: {percent}").format(percent=_percent(ft.on_time_rate))]
    out += ["", translate("CLI", "Top relationships")]
    out += [_IN + translate("CLI", "{name}: referrals {to_me} to me, {from_me} from me; business they sent {sent}, "
                                   "I sent {i_sent}").format(name=r.name, to_me=r.referrals_given_me,
                            from_me=r.referrals_from_me, sent=_money(r.business_they_sent, board.top.currency),
                            i_sent=_money(r.business_i_sent, board.top.currency))
            for r in board.top.people] or [_IN + translate("CLI", "(none)")]
    return out


_IN = "  "  # figures under their heading


def run_insights(args) -> int:
    """Print the Insights figures of the chosen period."""
    from totalnet_desktop.core.insights.facade import load_dashboard

    board = load_dashboard(parse_period(args.period))
    print("\n".join(dashboard_lines(board)))
    return 0
