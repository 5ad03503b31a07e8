"""``totalnet import-history FILE...``: LinkedIn archives, WhatsApp exports, .ics calendars, .mbox archives."""

from __future__ import annotations

import argparse
import sys

from totalnet_desktop.core.store.enums import HistorySource
from totalnet_desktop.i18n import tr_core, translate

MAX_LISTED = 50


def register(sub) -> None:
    p = sub.add_parser("import-history", help=translate(
        "CLI", "read LinkedIn, WhatsApp, calendar and mail history into the timeline"))
    p.add_argument("files", nargs="*", metavar="FILE", help=translate(
        "CLI", "a file, a folder or the ZIP the service delivers"))
    p.add_argument("--me", action="append", default=[], metavar="NAME",
                   help=translate(
                       "CLI", "who you are in these files (your name, number, address or "
                       "profile); remembered"))
    p.add_argument("--date-order", choices=["dmy", "mdy"],
                   help=translate(
                       "CLI", "for chats whose dates cannot tell: day first or month first; "
                       "remembered"))
    p.add_argument("--keep-text", action=argparse.BooleanOptionalAction, default=None, help=translate(
        "CLI", "keep (or, with --no-keep-text, do not keep) the first line of each conversation-day and "
        "each event's title; remembered, as the Import history dialog's tick"))
    p.add_argument("--list", action="store_true", help=translate(
        "CLI", "list the imports that can be undone"))
    p.add_argument("--undo", type=int, metavar="ID", help=translate(
        "CLI", "undo one import (its id from --list)"))
    p.add_argument("--remove-source", choices=HistorySource.values(),
                   help=translate("CLI", "remove everything imported from one source"))
    p.add_argument("--review", action="store_true", help=translate(
        "CLI", "list the people waiting for review"))
    p.set_defaults(handler=run)


def run(args) -> int:
    """Import, or list/undo/remove/review; one summary line; 2 when a file could not be read."""
    from totalnet_desktop.core.exchange.history import review, runner, storing

    if args.list:
        for item in storing.imports():
            print(translate("CLI", "{id}\t{imported_at}\t{source}\t{touches} touches, {pending} waiting\t{file_name}").format(id=str(item.id), imported_at=item.imported_at, source=item.source, touches=item.touches,
                            pending=item.pending, file_name=item.file_name))
        return 0
    if args.undo is not None:
        print(translate("CLI", "removed {count} touches").format(count=storing.undo_import(args.undo)))
        return 0
    if args.remove_source:
        print(translate(
            "CLI", "removed {count} touches").format(count=storing.remove_source(args.remove_source)))
        return 0
    if args.review:
        for person in review.review_list():
            print(f"{person.touches}\t{tr_core(review.SOURCE_LABELS[person.source])}\t{person.label}\t{person.detail}")
        return 0
    if not args.files:
        print(translate("CLI", "totalnet: name at least one file, folder or ZIP to import."), file=sys.stderr)
        return 2
    if args.keep_text is not None:
        from totalnet_desktop.core.store import prefs

        prefs.set(runner.KEEP_TEXT_KEY, bool(args.keep_text))
    result = runner.import_history(args.files, me=args.me, date_order=args.date_order)
    for outcome in result.files:
        if outcome.error:
            hint = ""
            if outcome.question and outcome.question.question == "me":
                hint = " " + translate("CLI", "Run again with --me YOUR-NAME.")
            elif outcome.question:
                hint = " " + translate("CLI", "Run again with --date-order dmy or --date-order mdy.")
            print(translate("CLI", "totalnet: {error}{hint}").format(error=tr_core(outcome.error),
                            hint=hint), file=sys.stderr)
    for stored in result.stored:
        for bad in stored.bad_lines[:MAX_LISTED]:
            print(translate("CLI", "{file}, line {line}: skipped, {reason}").format(file=stored.file, line=bad.line,
                            reason=tr_core(bad.reason)), file=sys.stderr)
        if len(stored.bad_lines) > MAX_LISTED:
            print(translate("CLI", "{file}: {count} more bad lines skipped").format(file=stored.file,
                            count=len(stored.bad_lines) - MAX_LISTED), file=sys.stderr)
    print(tr_core(result.line()))
    return 2 if result.failed else 0
