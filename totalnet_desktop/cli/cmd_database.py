"""``totalnet copy-database FROM TO [--replace]``: move a chapter between an SQLite file and a
PostgreSQL server (either way, or file to file). ``totalnet publish-meeting FILE``: publish a meeting
recorded offline in FILE to the open database (the chapter server, with ``--database``)."""

from __future__ import annotations

from totalnet_desktop.i18n import tr_core, translate


def register(sub) -> None:
    p = sub.add_parser(
        "copy-database",
        help=translate(
            "CLI", "copy every table between two TotalNet databases (SQLite files or "
            "postgresql:// servers)"))
    p.add_argument("source", metavar="FROM", help=translate(
        "CLI", "an SQLite file or postgresql://user@host/chapter"))
    p.add_argument("target", metavar="TO", help=translate(
        "CLI", "an SQLite file or postgresql://user@host/chapter"))
    p.add_argument("--replace", action="store_true", help=translate(
        "CLI", "delete what TO holds first (it must otherwise be empty)"))
    p.set_defaults(handler=run_copy, needs_session=False)

    p = sub.add_parser("publish-meeting", help=translate(
        "CLI", "publish a meeting recorded offline in a TotalNet file to this database (the chapter server)"))
    p.add_argument("file", metavar="FILE", help=translate("CLI", "the TotalNet file the meeting was recorded in"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=translate(
        "CLI", "the meeting's date (default: the file's latest meeting)"))
    p.add_argument("--chapter", metavar="NAME", help=translate(
        "CLI", "the chapter, when the file holds several"))
    p.add_argument("--preview", action="store_true", help=translate(
        "CLI", "say what would be published, and publish nothing"))
    p.set_defaults(handler=run_publish)


def run_copy(args) -> int:
    from totalnet_desktop.core.store import copy

    report = copy.copy_database(args.source, args.target, replace=args.replace)
    print(tr_core(report.text()))
    return 0


def run_publish(args) -> int:
    from totalnet_desktop.cli.dates import option_date
    from totalnet_desktop.core.chapter import publish

    report = publish.publish_meeting(args.file, option_date(args.date, "--date"), args.chapter, preview=args.preview)
    print(tr_core(report.text()))
    for line in report.differences:
        print("  - " + tr_core(line))
    return 0
