"""The enum guards' table: which column accepts which enum's values, and what a refused write is told.

``checks`` installs them (SQLite triggers, PostgreSQL CHECK constraints); the server handle reads a
refused constraint's sentence here (``violation_message``), also for the guard of who is "me" (``ME_CHECK``,
installed by ``me_choice``). No engine import: both use it.
"""

from __future__ import annotations

from dataclasses import dataclass

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

    @property
    def message(self) -> str:
        """What a write of another value is told (SQLite's RAISE, PostgreSQL's constraint alike)."""
        return f"{self.table}.{self.column} must be one of: {', '.join(self.allowed())}"

    def allowed(self) -> tuple[str, ...]:
        return self.enum.values() + (("",) if self.allow_empty else ())

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


# The one guard that is not an enum's (schema step 23, core.store.me_choice): a login's "me" row holds a
# contact id written one way, or null.
ME_CHECK = "check_setting_me_contact"
ME_MESSAGE = "setting.value of a me_contact_id@login row must be a contact id (its digits) or null"


def violation_message(constraint: str | None) -> str | None:
    """The guard's sentence for a PostgreSQL CHECK constraint's name (None: not a guard)."""
    if constraint == ME_CHECK:
        return ME_MESSAGE
    return next((g.message for g in GUARDS if g.name == constraint), None)
