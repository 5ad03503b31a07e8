"""Traffic lights: each member's score over a period by a scheme (core.chapter.scheme), with its colour.

Figures come from the PALMS report (core.chapter.reports), so the scores agree with the weekly
report and its CSV. "Per week" divides by the meetings the chapter held in the period; attendance is
attended (P, L, S) over the meetings with a status, Medical left out of both counts.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from totalnet_desktop.core.chapter import reports
from totalnet_desktop.core.chapter.scheme import MEASURES, Scheme, parse_scheme, shipped_schemes
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import TrafficLightScheme, database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

DEFAULT_SCHEME = "UK 2012"


# ---- periods -------------------------------------------------------------------------------
def _month_start(day: dt.date, back: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def last_completed_months(today: dt.date, months: int = 6) -> tuple[dt.date, dt.date]:
    """The last ``months`` completed calendar months (BNI's scoring period): 7 Dec -> 1 Jun..30 Nov."""
    end = _month_start(today, 0) - dt.timedelta(days=1)
    return _month_start(today, months), end


def current_months(today: dt.date, months: int = 6) -> tuple[dt.date, dt.date]:
    """The ``months`` calendar months ending with this one: what the next report will score."""
    end = _month_start(today, -1) - dt.timedelta(days=1)
    return _month_start(today, months - 1), end


def rolling_weeks(today: dt.date, weeks: int = 26) -> tuple[dt.date, dt.date]:
    """The last ``weeks`` weeks up to and including today."""
    return today - dt.timedelta(days=7 * weeks - 1), today


# ---- figures -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Figures:
    """What a member did in the period (the inputs of every measure)."""

    absences: int = 0
    lates: int = 0
    attended: int = 0  # P + L + S
    counted: int = 0  # P + A + L + S: meetings with a status, Medical left out
    referrals: int = 0
    visitors: int = 0
    testimonials: int = 0
    one_to_ones: int = 0
    ceus: Fraction = Fraction(0)
    tyfcb: Fraction = Fraction(0)

    def measure(self, name: str, held: int) -> Fraction:
        """One measure a scheme may name, for a period in which the chapter held ``held`` meetings."""
        if name == "attendance":
            return Fraction(self.attended, self.counted) if self.counted else Fraction(0)
        base, per_week = (name[:-len("_per_week")], True) if name.endswith("_per_week") else (name, False)
        value = {"absences": self.absences, "lates": self.lates, "referrals": self.referrals,
                 "visitors": self.visitors, "testimonials": self.testimonials, "one_to_ones": self.one_to_ones,
                 "ceus": self.ceus, "tyfcb": self.tyfcb}[base]
        if not per_week:
            return Fraction(value)
        return Fraction(value) / held if held else Fraction(0)

    def measures(self, held: int) -> dict[str, Fraction]:
        """Every measure a scheme may name."""
        return {name: self.measure(name, held) for name in MEASURES}


def figures_of(line: reports.PalmsLine) -> Figures:
    c = line.counts
    return Figures(absences=c["A"], lates=c["L"], attended=c["P"] + c["L"] + c["S"],
                   counted=c["P"] + c["A"] + c["L"] + c["S"], referrals=c["RGI"] + c["RGO"], visitors=c["V"],
                   testimonials=line.testimonials, one_to_ones=c["one_to_one"],
                   ceus=Fraction(str(round(line.ceu, 6))), tyfcb=Fraction(line.tyfcb))


@dataclass(frozen=True)
class Score:
    measures: tuple[Fraction, ...]  # per area, in the scheme's order
    points: tuple[Decimal, ...]
    total: Decimal
    colour: str


def score(scheme: Scheme, figures: Figures, held: int) -> Score:
    """A member's points per area, total (the sum of the points as shown) and colour."""
    values = tuple(figures.measure(a.measure, held) for a in scheme.areas)
    points = tuple(a.points(v) for a, v in zip(scheme.areas, values))
    total = sum(points, Decimal(0))
    return Score(values, points, total, scheme.colour(total))


# ---- schemes: shipped and the chapter's own -------------------------------------------------
def list_schemes(chapter_id: int | None) -> list[Scheme]:
    """The chapter's own schemes, then the shipped ones (a chapter's copy hides a shipped namesake)."""
    own = []
    if chapter_id is not None:
        for row in TrafficLightScheme.select().where(TrafficLightScheme.chapter == chapter_id).order_by(
                TrafficLightScheme.name):
            own.append(parse_scheme(row.body, f"the chapter's scheme \"{row.name}\"", "chapter"))
    names = {s.name.casefold() for s in own}
    return own + [s for s in shipped_schemes() if s.name.casefold() not in names]


def find_scheme(name: str | None, chapter_id: int | None) -> Scheme:
    """A scheme by name (case-insensitive); the default is UK 2012."""
    wanted = (name or DEFAULT_SCHEME).strip().casefold()
    schemes = list_schemes(chapter_id)
    for s in schemes:
        if s.name.casefold() == wanted:
            return s
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "There is no traffic-light scheme \"{name}\"; the schemes are: {items}.").format(
        name=name, items=', '.join(s.name for s in schemes)))


def save_chapter_scheme(chapter_id: int, text: str, replaces: str | None = None) -> Scheme:
    """Keep an edited scheme for the chapter (validated first; the name comes from the text)."""
    scheme = parse_scheme(text, "the scheme", "chapter")
    with database.atomic():
        if replaces:
            TrafficLightScheme.delete().where((TrafficLightScheme.chapter == chapter_id)
                                              & (TrafficLightScheme.name == replaces)).execute()
        TrafficLightScheme.delete().where((TrafficLightScheme.chapter == chapter_id)
                                          & (TrafficLightScheme.name == scheme.name)).execute()
        TrafficLightScheme.create(chapter=chapter_id, name=scheme.name, body=text)
    logger.info("saved traffic-light scheme %r for chapter %s", scheme.name, chapter_id)
    return replace(scheme, source="chapter")


def delete_chapter_scheme(chapter_id: int, name: str) -> None:
    """Remove a chapter's own scheme (the shipped one of the same name shows again)."""
    with database.atomic():
        TrafficLightScheme.delete().where((TrafficLightScheme.chapter == chapter_id)
                                          & (TrafficLightScheme.name == name)).execute()

