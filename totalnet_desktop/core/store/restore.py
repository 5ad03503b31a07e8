"""Restoring a backup into the live database: a safety copy first, then the copy, then reopening."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from totalnet_desktop.core.store import backup
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    restored: backup.BackupInfo
    safety_copy: Path | None  # the backup of the database as it was just before the restore


def restore(backup_file: Path, db_path: Path, backup_dir: Path) -> RestoreResult:
    """Replace the live database with ``backup_file``; the current one is backed up first.

    The copy goes through SQLite's backup API into the live file (one write transaction, so a
    failure leaves the live database as it was); the bound handle is then reopened and migrated.
    """
    backup_file, db_path = Path(backup_file), Path(db_path)
    info = backup.check_restorable(backup_file)
    if db_path.exists() and backup_file.resolve() == db_path.resolve():
        raise backup.BackupError(QT_TRANSLATE_NOOP(
            "Errors", "{backup_file} is TotalNet's own database; choose a backup file.").format(
            backup_file=backup_file))
    # The pre-restore backup's pruning must not remove the very file about to be restored.
    safety = backup.event_backup(db_path, backup_dir, "pre-restore", protect=backup_file)
    db_mod.close_database()
    try:
        backup.copy_into(backup_file, db_path)
    finally:
        # Reopen whatever is there now (the restored file, or the untouched old one on failure).
        db_mod.open_database(db_path, backup_dir=backup_dir)
    logger.info("restored %s into %s (safety copy %s)", backup_file, db_path, safety)
    return RestoreResult(info, safety)
