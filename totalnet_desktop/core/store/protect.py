"""Protect the database with a passphrase, change it, or remove it (``totalnet encrypt/decrypt``,
Preferences > Protect with a passphrase...).

One step for the whole file: a safety backup is made first; the new file is written beside the live
one, checked, and renamed over it (a crash leaves the old file or the new one, never a mix); the
backups in ``backups/`` get the same key; the safety backup is then overwritten and deleted. A
forgotten passphrase cannot be recovered: there is no other key.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from totalnet_desktop.core.store import backup, cipher, db
from totalnet_desktop.core.store.errors import Cancelled, TotalNetError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

WORK_SUFFIX = ".converting"
STEPS = 1000  # progress units of change_key
MIN_LENGTH = 8
PROTECTED = QT_TRANSLATE_NOOP("Errors", "The database and %n backup(s) are protected with your passphrase.")
UNPROTECTED = QT_TRANSLATE_NOOP("Errors", "The database and %n backup(s) are no longer protected (plain SQLite).")
ALREADY_PROTECTED = QT_TRANSLATE_NOOP("Errors", "The database is already protected with that passphrase.")
ALREADY_PLAIN = QT_TRANSLATE_NOOP("Errors", "The database is not protected; there is no protection to remove.")


@dataclass(frozen=True)
class ProtectResult:
    protected: bool
    backups: int  # backups converted with the database

    def line(self) -> str:
        return (PROTECTED if self.protected else UNPROTECTED).format(n=self.backups)


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise TotalNetError(QT_TRANSLATE_NOOP(
            "Errors", "Choose a passphrase of at least {MIN_LENGTH} characters.").format(MIN_LENGTH=MIN_LENGTH))


def change_key(db_path: Path, backup_dir: Path, new: str | None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> ProtectResult:
    """Rewrite the open database (and its backups) with the passphrase ``new`` (None: plain).

    The database is open before (with its current passphrase) and after (with the new one).
    ``progress(done, 1000)`` is called as it goes; ``cancelled()`` True before the new file replaces the
    old one stops it with Cancelled, the database and backups as they were (the safety copy removed)."""
    db_path, backup_dir = Path(db_path), Path(backup_dir)
    cipher.driver()  # the extra is needed both ways; say so before anything happens
    if new:
        check_new_passphrase(new)
    old = cipher.passphrase()
    if old == new:
        raise TotalNetError(ALREADY_PROTECTED if new else ALREADY_PLAIN)
    report = progress or (lambda done, total: None)
    report(0, STEPS)
    safety = backup.event_backup(db_path, backup_dir, "pre-encrypt" if new else "pre-decrypt")
    report(STEPS // 10, STEPS)
    db.close_database()
    work = db_path.with_name(db_path.name + WORK_SUFFIX)
    try:
        if cancelled is not None and cancelled():
            raise Cancelled(QT_TRANSLATE_NOOP("Errors", "Cancelled before the conversion; nothing changed."))
        cipher.convert_file(db_path, work, old, new, lambda done, total: report(
            STEPS // 10 + (STEPS * 7 // 10) * done // max(total, 1), STEPS), cancelled, replace=True)
    except BaseException as exc:
        db.open_database(db_path, backup_dir, passphrase=old)
        if isinstance(exc, Cancelled):
            if safety is not None:
                cipher.shred(safety)
            logger.info("passphrase change cancelled; nothing changed")
            raise Cancelled(("Protecting" if new else "Removing the protection") +
                            " was cancelled; nothing was changed.") from None
        if isinstance(exc, cipher.InUseError) and safety is not None:
            cipher.shred(safety)  # nothing was changed: no copy of it is left either
            logger.info("passphrase change refused: the database is open in another program")
        raise
    if not new:
        cipher.drop_salt_copy(db_path)
    db.open_database(db_path, backup_dir, passphrase=new)
    report(STEPS * 8 // 10, STEPS)
    converted = convert_backups(backup_dir, old, new, skip=safety)
    report(STEPS, STEPS)
    if safety is not None:
        cipher.shred(safety)
    logger.info("database %s; %d backups converted", "protected" if new else "unprotected", converted)
    return ProtectResult(bool(new), converted)


def convert_backups(backup_dir: Path, old: str | None, new: str | None, skip: Path | None = None) -> int:
    """Give every backup that ``old`` opens the key ``new`` (each one renamed into place whole)."""
    done = 0
    for path in sorted(Path(backup_dir).glob(f"*{backup.SUFFIX}")):
        if skip is not None and path == skip:
            continue
        if not _opens_with(path, old):
            continue  # another key (an older passphrase) or damaged: left as it is
        work = path.with_name(path.name + WORK_SUFFIX)
        try:
            cipher.convert_file(path, work, old, new, replace=True)
            done += 1
        except TotalNetError:
            logger.warning("backup %s could not be converted; left as it was", path.name)
    return done


def _opens_with(path: Path, key: str | None) -> bool:
    protected = cipher.looks_protected(path)
    if key is None:
        return not protected
    if not protected:
        return False
    try:
        cipher.check_key(path, key)
    except TotalNetError:
        return False
    return True


def finish_interrupted(db_path: Path, backup_dir: Path) -> int:
    """At start: remove the half-written files of an interrupted conversion and, when the database is
    protected, give plain backups its key (a crash after the database was converted left them)."""
    db_path, backup_dir = Path(db_path), Path(backup_dir)
    for leftover in [db_path.with_name(db_path.name + WORK_SUFFIX), *backup_dir.glob(f"*{WORK_SUFFIX}")]:
        if leftover.exists():
            cipher.shred(leftover)
    key = cipher.passphrase()
    if key is None or not backup_dir.is_dir():
        return 0
    plain = [p for p in backup_dir.glob(f"*{backup.SUFFIX}") if not cipher.looks_protected(p)]
    for path in plain:
        if path.name.endswith(f"-pre-encrypt{backup.SUFFIX}"):
            cipher.shred(path)  # the safety copy of an encryption that did finish
    return convert_backups(backup_dir, None, key) if plain else 0
