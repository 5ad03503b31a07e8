"""The feature-presentation rota (the 10-minute speaker slot) for the next weeks, and members' dates away.

Members who presented least recently come first (never presented: first of all, longest-standing
member first); a member away on a date is skipped for that date and keeps their place.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import FeaturePresentation, MemberAway, database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)
ROTA_HEADERS = ["Date", "First Name", "Last Name", "Classification", "Last Presented"]


@dataclass(frozen=True)
class RotaLine:
    date: dt.date
    contact_id: int
    name: str
    classification: str
    last_presented: dt.date | None


def meeting_days(weekday: int, start: dt.date, weeks: int) -> list[dt.date]:
    """The next ``weeks`` meeting days on or after ``start``."""
    first = start + dt.timedelta(days=(weekday - start.weekday()) % 7)
    return [first + dt.timedelta(weeks=i) for i in range(weeks)]


def add_away(chapter_id: int, contact_id: int, start: dt.date, end: dt.date) -> None:
    """Record that a member will be away from ``start`` to ``end`` (inclusive)."""
    if end < start:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The dates away end ({end:%d %b %Y}) before they start ({start:%d %b %Y}).").format(
            end=end, start=start))
    with database.atomic():
        MemberAway.create(chapter=chapter_id, contact=contact_id, start=start, end=end)


def away_periods(chapter_id: int) -> dict[int, list[tuple[dt.date, dt.date]]]:
    out: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for a in MemberAway.select().where(MemberAway.chapter == chapter_id):
        out.setdefault(a.contact_id, []).append((a.start, a.end))
    return out


def last_presented(chapter_id: int, before: dt.date) -> dict[int, dt.date]:
    """Each member's latest feature presentation before ``before``."""
    out: dict[int, dt.date] = {}
    for f in FeaturePresentation.select().where((FeaturePresentation.chapter == chapter_id)
                                                & (FeaturePresentation.date < before)):
        out[f.contact_id] = max(out.get(f.contact_id, f.date), f.date)
    return out


def plan(chapter_id: int, start: dt.date, weeks: int) -> list[RotaLine]:
    """The rota for ``weeks`` meetings from ``start`` (nothing is saved)."""
    if not 1 <= weeks <= 104:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Plan the rota for 1 to 104 weeks."))
    chapter = chapters.get_chapter(chapter_id)
    members = chapters.roster(chapter_id)
    last = last_presented(chapter_id, start)
    away = away_periods(chapter_id)
    queue = sorted(members, key=lambda m: (last.get(m.contact_id, dt.date.min), m.joined_on or dt.date.min,
                                           normalize.fold(m.name)))
    out = []
    for day in meeting_days(chapter.weekday, start, weeks):
        for n, m in enumerate(queue):
            if any(a <= day <= b for a, b in away.get(m.contact_id, [])):
                continue
            out.append(RotaLine(day, m.contact_id, m.name, m.classification, last.get(m.contact_id)))
            queue.append(queue.pop(n))
            break
    return out


def save(chapter_id: int, lines: list[RotaLine]) -> None:
    """Keep the planned rota (replacing what was planned from its first date on)."""
    if not lines:
        return
    with database.atomic():
        FeaturePresentation.delete().where((FeaturePresentation.chapter == chapter_id)
                                           & (FeaturePresentation.date >= lines[0].date)).execute()
        for line in lines:
            FeaturePresentation.create(chapter=chapter_id, contact=line.contact_id, date=line.date)


def planned(chapter_id: int, start: dt.date) -> list[RotaLine]:
    """The rota kept from ``start`` on."""
    members = {m.contact_id: m for m in chapters.roster(chapter_id, include_inactive=True)}
    last = last_presented(chapter_id, start)
    out = []
    for f in FeaturePresentation.select().where((FeaturePresentation.chapter == chapter_id)
                                                & (FeaturePresentation.date >= start)).order_by(FeaturePresentation.date):
        m = members.get(f.contact_id)
        if m is not None:
            out.append(RotaLine(f.date, f.contact_id, m.name, m.classification, last.get(f.contact_id)))
    return out


def table(lines: list[RotaLine]) -> tuple[list[str], list[list]]:
    """The rota as CSV columns."""
    names = {}
    for m in lines:
        first, _, last = m.name.partition(" ")
        names[m.contact_id] = (first, last)
    return list(ROTA_HEADERS), [[ln.date.isoformat(), *names[ln.contact_id], ln.classification,
                                 ln.last_presented.isoformat() if ln.last_presented else "never"] for ln in lines]
