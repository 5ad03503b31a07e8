"""Which engine holds the data: the embedded SQLite file (the default, needs nothing) or a shared
PostgreSQL server a user chose (``--database postgresql://...`` or ``TOTALNET_DATABASE``).

This is the one place that tells them apart; the rest of the store asks ``is_postgres()``.
"""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit, urlunsplit

from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

ENV_DATABASE = "TOTALNET_DATABASE"
SERVER_SCHEMES = ("postgresql://", "postgres://")
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -32000,  # 32 MB
    # FULL: a check-in shown on screen survives a power cut, not only a crash.
    "synchronous": "full",
}


def is_server_target(target: object) -> bool:
    """True when ``target`` names a PostgreSQL database rather than a file."""
    return isinstance(target, str) and target.lower().startswith(SERVER_SCHEMES)


def chosen_target(explicit: str | None = None) -> str | None:
    """The server the user chose for this run (``--database``, then ``TOTALNET_DATABASE``), or None."""
    value = explicit or os.environ.get(ENV_DATABASE) or None
    if value and not is_server_target(value):
        from totalnet_desktop.core.store.errors import DatabaseOpenError

        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "Errors", "'{value}' is not a database address: use postgresql://user@host/chapter.").format(value=value))
    return value


def safe_label(target: object) -> str:
    """What the window title and the status bar show: the address without any password."""
    text = str(target)
    if not is_server_target(text):
        return text
    parts = urlsplit(text)
    host = parts.hostname or "localhost"
    netloc = (f"{parts.username}@" if parts.username else "") + host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def database_name(target: str) -> str:
    """The database part of a server address ('chapter' in postgresql://me@host/chapter)."""
    return re.sub(r"^/", "", urlsplit(target).path) or "postgres"


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


def transaction_failed(db) -> bool:
    """True when ``db`` is a PostgreSQL connection whose transaction already failed: it takes no
    further statement until rolled back (SQLite has no such state)."""
    if not is_postgres(db):
        return False
    from psycopg.pq import TransactionStatus

    conn = getattr(db, "obj", db).connection()
    return conn.info.transaction_status == TransactionStatus.INERROR


def make_database(target):
    """A new, unconnected handle for a file path or a server address."""
    if is_server_target(target):
        from totalnet_desktop.core.store.server import ServerDatabase

        return ServerDatabase(str(target))
    import peewee

    return peewee.SqliteDatabase(str(target), pragmas=SQLITE_PRAGMAS, check_same_thread=False)
