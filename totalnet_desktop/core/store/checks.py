"""Guards that keep a wrong word out of the file: each enum-valued column accepts only its enum's values.

SQLite cannot add a CHECK constraint to an existing table without rebuilding it (and every index,
trigger and foreign key that names it), so the guards are BEFORE INSERT / BEFORE UPDATE OF triggers that
abort with the column and the value, which is what a CHECK would do (docs/decisions/enum-guards.md).
``install`` (re)creates them from the enums of today; a schema step that adds a value to an enum calls
it again. Rows that hold a value outside the list when the guards are first installed are set to the
column's default, and the count is logged (ids only), so opening an old file never fails on them.
On PostgreSQL the guards are CHECK constraints, which it can add to a live table.
"""

from __future__ import annotations

import logging

from totalnet_desktop.core.store import engine
from totalnet_desktop.core.store.guards import GUARDS, Guard, violation_message  # noqa: F401 - their home before

logger = logging.getLogger(__name__)


def install(db) -> None:
    """Repair stray values, then (re)create every guard trigger from today's enums."""
    for guard in GUARDS:
        repaired = db.execute_sql(
            f"UPDATE {guard.table} SET {guard.column} = ? WHERE {guard.condition(guard.table)}",
            (guard.default,)).rowcount
        if repaired:
            logger.warning("schema guard %s: %d row(s) held an unknown value, set to %r",
                           guard.name, repaired, guard.default)
        if engine.is_postgres(db):
            # PostgreSQL adds a CHECK constraint to a live table: the guard is what it says.
            db.execute_sql(f'ALTER TABLE "{guard.table}" DROP CONSTRAINT IF EXISTS {guard.name}')
            db.execute_sql(f'ALTER TABLE "{guard.table}" ADD CONSTRAINT {guard.name} '
                           f"CHECK (NOT ({guard.condition(guard.table)}))")
            continue
        for event, when in (("insert", "INSERT"), ("update", f"UPDATE OF {guard.column}")):
            trigger = f"{guard.name}_{event}"
            db.execute_sql(f"DROP TRIGGER IF EXISTS {trigger}")
            db.execute_sql(
                f"CREATE TRIGGER {trigger} BEFORE {when} ON {guard.table} "
                f"WHEN {guard.condition('NEW')} "
                f"BEGIN SELECT RAISE(ABORT, '{guard.message.replace(chr(39), chr(39) * 2)}'); END")
