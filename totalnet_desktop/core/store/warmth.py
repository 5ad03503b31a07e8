"""Warm, quiet contacts: people the member talked to often who have gone quiet.

One definition shared by the Contacts filter and the Insights "Conversations" card, so the two
always list the same people. Group-chat touches do not make anyone warm (a chapter group is not a
conversation with each member).
"""

from __future__ import annotations

WARM_MIN_DAYS = 5  # conversation-days (or meetings, calls...) with the person, ever
QUIET_DAYS = 90  # and none in this many days


def warm_quiet_ids_sql(today: str = "date('now', 'localtime')") -> str:
    """SQL selecting the ids of warm, quiet contacts (``today`` is an SQL date expression)."""
    return ("SELECT contact_id FROM interaction WHERE direction != 'group' GROUP BY contact_id"
            f" HAVING COUNT(*) >= {WARM_MIN_DAYS} AND MAX(occurred_at) < date({today}, '-{QUIET_DAYS} days')")
