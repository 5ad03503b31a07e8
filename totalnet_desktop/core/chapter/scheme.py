"""Traffic-light schemes: areas, a measure each, bands of points or a linear scale, colour cut-offs.

Schemes are data: a small TOML file per scheme (``resources/traffic_lights/*.toml``, shipped), or a
chapter's own copy kept in the database (``TrafficLightScheme``). Numbers are exact fractions, so a
band edge such as 0.075 testimonials a week is met exactly by 3 testimonials in 40 meetings.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from totalnet_desktop import paths
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

# measure -> (what it is, the slip that raises it or None when only the past decides it)
MEASURES = {
    "absences": ("absences (A)", None),
    "lates": ("lates (L)", None),
    "attendance": ("attended / held (P, L, S attend; M left out)", None),
    "referrals_per_week": ("referrals given (RGI + RGO) per week", "referral"),
    "visitors_per_week": ("visitors invited (V) per week", "visitor"),
    "testimonials_per_week": ("testimonials (T) per week", "testimonial"),
    "one_to_ones_per_week": ("one-to-ones per week", "one-to-one"),
    "ceus_per_week": ("CEUs per week", "CEU"),
    "ceus": ("CEUs", "CEU"),
    "tyfcb": ("TYFCB total", "TYFCB"),
    "referrals": ("referrals given (RGI + RGO)", "referral"),
    "visitors": ("visitors invited (V)", "visitor"),
    "testimonials": ("testimonials (T)", "testimonial"),
    "one_to_ones": ("one-to-ones", "one-to-one"),
}
# The area names of the shipped schemes (resources/traffic_lights), marked: a chapter's own names stay as written.
AREA_LABELS = {
    "Absenteeism": QT_TRANSLATE_NOOP("Scheme", "Absenteeism"), "Attendance": QT_TRANSLATE_NOOP("Scheme", "Attendance"),
    "CEUs": QT_TRANSLATE_NOOP("Scheme", "CEUs"), "On time": QT_TRANSLATE_NOOP("Scheme", "On time"),
    "One-to-ones": QT_TRANSLATE_NOOP("Scheme", "One-to-ones"), "Referrals": QT_TRANSLATE_NOOP("Scheme", "Referrals"),
    "TYFCB": QT_TRANSLATE_NOOP("Scheme", "TYFCB"), "Testimonials": QT_TRANSLATE_NOOP("Scheme", "Testimonials"),
    "Training": QT_TRANSLATE_NOOP("Scheme", "Training"), "Visitors": QT_TRANSLATE_NOOP("Scheme", "Visitors"),
}
COLOURS = ("green", "amber", "red")  # best first; below the last cut-off: grey
GREY = "grey"
TENTH = Decimal("0.1")


def number(value, where: str) -> Fraction:
    """A TOML number or a fraction written as text ("12/52") as an exact Fraction."""
    if isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{where} must be a number, not {value}.").format(where=where, value=value))
    if isinstance(value, (int, float)):
        return Fraction(str(value))
    if isinstance(value, str):
        try:
            return Fraction(value.replace(" ", ""))
        except (ValueError, ZeroDivisionError):
            pass
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "{where} must be a number like 0.5 or a fraction like \"12/52\", not {value!r}.").format(
        where=where, value=value))


def tenths(value: Fraction) -> Decimal:
    """Points as shown: rounded half up to one decimal."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(TENTH, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Band:
    limit: Fraction
    inclusive: bool  # "upto" (at most) rather than "below"
    points: Fraction

    def matches(self, value: Fraction) -> bool:
        return value <= self.limit if self.inclusive else value < self.limit


@dataclass(frozen=True)
class Area:
    key: str
    label: str
    measure: str
    bands: tuple[Band, ...] = ()
    otherwise: Fraction = Fraction(0)
    linear_points: Fraction | None = None
    linear_target: Fraction | None = None

    @property
    def action(self) -> str | None:
        """The slip that raises this area's measure ("referral"...), None for absences, lates, attendance."""
        return MEASURES[self.measure][1]

    @property
    def maximum(self) -> Fraction:
        if self.linear_points is not None:
            return self.linear_points
        return max([b.points for b in self.bands] + [self.otherwise])

    def points(self, value: Fraction) -> Decimal:
        """The area's points for a measured value, as shown (one decimal)."""
        if self.linear_points is not None:
            return tenths(self.linear_points * min(Fraction(1), value / self.linear_target))
        for band in self.bands:
            if band.matches(value):
                return tenths(band.points)
        return tenths(self.otherwise)


@dataclass(frozen=True)
class Scheme:
    name: str
    description: str
    areas: tuple[Area, ...]
    cutoffs: tuple[tuple[str, Fraction], ...]  # (colour, minimum total), best first
    source: str = ""  # "shipped" or "chapter"
    text: str = ""

    @property
    def maximum(self) -> Decimal:
        return sum((tenths(a.maximum) for a in self.areas), Decimal(0))

    def colour(self, total: Decimal) -> str:
        """green, amber, red or grey for a total."""
        for colour, minimum in self.cutoffs:
            if Fraction(total) >= minimum:
                return colour
        return GREY

    def next_colour(self, colour: str) -> tuple[str, Fraction] | None:
        """The colour above ``colour`` and its cut-off (None for the best)."""
        order = [c for c, _ in self.cutoffs]
        index = order.index(colour) if colour in order else len(order)
        return self.cutoffs[index - 1] if index > 0 else None


def _area(raw: dict, n: int, where: str) -> Area:
    here = f"{where}: area {n}"
    if not isinstance(raw, dict):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{here} must be a table ([[area]]).").format(here=here))
    key = str(raw.get("key") or f"area{n}")
    here = f"{where}: area {n} ({key})"
    measure = raw.get("measure")
    if measure not in MEASURES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{here} has an unknown measure {measure!r}; use one of {items}.").format(
            here=here, measure=measure, items=', '.join(MEASURES)))
    label = str(raw.get("label") or key)
    label = AREA_LABELS.get(label, label)  # a shipped scheme's words are translated; a chapter's own as written
    if "linear" in raw:
        linear = raw["linear"]
        if not isinstance(linear, dict) or "points" not in linear or "target" not in linear:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{here}: linear needs points and target, e.g. {{ points = 20, target = 1 "
                "}}.").format(here=here))
        target = number(linear["target"], f"{here}: target")
        if target <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{here}: the target must be more than 0.").format(here=here))
        return Area(key, label, measure, linear_points=number(linear["points"], f"{here}: points"),
                    linear_target=target)
    bands = []
    for m, band in enumerate(raw.get("bands") or [], start=1):
        if not isinstance(band, dict) or "points" not in band or ("below" in band) == ("upto" in band):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{here}: band {m} needs points and either below or upto.").format(here=here, m=m))
        inclusive = "upto" in band
        limit = number(band["upto" if inclusive else "below"], f"{here}: band {m}")
        bands.append(Band(limit, inclusive, number(band["points"], f"{here}: band {m} points")))
    if not bands:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{here} needs bands (or linear).").format(here=here))
    return Area(key, label, measure, tuple(bands), number(raw.get("otherwise", 0), f"{here}: otherwise"))


def parse_scheme(text: str, where: str = "scheme", source: str = "") -> Scheme:
    """Read a scheme from TOML text; ValidationError names the place and the problem in one sentence."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{where} is not valid TOML: {exc}.").format(where=where, exc=exc)) from None
    name = str(raw.get("name") or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{where} needs a name (name = \"...\").").format(where=where))
    areas = raw.get("area")
    if not isinstance(areas, list) or not areas:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{where} needs at least one [[area]].").format(where=where))
    parsed = tuple(_area(a, n, where) for n, a in enumerate(areas, start=1))
    keys = [a.key for a in parsed]
    if len(set(keys)) != len(keys):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{where}: two areas share a key; each needs its own.").format(where=where))
    colours = raw.get("colours") or {"green": 70, "amber": 50, "red": 30}
    unknown = set(colours) - set(COLOURS)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{where}: colours are green, amber and red, not {items}.").format(
            where=where, items=', '.join(sorted(unknown))))
    cutoffs = tuple((c, number(colours[c], f"{where}: colour {c}")) for c in COLOURS if c in colours)
    if [v for _, v in cutoffs] != sorted((v for _, v in cutoffs), reverse=True):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{where}: the cut-offs must go down from green to amber to red.").format(where=where))
    return Scheme(name, str(raw.get("description") or ""), parsed, cutoffs, source, text)


def shipped_dir() -> Path:
    return paths.resources_dir() / "traffic_lights"


def shipped_schemes() -> list[Scheme]:
    """The schemes shipped with the app (UK 2012, Power of One), by file name."""
    out = []
    for path in sorted(shipped_dir().glob("*.toml")):
        out.append(parse_scheme(path.read_text(encoding="utf-8"), path.name, "shipped"))
    return out
