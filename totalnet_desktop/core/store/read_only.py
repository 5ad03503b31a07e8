"""Read-only databases: a chapter server login that may only read (the reports role of
docs/postgres-roles.sql), and a TotalNet file opened as a copy (the last local snapshot of a lost
server, or any backup) that must never be written.

Found once, in the store layer, when the database is opened (``detect`` on a server: the login's
rights on the contact table; a copy: opened so by the user), and kept on the handle
(``handle.read_only_login``). Every statement that would write is then refused before it reaches the
database (``refuse_write``), with one sentence: "This login can read only: <login>". The front ends
ask ``active()`` to disable their writing actions up front, and the automatic writes of a start (the
migration, the daily backup, the follow-up rules, preferences) ask it to skip.
"""

from __future__ import annotations

import re

from totalnet_desktop.core.store.errors import NotAllowedError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

# The first word of a statement that changes data or schema (PRAGMAs are SQLite's own to refuse: a
# copy is opened with ``mode=ro`` and ``query_only``).
_WRITES = frozenset(("INSERT", "UPDATE", "DELETE", "REPLACE", "UPSERT", "CREATE", "DROP", "ALTER", "TRUNCATE",
                     "COPY", "GRANT", "REVOKE", "VACUUM", "REINDEX", "COMMENT", "MERGE", "NOTIFY", "LOCK"))
_COMMENTS = re.compile(r"(--[^\n]*\n)|(/\*.*?\*/)", re.DOTALL)
_DATA_CHANGE = re.compile(r"\b(INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b", re.IGNORECASE)
# psycopg's COPY ... TO STDOUT reads; COPY ... FROM writes.
_COPY_OUT = re.compile(r"^\s*COPY\b.*\bTO\s+STDOUT\b", re.IGNORECASE | re.DOTALL)


class ReadOnlyError(NotAllowedError):
    """A write asked of a database opened read-only: nothing was written."""


def sentence(login: str) -> str:
    """The one sentence every refused write gives (the app and the command line alike)."""
    return QT_TRANSLATE_NOOP("Errors", "This login can read only: {login}").format(login=login)


def _real(db=None):
    if db is None:
        from totalnet_desktop.core.store.models import database as db
    return getattr(db, "obj", db)


def login(db=None) -> str | None:
    """Who may only read: the server login or the copy's file name; None when the database is writable."""
    return getattr(_real(db), "read_only_login", None)


def active(db=None) -> bool:
    """True when the open database may only be read."""
    return login(db) is not None


def mark(db, who: str | None) -> None:
    """Remember on the handle that it may only be read (``who`` None: writable)."""
    _real(db).read_only_login = who


def is_write(sql: str) -> bool:
    """True when ``sql`` would change data or schema."""
    text = _COMMENTS.sub(" ", sql).lstrip(" \t\n(")
    word = text.split(None, 1)[0].upper() if text else ""
    if word == "COPY":
        return not _COPY_OUT.match(text)
    if word == "WITH":
        return bool(_DATA_CHANGE.search(text))
    if word == "SELECT":
        return "setval(" in text.lower() or "nextval(" in text.lower()
    return word in _WRITES


def refuse_write(sql: str, db=None) -> None:
    """Raise ReadOnlyError (the one sentence) when the database is read-only and ``sql`` writes."""
    who = login(db)
    if who is not None and is_write(sql):
        raise ReadOnlyError(sentence(who))


def refuse(db=None) -> None:
    """Raise ReadOnlyError when the open database may only be read (a whole action refused up front)."""
    who = login(db)
    if who is not None:
        raise ReadOnlyError(sentence(who))


# ---- a server login --------------------------------------------------------------------------------
_RIGHTS = ("SELECT to_regclass('contact') IS NOT NULL AND NOT (has_table_privilege('contact', 'INSERT') "
           "OR has_table_privilege('contact', 'UPDATE') OR has_table_privilege('attendance', 'INSERT') "
           "OR has_table_privilege('referral', 'INSERT')), session_user")


def detect(db) -> bool:
    """Ask the server once whether this login may write TotalNet's tables; mark the handle. A server
    without TotalNet's tables yet is not called read-only (creating them says what it needs)."""
    row = db.execute_sql(_RIGHTS).fetchone()
    reading_only = bool(row and row[0])
    mark(db, str(row[1]) if reading_only else None)
    return reading_only


# No TotalNet table yet, and the login may not create one where they would go (the first schema of
# its search path; a schema that does not exist is left to the creation to explain).
_CANNOT_CREATE = ("SELECT to_regclass('contact') IS NULL AND current_schema() IS NOT NULL "
                  "AND NOT has_schema_privilege(current_schema(), 'CREATE'), session_user")


def cannot_create(db) -> str | None:
    """The login, when the server has no TotalNet tables yet and this login could not create them (a
    reports login connecting before leadership did); None otherwise."""
    row = db.execute_sql(_CANNOT_CREATE).fetchone()
    return str(row[1]) if row and row[0] else None
