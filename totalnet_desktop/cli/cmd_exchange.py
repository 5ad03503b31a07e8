"""``totalnet import`` and ``totalnet export``."""

from __future__ import annotations

import logging
import sys

from totalnet_desktop.cli.dates import option_date
from totalnet_desktop.core.store.errors import ImportReadError, TotalNetError
from totalnet_desktop.i18n import tr_core, tr_core_stored, translate

logger = logging.getLogger(__name__)


def register(sub) -> None:
    p = sub.add_parser("import", help=translate("CLI", "import contacts from a CSV or vCard file"))
    p.add_argument("file", help=translate("CLI", "the CSV (.csv) or vCard (.vcf) file to read"))
    p.add_argument("--format", default="auto", choices=["auto", "linkedin", "google", "outlook", "vcard", "csv"],
                   help=translate("CLI", "the file's layout (default: recognised from its columns)"))
    p.add_argument("--chapter", metavar="NAME", help=translate(
        "CLI", "add the imported people to this chapter's roster"))
    p.add_argument("--new-chapter", action="store_true", help=translate(
        "CLI", "create the --chapter when there is none of that name"))
    p.add_argument("--on-duplicate", default="merge", choices=["merge", "skip", "add"],
                   help=translate(
                       "CLI", "what to do with a row matching an existing contact (default: merge)"))
    p.add_argument("--dry-run", action="store_true", help=translate(
        "CLI", "print what would happen; change nothing"))
    p.add_argument("--keep-unmapped", action="store_true", help=translate(
        "CLI", 'keep the values of columns that map to no field in the notes, as "Column: value" lines'))
    p.set_defaults(handler=run_import)

    p = sub.add_parser("export", help=translate(
        "CLI", "export contacts, attendance, referrals, PALMS or follow-ups"))
    p.add_argument("file", help=translate("CLI", "the file to write (it is replaced only once complete)"))
    p.add_argument("--format", default="csv", choices=["csv", "vcard"], help=translate(
        "CLI", "file format (default: csv)"))
    p.add_argument("--what", default="contacts",
                   choices=["contacts", "attendance", "referrals", "palms", "followups"],
                   help=translate("CLI", "which table to export (default: contacts)"))
    p.add_argument("--excel", action="store_true", help=translate("CLI", "add a BOM so Excel reads UTF-8"))
    p.add_argument("--vcard-version", default="3.0", choices=["3.0", "4.0"], help=translate(
        "CLI", "vCard version (default: 3.0)"))
    p.add_argument("--meeting", metavar="YYYY-MM-DD",
                   help=translate(
                       "CLI", "attendance/referrals/palms: the meeting on this date (default: the "
                       "last closed one)"))
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                   help=translate("CLI", "attendance/referrals/palms: from this day (inclusive)"))
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help=translate(
        "CLI", "attendance/referrals/palms: up to this day (inclusive)"))
    p.set_defaults(handler=run_export)


def run_import(args) -> int:
    """Import a file; print the one-line summary; exit 2 (nothing written) when it cannot be read."""
    from totalnet_desktop.core.exchange import importer

    chapter = _known_chapter(args.chapter, args.new_chapter) if args.chapter and args.chapter.strip() else ""
    options = importer.ImportOptions(policy=args.on_duplicate, chapter=chapter,
                                     keep_unmapped=args.keep_unmapped)
    try:
        imp = importer.open_import(args.file, args.format)
        options.tag = tr_core_stored(importer.default_tag(imp))  # in the CLI's language, as the dialog does
        if args.dry_run:
            summary = importer.plan(imp, options)
        else:
            summary = importer.execute(imp, options, backup_dir=args.session.paths.backup_dir)
    except ImportReadError as exc:
        print("totalnet: " + tr_core(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        # Ctrl+C: the import's transaction was rolled back (or never began).
        print(translate("CLI", "totalnet: the import was interrupted; nothing was written."), file=sys.stderr)
        return 130
    for rejected in summary.rejected[:200]:
        print(translate("CLI", "row {line}: would be rejected, {reason}" if args.dry_run
                        else "row {line}: rejected, {reason}").format(line=rejected.line,
                        reason=tr_core(rejected.reason)),
              file=sys.stderr)
    print(tr_core(summary.dry_run_line() if args.dry_run else summary.line()))
    for line in unmapped_lines(summary):
        print(line)
    _print_possible(summary)
    return 0


def unmapped_lines(summary) -> list[str]:
    """The columns left out (or kept in the notes) and the repeated header rows, one line each."""
    lines = []
    if summary.unmapped:
        columns = ", ".join(translate("CLI", "{column} (%n row(s))", None, rows).format(column=column)
                            for column, rows in summary.unmapped.items())
        if summary.kept_unmapped:
            lines.append(translate("CLI", "Kept in the notes as \"Column: value\" lines: {columns}.")
                         .format(columns=columns))
        else:
            lines.append(translate("CLI", "Columns not imported: {columns}; add --keep-unmapped to keep their "
                                   "values in the notes.").format(columns=columns))
    if summary.header_repeats:
        shown = ", ".join(str(line) for line in summary.header_repeats[:20])
        repeats = len(summary.header_repeats)
        more = "..." if repeats > 20 else ""
        text = translate("CLI", "The header row came again on %n line(s) ({lines}); skipped, not a contact.",
                         None, repeats)
        lines.append(text.format(lines=shown + more))
    return lines


def _print_possible(summary, limit: int = 200) -> None:
    """The possible duplicates (a shared phone, the same name), as the import dialog lists them; they
    were imported as new people."""
    if not summary.possible_count:
        return
    count = summary.possible_count  # lupdate reads a plain name as the count, not an attribute
    print(translate("CLI", "%n possible duplicate(s) (imported as new people; merge them in the app if they are "
                           "the same person):", None, count))
    for p in summary.possible[:limit]:
        print("  " + translate("CLI", "row {line}: {name} {reason}").format(line=p.line, name=p.name, reason=tr_core(p.reason)))
    if summary.possible_count > limit:
        print("  " + translate("CLI", "... and {count} more").format(count=summary.possible_count - limit))


def _known_chapter(name: str, create: bool) -> str:
    """The existing chapter's own spelling of ``name``; an unknown name is refused (a typo would make a
    new chapter silently) unless ``create``."""
    from totalnet_desktop.core.chapter.chapters import list_chapters
    from totalnet_desktop.core.contacts import normalize as nz
    from totalnet_desktop.core.store.errors import ValidationError

    known = [c.name for c in list_chapters()]
    wanted = nz.clean(name)
    match = next((k for k in known if k.casefold() == wanted.casefold()), None)
    if match is not None or create:
        return match or wanted
    names = ", ".join(f'"{k}"' for k in known) if known else translate("CLI", "none yet")
    raise ValidationError(translate(
        "CLI", "There is no chapter called \"{wanted}\" (known chapters: {names}); check the name, "
        "or add --new-chapter to create it.").format(wanted=wanted, names=names))


def run_export(args) -> int:
    """Export contacts (CSV or vCard) or another table (CSV)."""
    from totalnet_desktop.core.exchange import export

    period = _table_range(args)
    if args.what == "contacts":
        if args.format == "vcard":
            count = export.export_contacts_vcard(args.file, version=args.vcard_version)
        else:
            count = export.export_contacts_csv(args.file, excel=args.excel)
        print(translate("CLI", "exported {count} contacts to {file}").format(count=count, file=args.file))
        return 0
    if args.format == "vcard":
        print("totalnet: " + translate("CLI", "{what} can only be exported as CSV.").format(what=args.what),
              file=sys.stderr)
        return 2
    count = export.export_table(args.what, args.file, excel=args.excel, period=period)
    print(translate("CLI", "exported {count} rows to {file}").format(count=count, file=args.file))
    return 0


def _table_range(args):
    """The --meeting / --from / --to choice as a reports.TableRange (None: the default)."""
    from totalnet_desktop.core.chapter.reports import TableRange

    meeting, start, end = option_date(args.meeting, "--meeting"), option_date(args.start, "--from"), option_date(args.end, "--to")
    if meeting is not None and (start or end):
        raise TotalNetError(translate("CLI", "Choose either --meeting or --from/--to, not both."))
    if meeting is None and start is None and end is None:
        return None
    if args.what not in ("attendance", "referrals", "palms"):
        raise TotalNetError(translate(
            "CLI", "--meeting, --from and --to apply to attendance, referrals and palms, not "
            "{what}.").format(what=args.what))
    return TableRange(meeting=meeting, start=start, end=end)
