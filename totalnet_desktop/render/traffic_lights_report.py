"""The traffic-light report as HTML in a QTextDocument, and its PDF (the Chapter screen's Print)."""

from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path

from totalnet_desktop.core.chapter.traffic_report import Report, measure_text, points_text
from totalnet_desktop.theme.palette import REPORT, TRAFFIC_LIGHTS

logger = logging.getLogger(__name__)

# Printed colours (kept here, not in views: render never imports views).
PRINT_COLOURS = dict(TRAFFIC_LIGHTS)


def report_html(report: Report, order: list[int] | None = None) -> str:
    """The report as simple HTML; ``order`` is the row order the screen shows (indexes into members)."""
    members = [report.members[i] for i in order] if order is not None else list(report.members)
    areas = report.scheme.areas
    head = "<th align='left'>Member</th>" + "".join(f"<th align='right'>{html.escape(a.label)}</th>" for a in areas)
    head += "<th align='right'>Total</th><th>Colour</th><th align='left'>What if</th>"
    body = []
    for n, m in enumerate(members):
        shade = f" bgcolor='{REPORT['row_shade']}'" if n % 2 else ""
        cells = "".join(
            f"<td align='right'>{points_text(p)}<br><span style='color:{REPORT['muted']}; font-size:7pt'>{measure_text(a.measure, v)}</span></td>"
            for a, v, p in zip(areas, m.score.measures, m.score.points))
        colour = m.score.colour
        body.append(f"<tr{shade}><td>{html.escape(m.name)}</td>{cells}<td align='right'><b>{points_text(m.score.total)}</b></td>"
                    f"<td bgcolor='{PRINT_COLOURS[colour]}' align='center'><span style='color:white'>{colour}"
                    f"</span></td><td>{html.escape(m.what_if)}</td></tr>")
    counts = ", ".join(f"{n} {c}" for c, n in report.colour_counts().items())
    cut = ", ".join(f"{c} ≥ {float(v):g}" for c, v in report.scheme.cutoffs)
    return (
        "<html><body style='font-family: sans-serif; font-size: 8pt'>"
        f"<h2>{html.escape(report.chapter_name)}: traffic lights ({html.escape(report.scheme.name)})</h2>"
        f"<p>{report.start:%d %b %Y} to {report.end:%d %b %Y} · {report.held} meetings held · {counts}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse: collapse'>"
        f"<thead><tr bgcolor='{REPORT['head_row']}'>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f"<p style='color:{REPORT['muted']}'>Points per area, with the measure under them. Colours: {cut}, grey below. "
        f"Per week: divided by the meetings held. Printed {dt.date.today():%d %b %Y} by TotalNet.</p>"
        "</body></html>")


def write_pdf(report: Report, path: Path | str, order: list[int] | None = None) -> Path:
    """Print the report to a PDF file (A4 landscape) through the write guard."""
    from totalnet_desktop.render.pdf import write_html_pdf

    write_html_pdf(report_html(report, order), path, f"{report.chapter_name} traffic lights")
    logger.info("wrote traffic-light PDF %s", path)
    return Path(path)
