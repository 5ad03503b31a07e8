"""``totalnet backup [FILE]`` and ``totalnet restore FILE``."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from totalnet_desktop import paths
from totalnet_desktop.core.store import backup, cipher, db, engine
from totalnet_desktop.core.store.errors import DatabaseOpenError, NewerSchemaError
from totalnet_desktop.i18n import translate

logger = logging.getLogger(__name__)


def register(sub) -> None:
    p = sub.add_parser("backup", help=translate(
        "CLI", "back up the database (to FILE or the backups folder)"))
    p.add_argument("file", nargs="?", help=translate(
        "CLI", "a file or a folder (e.g. a USB stick); default: backups/"))
    p.add_argument("--overwrite", action="store_true",
                   help=translate("CLI", "replace FILE even when it exists and is not a TotalNet backup"))
    p.set_defaults(handler=run_backup)
    p = sub.add_parser("restore", help=translate("CLI", "restore the database from a backup file"))
    p.add_argument("file", help=translate("CLI", "the backup to restore (a .sqlite3 file TotalNet wrote)"))
    # Restore opens the data itself: it must also work when the live database is damaged.
    p.set_defaults(handler=run_restore, needs_session=False)


def run_backup(args) -> int:
    session = args.session
    dest = Path(args.file) if args.file else None
    if session.server:
        return _export_server(session.server, session.paths.backup_dir, dest)
    made = backup.manual_backup(session.db_path, session.paths.backup_dir, dest, overwrite=args.overwrite)
    info = backup.inspect(made)
    print(translate("CLI", "backed up {count} contacts to {file} ({size})").format(count=info.contacts, file=made, size=_size(info.size)))
    return 0


def _export_server(server: str, backup_dir: Path, dest: Path | None) -> int:
    """A chapter server's backup: an export of every table to a TotalNet SQLite file."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"server-{stamp}{backup.SUFFIX}"
    target = dest / name if dest is not None and dest.is_dir() else dest or backup_dir / name
    if target.exists():
        raise DatabaseOpenError(translate(
            "CLI", "{target} already exists; choose a new file name for the export.").format(target=target))
    from totalnet_desktop.core.store import copy

    report = copy.copy_database(server, target)
    print(translate("CLI", "exported {contacts} contacts ({total} rows) from {server} to {target}").format(contacts=report.rows.get("contact", 0), total=report.total, server=engine.safe_label(server),
                    target=target))
    return 0


def run_restore(args) -> int:
    from totalnet_desktop.core.store import copy, data_folder

    resolved = data_folder.ensure(paths.resolve(args.data_dir))
    source = Path(args.file).expanduser()
    if cipher.offered():
        cipher.set_passphrase(cipher.offered())  # a protected backup is read with the given passphrase
    backup.check_restorable(source)
    server = engine.chosen_target(getattr(args, "database", None))
    if server:
        # Reverses the export, on a server this login may write to; the server's current data is
        # exported first, so the restore can itself be undone.
        _export_server(server, resolved.backup_dir, None)
        report = copy.copy_database(source, server, replace=True)
        print(translate("CLI", "restored {contacts} contacts from {source} to {server}").format(contacts=report.rows.get("contact", 0), source=source, server=engine.safe_label(server)))
        return 0
    from totalnet_desktop.single_instance import no_window_open

    with no_window_open(resolved.data_dir, translate("CLI", "the restore")):
        return _restore_file(resolved, source)


def _restore_file(resolved, source: Path) -> int:
    from totalnet_desktop.core.store import recovery, restore

    aside = None
    try:
        db.open_database(resolved.db_path, backup_dir=resolved.backup_dir)
    except NewerSchemaError:
        raise
    except DatabaseOpenError:
        # A damaged live file is kept aside (never overwritten) and the backup takes its place.
        aside = recovery.restore_latest(resolved.db_path, source)
        db.open_database(resolved.db_path, backup_dir=resolved.backup_dir)
        info = backup.inspect(source)
        print(translate("CLI", "restored {count} contacts from {file}; the damaged database was kept as {aside}").format(count=info.contacts, file=source, aside=aside))
        return 0
    result = restore.restore(source, resolved.db_path, resolved.backup_dir)
    saved = (translate("CLI", "; the previous database was saved as {file}").format(file=result.safety_copy)
             if result.safety_copy else "")
    print(translate("CLI", "restored {count} contacts from {file}").format(count=result.restored.contacts,
                                                                          file=source) + saved)
    return 0


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{max(1, n // 1000)} kB"
