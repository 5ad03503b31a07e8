"""Power teams (contact spheres) and the chapter's "most wanted" classifications.

A power team groups classifications that serve the same clients. The most wanted are the
classifications of the chapter's teams that no active member holds; they drive visitor invitations
(follow-ups to invite contacts in those professions, online-only ones first: the online -> offline
bridge) and the gap list. Classifications match loosely ("Interior design" is "Interior designer"):
each word is compared by its first six letters, accents and case ignored.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sys
from collections import defaultdict
from dataclasses import dataclass

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from totalnet_desktop import paths
from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store import collation
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import (
    FACE_TO_FACE_CHANNELS,
    Attendance,
    Contact,
    Interaction,
    Meeting,
    Membership,
    PowerTeam,
    PowerTeamClassification,
    PowerTeamMember,
    Referral,
    database,
)

logger = logging.getLogger(__name__)


def classification_key(text: str) -> str:
    """'Interior Designer' and 'interior design' -> 'interi desig'."""
    words = re.findall(r"[a-z0-9]+", normalize.fold(text))
    return " ".join(w[:6] for w in words if w not in ("and", "the", "of"))


@dataclass(frozen=True)
class TeamMember:
    contact_id: int
    name: str
    classification: str


@dataclass(frozen=True)
class Team:
    id: int
    name: str
    classifications: tuple[str, ...]
    members: tuple[TeamMember, ...]
    missing: tuple[str, ...]  # classifications no active member of the chapter holds


def starter_teams() -> list[tuple[str, list[str]]]:
    """The shipped starter list of common spheres."""
    path = paths.resources_dir() / "power_teams.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [(t["name"], list(t["classifications"])) for t in data.get("team", [])]


def _held(chapter_id: int) -> dict[str, chapters.MemberRecord]:
    return {classification_key(m.classification): m for m in chapters.roster(chapter_id) if m.classification}


def teams(chapter_id: int) -> list[Team]:
    """The chapter's power teams with their classifications, members and gaps."""
    held = _held(chapter_id)
    roster = {m.contact_id: m for m in chapters.roster(chapter_id)}
    out = []
    for t in PowerTeam.select().where(PowerTeam.chapter == chapter_id).order_by(PowerTeam.position, PowerTeam.name):
        classes = tuple(c.classification for c in PowerTeamClassification.select()
                        .where(PowerTeamClassification.team == t.id).order_by(PowerTeamClassification.id))
        members = tuple(TeamMember(m.contact_id, roster[m.contact_id].name, roster[m.contact_id].classification)
                        for m in PowerTeamMember.select().where(PowerTeamMember.team == t.id)
                        if m.contact_id in roster)
        missing = tuple(c for c in classes if classification_key(c) not in held)
        out.append(Team(t.id, t.name, classes, tuple(collation.sort_people(members, lambda x: x.name)), missing))
    return out


def save_team(chapter_id: int, name: str, classifications: list[str], member_ids: list[int] | None = None,
              team_id: int | None = None) -> int:
    """Create or update a team; members who hold one of its classifications join it unless given."""
    name = normalize.clean(name)
    if not name:
        raise ValidationError("A power team needs a name.")
    classes = list(dict.fromkeys(c for c in (normalize.clean(x) for x in classifications) if c))
    with database.atomic():
        clash = PowerTeam.get_or_none((PowerTeam.chapter == chapter_id) & (PowerTeam.name == name))
        if clash is not None and clash.id != team_id:
            raise ValidationError(f"The chapter already has a power team named \"{name}\".")
        if team_id is None:
            position = PowerTeam.select().where(PowerTeam.chapter == chapter_id).count()
            team_id = PowerTeam.create(chapter=chapter_id, name=name, position=position).id
        else:
            PowerTeam.update(name=name).where(PowerTeam.id == team_id).execute()
        PowerTeamClassification.delete().where(PowerTeamClassification.team == team_id).execute()
        for c in classes:
            PowerTeamClassification.create(team=team_id, classification=c)
        if member_ids is None:
            keys = {classification_key(c) for c in classes}
            member_ids = [m.contact_id for m in chapters.roster(chapter_id) if classification_key(m.classification) in keys]
        PowerTeamMember.delete().where(PowerTeamMember.team == team_id).execute()
        for cid in dict.fromkeys(member_ids):
            PowerTeamMember.create(team=team_id, contact=cid)
    return team_id


def delete_team(team_id: int) -> None:
    with database.atomic():
        PowerTeam.delete().where(PowerTeam.id == team_id).execute()


def load_starter(chapter_id: int) -> int:
    """Add the starter teams the chapter does not have yet; return how many were added."""
    existing = {normalize.fold(t.name) for t in PowerTeam.select().where(PowerTeam.chapter == chapter_id)}
    added = 0
    with database.atomic():
        for name, classes in starter_teams():
            if normalize.fold(name) not in existing:
                save_team(chapter_id, name, classes)
                added += 1
    return added


@dataclass(frozen=True)
class Wanted:
    classification: str
    teams: tuple[str, ...]


def most_wanted(chapter_id: int) -> list[Wanted]:
    """Classifications in the chapter's teams that no active member holds, most teams first."""
    found: dict[str, tuple[str, list[str]]] = {}
    for t in teams(chapter_id):
        for c in t.missing:
            key = classification_key(c)
            found.setdefault(key, (c, []))[1].append(t.name)
    items = [Wanted(c, tuple(ts)) for c, ts in found.values()]
    return sorted(items, key=lambda w: (-len(w.teams), normalize.fold(w.classification)))


@dataclass(frozen=True)
class Candidate:
    contact_id: int
    name: str
    profession: str
    wanted: str
    online_only: bool


def invite_candidates(chapter_id: int) -> list[Candidate]:
    """Contacts (not members, not visitors yet) in a most-wanted profession; online-only (never met) first."""
    wanted = {classification_key(w.classification): w.classification for w in most_wanted(chapter_id)}
    if not wanted:
        return []
    members = {m.contact_id for m in Membership.select(Membership.contact).where(Membership.chapter == chapter_id)}
    # Visitors of this chapter are in the visitor pipeline, which has its own follow-ups.
    members |= {a.contact_id for a in Attendance.select(Attendance.contact).join(Meeting).where(
        (Meeting.chapter == chapter_id) & (Attendance.status == "Visitor"))}
    met = {i.contact_id for i in Interaction.select(Interaction.contact).where(
        Interaction.channel.in_(FACE_TO_FACE_CHANNELS)).distinct()}
    met |= {a.contact_id for a in Attendance.select(Attendance.contact).distinct()}
    out = []
    for c in Contact.select().where(Contact.trashed_at.is_null() & (Contact.is_me == False) & (Contact.profession != "")):
        key = classification_key(c.profession)
        if key in wanted and c.id not in members:
            online = c.id not in met and c.met_channel not in FACE_TO_FACE_CHANNELS
            out.append(Candidate(c.id, c.full_name, c.profession, wanted[key], online))
    return sorted(out, key=lambda x: (not x.online_only, normalize.fold(x.wanted), normalize.fold(x.name)))


def queue_invitations(chapter_id: int, today: dt.date | None = None) -> int:
    """A follow-up to invite each candidate to visit (online-only today, others within a week)."""
    today = today or dt.date.today()
    chapter = chapters.get_chapter(chapter_id)
    added = 0
    for c in invite_candidates(chapter_id):
        due = today if c.online_only else today + dt.timedelta(days=7)
        how = "meet them and invite" if c.online_only else "invite"
        reason = f"{how.capitalize()} {c.name} ({c.profession}) to visit {chapter.name}: no member is a {c.wanted}"
        added += followups.queue(c.contact_id, due, reason, channel="messaging" if c.online_only else "phone",
                                 origin="invite", origin_key=f"invite:{chapter_id}:{c.contact_id}") is not None
    return added


def _month(day: dt.date) -> str:
    return f"{day:%Y-%m}"


def team_referrals_by_month(chapter_id: int, start: dt.date, end: dt.date) -> dict[str, dict[str, int]]:
    """Referrals passed inside each power team (giver and receiver both in it), per month YYYY-MM."""
    team_members: dict[str, set[int]] = {t.name: {m.contact_id for m in t.members} for t in teams(chapter_id)}
    out: dict[str, dict[str, int]] = {name: defaultdict(int) for name in team_members}
    for r in Referral.select().where((Referral.date >= start) & (Referral.date <= end)):
        for name, ids in team_members.items():
            if r.giver_id in ids and r.receiver_id in ids:
                out[name][_month(r.date)] += 1
    return {name: dict(counts) for name, counts in out.items()}
