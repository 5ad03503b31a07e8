"""``totalnet report meeting``."""

from totalnet_desktop.cli.common import not_yet


def register(sub) -> None:
    p = sub.add_parser("report", help="print a report to PDF")
    rsub = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    m = rsub.add_parser("meeting", help="the weekly chapter (PALMS) report of a meeting")
    m.add_argument("--date", metavar="YYYY-MM-DD", help="the meeting's date (default: the latest)")
    m.add_argument("--pdf", metavar="FILE", required=True)
    m.set_defaults(handler=not_yet("report meeting"))
