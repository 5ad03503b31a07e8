"""The chapter's annual fee over time: a new fee starts on a given day (schema step 7).

The fee on a day is the entry with the latest start on or before it; before the first entry, the
first entry's fee; with no entry at all, the chapter's ``annual_fee``. ``Chapter.annual_fee`` is
kept as the fee in force today, so screens that show "the fee" need not read the history.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal

from totalnet_desktop.core.chapter import amounts
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import Chapter, ChapterFee, database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

SINCE_EVER = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class FeeEntry:
    starts_on: dt.date
    annual_fee: Decimal


def fee_history(chapter_id: int) -> list[FeeEntry]:
    """The chapter's fees, oldest first (one entry from 1900-01-01 when never changed)."""
    rows = list(ChapterFee.select().where(ChapterFee.chapter == chapter_id).order_by(ChapterFee.starts_on))
    if rows:
        return [FeeEntry(r.starts_on, Decimal(r.annual_fee)) for r in rows]
    chapter = Chapter.get_or_none(Chapter.id == chapter_id)
    if chapter is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The chapter #{chapter_id} does not exist.").format(chapter_id=chapter_id))
    return [FeeEntry(SINCE_EVER, Decimal(chapter.annual_fee or 0))]


def fee_on(chapter_id: int, day: dt.date) -> Decimal:
    """The annual fee in force on ``day``."""
    history = fee_history(chapter_id)
    current = history[0].annual_fee
    for entry in history:
        if entry.starts_on <= day:
            current = entry.annual_fee
    return current


def set_fee(chapter_id: int, annual_fee, starts_on: dt.date, today: dt.date | None = None) -> list[FeeEntry]:
    """A new annual fee from ``starts_on`` on; the fee before that day stays as it was."""
    today = today or dt.date.today()
    amount = amounts.parse_amount(annual_fee or 0, "annual fee")
    with database.atomic():
        history = fee_history(chapter_id)
        if not ChapterFee.select().where(ChapterFee.chapter == chapter_id).exists():
            # The fee so far becomes the first entry, so the months before the change keep it.
            ChapterFee.create(chapter=chapter_id, starts_on=SINCE_EVER, annual_fee=history[0].annual_fee)
        ChapterFee.insert(chapter=chapter_id, starts_on=starts_on, annual_fee=amount).on_conflict(
            conflict_target=[ChapterFee.chapter, ChapterFee.starts_on],
            update={ChapterFee.annual_fee: amount}).execute()
        Chapter.update(annual_fee=fee_on(chapter_id, today)).where(Chapter.id == chapter_id).execute()
    logger.info("chapter %s: fee %s from %s", chapter_id, amount, starts_on)
    return fee_history(chapter_id)


def remove_fee(chapter_id: int, starts_on: dt.date, today: dt.date | None = None) -> list[FeeEntry]:
    """Forget the fee change of ``starts_on`` (the first fee cannot be removed, only changed)."""
    today = today or dt.date.today()
    with database.atomic():
        if starts_on == SINCE_EVER:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The first fee cannot be removed; change its amount instead."))
        ChapterFee.delete().where((ChapterFee.chapter == chapter_id) & (ChapterFee.starts_on == starts_on)).execute()
        Chapter.update(annual_fee=fee_on(chapter_id, today)).where(Chapter.id == chapter_id).execute()
    return fee_history(chapter_id)
