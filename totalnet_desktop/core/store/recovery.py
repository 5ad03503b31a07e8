"""A database file that is damaged or not SQLite: say what is wrong, keep it aside, start again.

The damaged file is never overwritten or deleted: it is renamed (with its -wal and -shm companions)
to ``totalnet-damaged-YYYYMMDD-HHMMSS.sqlite3`` in the data folder, where nothing prunes it. Then
either the latest backup that passes SQLite's ``quick_check`` is copied in, or a new empty database
is created.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee

from totalnet_desktop.core.store import backup, cipher
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

COMPANIONS = ("-wal", "-shm", "-journal")
# What a write the disk refuses raises (full, read-only, I/O error), for callers without peewee.
WRITE_ERRORS: tuple[type[BaseException], ...] = (peewee.OperationalError, sqlite3.OperationalError)
OK, MISSING, NOT_SQLITE, DAMAGED, NEWER, UNREADABLE = "ok", "missing", "not_sqlite", "damaged", "newer", "unreadable"


class RecoveryError(TotalNetError):
    """The damaged file could not be moved aside or the replacement could not be written."""


@dataclass(frozen=True)
class Diagnosis:
    """What is wrong with a database file, in one sentence for the user."""

    state: str  # one of OK, MISSING, NOT_SQLITE, DAMAGED, NEWER, UNREADABLE
    message: str  # a core text (Message): tr_core shows it in the member's language

    @property
    def recoverable(self) -> bool:
        """Damage the recovery dialog can deal with (set aside, restore or start empty)."""
        return self.state in (NOT_SQLITE, DAMAGED)


def quick_check(db_path: Path, key: str | None = None) -> str:
    """SQLite's ``PRAGMA quick_check`` on the file: "ok" or the first problem found. ``key``: the
    passphrase of a protected file (SQLCipher then checks every page's authentication code too)."""
    try:
        con = cipher.connect(str(db_path), key, timeout=5)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except (sqlite3.DatabaseError, cipher.DriverError) as exc:
        return str(exc)
    first = rows[0][0] if rows else "no answer"
    return "ok" if first == "ok" else first


def diagnose(db_path: Path) -> Diagnosis:
    """Look at the database file without changing it (about 0.2 s per 100,000 contacts)."""
    from totalnet_desktop.core.store import migrations

    db_path = Path(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return Diagnosis(MISSING, QT_TRANSLATE_NOOP("Errors", "There is no database at {path} yet.").format(path=db_path))
    try:
        with db_path.open("rb") as fh:
            head = fh.read(len(backup.SQLITE_MAGIC))
    except OSError as exc:
        return Diagnosis(UNREADABLE, QT_TRANSLATE_NOOP(
            "Errors", "Cannot read the database file {path}: {value}.").format(path=db_path, value=exc.strerror or exc))
    key = None
    if head != backup.SQLITE_MAGIC and cipher.looks_protected(db_path):
        # Protected with a passphrase: checked with its key once the app has it (it opened the
        # file); before that, when it is opened.
        key = cipher.key_for(db_path)
        if key is None or not cipher.available():
            return Diagnosis(OK, QT_TRANSLATE_NOOP(
                "Errors", "The database {path} is protected with a passphrase.").format(path=db_path))
    elif head != backup.SQLITE_MAGIC:
        return Diagnosis(NOT_SQLITE, QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is not a TotalNet database (it is not an SQLite file).").format(path=db_path))
    status = quick_check(db_path, key)
    if status.startswith("unable to open"):
        # SQLite could not open it at all (e.g. a WAL file in a read-only folder): not damage.
        return Diagnosis(UNREADABLE, QT_TRANSLATE_NOOP(
            "Errors", "The database file {path} cannot be opened ({why}).").format(path=db_path, why=status))
    if status != "ok":
        return Diagnosis(DAMAGED, QT_TRANSLATE_NOOP(
            "Errors", "The database file {path} is damaged ({why}).").format(path=db_path, why=status))
    try:
        con = cipher.connect(str(db_path), key, timeout=5)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
        finally:
            con.close()
    except (sqlite3.DatabaseError, cipher.DriverError) as exc:
        return Diagnosis(DAMAGED, QT_TRANSLATE_NOOP(
            "Errors", "The database file {path} is damaged ({why}).").format(path=db_path, why=str(exc)))
    if version > migrations.CURRENT_VERSION:
        return Diagnosis(NEWER, QT_TRANSLATE_NOOP(
            "Errors", "The database {path} was written by a newer TotalNet (schema version {version}); this TotalNet "
            "reads up to version {CURRENT_VERSION}. Please update the app.").format(
            path=db_path, version=version, CURRENT_VERSION=migrations.CURRENT_VERSION))
    return Diagnosis(OK, QT_TRANSLATE_NOOP("Errors", "The database {path} is sound.").format(path=db_path))


def damage_behind(exc: BaseException, db_path: Path) -> Diagnosis | None:
    """When a failed query (``exc``) was SQLite meeting a damaged file, the diagnosis of ``db_path``
    that the recovery dialog deals with; None for any other error (the file is then sound)."""
    if not isinstance(exc, (peewee.DatabaseError, sqlite3.DatabaseError, cipher.DriverError)):
        return None
    # The app's handle is dropped first (it reconnects on its next query): diagnose reads the file's
    # header, and a file handle closed in this process would drop SQLite's locks on the live file.
    _release(Path(db_path))
    diagnosis = diagnose(Path(db_path))
    return diagnosis if diagnosis.recoverable else None


def writable_problem(db_path: Path) -> str | None:
    """One sentence when the database (or the files SQLite writes beside it) cannot be written.

    SQLite quietly opens a read-only file read-only, and the first change then fails; the desktop
    app saves every change at once, so it says so up front instead.
    """
    db_path = Path(db_path)
    for path in (db_path, *(db_path.with_name(db_path.name + tail) for tail in ("-wal", "-shm"))):
        if path.exists() and not os.access(path, os.W_OK):
            return (f"The database file {path} is read-only (or on a read-only disk); TotalNet saves every "
                    "change at once and needs to write to it.")
    return None


def explain_write_error(exc: BaseException, target: Path) -> str:
    """A failed write (full disk, read-only file, I/O error) as one sentence naming ``target``.

    SQLite rolls a transaction back by itself on a full disk, so peewee's own rollback then fails
    with "cannot rollback - no transaction is active"; the real cause is further down the chain.
    """
    return backup.describe_os_error(root_cause(exc), Path(target))


def root_cause(exc: BaseException) -> BaseException:
    """The most telling error in an exception's chain (disk full, read-only, I/O) or ``exc`` itself."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        text = str(current).lower()
        if any(word in text for word in ("disk is full", "readonly", "read-only", "disk i/o", "unable to open")):
            return current
        current = current.__cause__ or current.__context__
    return exc


def set_aside(db_path: Path, now: dt.datetime | None = None) -> Path:
    """Rename the damaged file (and its -wal/-shm) out of the way; return its new path."""
    db_path = Path(db_path)
    _release(db_path)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}-damaged-{stamp}{db_path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = db_path.with_name(f"{db_path.stem}-damaged-{stamp}-{n}{db_path.suffix}")
    try:
        db_path.replace(target)
        for tail in COMPANIONS:
            side = db_path.with_name(db_path.name + tail)
            if side.exists():
                side.replace(target.with_name(target.name + tail))
    except OSError as exc:
        raise RecoveryError(QT_TRANSLATE_NOOP(
            "Errors", "The damaged database {path} could not be moved aside: {reason}."
        ).format(path=db_path, reason=exc.strerror or exc)) from exc
    logger.info("damaged database %s kept aside as %s", db_path, target)
    return target


def latest_good_backup(backup_dir: Path) -> backup.BackupInfo | None:
    """The newest backup that passes ``quick_check`` and that this version can read."""
    for info in backup.list_backups(backup_dir):
        if not info.readable:
            continue
        try:
            return backup.check_restorable(info.path)
        except backup.BackupError as exc:
            logger.warning("skipping backup %s: %s", info.path, exc)
    return None


def restore_latest(db_path: Path, backup_file: Path) -> Path:
    """Keep the damaged file aside and put the backup in its place; return the aside path."""
    backup.check_restorable(backup_file)
    aside = set_aside(db_path)
    try:
        backup.online_backup(backup_file, db_path)
    except backup.BackupError as exc:
        raise RecoveryError(str(exc)) from exc
    return aside


def start_empty(db_path: Path) -> Path:
    """Keep the damaged file aside; the next open creates a new empty database. Return the aside path."""
    return set_aside(db_path)


def _release(db_path: Path) -> None:
    """Drop the app's handle on the file without a checkpoint (which would write into it)."""
    from totalnet_desktop.core.store.models import database

    if not database.is_closed() and database.database and Path(database.database).resolve() == db_path.resolve():
        database.close()
