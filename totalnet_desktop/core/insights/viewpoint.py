"""Whose dashboard it is: "me", my chapter, its fee and currency."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from totalnet_desktop.core.store import identity, prefs
from totalnet_desktop.core.store.models import Chapter, ChapterFee, Contact, Membership


@dataclass(frozen=True)
class Viewpoint:
    """Whose dashboard this is: me, my chapter, its annual fee and currency."""

    me_id: int | None
    me_name: str
    chapter_id: int | None
    chapter_name: str
    currency: str
    annual_fee: Decimal
    joined_on: dt.date | None = None  # my membership of my chapter; None: unknown (a member all along)
    left_on: dt.date | None = None
    fees: tuple[tuple[dt.date, Decimal], ...] = ()  # the chapter's fee history (start, annual fee)

    @property
    def me_param(self) -> int:
        """``me_id`` for SQL; -1 matches nobody when "me" is not known."""
        return self.me_id if self.me_id is not None else -1


def viewpoint() -> Viewpoint:
    """Resolve me and my chapter through core.store.identity, with my chapter's fee and currency."""
    me_id, chapter_id = identity.me_id(), identity.my_chapter_id()
    me = Contact.get_by_id(me_id) if me_id is not None else None
    chapter = Chapter.get_by_id(chapter_id) if chapter_id is not None else None
    membership = None
    fees: tuple[tuple[dt.date, Decimal], ...] = ()
    if chapter is not None:
        fees = tuple((f.starts_on, Decimal(str(f.annual_fee))) for f in
                     ChapterFee.select().where(ChapterFee.chapter == chapter.id).order_by(ChapterFee.starts_on))
        if me is not None:
            membership = Membership.get_or_none((Membership.chapter == chapter.id) & (Membership.contact == me.id))
    return Viewpoint(
        me_id=me.id if me else None,
        me_name=me.full_name if me else "",
        chapter_id=chapter.id if chapter else None,
        chapter_name=chapter.name if chapter else "",
        currency=(chapter.currency if chapter else prefs.get("currency")) or "AED",
        annual_fee=Decimal(str(chapter.annual_fee or 0)) if chapter else Decimal(0),
        joined_on=membership.joined_on if membership else None,
        left_on=membership.left_on if membership else None,
        fees=fees,
    )
