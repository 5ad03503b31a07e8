"""``totalnet copy-database FROM TO [--replace]``: move a chapter between an SQLite file and a
PostgreSQL server (either way, or file to file)."""

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


def run_copy(args) -> int:
    from totalnet_desktop.core.store import copy

    report = copy.copy_database(args.source, args.target, replace=args.replace)
    print(tr_core(report.text()))
    return 0
