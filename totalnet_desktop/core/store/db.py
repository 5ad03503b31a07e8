"""Opening the database: checks, pragmas, version check, backup, migrations (in that order)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import peewee

from totalnet_desktop.core.store import backup, migrations
from totalnet_desktop.core.store.errors import DatabaseOpenError, NewerSchemaError, NotSQLiteError
from totalnet_desktop.core.store.models import database

logger = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -32000,  # 32 MB
    # FULL: a check-in shown on screen survives a power cut, not only a crash.
    "synchronous": "full",
}


def check_is_sqlite(path: Path) -> None:
    """Raise NotSQLiteError when a non-empty file at ``path`` is not an SQLite database."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseOpenError(f"Cannot read the database file {path}: {exc.strerror or exc}.") from exc
    if head != SQLITE_MAGIC:
        raise NotSQLiteError(f"The file {path} is not a TotalNet database (it is not an SQLite file).")


def open_database(path: Path, backup_dir: Path | None = None, migrate: bool = True) -> peewee.SqliteDatabase:
    """Open (creating if needed) and migrate the database at ``path``; return the bound handle."""
    path = Path(path)
    if not database.is_closed():
        database.close()  # first: reading the header of a file this process has open drops its locks
    check_is_sqlite(path)
    existed = path.exists() and path.stat().st_size > 0
    database.init(str(path), pragmas=PRAGMAS, check_same_thread=False)
    try:
        database.connect()
        version = migrations.schema_version(database)
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        database.close()
        raise DatabaseOpenError(f"The database file {path} cannot be opened: {exc}.") from exc
    if version > migrations.CURRENT_VERSION:
        database.close()
        raise NewerSchemaError(
            f"The database {path} was written by a newer TotalNet (schema version {version}); "
            f"this TotalNet reads up to version {migrations.CURRENT_VERSION}. Please update the app."
        )
    if migrate and version < migrations.CURRENT_VERSION:
        if existed and version > 0 and backup_dir is not None:
            backup.event_backup(path, backup_dir, f"pre-migration-v{version}")
        migrations.migrate(database)
    return database


def close_database() -> None:
    """Checkpoint and close the handle (safe to call twice)."""
    if not database.is_closed():
        try:
            # PASSIVE: never waits for another process's write transaction (TRUNCATE waited the whole
            # busy timeout, 5 s added to every command while the app was saving).
            database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except peewee.DatabaseError:
            logger.warning("WAL checkpoint failed on close", exc_info=True)
        database.close()
