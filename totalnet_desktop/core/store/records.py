"""Plain, frozen records that services return, so that views never trigger lazy queries.

Shared records live here; a capability's own records may live beside its service module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PointRecord:
    kind: str  # phone, email, website, social
    value: str
    network: str = ""
    label: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ContactRecord:
    """A whole contact for the editor: fields, points and tags."""

    id: int | None
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    job_title: str = ""
    profession: str = ""
    city: str = ""
    notes: str = ""
    stage: str = "Know"
    cadence_days: int | None = None
    source: str = ""
    met_on: dt.date | None = None
    met_where: str = ""
    met_channel: str = ""
    introduced_by_id: int | None = None
    is_me: bool = False
    points: tuple[PointRecord, ...] = field(default_factory=tuple)
    tags: tuple[str, ...] = field(default_factory=tuple)
    trashed_at: dt.datetime | None = None
    # The row's edit counter when it was read (core.contacts.service.get); a save with a counter
    # that moved on since is refused (EditConflictError). None: save without that check.
    version: int | None = None

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


# ---- contacts capability (issue 3) ---------------------------------------------------------
@dataclass(frozen=True)
class FieldWarning:
    """Something a user typed that looks wrong but is saved anyway (a user's data is theirs)."""

    kind: str  # phone, email, website, social
    value: str
    message: str


@dataclass(frozen=True)
class SaveResult:
    """What saving a contact did: its id and the warnings to show beside the fields."""

    contact_id: int
    created: bool
    warnings: tuple[FieldWarning, ...] = ()


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing contact that may be the same person, and why we think so."""

    contact_id: int
    name: str
    company: str
    reason: str


@dataclass(frozen=True)
class ContactRow:
    """One row of the Contacts table (loaded in batches)."""

    id: int
    name: str
    company: str = ""
    profession: str = ""
    stage: str = "Know"
    channels: tuple[str, ...] = ()  # in_person, linkedin, x, facebook, instagram, phone, email
    last_contact: dt.date | None = None
    next_followup: dt.date | None = None
    tags: tuple[str, ...] = ()
    trashed: bool = False
    is_me: bool = False


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a contact's history (interaction, referral, thank-you, meeting...)."""

    when: dt.datetime
    kind: str  # interaction, referral_given, referral_received, referral_prospect, thank_you_given,
    #            thank_you_received, meeting, one_to_one, ceu
    title: str
    note: str = ""
    channel: str = ""
    ref_id: int | None = None


@dataclass(frozen=True)
class ContactCounts:
    """How much history hangs on a contact (shown in the merge dialog)."""

    points: int = 0
    tags: int = 0
    interactions: int = 0
    referrals: int = 0
    thank_yous: int = 0
    meetings: int = 0
    followups: int = 0
