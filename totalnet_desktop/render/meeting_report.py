"""The weekly chapter (PALMS) report as HTML in a QTextDocument, and its PDF.

Shared by the Meeting day report dialog and ``totalnet report``; it uses QtGui only, never widgets.
QtPrintSupport is imported only when printing (it costs start-up time).
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument

from totalnet_desktop.core.chapter import agenda, reports
from totalnet_desktop.core.chapter.amounts import format_amount
from totalnet_desktop.core.chapter.reports import PalmsLine, PalmsSummary
from totalnet_desktop.core.store import write_guard
from totalnet_desktop.theme.palette import REPORT  # always the light set: it is printed

logger = logging.getLogger(__name__)

HEADERS = ("Member", "P", "A", "L", "M", "S", "RGI", "RGO", "RRI", "RRO", "V", "1-2-1", "TYFCB", "CEU", "T")
LEGEND = ("P present · A absent · L late · M medical · S substitute · RGI/RGO referrals given inside/outside · "
          "RRI/RRO referrals received · V visitors invited (first visits) · 1-2-1 one-to-ones · "
          "TYFCB thank-you for closed business, credited to the member who reported it · CEU education credits · "
          "T testimonials given")


# The same hairline on every side of every cell (collapsed borders: no doubled inner lines). The
# layout moves a row that does not fit to the next page whole (a test checks it on a long roster).
CELL = f"border: 0.5px solid {REPORT['rule']}"


def _cells(line: PalmsLine, currency: str) -> list[str]:
    c = line.counts
    numbers = [c[k] for k in reports.COUNT_FIELDS]
    return [line.name, *map(str, numbers), format_amount(line.tyfcb, ""), f"{line.ceu:g}",
            str(line.testimonials)]


def report_html(summary: PalmsSummary) -> str:
    """The report as simple HTML that QTextDocument lays out well."""
    s = summary
    period = (f"meeting of {s.end:%A %d %B %Y}" if s.meeting_dates == (s.end,)
              else f"{s.start:%d %b %Y} to {s.end:%d %b %Y}")
    headers = [f"TYFCB ({s.currency})" if h == "TYFCB" else h for h in HEADERS]
    head = "".join(f"<th align='{'left' if i == 0 else 'right'}' style='{CELL}'>{h}</th>"
                   for i, h in enumerate(headers))
    body = []
    for n, line in enumerate(s.lines):
        shade = f" bgcolor='{REPORT['row_shade']}'" if n % 2 else ""
        cells = _cells(line, s.currency)
        body.append(f"<tr{shade}><td style='{CELL}'>{html.escape(cells[0])}</td>"
                    + "".join(f"<td align='right' style='{CELL}'>{v}</td>" for v in cells[1:]) + "</tr>")
    total = _cells(s.total, s.currency)
    body.append(f"<tr bgcolor='{REPORT['total_row']}'><td style='{CELL}'><b>Total</b></td>"
                + "".join(f"<td align='right' style='{CELL}'><b>{v}</b></td>" for v in total[1:]) + "</tr>")
    visitors = ", ".join(html.escape(v) for v in s.visitors) or "none"
    substitutes = ", ".join(html.escape(v) for v in s.substitutes) or "none"
    spoke = _speakers_html(s)
    meetings = ", ".join(f"{d:%d %b}" for d in s.meeting_dates) or "none in this period"
    return (
        "<html><body style='font-family: sans-serif; font-size: 9pt'>"
        f"<h2>{html.escape(s.chapter_name)}: chapter report</h2>"
        f"<p>{period} · slips dated {s.start:%d %b} to {s.end:%d %b %Y} · meetings: {meetings}</p>"
        "<table border='0.5' cellspacing='0' cellpadding='3' width='100%' "
        f"style='border-collapse: collapse; border-color: {REPORT['rule']}; border-style: solid'>"
        f"<thead><tr bgcolor='{REPORT['head_row']}'>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f"<p><b>Visitors:</b> {visitors}</p>{spoke}"
        f"<p><b>Substitutes:</b> {substitutes}</p>"
        f"<p style='color:{REPORT['muted']}; font-size: 8pt'>{LEGEND}. Printed {dt.date.today():%d %b %Y} by TotalNet.</p>"
        "</body></html>"
    )


def _speakers_html(s: PalmsSummary) -> str:
    """Who spoke at the meeting (the agenda's record), with the overruns, for a one-meeting report."""
    if len(s.meeting_dates) != 1:
        return ""
    lines = [ln for ln in agenda.speaker_lines_on(s.chapter_name, s.meeting_dates[0]) if not ln.skipped]
    if not lines:
        return ""
    over = [ln for ln in lines if ln.overrun]
    names = ", ".join(f"{html.escape(ln.name)} (+{agenda.clock_text(ln.overrun)})" for ln in over) or "nobody"
    return (f"<p><b>Who spoke:</b> {len(lines)} turn{'s' if len(lines) != 1 else ''} recorded by the agenda; "
            f"over time: {names}.</p>")


def report_document(summary: PalmsSummary) -> QTextDocument:
    """A QTextDocument holding the report (needs a QGuiApplication for text layout)."""
    document = QTextDocument()
    document.setHtml(report_html(summary))
    return document


def pdf_problem(path: Path) -> str | None:
    """None when ``path`` holds a whole PDF (header and end marker), else why not (a full disk
    truncates it silently: Qt's PDF engine does not report failed writes)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(5)
            fh.seek(max(0, size - 64))
            tail = fh.read()
    except OSError as exc:
        return write_guard.describe_os_error(exc, path)
    if size == 0 or head != b"%PDF-" or b"%%EOF" not in tail:
        return "incomplete"
    return None


def write_pdf(summary: PalmsSummary, path: Path | str) -> Path:
    """Print the report to a PDF file (A4 landscape) and return its path.

    The PDF is printed to a fresh temporary file beside ``path`` and put in place only when it is
    whole; the live database, a folder or a failed write raise a TotalNetError with one sentence
    and leave ``path`` as it was.
    """
    from PySide6.QtPrintSupport import QPrinter

    path = Path(path)

    def check(tmp: Path) -> str | None:
        problem = pdf_problem(tmp)
        if problem is None:
            return None
        if problem == "incomplete":
            return (f"The PDF could not be written completely to {path} (the disk may be full); "
                    "nothing was changed there.")
        return problem

    with write_guard.atomic_path(path, check) as tmp:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp))
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                          QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        printer.setDocName(f"{summary.chapter_name} chapter report")
        report_document(summary).print_(printer)
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise write_guard.FileWriteError(f"The PDF could not be written to {path}.")
        del printer  # closes the file before it is checked
    logger.info("wrote report PDF %s", path)
    return path
