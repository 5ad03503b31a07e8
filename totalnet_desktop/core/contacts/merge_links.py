"""Links between the records of a merge, which the merge would turn into links with oneself.

Two records of one person may refer each other, thank each other or have a one-to-one together; once
they are one contact such a row has the same person at both ends (a self-referral...), and insights
and reports would count it twice over. ``find`` lists those rows before the merge (the merge preview
shows their number) and ``apply`` removes or clears them inside the merge, through its undo journal.

Only rows whose ends were *different* records of the merge count: a row that already had one contact
at both ends before the merge is not the merge's doing and is left as it is.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from totalnet_desktop.core.contacts.merge_journal import MergeJournal
from totalnet_desktop.core.store.models import Attendance, OneToOne, Referral, ThankYou

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SelfLinks:
    """Row ids a merge of given contacts would turn into links with oneself."""

    referrals: tuple[int, ...] = ()  # giver and receiver merged: removed
    thank_yous: tuple[int, ...] = ()  # from and to merged: removed
    one_to_ones: tuple[int, ...] = ()  # both members merged: removed
    prospects: tuple[int, ...] = ()  # referrals kept, their prospect (the giver or receiver) cleared
    substitutes: tuple[int, ...] = ()  # attendance kept, the substitute (the member) cleared
    inviters: tuple[int, ...] = ()  # attendance kept, "invited by" (the visitor) cleared

    @property
    def removed(self) -> int:
        """How many rows the merge deletes."""
        return len(self.referrals) + len(self.thank_yous) + len(self.one_to_ones)

    @property
    def cleared(self) -> int:
        """How many rows keep living with one field cleared."""
        return len(self.prospects) + len(self.substitutes) + len(self.inviters)

    def __bool__(self) -> bool:
        return bool(self.removed or self.cleared)


def _ids(query) -> tuple[int, ...]:
    return tuple(row_id for row_id, in query.order_by(query.model.id).tuples())


def _between(model, one: str, other: str, ids: list[int]):
    """Rows of ``model`` whose columns ``one`` and ``other`` are two different contacts of ``ids``."""
    a, b = getattr(model, one), getattr(model, other)
    return model.select(model.id).where(a.in_(ids) & b.in_(ids) & (a != b))


def find(ids: list[int]) -> SelfLinks:
    """The rows that merging ``ids`` (in any order, into any of them) would link to themselves."""
    ids = list(ids)
    referrals = _ids(_between(Referral, "giver", "receiver", ids))
    prospects = set(_ids(_between(Referral, "prospect", "giver", ids))) | set(
        _ids(_between(Referral, "prospect", "receiver", ids)))
    return SelfLinks(
        referrals=referrals,
        thank_yous=_ids(_between(ThankYou, "from_contact", "to_contact", ids)),
        one_to_ones=_ids(_between(OneToOne, "member_a", "member_b", ids)),
        prospects=tuple(sorted(prospects - set(referrals))),  # a removed referral needs no clearing
        substitutes=_ids(_between(Attendance, "substitute", "contact", ids)),
        inviters=_ids(_between(Attendance, "invited_by", "contact", ids)),
    )


def apply(journal: MergeJournal, links: SelfLinks) -> None:
    """Remove the self-links and clear the self-pointing fields, journaled so undo restores them."""
    # A referral, thank-you or one-to-one with oneself means nothing (nobody gave, thanked or met
    # anyone), so the row goes. Referrals go first: a thank-you removed as well is then journaled
    # still pointing at its referral, and undo (which re-inserts in journal order) brings the
    # referral back before it.
    for row_id in links.referrals:
        # A thank-you for this referral between other people stays; only its link to the referral
        # goes, journaled (SQLite's ON DELETE SET NULL would do it unseen and undo could not restore it).
        for thank_id, in ThankYou.select(ThankYou.id).where(ThankYou.referral == row_id).tuples():
            journal.move(ThankYou, thank_id, referral=None)
        journal.delete(Referral, row_id)
    for row_id in links.thank_yous:
        journal.delete(ThankYou, row_id)
    for row_id in links.one_to_ones:
        journal.delete(OneToOne, row_id)
    # A prospect, substitute or inviter who turns out to be the other end is cleared rather than the
    # row deleted: the referral between giver and receiver was really passed (and reported that week),
    # and the attendance really happened. The referral's kind and the attendance's status stay as
    # recorded; guessing "inside" or "Present" would rewrite weekly reports the chapter already has.
    for row_id in links.prospects:
        journal.move(Referral, row_id, prospect=None)
    for row_id in links.substitutes:
        journal.move(Attendance, row_id, substitute=None)
    for row_id in links.inviters:
        journal.move(Attendance, row_id, invited_by=None)
    if links:
        logger.info("merge: %s self-links removed, %s fields cleared", links.removed, links.cleared)
