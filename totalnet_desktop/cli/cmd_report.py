"""``totalnet report meeting [--date YYYY-MM-DD] --pdf FILE``: the weekly chapter report as PDF."""

from __future__ import annotations

import logging
import os

from totalnet_desktop.cli.dates import option_date
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import translate

logger = logging.getLogger(__name__)


def register(sub) -> None:
    p = sub.add_parser("report", help=translate("CLI", "print a report to PDF"))
    rsub = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    m = rsub.add_parser("meeting", help=translate("CLI", "the weekly chapter (PALMS) report of a meeting"))
    m.add_argument("--date", metavar="YYYY-MM-DD", help=translate(
        "CLI", "the meeting's date (default: the latest)"))
    m.add_argument("--pdf", metavar="FILE", required=True, help=translate("CLI", "the PDF file to write"))
    m.set_defaults(handler=report_meeting)


def report_meeting(args) -> int:
    """Write the report of my chapter's meeting on --date (or the latest) to --pdf."""
    from totalnet_desktop.core.chapter import chapters, meetings, reports

    chapter_id = chapters.my_chapter_id()
    if chapter_id is None:
        raise TotalNetError(translate(
            "CLI", "There is no chapter yet (or several and none is yours): set one up in the app "
            "first."))
    day = option_date(args.date, "--date")
    meeting = meetings.find_meeting(chapter_id, day)
    if meeting is None:
        raise TotalNetError(translate("CLI", "There is no meeting on {day}.").format(day=day.isoformat()) if day
                            else translate("CLI", "There is no meeting yet."))
    summary = reports.meeting_summary(meeting.id)
    from totalnet_desktop.qtapp import gui_application

    gui_application()
    from totalnet_desktop.render.meeting_report import write_pdf

    # Refused before anything is written: the live database, its companions, a folder (write_guard).
    write_pdf(summary, os.path.abspath(args.pdf))
    members = len(summary.lines)
    print(translate(
        "CLI", "wrote {pdf}: {chapter_name}, meeting of {date:%Y-%m-%d}, {members} members").format(pdf=args.pdf, chapter_name=summary.chapter_name, date=meeting.date, members=members))
    return 0
