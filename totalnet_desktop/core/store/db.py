"""Opening the database: checks, pragmas, version check, backup, migrations (in that order).

The database is an SQLite file (the default) or, when the user chose one, a PostgreSQL server
(``open_server``); ``open_target`` picks by the address (core.store.engine).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path

import peewee

from totalnet_desktop import paths
from totalnet_desktop.core.store import backup, cipher, engine, migrations, read_only
from totalnet_desktop.core.store.errors import (
    DatabaseOpenError,
    EncryptionUnavailableError,
    NewerSchemaError,
    NotSQLiteError,
    PassphraseNeededError,
    ServerUnreachableError,
)
from totalnet_desktop.core.store.models import database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
PRAGMAS = engine.SQLITE_PRAGMAS


def check_is_sqlite(path: Path, passphrase: str | None = None) -> bool:
    """Raise NotSQLiteError when a non-empty file at ``path`` is not an SQLite database; return True
    for a file protected with a passphrase (after checking the passphrase opens it)."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    if cipher.looks_protected(path):
        if not cipher.available():
            raise EncryptionUnavailableError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The database {path} is protected with a passphrase, and this TotalNet "
                    "cannot open protected files: install the encryption extra "
                    "({INSTALL_HINT}).").format(path=path, INSTALL_HINT=cipher.INSTALL_HINT))
        if not passphrase:
            raise PassphraseNeededError(QT_TRANSLATE_NOOP(
                "Errors", "The database {path} is protected with a passphrase; enter it to open (or "
                "set TOTALNET_PASSPHRASE).").format(path=path))
        cipher.check_key(path, passphrase)
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "Errors", "Cannot read the database file {path}: {value}.").format(path=path, value=exc.strerror or exc)) from exc
    if head != SQLITE_MAGIC:
        raise NotSQLiteError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is not a TotalNet database (it is not an SQLite file).").format(path=path))
    return False


def _handle(path: Path, passphrase: str | None, **options) -> peewee.SqliteDatabase:
    """A peewee handle on the SQLite file ``path``: plain, or with a passphrase peewee's
    ``playhouse.sqlcipher_ext.SqlCipherDatabase`` (the ``[encryption]`` extra's SQLCipher).

    The handle is given the file's raw key (the passphrase stretched once per file and process, see
    cipher.py), not the passphrase: SQLCipher would stretch a passphrase again on every connection
    (measured: about 1 s each here, against 3.5 ms with the raw key), and the backup, the import
    thread and the restore list each open their own."""
    if passphrase is None:
        return peewee.SqliteDatabase(str(path), **options)
    cipher.driver()  # without the extra: the one sentence with the install line
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    pragmas = options.pop("pragmas", {})
    items = pragmas.items() if isinstance(pragmas, dict) else pragmas
    # First: SQLCipher writes a failing page's HMAC error to stderr; the app says it in one sentence.
    options["pragmas"] = [("cipher_log_level", "NONE"), *items]
    return SqlCipherDatabase(str(path), passphrase=cipher.connection_key(path, passphrase), **options)


def open_other(path: Path) -> peewee.SqliteDatabase:
    """A second handle on another file of this database (a backup), with the open database's key
    when that file is protected; bind models to it with ``bind_ctx``."""
    handle = _handle(Path(path), cipher.key_for(Path(path)), pragmas={"foreign_keys": 1, "busy_timeout": 5000})
    handle.connect()
    return handle


def open_database(path: Path, backup_dir: Path | None = None, migrate: bool = True,
                  passphrase: str | None = None) -> peewee.SqliteDatabase:
    """Open (creating if needed) and migrate the database at ``path``; return the bound handle.

    ``passphrase`` opens a protected file (it is ignored for a plain one)."""
    path = Path(path)
    if not database.is_closed():
        database.close()  # first: reading the header of a file this process has open drops its locks
    protected = check_is_sqlite(path, passphrase or cipher.offered())
    passphrase = passphrase or cipher.offered()
    existed = path.exists() and path.stat().st_size > 0
    if engine.is_postgres(database):
        database.initialize(peewee.SqliteDatabase(None))
    if not existed:
        # Owner-only; SQLite gives its -wal and -shm files the same mode. A folder that cannot take
        # the file is left for SQLite to report, as before.
        with contextlib.suppress(OSError):
            paths.private_file(path)
    key = passphrase if protected else None
    cipher.set_passphrase(key, path)
    database.initialize(_handle(path, key, pragmas=PRAGMAS, check_same_thread=False))
    try:
        database.connect()
        version = migrations.schema_version(database)
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        database.close()
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "Errors", "The database file {path} cannot be opened: {exc}.").format(path=path, exc=exc)) from exc
    if key:
        cipher.keep_salt_copy(path)  # tells a destroyed salt from a wrong passphrase later
    if version > migrations.CURRENT_VERSION:
        database.close()
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "Errors", "The database {path} was written by a newer TotalNet (schema version "
                "{version}); this TotalNet reads up to version {CURRENT_VERSION}. Please "
                "update the app.").format(
                path=path, version=version, CURRENT_VERSION=migrations.CURRENT_VERSION)
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
    """The one sentence a user reads when the chapter server cannot be reached (its reason in the app's
    words: core.store.pg_errors)."""
    from totalnet_desktop.core.store import pg_errors

    return QT_TRANSLATE_NOOP(
        "Errors", "The chapter server {server} cannot be reached ({why}): retry, or open your last local "
        "snapshot read-only.").format(server=engine.safe_label(target), why=pg_errors.explain(exc, target))


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
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "Errors", "Connecting to a chapter server needs the PostgreSQL driver: pip install "
            "'totalnet-desktop[postgres]'.")) from exc
    except peewee.OperationalError as exc:
        database.initialize(peewee.SqliteDatabase(None))
        raise ServerUnreachableError(server_lost_message(url, exc)) from exc
    try:
        server_version = handle.server_version or 0
        if server_version and server_version < MIN_SERVER_VERSION:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The chapter server {value} runs PostgreSQL {value2}; TotalNet needs "
                    "PostgreSQL 13 or newer.").format(
                    value=engine.safe_label(url), value2=server_version // 10000))
        version = migrations.schema_version(database)
        if version > migrations.CURRENT_VERSION:
            raise NewerSchemaError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The database {value} was written by a newer TotalNet (schema version "
                    "{version}); this TotalNet reads up to version {CURRENT_VERSION}. "
                    "Please update the app.").format(
                    value=engine.safe_label(url), version=version, CURRENT_VERSION=migrations.CURRENT_VERSION))
        if read_only.detect(database):  # once per connection: what this login may do
            if version < migrations.CURRENT_VERSION:
                raise DatabaseOpenError(QT_TRANSLATE_NOOP(
                    "Errors", "The chapter server {value} holds an older TotalNet schema (version {version}) "
                    "and {login} can only read it: a leadership login upgrades it by connecting once.").format(
                    value=engine.safe_label(url), version=version, login=read_only.login(database)))
        elif migrate and version < migrations.CURRENT_VERSION:
            if version == 0 and (reader := read_only.cannot_create(database)):
                raise DatabaseOpenError(QT_TRANSLATE_NOOP(
                    "Errors", "The chapter server {value} has no TotalNet tables yet and {login} can only "
                    "read: a leadership login must connect first to create them.").format(
                    value=engine.safe_label(url), login=reader))
            migrations.migrate(database)
    except peewee.DatabaseError as exc:
        database.close()
        from totalnet_desktop.core.store import pg_errors

        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "Errors", "The database {value} cannot be opened: {exc}.").format(
            value=engine.short_label(url), exc=pg_errors.explain(exc, url))) from exc
    except Exception:
        database.close()
        raise
    return database


class _GuardedCursor:
    """An SQLite cursor that refuses a write on a copy opened read-only, before SQLite is asked (its
    own refusal, "attempt to write a readonly database", would reach the user in SQLite's words)."""

    def __init__(self, cursor, db) -> None:
        self._cursor, self._db = cursor, db

    def execute(self, sql, params=()):
        read_only.refuse_write(sql, self._db)
        self._cursor.execute(sql, params)
        return self

    def executemany(self, sql, seq):
        read_only.refuse_write(sql, self._db)
        self._cursor.executemany(sql, seq)
        return self

    def __iter__(self):
        return iter(self._cursor)

    def __getattr__(self, name):
        return getattr(self._cursor, name)


class ReadOnlyCopy(peewee.SqliteDatabase):
    """A TotalNet file opened as a copy: SQLite's ``mode=ro`` (or ``immutable`` when the file has no
    write-ahead log beside it, so that SQLite makes no -wal or -shm file either) and ``query_only``."""

    read_only_login: str | None = None

    def cursor(self, named_cursor=None):
        return _GuardedCursor(super().cursor(), self)


def copy_uri(path: Path) -> str:
    """The SQLite URI that reads ``path`` without ever writing it or beside it."""
    from urllib.parse import quote

    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return f"file:{quote(str(path.resolve()))}?{mode}"


def open_copy(path: Path):
    """Open the TotalNet file ``path`` read-only (a snapshot or a backup): no migration, no backup, no
    write of any kind; return the handle, marked read-only under the file's name."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "Errors", "The copy {path} does not exist.").format(path=path))
    if cipher.looks_protected(path):
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "Errors", "The copy {path} is protected with a passphrase; restore it (File > Restore from "
            "backup) to open it.").format(path=path))
    check_is_sqlite(path)
    if not database.is_closed():
        database.close()
    if engine.is_postgres(database):
        database.initialize(peewee.SqliteDatabase(None))
    handle = ReadOnlyCopy(copy_uri(path), uri=True, pragmas={"foreign_keys": 1, "query_only": 1},
                          check_same_thread=False)
    database.initialize(handle)
    try:
        database.connect()
        version = migrations.schema_version(database)
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        database.close()
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "Errors", "The database file {path} cannot be opened: {exc}.").format(path=path, exc=exc)) from exc
    problem = None
    if version > migrations.CURRENT_VERSION:
        problem = QT_TRANSLATE_NOOP(
            "Errors", "The copy {path} was written by a newer TotalNet (schema version {version}); this "
            "TotalNet reads up to version {CURRENT_VERSION}. Please update the app.")
    elif version == 0:
        problem = QT_TRANSLATE_NOOP("Errors", "The file {path} is not a TotalNet database.")
    elif version < migrations.CURRENT_VERSION:
        problem = QT_TRANSLATE_NOOP(
            "Errors", "The copy {path} was written by an older TotalNet (schema version {version}); "
            "restore it (File > Restore from backup) to upgrade and open it.")
    if problem is not None:
        database.close()
        database.initialize(peewee.SqliteDatabase(None))
        raise DatabaseOpenError(problem.format(path=path, version=version,
                                               CURRENT_VERSION=migrations.CURRENT_VERSION))
    read_only.mark(database, path.name)
    return database
def hold_server(held: bool) -> None:
    """While the chapter server is known to be lost, refuse every statement of the app's handle at once
    (ServerLostError: nothing written, what is on screen stays); ``False`` when it is back. Nothing on a
    personal file."""
    real = getattr(database, "obj", None)
    if engine.is_postgres(real):
        real.held = held


def close_database() -> None:
    """Checkpoint and close the handle (safe to call twice)."""
    if not database.is_closed():
        if engine.is_postgres(database) or read_only.active(database):
            database.close()
            return
        try:
            # PASSIVE: never waits for another process's write transaction (TRUNCATE waited the whole
            # busy timeout, 5 s added to every command while the app was saving).
            database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except peewee.DatabaseError:
            logger.warning("WAL checkpoint failed on close", exc_info=True)
        database.close()
