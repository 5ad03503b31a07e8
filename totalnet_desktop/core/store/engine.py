"""Which engine holds the data: the embedded SQLite file (the default, needs nothing) or a shared
PostgreSQL server a user chose (``--database postgresql://...`` or ``TOTALNET_DATABASE``).

This is the one place that tells them apart; the rest of the store asks ``is_postgres()``.
"""

from __future__ import annotations

import os

from totalnet_desktop.core.store.addresses import (  # noqa: F401 - the store's callers read them here
    SERVER_SCHEMES,
    database_name,
    is_server_target,
    safe_label,
    short_label,
)
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

ENV_DATABASE = "TOTALNET_DATABASE"
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -32000,  # 32 MB
    # FULL: a check-in shown on screen survives a power cut, not only a crash.
    "synchronous": "full",
}


def chosen_target(explicit: str | None = None) -> str | None:
    """The server the user chose for this run (``--database``, then ``TOTALNET_DATABASE``), or None."""
    value = explicit or os.environ.get(ENV_DATABASE) or None
    if value and not is_server_target(value):
        from totalnet_desktop.core.store.errors import DatabaseOpenError

        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "Errors", "'{value}' is not a database address: use postgresql://user@host/chapter.").format(value=value))
    return value


def backend_pid(db=None) -> int | None:
    """The server process id of the app's connection (its own notices are skipped), or None."""
    if db is None:
        from totalnet_desktop.core.store.models import database as db
    if not is_postgres(db) or db.is_closed():
        return None
    return getattr(db, "obj", db).connection().info.backend_pid


def is_postgres(db=None) -> bool:
    """True when ``db`` (default: the app's handle) is a PostgreSQL database."""
    if db is None:
        from totalnet_desktop.core.store.models import database as db
    real = getattr(db, "obj", db)
    return getattr(real, "engine", "") == "postgresql"


def current_role(db=None) -> str | None:
    """The PostgreSQL role this handle logs in as (each person of a shared database has their own),
    or None on SQLite (one person, who owns everything)."""
    if not is_postgres(db):
        return None
    if db is None:
        from totalnet_desktop.core.store.models import database as db
    real = getattr(db, "obj", db)
    if getattr(real, "role", None) is None:
        real.connection()  # connecting reads it
    return real.role


def likeable(column):
    """``column`` as an operand of LIKE (peewee's ``contains``/``startswith``) on either engine. On
    PostgreSQL a column with the case-blind ``nocase`` collation (nondeterministic) refuses LIKE and
    ILIKE, so there it is compared under the byte collation "C" (ILIKE ignores ASCII case as SQLite's
    LIKE does)."""
    if not is_postgres(column.model._meta.database) or not getattr(column, "collation", None):
        return column
    return column.collate('"C"')


def returning(db=None) -> bool:
    """True when an INSERT can give back its row (``RETURNING``): always on a server; on SQLite from
    version 3.35, asked once of the open handle (a protected file's SQLCipher carries its own SQLite)."""
    if is_postgres(db):
        return True
    if db is None:
        from totalnet_desktop.core.store.models import database as db
    real = getattr(db, "obj", db)
    if getattr(real, "tn_returning", None) is None:
        version = real.execute_sql("SELECT sqlite_version()").fetchone()[0]
        real.tn_returning = tuple(int(part) for part in version.split(".")[:2]) >= (3, 35)
    return real.tn_returning


def transaction_failed(db) -> bool:
    """True when ``db`` is a PostgreSQL connection whose transaction already failed: it takes no
    further statement until rolled back (SQLite has no such state)."""
    if not is_postgres(db):
        return False
    from psycopg.pq import TransactionStatus

    conn = getattr(db, "obj", db).connection()
    return conn.info.transaction_status == TransactionStatus.INERROR


CONNECT_TIMEOUT_SECONDS = 10


def make_database(target):
    """A new, unconnected handle for a file path or a server address."""
    if is_server_target(target):
        from totalnet_desktop.core.store.server import ServerDatabase
        from totalnet_desktop.core.store.server_login import password_for

        password = password_for(str(target))  # typed this run, or the keyring's; else ~/.pgpass
        options: dict[str, object] = {"password": password} if password else {}
        if "connect_timeout" not in str(target):  # a server behind a dead network: told, not waited on
            options["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
        return ServerDatabase(str(target), **options)
    import peewee

    return peewee.SqliteDatabase(str(target), pragmas=SQLITE_PRAGMAS, check_same_thread=False)
