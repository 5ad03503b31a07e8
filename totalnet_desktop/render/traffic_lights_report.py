"""The traffic-light report as HTML in a QTextDocument, and its PDF (the Chapter screen's Print)."""

from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path

from totalnet_desktop.core.chapter.traffic_report import Report, cutoff_places, measure_places, points_places
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, decimal, is_right_to_left, number, translate
from totalnet_desktop.theme.palette import REPORT, TRAFFIC_LIGHTS, TRAFFIC_TEXT

logger = logging.getLogger(__name__)

# Printed colours (kept here, not in views: render never imports views).
PRINT_COLOURS = dict(TRAFFIC_LIGHTS)


COLOUR_NAMES = {"green": QT_TRANSLATE_NOOP("TrafficLightsReport", "green"),
                "amber": QT_TRANSLATE_NOOP("TrafficLightsReport", "amber"),
                "red": QT_TRANSLATE_NOOP("TrafficLightsReport", "red"),
                "grey": QT_TRANSLATE_NOOP("TrafficLightsReport", "grey")}


def _colour(name: str) -> str:
    return translate("TrafficLightsReport", COLOUR_NAMES[name]) if name in COLOUR_NAMES else name


def points_shown(points) -> str:
    """Points in the member's digits, with the decimals core gives them (15, 9.9)."""
    return decimal(points, points_places(points))


def measure_shown(measure: str, value) -> str:
    """A measure in the member's digits, with the decimals core gives it (counts, rates, money)."""
    return decimal(value, measure_places(measure, value))


def report_html(report: Report, order: list[int] | None = None) -> str:
    """The report as simple HTML; ``order`` is the row order the screen shows (indexes into members).
    In a right-to-left language the paragraphs run right to left and the columns are mirrored."""
    rtl = is_right_to_left()
    direction, start, end = ("rtl", "right", "left") if rtl else ("ltr", "left", "right")

    def row(cells: list[str]) -> str:
        return "".join(reversed(cells) if rtl else cells)

    members = [report.members[i] for i in order] if order is not None else list(report.members)
    areas = report.scheme.areas
    words = (translate("TrafficLightsReport", "Member"), translate("TrafficLightsReport", "Total"),
             translate("TrafficLightsReport", "Colour"), translate("TrafficLightsReport", "What if"))
    head = row([f"<th align='{start}'>{words[0]}</th>",
                *(f"<th align='{end}'>{html.escape(a.label)}</th>" for a in areas),
                f"<th align='{end}'>{words[1]}</th>", f"<th>{words[2]}</th>",
                f"<th align='{start}'>{words[3]}</th>"])
    body = []
    for n, m in enumerate(members):
        shade = f" bgcolor='{REPORT['row_shade']}'" if n % 2 else ""
        cells = [f"<td align='{end}'>{points_shown(p)}<br><span style='color:{REPORT['muted']}; "
                 f"font-size:7pt'>{measure_shown(a.measure, v)}</span></td>"
                 for a, v, p in zip(areas, m.score.measures, m.score.points)]
        colour = m.score.colour
        body.append(f"<tr{shade}>" + row([
            f"<td align='{start}'>{html.escape(m.name)}</td>", *cells,
            f"<td align='{end}'><b>{points_shown(m.score.total)}</b></td>",
            f"<td bgcolor='{PRINT_COLOURS[colour]}' align='center'><span style='color:{TRAFFIC_TEXT[colour]}'>{_colour(colour)}</span></td>",
            f"<td align='{start}'>{html.escape(m.what_if)}</td>"]) + "</tr>")
    counts = ", ".join(f"{number(n)} {_colour(c)}" for c, n in report.colour_counts().items())
    cut = ", ".join(f"{_colour(c)} ≥ {decimal(v, cutoff_places(v))}" for c, v in report.scheme.cutoffs)
    title = translate("TrafficLightsReport", "{chapter}: traffic lights ({scheme})").format(
        chapter=html.escape(report.chapter_name), scheme=html.escape(report.scheme.name))
    when = translate("TrafficLightsReport", "{start} to {end} · {held} meetings held · {counts}").format(
        start=report.start, end=report.end, held=report.held, counts=counts)
    notes = translate("TrafficLightsReport", "Points per area, with the measure under them. Colours: {cutoffs}, grey "
                                             "below. Per week: divided by the meetings held. Printed {day} by TotalNet."
                      ).format(cutoffs=cut, day=dt.date.today())
    return (
        f"<html><body dir='{direction}' style='font-family: sans-serif; font-size: 8pt'>"
        f"<h2 dir='{direction}' align='{start}'>{title}</h2>"
        f"<p dir='{direction}' align='{start}'>{when}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse: collapse'>"
        f"<thead><tr bgcolor='{REPORT['head_row']}'>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f"<p dir='{direction}' align='{start}' style='color:{REPORT['muted']}'>{notes}</p>"
        "</body></html>")


def write_pdf(report: Report, path: Path | str, order: list[int] | None = None) -> Path:
    """Print the report to a PDF file (A4 landscape) through the write guard."""
    from totalnet_desktop.render.pdf import write_html_pdf

    write_html_pdf(report_html(report, order), path, translate("TrafficLightsReport", "{chapter}: traffic lights").format(
        chapter=report.chapter_name))
    logger.info("wrote traffic-light PDF %s", path)
    return Path(path)
