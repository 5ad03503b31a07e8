"""The meeting agenda: a chapter's segments with their durations, who speaks in which order, and the
run of the agenda with its timers (an injected clock, so tests never wait).

Keys (the full-screen window maps them): Space starts or pauses, N next speaker, B back, S skip.
A segment shows a countdown: amber at 10 seconds left, red when over; ``tick()`` reports the moment
each is reached once per speaker, for a soft sound.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from totalnet_desktop.core.chapter import meetings
from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.store import collation
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import (
    AgendaSegment,
    Chapter,
    Contact,
    FeaturePresentation,
    Meeting,
    SpeakerRecord,
    database,
)

logger = logging.getLogger(__name__)

AMBER_SECONDS = 10
SEGMENT_KINDS = {
    "networking": "Open networking", "welcome": "Welcome", "education": "Education moment",
    "presentations": "Member 60-second presentations", "visitors": "Visitor introductions",
    "feature": "Feature presentation", "referrals": "Referral round", "testimonials": "Testimonials",
    "close": "Close", "other": "Other",
}
# (kind, seconds, per speaker)
DEFAULT_AGENDA = (("networking", 900, False), ("welcome", 300, False), ("education", 300, False),
                  ("presentations", 60, True), ("visitors", 300, False), ("feature", 600, False),
                  ("referrals", 900, False), ("testimonials", 300, False), ("close", 120, False))
ORDERS = {"roster": "Roster order", "continue": "From where last week ended", "classification": "By classification"}


@dataclass(frozen=True)
class Segment:
    kind: str
    title: str
    seconds: int
    per_speaker: bool = False


@dataclass(frozen=True)
class Speaker:
    contact_id: int | None
    name: str
    is_visitor: bool = False
    classification: str = ""


# ---- the chapter's agenda ----------------------------------------------------------------------
def default_agenda() -> list[Segment]:
    return [Segment(k, SEGMENT_KINDS[k], s, p) for k, s, p in DEFAULT_AGENDA]


def load_agenda(chapter_id: int) -> list[Segment]:
    """The chapter's agenda (the standard one until the chapter edits it)."""
    rows = list(AgendaSegment.select().where(AgendaSegment.chapter == chapter_id).order_by(AgendaSegment.position))
    return [Segment(r.kind, r.title, r.seconds, r.per_speaker) for r in rows] or default_agenda()


def save_agenda(chapter_id: int, segments: list[Segment]) -> None:
    """Keep the chapter's agenda (replacing the previous one in one transaction)."""
    if not segments:
        raise ValidationError("The agenda needs at least one segment.")
    for n, s in enumerate(segments, start=1):
        if s.kind not in SEGMENT_KINDS:
            raise ValidationError(f"Segment {n}: \"{s.kind}\" is not a kind of segment.")
        if not normalize.clean(s.title):
            raise ValidationError(f"Segment {n} needs a title.")
        if not 1 <= int(s.seconds) <= 4 * 3600:
            raise ValidationError(f"Segment {n} ({s.title}): the time must be 1 second to 4 hours.")
    with database.atomic():
        AgendaSegment.delete().where(AgendaSegment.chapter == chapter_id).execute()
        for n, s in enumerate(segments):
            AgendaSegment.create(chapter=chapter_id, position=n, kind=s.kind, title=normalize.clean(s.title),
                                 seconds=int(s.seconds), per_speaker=s.per_speaker)


# ---- speakers --------------------------------------------------------------------------------------
def presentation_speakers(meeting_id: int, order: str = "roster") -> list[Speaker]:
    """Members checked in (a substitute speaks for the member), in the chosen order; visitors last."""
    if order not in ORDERS:
        raise ValidationError(f"The speaking order is one of {', '.join(ORDERS)}, not \"{order}\".")
    rows = meetings.roster_rows(meeting_id)
    members = []
    for r in rows:
        if not r.is_member:
            continue
        if r.status in ("Present", "Late"):
            members.append(Speaker(r.contact_id, r.name, False, r.classification))
        elif r.status == "Substitute":
            sub = r.substitute_name or "substitute"
            members.append(Speaker(r.contact_id, f"{sub} for {r.name}", False, r.classification))
    if order == "classification":
        members.sort(key=lambda s: (normalize.fold(s.classification) or "~", collation.key(s.name)))
    elif order == "continue":
        last = _last_speaker_before(meeting_id)
        ids = [s.contact_id for s in members]
        if last in ids:
            start = ids.index(last) + 1
            members = members[start:] + members[:start]
        elif last is not None:
            # The last speaker is not here today: start with whoever follows them on the roster.
            roster = [r.contact_id for r in rows if r.is_member]
            if last in roster:
                after = roster[roster.index(last) + 1:] + roster[:roster.index(last)]
                rank = {cid: n for n, cid in enumerate(after)}
                members.sort(key=lambda s: rank.get(s.contact_id, len(rank)))
    visitors = [Speaker(r.contact_id, r.name, True, r.classification) for r in rows if not r.is_member]
    return members + visitors


def _last_speaker_before(meeting_id: int) -> int | None:
    """The last member who gave a 60-second presentation at the chapter's previous recorded meeting."""
    m = Meeting.get_by_id(meeting_id)
    previous = (SpeakerRecord.select(SpeakerRecord.contact, SpeakerRecord.meeting).join(Meeting)
                .where((Meeting.chapter == m.chapter_id) & (Meeting.date < m.date)
                       & (SpeakerRecord.segment == "presentations") & (SpeakerRecord.skipped == False)
                       & SpeakerRecord.contact.is_null(False))
                .order_by(Meeting.date.desc(), SpeakerRecord.position.desc()))
    for rec in previous:
        if meetings.is_member(m.chapter_id, rec.contact_id):  # visitors speak last; skip them
            return rec.contact_id
    return None


def feature_presenter(chapter_id: int, day: dt.date) -> Speaker | None:
    """The member on the feature-presentation rota for ``day``."""
    row = FeaturePresentation.get_or_none((FeaturePresentation.chapter == chapter_id)
                                          & (FeaturePresentation.date == day))
    if row is None:
        return None
    return Speaker(row.contact_id, Contact.get_by_id(row.contact_id).full_name)


# ---- the run ------------------------------------------------------------------------------------
@dataclass
class Turn:
    """One speaker's (or one segment's) time: filled as the agenda runs."""

    segment: int
    speaker: Speaker
    allowed: int
    spoken: float = 0.0
    skipped: bool = False
    done: bool = False

    @property
    def overrun(self) -> float:
        return max(0.0, self.spoken - self.allowed) if not self.skipped else 0.0


@dataclass
class AgendaRun:
    """The agenda running at a meeting. ``clock()`` returns seconds (monotonic); tests pass a fake."""

    segments: list[Segment]
    speakers: list[Speaker]
    clock: Callable[[], float]
    feature: Speaker | None = None
    turns: list[Turn] = field(default_factory=list)
    index: int = 0
    running: bool = False
    _started: float = 0.0
    _before: float = 0.0
    _signalled: set = field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.turns:
            for n, seg in enumerate(self.segments):
                if seg.per_speaker and seg.kind == "presentations":
                    people = self.speakers or [Speaker(None, seg.title)]
                elif seg.kind == "feature" and self.feature is not None:
                    people = [self.feature]
                else:
                    people = [Speaker(None, seg.title)]
                for p in people:
                    self.turns.append(Turn(n, p, seg.seconds))

    # ---- reading ----
    @property
    def turn(self) -> Turn | None:
        return self.turns[self.index] if self.index < len(self.turns) else None

    @property
    def finished(self) -> bool:
        return self.index >= len(self.turns)

    def segment(self) -> Segment | None:
        return self.segments[self.turn.segment] if self.turn else None

    def up_next(self) -> Turn | None:
        return self.turns[self.index + 1] if self.index + 1 < len(self.turns) else None

    def elapsed(self) -> float:
        return self._before + (self.clock() - self._started if self.running else 0.0)

    def remaining(self) -> float:
        return (self.turn.allowed if self.turn else 0) - self.elapsed()

    def phase(self) -> str:
        """normal, amber (10 seconds or less left) or red (over time)."""
        left = self.remaining()
        return "red" if left < 0 else "amber" if left <= AMBER_SECONDS else "normal"

    def tick(self) -> list[str]:
        """Moments reached since the last tick, once per turn: "amber", then "over" (for the sound)."""
        if self.turn is None:
            return []
        out = []
        phase = self.phase()
        for name, reached in (("amber", phase in ("amber", "red")), ("over", phase == "red")):
            if reached and (self.index, name) not in self._signalled:
                self._signalled.add((self.index, name))
                out.append(name)
        return out

    # ---- keys ----
    def toggle(self) -> None:
        """Space: start or pause the current timer."""
        if self.finished:
            return
        if self.running:
            self._before = self.elapsed()
            self.running = False
        else:
            self._started = self.clock()
            self.running = True

    def _leave(self, skipped: bool) -> None:
        turn = self.turn
        turn.spoken = 0.0 if skipped else self.elapsed()
        turn.skipped, turn.done = skipped, True
        self.index += 1
        self._before = 0.0
        self._started = self.clock()
        if self.finished:
            self.running = False

    def next(self) -> None:
        """N: the current speaker is done; the next one starts (the timer keeps its running state)."""
        if not self.finished:
            self._leave(skipped=False)

    def skip(self) -> None:
        """S: the current speaker does not speak; move on."""
        if not self.finished:
            self._leave(skipped=True)

    def back(self) -> None:
        """B: back to the previous speaker, whose time carries on from where it stopped."""
        if self.index == 0:
            self._before, self._started = 0.0, self.clock()
            return
        self.index -= 1
        turn = self.turn
        self._before = turn.spoken
        turn.spoken, turn.skipped, turn.done = 0.0, False, False
        self._started = self.clock()

    def jump(self, segment: int) -> None:
        """Go to the first turn of a segment (the turns passed are left as they were)."""
        for n, t in enumerate(self.turns):
            if t.segment == segment:
                self.index, self._before, self._started = n, 0.0, self.clock()
                return


# ---- after the meeting --------------------------------------------------------------------------
@dataclass(frozen=True)
class SpeakerLine:
    segment: str
    name: str
    contact_id: int | None
    allowed: int
    spoken: int
    skipped: bool

    @property
    def overrun(self) -> int:
        return 0 if self.skipped else max(0, self.spoken - self.allowed)


def save_run(meeting_id: int, run: AgendaRun) -> int:
    """Record who spoke (turns done) with their time; replaces the meeting's earlier record."""
    with database.atomic():
        SpeakerRecord.delete().where(SpeakerRecord.meeting == meeting_id).execute()
        n = 0
        for position, t in enumerate(run.turns):
            if not t.done:
                continue
            SpeakerRecord.create(meeting=meeting_id, contact=t.speaker.contact_id, name=t.speaker.name,
                                 segment=run.segments[t.segment].kind, position=position, allowed_seconds=t.allowed,
                                 spoken_seconds=round(t.spoken), skipped=t.skipped)
            n += 1
    logger.info("recorded %d speaker turns for meeting %s", n, meeting_id)
    return n


def speaker_lines(meeting_id: int) -> list[SpeakerLine]:
    """Who spoke at a meeting, in order, with the time allowed and taken."""
    return [SpeakerLine(r.segment, r.name, r.contact_id, r.allowed_seconds, r.spoken_seconds, r.skipped)
            for r in SpeakerRecord.select().where(SpeakerRecord.meeting == meeting_id).order_by(SpeakerRecord.position)]


def speaker_lines_on(chapter_name: str, day: dt.date) -> list[SpeakerLine]:
    """Who spoke at the named chapter's meeting on ``day`` (chapter names are unique)."""
    row = (Meeting.select(Meeting.id).join(Chapter).where((Chapter.name == chapter_name) & (Meeting.date == day))
           .first())
    return speaker_lines(row.id) if row is not None else []


def clock_text(seconds: float) -> str:
    """'1:05', '0:09', '-0:12' (over time)."""
    sign = "-" if seconds < 0 else ""
    whole = math.ceil(abs(seconds))  # a countdown shows 0:01 until the time is up
    return f"{sign}{whole // 60}:{whole % 60:02d}"
