"""``totalnet demo``: fill the database with the sample chapter."""

from __future__ import annotations

from totalnet_desktop.i18n import tr_core, translate


def register(sub) -> None:
    p = sub.add_parser("demo", help=translate(
        "CLI", "fill the database with a sample chapter and contacts"))
    p.add_argument("--force", action="store_true", help=translate(
        "CLI", "add the sample even when the database has data"))
    p.set_defaults(handler=run)


def run(args) -> int:
    """Add the sample and print one summary line; DemoRefused (exit 2) when the database has data."""
    from totalnet_desktop.core.demo import loader as demo
    from totalnet_desktop.core.store import backup, overview

    made = None
    if args.force and not overview.is_empty():
        # A second copy of the sample among real data: a backup first, so it can be taken back.
        made = backup.event_backup(args.session.db_path, args.session.paths.backup_dir, "pre-demo")
    summary = demo.generate(force=args.force)
    line = tr_core(summary.line())
    print(line + " " + translate("CLI", "(your data was backed up first to {file})").format(file=made) if made else line)
    return 0
