"""``totalnet traffic-lights [--scheme NAME] [--from DATE --to DATE] [--csv FILE]``: member scores."""

from __future__ import annotations

import datetime as dt
import logging

from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP, joined
from totalnet_desktop.i18n import date_text, number, person_name, tr_core, translate

COUNT = QT_TRANSLATE_NOOP("CLI", "{count} {colour}")  # '3 green'

logger = logging.getLogger(__name__)


def register(sub) -> None:
    p = sub.add_parser("traffic-lights", help=translate(
        "CLI", "each member's traffic-light score, total and colour"))
    p.add_argument("--scheme", metavar="NAME", help=translate(
        "CLI", "UK 2012 (default), Power of One, or the chapter's own"))
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help=translate(
        "CLI", "first day (default: the last six completed calendar months)"))
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help=translate(
        "CLI", "last day (default: today with --from)"))
    p.add_argument("--csv", metavar="FILE", help=translate("CLI", "write a CSV file instead of printing"))
    p.set_defaults(handler=run_traffic_lights)


def _date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise TotalNetError(translate(
            "CLI", "The {what} date \"{text}\" is not a date; write it like 2026-06-01.").format(what=what, text=text)) from None


def period(start: str | None, end: str | None, today: dt.date) -> tuple[dt.date, dt.date]:
    """--from/--to, or the last six completed calendar months."""
    from totalnet_desktop.core.chapter import traffic_lights

    if not start and not end:
        return traffic_lights.last_completed_months(today)
    if not start:
        raise TotalNetError(translate("CLI", "--to needs --from (the period's first day)."))
    first, last = _date(start, "--from"), _date(end, "--to") if end else today
    if last < first:
        raise TotalNetError(translate(
            "CLI", "The period ends ({last}) before it starts ({first}).").format(last=last.isoformat(), first=first.isoformat()))
    return first, last


def _cell(value) -> str:
    return str(value)


def run_traffic_lights(args) -> int:
    """Print the scores as an aligned table, or write them to --csv."""
    from totalnet_desktop.core.chapter import chapters, traffic_lights, traffic_report, traffic_whatif

    chapter_id = chapters.my_chapter_id()
    if chapter_id is None:
        raise TotalNetError(translate(
            "CLI", "There is no chapter yet (or several and none is yours): set one up in the app "
            "first."))
    today = dt.date.today()
    start, end = period(args.start, args.end, today)
    scheme = traffic_lights.find_scheme(args.scheme, chapter_id)
    report = traffic_report.chapter_scores(chapter_id, scheme, start, end, today=today)
    headers, rows = traffic_report.table(report)
    if args.csv:
        from totalnet_desktop.core.exchange.csv_write import write_table

        count = write_table(args.csv, headers, rows)
        print(translate("CLI", "wrote {csv}: {count} members, {name}, {start} to {end}").format(csv=args.csv, count=count,
                        name=scheme.name, start=start.isoformat(), end=end.isoformat()))
        return 0
    # On the screen the columns speak the member's language (the CSV keeps TotalNet's column names).
    shown = [translate("CLI", "First name"), translate("CLI", "Last name")]
    for area in report.scheme.areas:
        shown += [tr_core(area.label), translate("CLI", "{area} points").format(area=area.label)]
    shown += [translate("CLI", "Total"), translate("CLI", "Colour")]
    cells = [shown] + [[person_name(row[0]), *(_cell(v) for v in row[1:-1])] + [tr_core(traffic_whatif.COLOURS.get(row[-1], row[-1]))]
                       for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    print(translate(
        "CLI", "{chapter_name}: {name}, {start} to {end}, {held} meetings").format(
        chapter_name=report.chapter_name, name=scheme.name, start=date_text(start), end=date_text(end),
        held=number(report.held)))
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) if i < 2 or i == len(row) - 1 else c.rjust(w)
                        for i, (c, w) in enumerate(zip(row, widths))).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    counts = report.colour_counts()
    print(tr_core(joined([COUNT.format(count=n, colour=traffic_whatif.COLOURS.get(c, c)) for c, n in counts.items()])))
    return 0
