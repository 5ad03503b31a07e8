"""WhatsApp chat exports ("Export chat", without media): Android and iOS line forms.

One pass over the lines with one compiled expression; messages are counted per day and sender as
they stream by (memory grows with days and senders, not with lines). The date order (day first or
month first) is decided at the end over the whole file, because one line rarely tells: 03/04/2024
is read both ways. Lines that continue a message, system lines ("Messages and calls are end-to-end
encrypted") and media placeholders are handled; header-shaped lines of the other phone's style
(an iOS line pasted into an Android chat) are part of a message.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.exchange.history.records import (
    BadLine,
    HistoryReadError,
    NeedsAnswer,
    Party,
    Touch,
)
from totalnet_desktop.core.store.errors import Cancelled

logger = logging.getLogger(__name__)

# Direction and isolation marks WhatsApp puts around names, numbers and iOS lines; a BOM.
MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_SP = "[ \u202f\u00a0]"  # newer Android versions put a narrow no-break space before AM/PM
HEADER = re.compile(
    rf"[{MARKS}]*(\[)?(\d{{1,4}})[/.\-](\d{{1,2}})[/.\-](\d{{1,4}}),?{_SP}"
    rf"(\d{{1,2}})[:.](\d{{2}})(?:[:.](\d{{2}}))?(?:{_SP}?([AaPp])\.?{_SP}?[Mm]\.?)?"
    rf"(?(1)\]{_SP}|{_SP}-{_SP})"
    # The sender (none on a system line, "Omar added Layla"). A name may hold a colon not followed by a
    # space ("Omar (Work:Mobile)", "Sales:UAE"); the first ": " ends it, as WhatsApp writes it.
    r"(?:([^:\n]{1,80}(?::[^\s:][^:\n]{0,80})*): )?"
)
# After a direction mark, iOS writes both media placeholders and system lines; these are messages.
_MEDIA = re.compile(r"<attached: |<Media omitted>|\w+ omitted|This message was deleted|You deleted this message"
                    r"|Missed (voice|video) call|Voice call|Video call|Location: ", re.IGNORECASE)
_GROUP_HINT = re.compile(r"created group|changed the subject|changed this group|changed the group|\badded\b"
                         r"|joined using|\bleft$|\bremoved\b|group", re.IGNORECASE)
_MARK_SET = set(MARKS)
_HOURS24 = {str(h) for h in range(24)} | {f"{h:02d}" for h in range(24)}
_HOURS12 = {str(h) for h in range(1, 13)} | {f"{h:02d}" for h in range(1, 13)}
_PHONEISH = re.compile(r"^\+?[\d\s\-().]{7,}$")
_QUOTES = set("\"“”«»")
ORDERS = ("dmy", "mdy", "ymd")
ORDER_NAMES = {"dmy": "day first (31/12/2023)", "mdy": "month first (12/31/2023)", "ymd": "year first"}
_TITLE_PREFIXES = ("whatsapp chat with ", "whatsapp chat - ", "whatsapp chat – ", "whatsapp chat ")


def clean_name(text: str) -> str:
    """A sender as shown: without direction marks and outer spaces."""
    return normalize.clean(text.translate(_STRIP))


_STRIP = {ord(c): None for c in MARKS}


def title_of(name: str, container: str = "") -> str:
    """The chat's name from 'WhatsApp Chat with Omar.txt' or the ZIP around '_chat.txt'."""
    stem = Path(name).stem
    if stem.lower() == "_chat" and container:
        stem = container
    low = stem.lower()
    for prefix in _TITLE_PREFIXES:
        if low.startswith(prefix):
            return clean_name(stem[len(prefix):])
    return clean_name(stem)


def to_date(parts: tuple[int, int, int], order: str) -> dt.date | None:
    """The date ``parts`` mean in ``order`` (None when impossible)."""
    a, b, c = parts
    if order == "ymd":
        y, m, d = a, b, c
    elif order == "dmy":
        d, m, y = a, b, c
    else:
        m, d, y = a, b, c
    if y < 100:
        y += 2000
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def decide_order(dates: list[tuple[int, int, int]]) -> str | None:
    """The date order of a whole file from its dates in file order; None when the file cannot tell.

    Year first when a first part has four digits. Otherwise the order under which every date exists
    (a day above 12 tells); when both do, the one under which the chat runs forward in time; when
    that does not tell either, no order is guessed. When neither fits every date (damaged lines),
    the one that fits more; a tie cannot tell.
    """
    if not dates:
        return "dmy"
    if any(a >= 100 for a, _, _ in dates):
        return "ymd"
    if all(a == b for a, b, _ in dates):
        return "dmy"  # both orders read the same days
    fits = {o: [to_date(p, o) for p in dates] for o in ("dmy", "mdy")}
    whole = [o for o, days in fits.items() if all(days)]
    if len(whole) == 1:
        return whole[0]
    if not whole:
        counts = {o: sum(1 for d in days if d) for o, days in fits.items()}
        if counts["dmy"] == counts["mdy"]:
            return None
        return max(counts, key=counts.__getitem__)
    forward = [o for o, days in fits.items() if all(x <= y for x, y in itertools.pairwise(days))]
    return forward[0] if len(forward) == 1 else None


@dataclass
class ChatLog:
    """A chat counted per day and sender: {date parts: {sender: [count, h, m, s, first text]}}."""

    file: str
    title: str
    days: dict[tuple[str, str, str], dict[str, list]] = field(default_factory=dict)
    first_line: dict[tuple[str, str, str], int] = field(default_factory=dict)
    bad_lines: list[BadLine] = field(default_factory=list)
    group_hint: bool = False
    lines: int = 0

    @cached_property
    def senders(self) -> dict[str, int]:
        """Every sender with their message count, most first (asked once the chat is read)."""
        totals: dict[str, int] = {}
        for per_sender in self.days.values():
            for sender, entry in per_sender.items():
                totals[sender] = totals.get(sender, 0) + entry[0]
        return dict(sorted(totals.items(), key=lambda kv: -kv[1]))

    @property
    def is_group(self) -> bool:
        return self.group_hint or len(self.senders) > 2

    def order(self, remembered: str | None = None) -> str:
        """The file's date order, or NeedsAnswer (``remembered`` answers it when the file cannot)."""
        parts = [(int(a), int(b), int(c)) for a, b, c in self.days]
        found = decide_order(parts)
        if found is None:
            if remembered in ORDERS:
                return remembered
            raise NeedsAnswer(f"{self.file}: every day in this chat is 12 or less, so it cannot tell whether "
                              "dates are day first or month first; say which.", self.file, "date_order",
                              ("dmy", "mdy"))
        return found

    def find_me(self, me: set[str], region: str) -> str | None:
        """The sender who is the member: remembered, else the one the chat's title is not."""
        senders = list(self.senders)
        for sender in senders:
            if is_me(sender, me, region):
                return sender
        others = [s for s in senders if normalize.fold(s) == normalize.fold(self.title)]
        if not self.is_group and self.title and others:
            rest = [s for s in senders if s not in others]
            if len(rest) <= 1:
                return rest[0] if rest else ""
        if not self.is_group and len(senders) == 1 and self.title:
            return senders[0]  # only one person wrote, and the chat is named after someone else
        if me and (self.is_group or len(senders) == 1):
            return ""  # the member is known in WhatsApp and did not write here
        if not senders:
            return ""
        raise NeedsAnswer(f"{self.file}: which of these senders are you? {', '.join(senders[:8])}.",
                          self.file, "me", tuple(senders))

    def touches(self, me_name: str, order: str, region: str) -> list[Touch]:
        """One touch per day with the other person (individual chat) or per day and sender (group)."""
        conv = normalize.fold(self.title) or normalize.fold(self.file)
        group = self.is_group
        parties = {s: _party(s) for s in self.senders}
        parties.setdefault(self.title, _party(self.title))
        other = next((s for s in self.senders if s != me_name), self.title)
        out: list[Touch] = []
        for raw, per_sender in self.days.items():
            day = to_date((int(raw[0]), int(raw[1]), int(raw[2])), order)
            if day is None:
                self.bad_lines.append(BadLine(self.first_line[raw], f"{'/'.join(raw)} is not a date"))
                continue
            if group:
                for sender, (count, h, m, s, text) in per_sender.items():
                    if sender == me_name:
                        continue
                    out.append(_touch(conv, day, h, m, s, parties[sender], "group", count, text, "group message"))
                continue
            mine = per_sender.get(me_name)
            theirs = [e for s, e in per_sender.items() if s != me_name]
            count = sum(e[0] for e in per_sender.values())
            first = min(per_sender.values(), key=lambda e: (e[1], e[2], e[3]))
            direction = "both" if mine and theirs else ("out" if mine else "in")
            out.append(_touch(conv, day, first[1], first[2], first[3], parties[other], direction, count, first[4],
                              "message"))
        return out


def _party(sender: str) -> tuple[Party, str]:
    """A sender as a party (a number or a name) and its folded key."""
    return (Party(phone=sender) if _PHONEISH.match(sender) else Party(name=sender)), normalize.fold(sender)


def _touch(conv: str, day: dt.date, h: int, m: int, s: int, party: tuple[Party, str], direction: str, count: int,
           text: str, kind: str) -> Touch:
    return Touch("whatsapp", f"whatsapp:{conv}:{day.isoformat()}:{party[1]}",
                 dt.datetime(day.year, day.month, day.day, h, m, s), "messaging", kind, direction, party[0],
                 count, text)


def is_me(sender: str, me: set[str], region: str) -> bool:
    """Whether a sender is one of the member's remembered names or numbers."""
    if normalize.fold(sender) in me:
        return True
    return bool(_PHONEISH.match(sender)) and normalize.phone_key(sender, region) in me


def parse(lines: Iterable[str], file: str, title: str, keep_text: bool = False,
          cancelled: Callable[[], bool] | None = None) -> ChatLog:
    """Count a chat's messages per day and sender (one pass; the date order is decided later).
    ``cancelled()`` is asked every 16,384 lines (the runner also moves the progress bar then); when it
    says yes, Cancelled is raised."""
    log = ChatLog(file, title)
    days, first_line = log.days, log.first_line
    match = HEADER.match
    style = None  # True: iOS brackets, False: Android dash; the first header line decides
    names: dict[str, str] = {}  # sender as written -> as shown ('' for a system line)
    started = False
    number = 0
    for number, line in enumerate(lines, 1):
        if not number & 0x3FFF and cancelled is not None and cancelled():
            raise Cancelled("The import was cancelled; nothing was changed.")
        m = match(line)
        if m is None:
            if not started and line.strip(MARKS + " \t\r\n"):
                raise HistoryReadError(f"{file}, line {number}: this is not a line of a WhatsApp chat export "
                                       "(it should start with a date and time); nothing was imported from "
                                       "this file.")
            continue  # a message's next line
        opening, a, b, c, hh, mi, ss, ap, sender = m.groups()
        bracket = opening is not None
        if style is None:
            style, started = bracket, True
        elif bracket is not style:
            continue  # a header of the other phone's style, pasted into a message
        # Checked as text (a set look-up): int() on every line costs a third of the pass.
        if (hh not in _HOURS12 if ap else hh not in _HOURS24) or mi[0] > "5":
            log.bad_lines.append(BadLine(number, f"{hh}:{mi}{' ' + ap.upper() + 'M' if ap else ''} is not a time"))
            continue
        name = names.get(sender) if sender is not None else ""
        if name is None:  # a sender not seen before (a handful per chat): clean it once
            name = names[sender] = "" if _QUOTES & set(sender) else clean_name(sender)
        if not name:
            if _GROUP_HINT.search(line, m.start(9) if sender is not None else m.end()):
                log.group_hint = True
            continue  # a system line: someone joined, the chat is encrypted...
        end = m.end()
        if style and line[end:end + 1] in _MARK_SET and not _MEDIA.match(line[end:].lstrip(MARKS)):
            if _GROUP_HINT.search(line, end):
                log.group_hint = True
            continue  # an iOS system line, written as from the chat itself
        key = (a, b, c)
        day = days.get(key)
        if day is None:
            days[key] = day = {}
            first_line[key] = number
        entry = day.get(name)
        if entry is None:
            first = line[end:].strip(MARKS + " \r\n")[:200] if keep_text else ""
            hour = int(hh) % 12 + (12 if ap in "pP" else 0) if ap else int(hh)
            day[name] = [1, hour, int(mi), int(ss or 0), first]
        else:
            entry[0] += 1
    log.lines = number
    return log
