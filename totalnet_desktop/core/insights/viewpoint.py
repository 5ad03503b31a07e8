"""Whose dashboard it is: "me", my chapter, its fee and currency."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from totalnet_desktop.core.store import identity, prefs
from totalnet_desktop.core.store.models import Chapter, Contact


@dataclass(frozen=True)
class Viewpoint:
    """Whose dashboard this is: me, my chapter, its annual fee and currency."""

    me_id: int | None
    me_name: str
    chapter_id: int | None
    chapter_name: str
    currency: str
    annual_fee: Decimal

    @property
    def me_param(self) -> int:
        """``me_id`` for SQL; -1 matches nobody when "me" is not known."""
        return self.me_id if self.me_id is not None else -1


def viewpoint() -> Viewpoint:
    """Resolve me and my chapter through core.store.identity, with my chapter's fee and currency."""
    me_id, chapter_id = identity.me_id(), identity.my_chapter_id()
    me = Contact.get_by_id(me_id) if me_id is not None else None
    chapter = Chapter.get_by_id(chapter_id) if chapter_id is not None else None
    return Viewpoint(
        me_id=me.id if me else None,
        me_name=me.full_name if me else "",
        chapter_id=chapter.id if chapter else None,
        chapter_name=chapter.name if chapter else "",
        currency=(chapter.currency if chapter else prefs.get("currency")) or "AED",
        annual_fee=Decimal(str(chapter.annual_fee or 0)) if chapter else Decimal(0),
    )
