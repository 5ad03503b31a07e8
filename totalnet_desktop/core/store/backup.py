"""Backups with SQLite's online backup API (never a plain copy of a live WAL database).

The data folder's ``backups/`` holds three kinds of file, told apart by their names:
``daily-YYYYMMDD-HHMMSS-ffffff.sqlite3`` (the first start of each day; the last 14 kept),
``event-YYYYMMDD-HHMMSS-ffffff-EVENT.sqlite3`` (before an import, migration, merge or restore; the
last 10 kept) and ``manual-YYYYMMDD-HHMMSS-ffffff.sqlite3`` (``totalnet backup`` without a file; never
pruned). Every backup is a standalone single file (rollback journal, not WAL), so it can be copied
anywhere and opened by any SQLite tool.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from totalnet_desktop import paths
from totalnet_desktop.core.store import cipher, engine
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP
from totalnet_desktop.core.store.write_guard import (
    PARTIAL,
    UnsafeTargetError,
    check_target,
    describe_os_error,
    sweep_partials,
)

logger = logging.getLogger(__name__)

SUFFIX = ".sqlite3"
DAILY_KEEP = 14
EVENT_KEEP = 10
SQLITE_MAGIC = b"SQLite format 3\x00"

_NAME_RE = re.compile(
    r"^(?P<kind>daily|event|manual)-(?P<date>\d{8})(?:-(?P<time>\d{6})(?:-(?P<micro>\d{6}))?)?"
    r"(?:-(?P<event>[\w-]+))?\.sqlite3$"
)


class BackupError(TotalNetError):
    """A backup or restore that could not be done (the live database is unchanged)."""


class DamagedSourceError(BackupError):
    """The database to back up is damaged: no backup was made (and so none was pruned)."""


def damaged_message(db_path: Path, detail: str) -> str:
    """The one sentence every front end gives for a damaged database, with the way out."""
    return (f"The database file {db_path} is damaged ({detail}); nothing was changed. Restore a backup "
            "with File > Restore from backup or `totalnet restore FILE` (the damaged file is kept aside).")


# What a backup was made for, marked for the catalogue (shown through i18n.tr_core).
DAILY = QT_TRANSLATE_NOOP("Backups", "Daily backup")
BY_YOU = QT_TRANSLATE_NOOP("Backups", "Backed up by you")
BEFORE = QT_TRANSLATE_NOOP("Backups", "Before {event}")
BEFORE_MIGRATION = QT_TRANSLATE_NOOP("Backups", "Before migration v{version}")
EVENTS = {"import": QT_TRANSLATE_NOOP("Backups", "import"), "restore": QT_TRANSLATE_NOOP("Backups", "restore"),
          "demo": QT_TRANSLATE_NOOP("Backups", "demo"), "encrypt": QT_TRANSLATE_NOOP("Backups", "encrypt"),
          "decrypt": QT_TRANSLATE_NOOP("Backups", "decrypt"), "forget": QT_TRANSLATE_NOOP("Backups", "forget"),
          "merge": QT_TRANSLATE_NOOP("Backups", "merge")}


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the restore list shows it."""

    path: Path
    kind: str  # daily, event, manual or file (anything else)
    created: dt.datetime
    size: int
    contacts: int | None  # None when the file cannot be read
    schema_version: int | None
    event: str = ""

    @property
    def readable(self) -> bool:
        return self.contacts is not None

    @property
    def label(self) -> str:
        """What the backup was made for, in words."""
        if self.kind == "daily":
            return DAILY
        if self.kind == "manual":
            return BY_YOU
        if self.kind == "event":
            event = self.event.removeprefix("pre-")
            version = re.fullmatch(r"migration-v(\d+)", event)
            if version:
                return BEFORE_MIGRATION.format(version=int(version.group(1)))
            known = EVENTS.get(event)
            return BEFORE.format(event=known if known else event.replace("-", " "))
        return self.path.name


def online_backup(source: Path, dest: Path) -> Path:
    """Copy the database at ``source`` to ``dest`` consistently, even while it is in use.

    The copy is written to ``dest.partial`` and renamed into place only when complete, so a full
    disk or a crash never leaves a half-written backup under the final name.
    """
    source, dest = Path(source), Path(dest)
    tmp = None
    try:
        if not dest.parent.exists():
            paths.private_dir(dest.parent)  # owner-only (issue 20)
        key = cipher.key_for(source)  # a protected database's backups get its key
        sweep_partials(dest)
        # A fresh name made exclusively (O_EXCL, mode 0600): never a file someone planted or a link.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=PARTIAL, dir=dest.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        src = _connect_for_reading(source)
        try:
            out = cipher.connect(str(tmp), key)
            try:
                src.backup(out)
                # A standalone file: no -wal/-shm companions to forget when it is copied elsewhere.
                out.execute("PRAGMA journal_mode=DELETE")
                # A damaged page copies silently: a damaged backup must never take a good one's place.
                status = out.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                out.close()
        finally:
            src.close()
        if status != "ok":
            raise DamagedSourceError(damaged_message(source, status))
        tmp.replace(dest)
    except DamagedSourceError:
        if tmp is not None:
            _unlink_quietly(tmp)
        raise
    except sqlite3.DatabaseError as exc:
        if tmp is not None:
            _unlink_quietly(tmp)
        if not isinstance(exc, sqlite3.OperationalError) or "malformed" in str(exc):
            raise DamagedSourceError(damaged_message(source, str(exc))) from exc
        logger.info("backup of %s to %s failed: %s", source, dest, exc)
        raise BackupError(describe_os_error(exc, dest)) from exc
    except (sqlite3.Error, OSError, cipher.DriverError) as exc:
        if tmp is not None:
            _unlink_quietly(tmp)
        logger.info("backup of %s to %s failed: %s", source, dest, exc)  # the caller reports it
        raise BackupError(describe_os_error(exc, dest)) from exc
    logger.info("backed up %s to %s", source, dest)
    return dest


def event_backup(db_path: Path, backup_dir: Path, event: str, protect: Path | None = None) -> Path | None:
    """Back up before an event (migration, import, merge, restore); None when there is no file yet.

    Pruning never removes ``protect`` (the backup a restore is about to copy in).
    """
    db_path, backup_dir = Path(db_path), Path(backup_dir)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    label = re.sub(r"[^\w-]+", "-", event).strip("-") or "event"
    made = online_backup(db_path, backup_dir / f"event-{stamp}-{label}{SUFFIX}")
    prune(backup_dir, protect=protect)
    return made


def before_event(db, backup_dir: Path | None, event: str) -> Path | None:
    """Back up the open database's file before an event (import, merge); None without a folder or
    a file yet, and on a chapter server: there a backup is a whole-server export (``totalnet backup``),
    too heavy for every import, and the event's undo and the server's own backups cover it."""
    if backup_dir is None or engine.is_postgres(db) or not db.database:
        return None
    return event_backup(Path(db.database), Path(backup_dir), event)


STALE_PARTIAL_SECONDS = 600


def sweep_stale_partials(backup_dir: Path, older_than: float = STALE_PARTIAL_SECONDS) -> list[Path]:
    """Remove ``*.partial`` files a killed backup left in backups/ (at start-up). A file written in the
    last ``older_than`` seconds may be another running TotalNet's backup in progress: left alone."""
    import time

    removed = []
    folder = Path(backup_dir)
    if not folder.is_dir():
        return removed
    limit = time.time() - older_than
    for leftover in [*folder.glob(f"*{PARTIAL}"), *folder.glob(f".*{PARTIAL}")]:
        try:
            if leftover.is_file() and not leftover.is_symlink() and leftover.stat().st_mtime < limit:
                leftover.unlink()
                removed.append(leftover)
        except OSError:
            logger.warning("could not remove %s", leftover, exc_info=True)
    if removed:
        logger.info("removed %d backup files left by interrupted backups", len(removed))
    return removed


def _daily_prefix(today: dt.date | None) -> str:
    return f"daily-{(today or dt.date.today()).strftime('%Y%m%d')}"


def daily_backup_due(backup_dir: Path, today: dt.date | None = None) -> bool:
    """True until today's daily backup exists (i.e. on the first start of the day)."""
    return not any(Path(backup_dir).glob(f"{_daily_prefix(today)}-*{SUFFIX}"))


def daily_backup(db_path: Path, backup_dir: Path, today: dt.date | None = None) -> Path | None:
    """The first start of a day backs up; later starts that day do nothing (None)."""
    db_path, backup_dir = Path(db_path), Path(backup_dir)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    if not daily_backup_due(backup_dir, today):
        return None
    dest = backup_dir / f"{_daily_prefix(today)}-{dt.datetime.now():%H%M%S-%f}{SUFFIX}"
    made = online_backup(db_path, dest)
    prune(backup_dir)
    return made


def manual_backup(db_path: Path, backup_dir: Path, dest: Path | None = None, overwrite: bool = False) -> Path:
    """``totalnet backup [FILE]`` and File > Back up now: to ``dest`` (a file or a folder) or backups/.

    The live database and its companions are refused (write_guard), and so is an existing file that
    is not a TotalNet backup (a document, say) unless ``overwrite``.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "There is no database at {db_path} to back up yet.").format(db_path=db_path))
    now = dt.datetime.now()
    if dest is None:
        target = Path(backup_dir) / f"manual-{now:%Y%m%d-%H%M%S-%f}{SUFFIX}"
    else:
        dest = Path(dest).expanduser()
        target = dest / f"TotalNet-backup-{now:%Y%m%d-%H%M%S}{SUFFIX}" if dest.is_dir() else dest
    try:
        if not target.is_dir() and not target.parent.exists():
            paths.private_dir(target.parent)  # a backup makes its folder (a new stick folder), owner-only
    except OSError as exc:
        raise BackupError(describe_os_error(exc, target)) from exc
    try:
        check_target(target, live=db_path)
    except UnsafeTargetError as exc:
        raise BackupError(str(exc)) from exc
    if target.exists() and not overwrite and not _is_totalnet_backup(target):
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "{target} already exists and is not a TotalNet backup; choose another file (or "
            "use --overwrite to replace it).").format(target=target))
    return online_backup(db_path, target)


def _is_totalnet_backup(path: Path) -> bool:
    """An SQLite file holding TotalNet's tables (an older backup the user may replace)."""
    if not _has_sqlite_header(path):
        return False
    try:
        con = _connect_for_reading(path)
        try:
            return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contact'"
                               ).fetchone() is not None
        finally:
            con.close()
    except (sqlite3.Error, cipher.DriverError):
        return False


def prune(backup_dir: Path, protect: Path | None = None) -> list[Path]:
    """Keep the newest DAILY_KEEP daily and EVENT_KEEP event backups; return what was removed.

    ``protect`` (a backup being restored) is never removed, however old it is.
    """
    removed: list[Path] = []
    kept = os.path.normcase(os.path.realpath(protect)) if protect is not None else None
    for kind, keep in (("daily", DAILY_KEEP), ("event", EVENT_KEEP)):
        # Names sort by time because the timestamp follows the fixed prefix.
        files = sorted(Path(backup_dir).glob(f"{kind}-*{SUFFIX}"), key=lambda p: p.name, reverse=True)
        for old in files[keep:]:
            if kept is not None and os.path.normcase(os.path.realpath(old)) == kept:
                continue
            try:
                old.unlink()
                removed.append(old)
            except OSError:
                logger.warning("could not remove old backup %s", old, exc_info=True)
    return removed


# ---- reading backups ------------------------------------------------------------------------
def inspect(path: Path) -> BackupInfo:
    """Date, size, contact count and schema version of one backup file (never raises)."""
    path = Path(path)
    match = _NAME_RE.match(path.name)
    try:
        stat = path.stat()
        size, mtime = stat.st_size, dt.datetime.fromtimestamp(stat.st_mtime)
    except OSError:
        size, mtime = 0, dt.datetime.fromtimestamp(0)
    created = _created_from_name(match) or mtime
    contacts = version = None
    if _has_sqlite_header(path):
        try:
            con = _connect_for_reading(path)
            try:
                version = con.execute("PRAGMA user_version").fetchone()[0]
                contacts = con.execute("SELECT count(*) FROM contact WHERE trashed_at IS NULL").fetchone()[0]
            finally:
                con.close()
        except (sqlite3.Error, cipher.DriverError):
            contacts = None
    kind = match.group("kind") if match else "file"
    event = (match.group("event") or "") if match else ""
    return BackupInfo(path, kind, created, size, contacts, version, event)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Every backup in the folder, newest first."""
    folder = Path(backup_dir)
    if not folder.is_dir():
        return []
    infos = [inspect(p) for p in folder.glob(f"*{SUFFIX}") if p.is_file()]
    return sorted(infos, key=lambda i: (i.created, i.path.name), reverse=True)


PROTECTED_INTO_PLAIN = QT_TRANSLATE_NOOP(
    "Errors", "The backup {source} is protected with a passphrase and your database is not; protect your "
    "database with the same passphrase first (Edit > Preferences, or totalnet encrypt), then restore.")
PLAIN_INTO_PROTECTED = QT_TRANSLATE_NOOP(
    "Errors", "The backup {source} is not protected and your database is; remove the protection first "
    "(Edit > Preferences, or totalnet decrypt), restore, then protect it again.")


def check_restorable(path: Path) -> BackupInfo:
    """Raise BackupError with one sentence unless ``path`` is a sound TotalNet database this app reads."""
    from totalnet_desktop.core.store import migrations

    path = Path(path)
    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "The backup file {path} does not exist.").format(path=path))
    if not _has_sqlite_header(path):
        if cipher.looks_protected(path):  # read back as what it is, not as a foreign file (issue 20)
            raise BackupError(PROTECTED_INTO_PLAIN.format(source=path))
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is not a TotalNet backup (it is not an SQLite file).").format(path=path))
    try:
        con = _connect_for_reading(path)
        try:
            status = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except (sqlite3.Error, cipher.DriverError) as exc:
        if cipher.key_for(path) is not None and "not a database" in str(exc):
            raise BackupError(QT_TRANSLATE_NOOP(
                "Errors", "The backup {path} is protected with another passphrase than your database's; "
                "it cannot be restored into it.").format(path=path)) from exc
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "The backup file {path} cannot be read: {exc}.").format(path=path, exc=exc)) from exc
    if status != "ok":
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "The backup file {path} is damaged ({status}).").format(path=path, status=status))
    info = inspect(path)
    if info.contacts is None or not info.schema_version:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is an SQLite file but not a TotalNet database.").format(path=path))
    if info.schema_version > migrations.CURRENT_VERSION:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "The backup {path} was written by a newer TotalNet (schema version "
                "{schema_version}); this TotalNet reads up to version {CURRENT_VERSION}.").format(
                path=path, schema_version=info.schema_version, CURRENT_VERSION=migrations.CURRENT_VERSION)
        )
    return info


def copy_into(source: Path, dest: Path) -> None:
    """The backup API in reverse: overwrite ``dest`` (which may be a WAL database) with ``source``."""
    src_key, dest_key = cipher.key_for(source), cipher.passphrase()
    if (src_key is None) != (dest_key is None):
        raise BackupError((PROTECTED_INTO_PLAIN if src_key else PLAIN_INTO_PROTECTED).format(source=source))
    try:
        src = _connect_for_reading(source)
        try:
            out = cipher.connect(str(dest), dest_key, timeout=5)
            try:
                src_page = src.execute("PRAGMA page_size").fetchone()[0]
                if out.execute("PRAGMA page_size").fetchone()[0] != src_page:
                    # A WAL database cannot change its page size; the backup would fail half-way in.
                    out.execute("PRAGMA journal_mode=DELETE")
                src.backup(out)
                out.execute("PRAGMA journal_mode=WAL")
            finally:
                out.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError, cipher.DriverError) as exc:
        raise BackupError(describe_os_error(exc, dest)) from exc


# ---- helpers ------------------------------------------------------------------------------
def _connect_for_reading(path: Path) -> sqlite3.Connection:
    """Read-only when SQLite can open the file so; a WAL database without its -shm file (e.g. a
    copy) needs a normal connection, because a read-only one cannot create it.

    The file itself is never opened with ``open()``: it may be the live database of this process,
    and closing any handle to a file drops every POSIX lock the process holds on it, SQLite's too.
    Another program's connection would then think it is the last one and delete the -wal file the
    app is still writing to: every later change would be lost.
    """
    path = Path(path)
    if not path.is_file():
        raise sqlite3.OperationalError(QT_TRANSLATE_NOOP(
            "Errors", "unable to open database file {path}").format(path=path))
    key = cipher.key_for(path)
    con = cipher.connect(path.resolve().as_uri() + "?mode=ro", key, uri=True, timeout=5)
    try:
        con.execute("PRAGMA schema_version").fetchone()
        return con
    except (sqlite3.OperationalError, cipher.DriverError):
        con.close()
    return cipher.connect(str(path), key, timeout=5)


def _has_sqlite_header(path: Path) -> bool:
    """A plain SQLite file, or one protected with the open database's passphrase."""
    try:
        with Path(path).open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                return True
    except OSError:
        return False
    return cipher.key_for(path) is not None


def _created_from_name(match: re.Match | None) -> dt.datetime | None:
    if match is None:
        return None
    stamp = match.group("date") + (match.group("time") or "000000") + (match.group("micro") or "000000")
    try:
        return dt.datetime.strptime(stamp, "%Y%m%d%H%M%S%f")
    except ValueError:
        return None


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
