"""The bulk phase of an import: what is switched off while its rows are written, and put back.

Each switch works inside the import's one transaction, so a rollback (cancel, error, crash) restores
it with the data. Per-row work that a bulk load can do once, in one statement, after its rows are
written: the search-index triggers, the stage-history insert trigger, secondary indexes of tables
that were empty, and the enum guards (checked over every new row in one query per guard). On
PostgreSQL nothing is dropped: other desks use the tables meanwhile, and a DROP would lock them.
"""

from __future__ import annotations

import contextlib
import gc
import sqlite3
from collections.abc import Iterator

from totalnet_desktop.core.store import checks, engine

# The tables an import inserts into whose enum guards are checked after the load instead of row by row.
GUARDED_TABLES = ("contact", "contact_point", "interaction", "follow_up")

# Secondary indexes built once after a load into an empty contact table. Kept: unique indexes (INSERT
# OR IGNORE relies on them) and the indexes merging reads during the load (a contact's points and tags).
KEPT_DURING_LOAD = frozenset(("contact_point_contact_id_kind_position", "contact_point_contact_id",
                              "contact_tag_contact_id"))
DEFERRED_TABLES = ("contact", "contact_point", "contact_tag", "interaction")

_STAGE_INSERT_TRIGGER = "contact_stage_ai"


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while rows are planned: the drafts make no reference cycles,
    and with 100,000 drafts and dictionaries alive its full passes keep rescanning them. Measured on
    100,000 LinkedIn rows planned in one process (2 cores, load about 8): 12.4 s of CPU with the
    pause, 15.8 s without it (+27%). Scoped to the import: the collector runs again when it ends,
    even on error."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _dropped(db, rows: list[tuple[str, str]], kind: str) -> contextlib.AbstractContextManager:
    """Drop the schema objects ``rows`` (name, sql) and create them again on leaving."""

    @contextlib.contextmanager
    def manager():
        for name, _sql in rows:
            db.execute_sql(f'DROP {kind} "{name}"')
        try:
            yield
        finally:
            for _name, sql in rows:
                db.execute_sql(sql)

    return manager()


@contextlib.contextmanager
def index_triggers_dropped(db) -> Iterator[None]:
    """Drop the search-index triggers for a bulk load and put them back. Even suspended, each trigger
    costs a guard query per inserted row, which doubles the cost of a bulk insert. On PostgreSQL the
    triggers stay (suspended, they return at once)."""
    if engine.is_postgres(db):
        yield
        return
    rows = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts%'").fetchall()
    with _dropped(db, rows, "TRIGGER"):
        yield


@contextlib.contextmanager
def indexes_deferred(db) -> Iterator[bool]:
    """Into an empty contact table, build the secondary indexes of the tables the import fills once
    after the load instead of row by row (one CREATE INDEX sorts 100,000 keys faster than 100,000
    inserts into each b-tree). Yields whether the contact table was empty. SQLite only: on a shared
    PostgreSQL database others read the tables meanwhile."""
    if engine.is_postgres(db) or db.execute_sql("SELECT EXISTS (SELECT 1 FROM contact)").fetchone()[0]:
        yield False
        return
    marks = ", ".join("?" * len(DEFERRED_TABLES))
    rows = [(name, sql) for name, sql in db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ({marks})", DEFERRED_TABLES).fetchall()
        if name not in KEPT_DURING_LOAD]
    with _dropped(db, rows, "INDEX"):
        yield True


@contextlib.contextmanager
def stage_history_in_bulk(db) -> Iterator[bool]:
    """Drop the per-row insert trigger of the stage history (schema step 4), which adds about a
    quarter to a 100,000-row load; yield True when the writer is to write the new contacts' first
    stages itself (one INSERT ... SELECT per chunk). The update trigger stays, so merged rows whose
    stage changes are recorded as moves. On PostgreSQL the trigger stays (a DROP TRIGGER would lock the
    contact table against the other desks for the whole import): a setting local to the import's
    transaction makes its insert trigger step aside, for this transaction only."""
    if engine.is_postgres(db):
        from totalnet_desktop.core.store.pg_schema import BULK_STAGES

        db.execute_sql("SELECT set_config(?, 'on', true)", (BULK_STAGES,))
        try:
            yield True
        finally:
            if not engine.transaction_failed(db):
                db.execute_sql("SELECT set_config(?, 'off', true)", (BULK_STAGES,))
        return
    row = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                         (_STAGE_INSERT_TRIGGER,)).fetchone()
    if row is None:  # an older schema during tests of the migration: nothing to keep
        yield False
        return
    with _dropped(db, [(_STAGE_INSERT_TRIGGER, row[0])], "TRIGGER"):
        yield True


@contextlib.contextmanager
def guards_checked_after(db, tables: tuple[str, ...] = GUARDED_TABLES) -> Iterator[None]:
    """Check the enum guards of ``tables`` over all the rows added, in one query per guard after the
    load, instead of in a trigger per row (an SQLite trigger's ``NOT IN (list)`` builds its list
    anew for every row: about a third of the cost of writing the rows). Same condition, same
    message: a row holding another value raises sqlite3.IntegrityError, as the trigger does, and the
    import's transaction rolls back. Updates (merges) keep their per-row guard. On PostgreSQL the
    guards are CHECK constraints, which cost nothing like this."""
    if engine.is_postgres(db):
        yield
        return
    guards = [g for g in checks.GUARDS if g.table in tables]
    names = [f"{g.name}_insert" for g in guards]
    marks = ", ".join("?" * len(names))
    rows = db.execute_sql(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
                          names).fetchall()
    present = {name for name, _sql in rows}
    guards = [g for g in guards if f"{g.name}_insert" in present]
    before = {t: db.execute_sql(f'SELECT coalesce(max(rowid), 0) FROM "{t}"').fetchone()[0]
              for t in {g.table for g in guards}}
    with _dropped(db, rows, "TRIGGER"):
        yield
        for guard in guards:
            bad = db.execute_sql(f'SELECT 1 FROM "{guard.table}" WHERE rowid > ? AND '
                                 f"{guard.condition(guard.table)} LIMIT 1", (before[guard.table],)).fetchone()
            if bad is not None:
                raise sqlite3.IntegrityError(guard.message)
