"""Opening the database: checks, pragmas, version check, backup, migrations (in that order).

The database is an SQLite file (the default) or, when the user chose one, a PostgreSQL server
(``open_server``); ``open_target`` picks by the address (core.store.engine).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import peewee

from totalnet_desktop.core.store import backup, engine, migrations
from totalnet_desktop.core.store.errors import (
    DatabaseOpenError,
    NewerSchemaError,
    NotSQLiteError,
    ServerUnreachableError,
)
from totalnet_desktop.core.store.models import database

logger = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
PRAGMAS = engine.SQLITE_PRAGMAS


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
    if engine.is_postgres(database):
        database.initialize(peewee.SqliteDatabase(None))
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


MIN_SERVER_VERSION = 130000  # PostgreSQL 13: trusted extensions, DROP DATABASE ... FORCE


def open_target(target, backup_dir: Path | None = None, migrate: bool = True):
    """Open a file path or a ``postgresql://`` address."""
    if engine.is_server_target(target):
        return open_server(str(target), migrate=migrate)
    return open_database(Path(target), backup_dir=backup_dir, migrate=migrate)


def server_lost_message(target: str, exc: BaseException) -> str:
    """The one sentence a user reads when the chapter server cannot be reached."""
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return (f"The chapter server {engine.safe_label(target)} cannot be reached ({reason.rstrip('.')}): "
            "retry, or open your last local snapshot read-only.")


def open_server(url: str, migrate: bool = True):
    """Connect to (and migrate) the TotalNet database on a PostgreSQL server; return the handle."""
    if not database.is_closed():
        database.close()
    handle = engine.make_database(url)
    database.initialize(handle)
    try:
        database.connect()
    except peewee.ImproperlyConfigured as exc:
        database.initialize(peewee.SqliteDatabase(None))
        raise DatabaseOpenError("Connecting to a chapter server needs the PostgreSQL driver: "
                                "pip install 'totalnet-desktop[postgres]'.") from exc
    except peewee.OperationalError as exc:
        database.initialize(peewee.SqliteDatabase(None))
        raise ServerUnreachableError(server_lost_message(url, exc)) from exc
    try:
        server_version = handle.server_version or 0
        if server_version and server_version < MIN_SERVER_VERSION:
            raise DatabaseOpenError(
                f"The chapter server {engine.safe_label(url)} runs PostgreSQL {server_version // 10000}; "
                "TotalNet needs PostgreSQL 13 or newer.")
        version = migrations.schema_version(database)
        if version > migrations.CURRENT_VERSION:
            raise NewerSchemaError(
                f"The database {engine.safe_label(url)} was written by a newer TotalNet (schema version "
                f"{version}); this TotalNet reads up to version {migrations.CURRENT_VERSION}. "
                "Please update the app.")
        if migrate and version < migrations.CURRENT_VERSION:
            migrations.migrate(database)
    except peewee.DatabaseError as exc:
        database.close()
        raise DatabaseOpenError(f"The database {engine.safe_label(url)} cannot be opened: {exc}.") from exc
    except Exception:
        database.close()
        raise
    return database


def close_database() -> None:
    """Checkpoint and close the handle (safe to call twice)."""
    if not database.is_closed():
        if engine.is_postgres(database):
            database.close()
            return
        try:
            # PASSIVE: never waits for another process's write transaction (TRUNCATE waited the whole
            # busy timeout, 5 s added to every command while the app was saving).
            database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except peewee.DatabaseError:
            logger.warning("WAL checkpoint failed on close", exc_info=True)
        database.close()
