"""``totalnet insights [--period 12m|year|lastyear|5y|all|FROM..TO]``: every Insights figure as text.

The same core functions as the Insights screen (``core.insights.facade.load_dashboard``); one
"label: value" line per figure, grouped under the card titles, so a member can script it.
"""

from __future__ import annotations

import datetime as dt
import logging

from totalnet_desktop.core.store.errors import TotalNetError

logger = logging.getLogger(__name__)

PERIOD_NAMES = {"12m": "Last 12 months", "year": "This year", "lastyear": "Last year", "5y": "Last 5 years",
                "all": "All time"}


def register(sub) -> None:
    p = sub.add_parser("insights", help="print every Insights figure as text")
    p.add_argument("--period", default="12m", metavar="PERIOD",
                   help="12m (default), year, lastyear, 5y, all, or FROM..TO as YYYY-MM-DD..YYYY-MM-DD")
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
        raise TotalNetError(f"--period \"{text}\" is not a period; use 12m, year, lastyear, 5y, all or "
                            "FROM..TO like 2026-01-01..2026-06-30 (the end not before the start).") from None


def _money(value, currency: str) -> str:
    return f"{value:,.2f} {currency}"


def _percent(value) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def dashboard_lines(board) -> list[str]:
    """The dashboard as text lines (headings without indent, figures indented two spaces)."""
    p, view = board.period, board.view
    out = [f"Period: {p.label or 'custom'}, {p.start.isoformat()} to {p.end.isoformat()}",
           f"Me: {view.me_name or '(not set)'}; chapter: {view.chapter_name or '(none)'}"]
    roi = board.roi
    cur = roi.currency
    out += ["", "Return on membership",
            f"  Closed from chapter referrals: {_money(roi.total, cur)}",
            f"  Fee for this period: {_money(roi.fee_for_period, cur)}",
            f"  Return: {'-' if roi.ratio is None else f'{roi.ratio:.1f}x'}",
            f"  Paid back on: {roi.payback_date.isoformat() if roi.payback_date else '-'}",
            f"  Still to pay back: {_money(roi.remaining, cur)}",
            f"  Business you passed (closed by others): {_money(roi.passed_total, cur)}"]
    if roi.other_currency_count:
        out.append(f"  Thank-yous in another currency (not summed): {roi.other_currency_count}")
    flow = board.referrals
    out += ["", "Referrals",
            f"  Given inside / outside: {flow.total('given_inside')} / {flow.total('given_outside')}",
            f"  Received inside / outside: {flow.total('received_inside')} / {flow.total('received_outside')}"]
    out += [f"  Received from {label.lower()}: {n}" for label, n in board.sources.counts]
    att = board.attendance
    first, last = att.span
    out += ["", "Attendance",
            f"  Meetings: {len(att.meetings)}, {first.isoformat()} to {last.isoformat()}"]
    out += [f"  {status}: {att.count(status)}" for status in ("Present", "Late", "Absent", "Medical", "Substitute")]
    out += [f"  Absences in the last six months: {att.current_absences} of {att.limit}",
            f"  Chapter turnout: {_percent(att.chapter_rate)}"]
    whole = board.channels.whole
    out += ["", "Total networking (people in touch)",
            f"  Both online and in person: {whole.both}", f"  Only in person: {whole.in_person_only}",
            f"  Only online: {whole.online_only}", f"  Share reached both ways: {_percent(board.channels.both_share)}"]
    out += ["", "Know, like, trust"]
    out += [f"  {s.stage}: {s.contacts} (added {s.added}, in touch {s.in_touch}, quiet {s.quiet})"
            for s in board.funnel.stages]
    out += [f"  Moved up / down: {board.moves.up} / {board.moves.down}"]
    ft = board.follow_through
    out += ["", "Follow-through",
            f"  Done on time: {ft.total('on_time')}", f"  Done late: {ft.total('late')}",
            f"  Dismissed: {ft.total('dismissed')}", f"  Overdue: {ft.total('overdue')}",
            f"  Pending: {ft.total('pending')}", f"  On time: {_percent(ft.on_time_rate)}"]
    out += ["", "Top relationships"]
    out += [f"  {r.name}: referrals {r.referrals_given_me} to me, {r.referrals_from_me} from me; "
            f"business they sent {_money(r.business_they_sent, board.top.currency)}, "
            f"I sent {_money(r.business_i_sent, board.top.currency)}" for r in board.top.people] or ["  (none)"]
    return out


def run_insights(args) -> int:
    """Print the Insights figures of the chosen period."""
    from totalnet_desktop.core.insights.facade import load_dashboard

    board = load_dashboard(parse_period(args.period))
    print("\n".join(dashboard_lines(board)))
    return 0
