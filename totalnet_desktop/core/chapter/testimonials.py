"""Testimonial slips: at a meeting a member gives a testimonial about another member (key T)."""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter

from totalnet_desktop.core.chapter import meeting_undo
from totalnet_desktop.core.chapter import people as chapter_people
from totalnet_desktop.core.chapter.slips import SlipResult
from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.store import undo_labels
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import Testimonial, database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

RECORDED = QT_TRANSLATE_NOOP("Meeting", "Testimonial by {giver} recorded.")
RECORDED_ABOUT = QT_TRANSLATE_NOOP("Meeting", "Testimonial by {giver} about {about} recorded.")


def add_testimonial(giver_id: int, about_id: int | None = None, *, notes: str = "",
                    day: dt.date | None = None, meeting_id: int | None = None) -> SlipResult:
    """Record that ``giver`` gave a testimonial (about ``about``, when said); undoable on meeting day."""
    chapter_people.require_contact(giver_id, "member giving the testimonial")
    if about_id is not None:
        chapter_people.require_contact(about_id, "member the testimonial is about")
        if about_id == giver_id:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A testimonial is about another member, not about oneself."))
    with database.atomic():
        row = Testimonial.create(date=day or dt.date.today(), meeting=meeting_id, giver=giver_id, about=about_id,
                                 notes=normalize.clean(notes))
        meeting_undo.push(undo_labels.TESTIMONIAL, {"kind": "slip", "table": "testimonial", "id": row.id})
    giver = chapter_people.person_name(giver_id)
    if about_id is None:
        return SlipResult(row.id, RECORDED.format(giver=giver))
    return SlipResult(row.id, RECORDED_ABOUT.format(giver=giver, about=chapter_people.person_name(about_id)))


def counts(start: dt.date, end: dt.date) -> Counter:
    """Testimonials given per member, dated start..end (inclusive)."""
    query = Testimonial.select(Testimonial.giver).where((Testimonial.date >= start) & (Testimonial.date <= end))
    return Counter(t.giver_id for t in query)
