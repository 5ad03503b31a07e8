"""The weekly chapter (PALMS) report as HTML in a QTextDocument, and its PDF.

Shared by the Meeting day report dialog and ``totalnet report``; it uses QtGui only, never widgets.
QtPrintSupport is imported only when printing (it costs start-up time).
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument, QTextOption

from totalnet_desktop.core.chapter import agenda, reports
from totalnet_desktop.core.chapter.reports import PalmsLine, PalmsSummary
from totalnet_desktop.core.store import write_guard
from totalnet_desktop.core.store.texts import joined
from totalnet_desktop.i18n import (
    QT_TRANSLATE_NOOP,
    date_text,
    decimal,
    is_right_to_left,
    number,
    path_text,
    person_name,
    tr_core,
    translate,
)
from totalnet_desktop.theme.palette import REPORT  # always the light set: it is printed

logger = logging.getLogger(__name__)

# The columns keep the chapter's abbreviations (P A L M S, RGI...) in every language: members know them.
ABBREVIATIONS = ("P", "A", "L", "M", "S", "RGI", "RGO", "RRI", "RRO", "V", "1-2-1", "TYFCB", "CEU", "T")
HEADERS = ("Member", *ABBREVIATIONS)
LEGEND = QT_TRANSLATE_NOOP(
    "MeetingReport", "P present · A absent · L late · M medical · S substitute · RGI/RGO referrals given "
    "inside/outside · RRI/RRO referrals received · V visitors invited (first visits) · 1-2-1 one-to-ones · "
    "TYFCB thank-you for closed business, credited to the member who reported it · CEU education credits · "
    "T testimonials given")


# The same hairline on every side of every cell (collapsed borders: no doubled inner lines). The
# layout moves a row that does not fit to the next page whole (a test checks it on a long roster).
CELL = f"border: 0.5px solid {REPORT['rule']}"


def _amount(value) -> str:
    """1,500 or 1,500.50 in the member's digits (the currency is in the column's heading)."""
    whole = value == int(value)
    return decimal(value, 0 if whole else 2)


def _cells(line: PalmsLine, currency: str) -> list[str]:
    c = line.counts
    numbers = [c[k] for k in reports.COUNT_FIELDS]
    ceu = decimal(line.ceu, 0 if line.ceu == int(line.ceu) else 2).rstrip("0").rstrip(".,٫") \
        if line.ceu != int(line.ceu) else number(line.ceu)
    return [person_name(line.name), *map(number, numbers), _amount(line.tyfcb), ceu, number(line.testimonials)]


def _directions() -> tuple[str, str, str]:
    """(dir attribute, the start side, the end side): the report reads right to left in Arabic."""
    return ("rtl", "right", "left") if is_right_to_left() else ("ltr", "left", "right")


def report_html(summary: PalmsSummary) -> str:
    """The report as simple HTML that QTextDocument lays out well, in the member's language."""
    s = summary
    direction, start, end = _directions()
    if s.meeting_dates == (s.end,):
        period = translate("MeetingReport", "meeting of {day}").format(day=date_text(s.end, long=True))
    else:
        period = translate("MeetingReport", "{start} to {end}").format(start=date_text(s.start), end=date_text(s.end))
    headers = [translate("MeetingReport", "TYFCB ({currency})").format(currency=s.currency) if h == "TYFCB"
               else translate("MeetingReport", "Member") if h == "Member" else h for h in HEADERS]
    if is_right_to_left():  # 'TYFCB (AED)' is Latin: embedded left to right, so its brackets stay put
        headers = [f"\u202a{h}\u202c" for h in headers]
    head = _row([f"<th align='{start if i == 0 else end}' style='{CELL}'>{h}</th>" for i, h in enumerate(headers)])
    body = []
    for n, line in enumerate(s.lines):
        shade = f" bgcolor='{REPORT['row_shade']}'" if n % 2 else ""
        cells = _cells(line, s.currency)
        body.append(f"<tr{shade}>" + _row([f"<td align='{start}' style='{CELL}'>{html.escape(cells[0])}</td>"]
                                          + [f"<td align='{end}' style='{CELL}'>{v}</td>" for v in cells[1:]])
                    + "</tr>")
    total = _cells(s.total, s.currency)
    total_word = translate("MeetingReport", "Total")
    body.append(f"<tr bgcolor='{REPORT['total_row']}'>"
                + _row([f"<td align='{start}' style='{CELL}'><b>{total_word}</b></td>"]
                       + [f"<td align='{end}' style='{CELL}'><b>{v}</b></td>" for v in total[1:]]) + "</tr>")
    none = translate("MeetingReport", "none")
    visitors = html.escape(tr_core(joined(list(s.visitors)))) or none
    substitutes = html.escape(tr_core(joined(list(s.substitutes)))) or none
    spoke = _speakers_html(s)
    meetings = ", ".join(weekday_free(d) for d in s.meeting_dates) or translate("MeetingReport", "none in this period")
    slips = translate("MeetingReport", "slips dated {start} to {end}").format(start=date_text(s.start), end=date_text(s.end))
    printed = translate("MeetingReport", "Printed {day} by TotalNet.").format(day=date_text(dt.date.today()))
    title = translate("MeetingReport", "{chapter}: chapter report").format(chapter=html.escape(s.chapter_name))
    meetings_said = translate("MeetingReport", "meetings: {dates}").format(dates=meetings)
    visitors_word, substitutes_word = translate("MeetingReport", "Visitors:"), translate("MeetingReport", "Substitutes:")
    legend = translate("MeetingReport", LEGEND)
    return (
        f"<html><body dir='{direction}' style='font-family: sans-serif; font-size: 9pt'>"
        f"<h2 dir='{direction}' align='{start}'>"
        f"{title}</h2>"
        f"<p dir='{direction}' align='{start}'>{period} · {slips} · "
        f"{meetings_said}</p>"
        f"<table dir='{direction}' border='0.5' cellspacing='0' cellpadding='3' width='100%' "
        f"style='border-collapse: collapse; border-color: {REPORT['rule']}; border-style: solid'>"
        f"<thead><tr bgcolor='{REPORT['head_row']}'>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f"<p dir='{direction}' align='{start}'><b>{visitors_word}</b> {visitors}</p>{spoke}"
        f"<p dir='{direction}' align='{start}'><b>{substitutes_word}</b> {substitutes}</p>"
        f"<p dir='{direction}' align='{start}' style='color:{REPORT['muted']}; font-size: 8pt'>"
        f"{legend}. {printed}</p>"
        "</body></html>"
    )


def _row(cells: list[str]) -> str:
    """A table row's cells in reading order: QTextDocument does not mirror tables, so right to left
    puts the member's name in the rightmost column itself."""
    return "".join(reversed(cells) if is_right_to_left() else cells)


def weekday_free(day: dt.date) -> str:
    """'25 Nov': a meeting date within the report's period, as the locale writes it."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def _speakers_html(s: PalmsSummary) -> str:
    """Who spoke at the meeting (the agenda's record), with the overruns, for a one-meeting report."""
    if len(s.meeting_dates) != 1:
        return ""
    lines = [ln for ln in agenda.speaker_lines_on(s.chapter_name, s.meeting_dates[0]) if not ln.skipped]
    if not lines:
        return ""
    over = [ln for ln in lines if ln.overrun]
    names = ", ".join(f"{html.escape(ln.name)} (+{agenda.clock_text(ln.overrun)})" for ln in over) or translate("MeetingReport", "nobody")
    direction, start, _end = _directions()
    turns = len(lines)
    said = translate("MeetingReport", "%n turn(s) recorded by the agenda; over time: {names}.", None, turns)
    who = translate("MeetingReport", "Who spoke:")
    return (f"<p dir='{direction}' align='{start}'><b>{who}</b> "
            f"{said.replace('{names}', names)}</p>")


def report_document(summary: PalmsSummary) -> QTextDocument:
    """A QTextDocument holding the report (needs a QGuiApplication for text layout)."""
    document = QTextDocument()
    if is_right_to_left():  # paragraphs, tables and their columns run right to left
        option = QTextOption(document.defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
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
            return translate("Errors", "The PDF could not be written completely to {path} (the disk may be "
                                       "full); nothing was changed there.").format(path=path_text(path))
        return problem

    with write_guard.atomic_path(path, check) as tmp:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp))
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                          QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        printer.setDocName(translate("MeetingReport", "{chapter}: chapter report").format(chapter=summary.chapter_name))
        report_document(summary).print_(printer)
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise write_guard.FileWriteError(translate(
                "Errors", "The PDF could not be written to {path}.").format(path=path_text(path)))
        del printer  # closes the file before it is checked
    logger.info("wrote report PDF %s", path)
    return path
