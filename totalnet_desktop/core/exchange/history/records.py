"""What every history source produces: touches with a party, and the errors and questions they raise."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from totalnet_desktop.core.store.errors import ImportReadError


@dataclass(frozen=True)
class Party:
    """Someone on the other side of a touch, as the file names them."""

    name: str = ""
    phone: str = ""
    email: str = ""
    url: str = ""

    @property
    def label(self) -> str:
        return self.name or self.phone or self.email or self.url


@dataclass(frozen=True)
class Touch:
    """One conversation-day with one person (or one meeting, invitation, recommendation...)."""

    source: str  # one of HISTORY_SOURCES
    origin: str  # origin key, unique across imports: re-reading the same file gives the same keys
    at: dt.datetime  # the first message of the day, local time
    channel: str  # one of CHANNELS
    kind: str  # message, group message, meeting, one-to-one, invitation, connected, e-mail...
    direction: str  # one of DIRECTIONS
    party: Party
    count: int = 1
    first_line: str = ""
    fallback: str = ""  # the channel when a one-to-one's other person turns out not to be a member


@dataclass(frozen=True)
class BadLine:
    line: int
    reason: str


@dataclass
class FileTouches:
    """What one file gave: its touches and the lines that could not be read."""

    file: str  # as shown to the user (a ZIP member as "archive.zip: member")
    source: str
    touches: list[Touch] = field(default_factory=list)
    bad_lines: list[BadLine] = field(default_factory=list)


class HistoryReadError(ImportReadError):
    """A history file that cannot be read at all; nothing is written for it."""


class NeedsAnswer(ImportReadError):
    """The file cannot tell something only the member knows (their own name, the date order)."""

    def __init__(self, message: str, file: str, question: str, options: tuple[str, ...]):
        super().__init__(message)
        self.file = file
        self.question = question  # "me" or "date_order"
        self.options = options
