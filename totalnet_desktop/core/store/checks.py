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
from dataclasses import dataclass

from totalnet_desktop.core.store import engine
from totalnet_desktop.core.store.enums import (
    AttendanceStatus,
    BusinessKind,
    Channel,
    FollowUpOrigin,
    FollowUpStatus,
    MeetingStatus,
    PointKind,
    ReferralKind,
    ReferralStatus,
    Stage,
    TextEnum,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Guard:
    table: str
    column: str
    enum: type[TextEnum]
    default: str
    allow_empty: bool = False

    @property
    def name(self) -> str:
        return f"check_{self.table}_{self.column}"

    def allowed(self) -> tuple[str, ...]:
        return self.enum.values() + (("",) if self.allow_empty else ())

    @property
    def message(self) -> str:
        """What a write holding another value is refused with."""
        return f"{self.table}.{self.column} must be one of: {', '.join(self.allowed())}"

    def condition(self, row: str) -> str:
        listed = ", ".join("'" + v.replace("'", "''") + "'" for v in self.allowed())
        return f"{row}.{self.column} NOT IN ({listed})"


GUARDS = (
    Guard("contact", "stage", Stage, "Know"),
    Guard("contact", "met_channel", Channel, "", allow_empty=True),
    Guard("contact_point", "kind", PointKind, "phone"),
    Guard("interaction", "channel", Channel, "other"),
    Guard("meeting", "status", MeetingStatus, "open"),
    Guard("attendance", "status", AttendanceStatus, "Present"),
    Guard("referral", "kind", ReferralKind, "outside"),
    Guard("referral", "status", ReferralStatus, "New"),
    Guard("thank_you", "kind", ReferralKind, "outside"),
    Guard("thank_you", "business", BusinessKind, "new"),
    Guard("follow_up", "channel", Channel, "", allow_empty=True),
    Guard("follow_up", "status", FollowUpStatus, "open"),
    Guard("follow_up", "origin", FollowUpOrigin, "user"),
)


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
