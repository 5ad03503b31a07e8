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
class ContactSummary:
    """What a list row shows of a contact."""

    id: int
    first_name: str
    last_name: str
    company: str = ""
    job_title: str = ""
    profession: str = ""
    stage: str = "Know"
    city: str = ""
    source: str = ""

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


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

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)
