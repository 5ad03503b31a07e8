"""The PostgreSQL handle: peewee's psycopg 3 database, with the app's SQLite-flavoured hand-written
SQL translated on the way (``pg_dialect``) and SQLite's connection habits as session settings."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Iterator

import peewee
from playhouse.postgres_ext import Psycopg3Database

from totalnet_desktop.core.store import addresses, guards, pg_dialect, pg_errors, read_only
from totalnet_desktop.core.store.errors import ServerLostError, ValidationError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

# psycopg reports a clean-up it gave up on (a pipeline or COPY ended by Ctrl+C) as a warning; without a
# handler of its own Python would print it on stderr, where a user reads only the app's sentences. It
# still reaches the app's log file (the root logger's handler) where there is one.
logging.getLogger("psycopg").addHandler(logging.NullHandler())

# What SQLite's PRAGMAs gave (db.PRAGMAS), as PostgreSQL session settings: wait for a lock up to 5 s
# instead of failing at once (busy_timeout), never wait forever on a stuck statement, and read
# timestamps as the local wall clock the app writes (TIMESTAMP WITHOUT TIME ZONE). No JIT compiling: the
# app's statements take milliseconds, and row-level security makes the planner's estimate of a search
# over the index large enough to compile it, which cost 15-30 ms per keystroke for an ordinary login.
SESSION_SETTINGS = {
    "jit": "off",
    "lock_timeout": "5s",
    "statement_timeout": "120s",
    "idle_in_transaction_session_timeout": "10min",
    "application_name": "TotalNet",
}


def _local_offset() -> str:
    """This machine's offset from UTC ('+04:00'): the server's ``localtimestamp`` (stage history
    triggers) then reads the same wall clock as the app's own timestamps."""
    offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _bool_as_integer(conn) -> None:
    """Python booleans go to the server as 0/1, as SQLite stores them (flags are INTEGER columns)."""
    from psycopg.adapt import Dumper
    from psycopg.pq import Format

    class BoolDumper(Dumper):
        oid = 23  # int4
        format = Format.TEXT

        def dump(self, obj):
            return b"1" if obj else b"0"

    conn.adapters.register_dumper(bool, BoolDumper)


def _refused(exc: Exception, role: str | None) -> None:
    """A write the server refused to this login (its role's rights, or a row that is not its own):
    raise it as one sentence a user can act on."""
    from psycopg.errors import InsufficientPrivilege

    original = getattr(exc, "orig", None) or exc.__context__  # peewee keeps psycopg's error as .orig
    if isinstance(original, InsufficientPrivilege):
        from totalnet_desktop.core.store.errors import NotAllowedError
        from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

        raise NotAllowedError(QT_TRANSLATE_NOOP(
            "Errors", "The chapter server does not let {login} change this: members write their own contacts, "
            "notes, follow-ups and the slips they gave; the chapter's data is leadership's.").format(
            login=role or "this login")) from exc


class ServerRefusedError(ValidationError, peewee.OperationalError):
    """A statement the server refused on a live connection (a full disk, a conflict with another desk,
    a read-only server, a request stopped for taking too long): the app's sentence, nothing saved. Also
    a peewee error, for code that handles the database's failures as such."""


@contextlib.contextmanager
def _errors(login: Callable[[], str | None], target: str = "") -> Iterator[None]:
    """psycopg's errors as peewee's; a value an enum guard refuses says so in the app's sentence, as
    SQLite's guard trigger does ("contact.stage must be one of: Know, Like, Trust, Partner"); a write the
    server refuses to ``login()`` says so in one sentence (``_refused``)."""
    try:
        with peewee.__exception_wrapper__:
            yield
    except peewee.IntegrityError as exc:
        original = exc.__cause__ or exc.__context__  # psycopg's error, which peewee's replaced
        message = guards.violation_message(getattr(getattr(original, "diag", None), "constraint_name", None))
        if message is None:
            raise
        raise peewee.IntegrityError(message) from exc
    except peewee.DatabaseError as exc:
        _refused(exc, login())
        sentence = pg_errors.refused(exc, target) if target else None
        if sentence is not None:
            raise ServerRefusedError(sentence) from exc
        raise


class _Cursor:
    """A psycopg cursor that takes SQLite-flavoured SQL, for code that drives a cursor itself."""

    def __init__(self, cursor, db=None, target: str = "") -> None:
        self._cursor = cursor
        self._target = target
        self._inserted = False
        self._db = db  # its read-only mark refuses writes before they are sent

    def execute(self, sql, params=None):
        if self._db is not None:
            read_only.refuse_write(sql, self._db)
        sql, params = pg_dialect.translate(sql, params)
        with _errors(lambda: self._cursor.connection.info.user, self._target):
            self._cursor.execute(sql, params)
        self._inserted = sql.lstrip()[:6].upper() == "INSERT"
        return self

    @property
    def lastrowid(self) -> int | None:
        """The id the last INSERT drew from its identity column (SQLite's cursor.lastrowid)."""
        if not self._inserted:
            return None
        row = self._cursor.connection.execute("SELECT lastval()").fetchone()
        return int(row[0]) if row else None

    def __getattr__(self, name):
        return getattr(self._cursor, name)

    def executemany(self, sql, seq):
        if self._db is not None:
            read_only.refuse_write(sql, self._db)
        sql, _ = pg_dialect.translate(sql, ())
        with _errors(lambda: self._cursor.connection.info.user, self._target):
            self._cursor.executemany(sql, list(seq))
        return self

    def fetchone(self):
        return self._cursor.fetchone()

    def fetchall(self):
        return self._cursor.fetchall()

    def fetchmany(self, size=None):
        return self._cursor.fetchmany(size) if size else self._cursor.fetchmany()

    def __iter__(self):
        return iter(self._cursor)

    def close(self) -> None:
        self._cursor.close()

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def description(self):
        return self._cursor.description


class ServerDatabase(Psycopg3Database):
    """A TotalNet database on a PostgreSQL server."""

    engine = "postgresql"
    role: str | None = None  # the database role this handle logs in as (set on connecting)
    read_only_login: str | None = None  # set when this login may only read (core.store.read_only)
    # Set while the desk knows the server is lost (its watch found it gone): the screens' reads are
    # refused at once with the lost sentence instead of each waiting on the network, and what they
    # already hold stays readable; a save the user asks for tries the server once (and clears this when
    # it answers). Cleared when the watch finds the server back.
    held: bool = False

    def _connect(self):
        conn = super()._connect()
        _bool_as_integer(conn)
        with conn.cursor() as cur:
            for name, value in SESSION_SETTINGS.items():
                cur.execute("SELECT set_config(%s, %s, false)", (name, value))
            cur.execute(f"SET TIME ZONE INTERVAL '{_local_offset()}' HOUR TO MINUTE")
            cur.execute("SELECT session_user")
            self.role = cur.fetchone()[0]  # who "me" is on a shared server (core.store.identity)
        return conn

    def conflict_update(self, oc, query):
        # SQLite's INSERT OR REPLACE (prefs) as an upsert on the primary key, every column taken
        # from the new row (omitted columns get their defaults, as REPLACE's fresh row would).
        if (oc._action or "").lower() == "replace":
            meta = query.table._meta
            keys = meta.get_primary_keys()
            preserve = [f for f in meta.sorted_fields if not any(f is k for k in keys)]  # Field == builds SQL
            oc = peewee.OnConflict(conflict_target=keys, preserve=preserve or None,
                                   action=None if preserve else "ignore")
        return super().conflict_update(oc, query)

    def execute(self, query, **context_options):
        # peewee's own SQL is PostgreSQL's already.
        ctx = self.get_sql_context(**context_options)
        sql, params = ctx.sql(query).query()
        return self._execute_cursor(sql, params)

    def execute_sql(self, sql, params=None):
        sql, params = pg_dialect.translate(sql, params)
        return self._execute_cursor(sql, params)

    # ---- a lost connection ----------------------------------------------------------------------
    def connection_broken(self) -> bool:
        """True when the open connection can no longer talk to the server (it was cut, or the
        server restarted)."""
        conn = None if self.is_closed() else self._state.conn
        return conn is not None and (conn.closed or conn.broken)

    def lost_error(self, exc: BaseException | None = None) -> ServerLostError:
        reason = pg_errors.explain(exc, self.database) if exc is not None else ""
        error = ServerLostError(QT_TRANSLATE_NOOP(
            "Errors", "The chapter server {label} cannot be reached; nothing of this change was saved. "
            "TotalNet reconnects as soon as it is back.").format(label=addresses.short_label(self.database)))
        error.reason = reason  # type: ignore[attr-defined]
        return error

    def reconnect(self) -> None:
        """Drop a broken connection and open a new one (outside a transaction only)."""
        with self._lock:
            with contextlib.suppress(Exception):  # closing a dead connection
                self._close(self._state.conn)
            self._state.reset()
        try:
            self.connect()
        except peewee.DatabaseError as exc:
            raise self.lost_error(exc) from exc

    def begin(self, isolation_level=None):
        # SQLite's lock types (``atomic("IMMEDIATE")``: take the write lock at once) are no isolation
        # level here; PostgreSQL locks rows as they are written, so they mean a plain BEGIN.
        if isinstance(isolation_level, str) and isolation_level.upper() in ("DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
            isolation_level = None
        if self.held and self.transaction_depth() == 0:
            self.reconnect()  # a save asked for: one try (ServerLostError when still away)
            self.held = False
        # The outermost transaction starts on a live connection (a cut one is replaced first).
        if self.transaction_depth() == 0 and (self.is_closed() or self.connection_broken()):
            self.reconnect()
        try:
            return super().begin(isolation_level)
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if not self.connection_broken():
                raise
            if self.transaction_depth() > 0:
                raise self.lost_error(exc) from exc
        self.reconnect()  # the connection was found cut by BEGIN itself: once more on a new one
        try:
            return super().begin(isolation_level)
        except (peewee.OperationalError, peewee.InterfaceError) as again:
            if self.connection_broken():
                raise self.lost_error(again) from again
            raise

    def rollback(self):
        if self.connection_broken():
            return  # the server already dropped the transaction with the connection
        return super().rollback()

    def _execute_cursor(self, sql, params, **cursor_options):
        # A connection the server cut while idle (restart, pg_terminate_backend, a network change) is
        # replaced before the statement, and a statement that found it cut runs once more on a new
        # one; inside a transaction the loss ends the transaction: ServerLostError, nothing written.
        # A login that may only read is refused a write here, before the server is asked.
        read_only.refuse_write(sql, self)
        if self.held and not self.in_transaction():
            raise self.lost_error()
        if self.is_closed() or (self.connection_broken() and not self.in_transaction()):
            self.reconnect()
        try:
            cursor = self._run(sql, params)
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if not self.connection_broken():
                raise
            if self.in_transaction():
                raise self.lost_error(exc) from exc
            self.reconnect()
            try:
                cursor = self._run(sql, params)
            except (peewee.OperationalError, peewee.InterfaceError) as again:
                if self.connection_broken():
                    raise self.lost_error(again) from again
                raise
        wrapped = _Cursor(cursor, self.database)
        wrapped._inserted = sql.lstrip()[:6].upper() == "INSERT"
        return wrapped

    def _run(self, sql, params):
        with _errors(lambda: self.role, self.database):  # a guard's sentence, a write this login may not make
            cursor = super().cursor()
            cursor.execute(sql, params or ())
        return cursor

    def cursor(self, named_cursor=None):
        return _Cursor(super().cursor(), self, self.database)
