"""``copy-database FROM TO``: every table between any two TotalNet databases (SQLite files and
PostgreSQL servers, either way), in one transaction on the target, with the counts checked.

The source is only read. The target gets TotalNet's schema (the migrations, inside the same
transaction), must be empty unless ``replace`` (then its rows are deleted first), and receives every
row with its id: tables in foreign-key order, each emptied first of what a trigger wrote while its
parents were copied (the stage history), the search index switched off during the load and built
once at the end, foreign keys checked at the commit. Any difference in a table's row count rolls the
whole copy back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from totalnet_desktop import paths
from totalnet_desktop.core.store import cipher, engine, last_touch, migrations, pg_bulk, search_index
from totalnet_desktop.core.store.errors import DatabaseOpenError, NewerSchemaError, TotalNetError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

BATCH = 5000
# Tables a copy never carries: search indexes (rebuilt on the target), the suspension flag, the
# PostgreSQL version table (the migrations write it) and SQLite's own.
SKIP_PREFIXES = ("contact_fts", "sqlite_")
SKIP_TABLES = {"contact_search", "search_index_suspend", "totalnet_schema", last_touch.TABLE}  # worked out again


class CopyError(TotalNetError):
    """A copy that cannot start or did not check out (nothing was written)."""


@dataclass
class CopyReport:
    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def text(self) -> str:
        return QT_TRANSLATE_NOOP("Copy", "copied {total} rows in {tables} tables from {source} to {target} in {seconds:.1f} s") \
            .format(total=self.total, tables=len(self.rows), source=self.source, target=self.target, seconds=self.seconds)


def _label(target) -> str:
    return engine.safe_label(str(target))


def open_handle(target, create: bool):
    """A connected handle on a file or a server (the file must exist unless ``create``)."""
    if not engine.is_server_target(str(target)):
        path = Path(target).expanduser()
        if not create and not path.exists():
            raise CopyError(QT_TRANSLATE_NOOP(
                "Errors", "There is no TotalNet database at {path}.").format(path=path))
        if create:  # a new file holds the whole network: owner-only, like the app's own (issue 20)
            if not path.parent.exists():
                paths.private_dir(path.parent)
            if not path.exists():
                paths.private_file(path)
        target = str(path)
    handle = engine.make_database(target)
    try:
        handle.connect()
    except peewee.DatabaseError as exc:
        if "not a database" in str(exc) and cipher.is_protected(Path(target)):
            raise CopyError(QT_TRANSLATE_NOOP(
                "Errors", "The database {path} is protected with a passphrase, and copy-database reads and "
                "writes plain files only; remove the protection first (totalnet decrypt), copy, then protect "
                "it again.").format(path=target)) from exc
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "Errors", "The database {label} cannot be opened: {value}.").format(
            label=_label(target), value=str(exc).strip())) from exc
    return handle


def copied_tables(db) -> list[str]:
    """The tables a copy carries, parents before children."""
    names = [t for t in db.get_tables()
             if t not in SKIP_TABLES and not t.startswith(SKIP_PREFIXES)]
    known = set(names)
    parents = {t: {fk.dest_table for fk in db.get_foreign_keys(t)} & known - {t} for t in names}
    ordered: list[str] = []
    placed: set[str] = set()
    while len(ordered) < len(names):
        ready = [t for t in sorted(names) if t not in placed and parents[t] <= placed]
        if not ready:  # a cycle between tables: the deferred foreign keys take it
            ready = [t for t in sorted(names) if t not in placed]
        for t in ready:
            ordered.append(t)
            placed.add(t)
    return ordered


def columns(db, table: str) -> list[str]:
    return [c.name for c in db.get_columns(table)]


def count_rows(db, table: str) -> int:
    return db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def _for_sqlite(value):
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _write_rows(target, table: str, cols: list[str], rows: list[tuple]) -> None:
    quoted = ", ".join(f'"{c}"' for c in cols)
    if engine.is_postgres(target):
        pg_bulk.copy_rows(target, table, cols, rows)  # through a staging table where rows are private
        return
    marks = ", ".join("?" * len(cols))
    target.cursor().executemany(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})',
                                [tuple(_for_sqlite(v) for v in row) for row in rows])


def _defer_foreign_keys(target) -> None:
    target.execute_sql("PRAGMA defer_foreign_keys = ON")  # PostgreSQL: SET CONSTRAINTS ALL DEFERRED


@contextlib.contextmanager
def _snapshot(src) -> Iterator[None]:
    """Read the source in one transaction, so every table is seen at the same moment."""
    with src.atomic():
        if engine.is_postgres(src):
            src.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def is_empty(db) -> bool:
    """True when no table TotalNet copies holds a row (a new or migrated-but-unused database)."""
    return all(count_rows(db, t) == 0 for t in copied_tables(db))


def copy_database(source, target, replace: bool = False,
                  progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copy every table of ``source`` into ``target`` (paths or postgresql:// addresses)."""
    started = time.perf_counter()
    if str(source) == str(target):
        raise CopyError(QT_TRANSLATE_NOOP("Errors", "The source and the target are the same database."))
    src = open_handle(source, create=False)
    try:
        version = migrations.schema_version(src)
        if version == 0:
            raise CopyError(QT_TRANSLATE_NOOP(
                "Errors", "{label} is not a TotalNet database (it has no TotalNet tables).").format(
                label=_label(source)))
        if version > migrations.CURRENT_VERSION:
            raise NewerSchemaError(QT_TRANSLATE_NOOP(
                "Errors", "{label} was written by a newer TotalNet (schema version {version}).").format(
                label=_label(source), version=version))
        if version < migrations.CURRENT_VERSION:
            raise CopyError(QT_TRANSLATE_NOOP(
                "Errors", "{label} has an older schema (version {version}): open it once with this "
                "TotalNet to upgrade it, then copy.").format(label=_label(source), version=version))
        dst = open_handle(target, create=True)
        try:
            report = CopyReport(_label(source), _label(target))
            with dst.atomic(), _snapshot(src):
                migrations.migrate(dst)
                tables = copied_tables(src)
                full = not is_empty(dst)
                if full and not replace:
                    raise CopyError(QT_TRANSLATE_NOOP(
                        "Errors", "{label} already holds data: copy into an empty database, or add "
                        "--replace to delete what it holds first.").format(label=_label(target)))
                _defer_foreign_keys(dst)
                with search_index.suspended(dst), last_touch.deferred(dst, everyone=True):
                    if full:
                        for table in reversed(copied_tables(dst)):
                            dst.execute_sql(f'DELETE FROM "{table}"')
                    for table in tables:
                        report.rows[table] = _copy_table(src, dst, table, progress)
                    search_index.rebuild(dst)
                for table in tables:
                    got = count_rows(dst, table)
                    if got != report.rows[table]:
                        raise CopyError(QT_TRANSLATE_NOOP(
                            "Errors", "The copy of table {table} holds {got} rows instead of "
                            "{value}; nothing was written to {label}.").format(
                            table=table, got=got, value=report.rows[table], label=_label(target)))
            report.seconds = time.perf_counter() - started
            return report
        finally:
            dst.close()
    finally:
        src.close()


def _copy_table(src, dst, table: str, progress) -> int:
    target_cols = set(columns(dst, table))
    if not target_cols:
        raise CopyError(QT_TRANSLATE_NOOP(
            "Errors", "The target has no table {table}.").format(table=table))
    cols = [c for c in columns(src, table) if c in target_cols]
    dst.execute_sql(f'DELETE FROM "{table}"')  # rows a trigger wrote while the parents were copied
    quoted = ", ".join(f'"{c}"' for c in cols)
    order = ' ORDER BY "id"' if "id" in cols else ""
    cursor = src.execute_sql(f'SELECT {quoted} FROM "{table}"{order}')
    copied = 0
    # A personal file moved to a chapter server: its rows without an owner become the copier's
    # (private to them, core.store.pg_privacy), not everyone's.
    owner_at = cols.index("owner") if "owner" in cols and not engine.is_postgres(src) else None
    role = engine.current_role(dst)
    while True:
        rows = cursor.fetchmany(BATCH)
        if not rows:
            break
        rows = [tuple(r) for r in rows]
        if owner_at is not None and role is not None:
            rows = [r if r[owner_at] is not None else (*r[:owner_at], role, *r[owner_at + 1:]) for r in rows]
        _write_rows(dst, table, cols, rows)
        copied += len(rows)
        if progress is not None:
            progress(table, copied)
    return copied


def server_backup(server: str, backup_dir: Path, dest: Path | None = None) -> tuple[Path, CopyReport]:
    """A chapter server's backup (``totalnet backup``, File > Back up now...): every table exported to a
    new TotalNet SQLite file, ``dest`` (a file, or a folder for a dated name) or one in ``backup_dir``.
    An existing file is never replaced."""
    folder = Path(dest) if dest is not None and Path(dest).is_dir() else None if dest is not None else Path(backup_dir)
    if folder is None:
        target = Path(dest)
    else:  # a dated name; a second backup within the same second gets "-2"
        stamp = f"server-{dt.datetime.now():%Y%m%d-%H%M%S}"
        target = next(folder / f"{stamp}{suffix}.sqlite3" for suffix in ["", *(f"-{n}" for n in range(2, 1000))]
                      if not (folder / f"{stamp}{suffix}.sqlite3").exists())
    if target.exists():
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "Errors", "{target} already exists; choose a new file name for the export.").format(target=target))
    if not target.parent.exists():
        paths.private_dir(target.parent)  # owner-only, as the backups folder is (issue 20)
    return target, copy_database(server, target)

