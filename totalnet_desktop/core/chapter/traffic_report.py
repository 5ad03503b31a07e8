"""The traffic-light report of a chapter: every active member's score, colour and what-if line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from totalnet_desktop.core.chapter import chapters, reports, traffic_whatif
from totalnet_desktop.core.chapter.scheme import Scheme
from totalnet_desktop.core.chapter.traffic_lights import Figures, Score, figures_of, score
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class MemberScore:
    contact_id: int
    first_name: str
    last_name: str
    figures: Figures
    score: Score
    what_if: str = ""

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@dataclass(frozen=True)
class Report:
    scheme: Scheme
    chapter_name: str
    currency: str
    start: dt.date
    end: dt.date
    held: int
    remaining: int  # the chapter's meeting days after today up to the end (for the what-if)
    members: tuple[MemberScore, ...] = field(default=())

    def colour_counts(self) -> dict[str, int]:
        out = {c: 0 for c, _ in self.scheme.cutoffs} | {"grey": 0}
        for m in self.members:
            out[m.score.colour] += 1
        return out


def remaining_meetings(weekday: int, today: dt.date, end: dt.date) -> int:
    """Meeting days (the chapter's weekday) after ``today`` up to ``end``."""
    if end <= today:
        return 0
    first = today + dt.timedelta(days=(weekday - today.weekday()) % 7 or 7)
    return 0 if first > end else (end - first).days // 7 + 1


def chapter_scores(chapter_id: int, scheme: Scheme, start: dt.date, end: dt.date,
                   today: dt.date | None = None) -> Report:
    """Every active member's score over start..end, with a what-if line each."""
    if end < start:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The period ends ({end:%d %b %Y}) before it starts ({start:%d %b %Y}).").format(
            end=end, start=start))
    today = today or dt.date.today()
    chapter = chapters.get_chapter(chapter_id)
    summary = reports.chapter_summary(chapter_id, start, end)
    held = sum(1 for d in summary.meeting_dates if d <= today)
    remaining = remaining_meetings(chapter.weekday, max(today, start - dt.timedelta(days=1)), end)
    active = {m.contact_id for m in chapters.roster(chapter_id)}
    members = []
    for line in summary.lines:
        if line.contact_id not in active:
            continue
        figures = figures_of(line)
        member = MemberScore(line.contact_id, line.first_name, line.last_name, figures,
                             score(scheme, figures, held))
        plan = traffic_whatif.plan(scheme, figures, held, remaining)
        members.append(replace(member, what_if=traffic_whatif.describe(plan, chapter.currency)))
    return Report(scheme, chapter.name, chapter.currency, start, end, held, remaining, tuple(members))


# How many decimals a number of the report is shown with: one rule for the screen, the PDF and the CSV.
# Core decides the places; the CSV writes them with a dot, the screen and the PDF in the member's locale.
def points_places(points) -> int:
    """Points are kept to tenths: 15, 9.9, 0 (no decimal when whole)."""
    return 0 if f"{float(points):.1f}".endswith(".0") else 1


def measure_places(measure: str, value) -> int:
    """A measure as a person reads it: money to cents, rates to three decimals, counts as they are
    (whole, or a fraction of CEUs such as 1.25)."""
    if measure == "tyfcb":
        return 2
    if measure.endswith("_per_week") or measure == "attendance":
        return 3
    exponent = Decimal(f"{float(value):g}").as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def cutoff_places(value) -> int:
    """A colour's cut-off as the scheme wrote it (70, 47.5)."""
    return measure_places("", value)


def points_text(points) -> str:
    """Points in the CSV: 15, 9.9, 0."""
    return f"{float(points):.{points_places(points)}f}"


def measure_text(measure: str, value) -> str:
    """A measure in the CSV (see measure_places)."""
    return f"{float(value):.{measure_places(measure, value)}f}"


def table(report: Report) -> tuple[list[str], list[list]]:
    """The report as CSV columns: First Name, Last Name, each area's measure and points, Total, Colour."""
    headers = ["First Name", "Last Name"]
    for area in report.scheme.areas:
        headers += [area.label, f"{area.label} Points"]
    headers += ["Total", "Colour"]
    rows = []
    for m in report.members:
        row: list = [m.first_name, m.last_name]
        for area, value, points in zip(report.scheme.areas, m.score.measures, m.score.points):
            row += [measure_text(area.measure, value), points_text(points)]
        rows.append(row + [points_text(m.score.total), m.score.colour])
    return headers, rows
