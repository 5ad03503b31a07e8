"""``totalnet import-history FILE...``: LinkedIn archives, WhatsApp exports, .ics calendars, .mbox archives."""

from __future__ import annotations

import argparse
import sys

MAX_LISTED = 50


def register(sub) -> None:
    p = sub.add_parser("import-history", help="read LinkedIn, WhatsApp, calendar and mail history into the timeline")
    p.add_argument("files", nargs="*", metavar="FILE", help="a file, a folder or the ZIP the service delivers")
    p.add_argument("--me", action="append", default=[], metavar="NAME",
                   help="who you are in these files (your name, number, address or profile); remembered")
    p.add_argument("--date-order", choices=["dmy", "mdy"],
                   help="for chats whose dates cannot tell: day first or month first; remembered")
    p.add_argument("--keep-text", action=argparse.BooleanOptionalAction, default=None,
                   help="keep (or, with --no-keep-text, do not keep) the first line of each conversation-day and "
                        "each event's title; remembered, as the Import history dialog's tick")
    p.add_argument("--list", action="store_true", help="list the imports that can be undone")
    p.add_argument("--undo", type=int, metavar="ID", help="undo one import (its id from --list)")
    p.add_argument("--remove-source", choices=["linkedin", "whatsapp", "calendar", "mbox"],
                   help="remove everything imported from one source")
    p.add_argument("--review", action="store_true", help="list the people waiting for review")
    p.set_defaults(handler=run)


def run(args) -> int:
    """Import, or list/undo/remove/review; one summary line; 2 when a file could not be read."""
    from totalnet_desktop.core.exchange.history import review, runner, storing

    if args.list:
        for item in storing.imports():
            print(f"{item.id}\t{item.imported_at}\t{item.source}\t{item.touches} touches, "
                  f"{item.pending} waiting\t{item.file_name}")
        return 0
    if args.undo is not None:
        print(f"removed {storing.undo_import(args.undo)} touches")
        return 0
    if args.remove_source:
        print(f"removed {storing.remove_source(args.remove_source)} touches")
        return 0
    if args.review:
        for person in review.review_list():
            print(f"{person.touches}\t{review.SOURCE_LABELS[person.source]}\t{person.label}\t{person.detail}")
        return 0
    if not args.files:
        print("totalnet: name at least one file, folder or ZIP to import.", file=sys.stderr)
        return 2
    if args.keep_text is not None:
        from totalnet_desktop.core.store import prefs

        prefs.set(runner.KEEP_TEXT_KEY, bool(args.keep_text))
    result = runner.import_history(args.files, me=args.me, date_order=args.date_order)
    for outcome in result.files:
        if outcome.error:
            hint = ""
            if outcome.question and outcome.question.question == "me":
                hint = " Run again with --me YOUR-NAME."
            elif outcome.question:
                hint = " Run again with --date-order dmy or --date-order mdy."
            print(f"totalnet: {outcome.error}{hint}", file=sys.stderr)
    for stored in result.stored:
        for bad in stored.bad_lines[:MAX_LISTED]:
            print(f"{stored.file}, line {bad.line}: skipped, {bad.reason}", file=sys.stderr)
        if len(stored.bad_lines) > MAX_LISTED:
            print(f"{stored.file}: {len(stored.bad_lines) - MAX_LISTED} more bad lines skipped", file=sys.stderr)
    print(result.line())
    return 2 if result.failed else 0
