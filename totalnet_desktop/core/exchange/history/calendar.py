"""Calendar files (.ics, or Google Calendar's export ZIP) read with ``icalendar``.

An event with attendees is a meeting with each of them (matched by e-mail later); an online-meeting
link (Zoom, Teams, Meet, Webex) makes it an online meeting; a title saying one-to-one, 1-2-1 or
coffee with one other person makes it a one-to-one (kept only if that person is a chapter member).
Recurring events are expanded by ``recurring-ical-events`` (RRULE, RDATE, EXDATE and moved
occurrences) from the file's first event up to now: a touch is something that happened.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

import icalendar
import recurring_ical_events

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.exchange.history.records import (
    FileTouches,
    HistoryReadError,
    NeedsAnswer,
    Party,
    Touch,
)

logger = logging.getLogger(__name__)

ONLINE = re.compile(r"zoom\.us|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|webex\.com|whereby\.com",
                    re.IGNORECASE)
ONE_TO_ONE = re.compile(r"\b(1-2-1|1:1|121|1-to-1|one[- ]to[- ]one|coffee)\b", re.IGNORECASE)
_CONTENT_LINE = re.compile(r"^[A-Za-z0-9-]+(;[^:]*)?:")
# "Coffee with Omar Haddad", "1-2-1 w/ Layla @ Café Nero": the person an event without attendees names.
WITH_NAME = re.compile(r"\b(?:with|w/)\s+(.+)$|(?:^|\s)مع\s+(.+)$", re.IGNORECASE)
_NAME_END = re.compile(r"\s+(?:@|at|in|-|–|\||/)\s+.*$|\s*[(\[,;].*$", re.IGNORECASE)
ALL_DAY_TIME = dt.time(12, 0)  # an all-day event is dated at noon: its day, in any time zone


@dataclass(frozen=True)
class CalendarFile:
    file: str
    cal: icalendar.Calendar


def _first_bad_line(text: str) -> int | None:
    """The first line that is not an iCalendar content line (folded lines continue the one above)."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line[0] in " \t":
            continue
        if not _CONTENT_LINE.match(line):
            return number
    return None


def _address(value) -> str:
    text = str(value or "").strip()
    return normalize.email_key(text[7:] if text.lower().startswith("mailto:") else text)


def _local(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.astimezone().replace(tzinfo=None) if value.tzinfo else value
    return dt.datetime.combine(value, dt.time())


def named_in_title(summary: str) -> str:
    """The person an event's title names after 'with' ('' when none): 'Coffee with Omar (Marina)' -> 'Omar'."""
    match = WITH_NAME.search(summary or "")
    if not match:
        return ""
    name = _NAME_END.sub("", match.group(1) or match.group(2) or "").strip(" .!?:")
    words = name.split()
    # A name is a few words, not "the team" or "everyone".
    if not 1 <= len(words) <= 4 or name.casefold() in _NOT_PEOPLE or words[0].casefold() in ("the", "my", "our"):
        return ""
    return normalize.clean(name)


_NOT_PEOPLE = {"team", "everyone", "all", "client", "clients", "family", "friends", "chapter", "members"}


def _all_day(event) -> tuple[bool, bool]:
    """(all-day, more than one day) for an occurrence."""
    start = event.get("DTSTART").dt
    if isinstance(start, dt.datetime):
        return False, False
    end = event.get("DTEND")
    days = (end.dt - start).days if end is not None and not isinstance(end.dt, dt.datetime) else 1
    return True, days > 1


def parse(text: str, file: str) -> icalendar.Calendar:
    """The calendar, or one sentence naming the file and the first line that is not iCalendar."""
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise HistoryReadError(f"{file}, line 1: this is not an iCalendar file (it should start with "
                               "BEGIN:VCALENDAR); nothing was imported from it.")
    bad = _first_bad_line(text)
    if bad is not None:
        raise HistoryReadError(f"{file}, line {bad}: this line is not iCalendar; nothing was imported from "
                               "this file.")
    try:
        return icalendar.Calendar.from_ical(text)
    except (ValueError, KeyError, IndexError) as exc:
        raise HistoryReadError(f"{file}: this calendar cannot be read; nothing was imported from it.") from exc


def find_me(cal: icalendar.Calendar, me: set[str], file: str) -> set[str]:
    """The member's addresses: remembered, the calendar's own name when it is an address, else the
    address in every event that has attendees."""
    own = {a for a in me if "@" in a}
    name = _address(cal.get("X-WR-CALNAME", ""))
    if "@" in name:
        own.add(name)
    seen: dict[str, int] = {}
    events = 0
    for event in cal.walk("VEVENT"):
        people = {_address(a) for a in _attendees(event)} | {_address(event.get("ORGANIZER", ""))}
        people.discard("")
        if len(people) < 2:
            continue
        if own & people:
            return own
        events += 1
        for person in people:
            seen[person] = seen.get(person, 0) + 1
    everywhere = [p for p, n in seen.items() if n == events]
    if len(everywhere) == 1:
        return own | {everywhere[0]}
    if not events:
        return own
    options = tuple(sorted(seen, key=lambda p: -seen[p]))
    raise NeedsAnswer(f"{file}: which of these addresses are yours? {', '.join(options[:8])}.", file, "me", options)


def _attendees(event) -> list:
    value = event.get("ATTENDEE")
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def touches(cal: icalendar.Calendar, file: str, me: set[str], now: dt.datetime | None = None,
            keep_text: bool = False) -> FileTouches:
    """One touch per past occurrence and other attendee."""
    now = now or dt.datetime.now()
    result = FileTouches(file, "calendar")
    starts = [_local(e.get("DTSTART").dt) for e in cal.walk("VEVENT") if e.get("DTSTART") is not None]
    if not starts:
        return result
    start = min(starts)
    for event in recurring_ical_events.of(cal).between(start, now):
        if str(event.get("STATUS", "")).upper() == "CANCELLED" or event.get("DTSTART") is None:
            continue
        all_day, several_days = _all_day(event)
        if several_days:
            continue  # a holiday, a trip, a conference: not a conversation with someone
        at = dt.datetime.combine(event.get("DTSTART").dt, ALL_DAY_TIME) if all_day else _local(event.get("DTSTART").dt)
        if at > now:
            continue
        organizer = _address(event.get("ORGANIZER", ""))
        others = []
        for attendee in _attendees(event):
            address = _address(attendee)
            params = getattr(attendee, "params", {})
            if not address or address in me or str(params.get("PARTSTAT", "")).upper() == "DECLINED":
                continue
            others.append(Party(name=normalize.clean(params.get("CN", "")), email=address))
        if organizer and organizer not in me and organizer not in {p.email for p in others}:
            cn = getattr(event.get("ORGANIZER"), "params", {}).get("CN", "")
            others.append(Party(name=normalize.clean(cn), email=organizer))
        summary = normalize.clean(event.get("SUMMARY", ""))
        named = ""
        if not others and not _attendees(event):
            # No attendees (a private calendar): "Coffee with Omar" is still a meeting with Omar.
            named = named_in_title(summary)
            if named:
                others.append(Party(name=named))
        if not others:
            continue
        where = " ".join(str(event.get(k, "")) for k in ("LOCATION", "DESCRIPTION", "URL", "X-GOOGLE-CONFERENCE",
                                                           "CONFERENCE"))
        channel = "online_meeting" if ONLINE.search(where) else "in_person"
        one = len(others) == 1 and bool(ONE_TO_ONE.search(summary))
        direction = "out" if organizer in me or not organizer or named else "in"
        uid = str(event.get("UID", "")) or f"{summary}@{at.isoformat()}"
        for party in others:
            who = party.email or "name:" + normalize.fold(party.name)
            result.touches.append(Touch(
                "calendar", f"calendar:{uid}:{at.isoformat()}:{who}", at,
                "one_to_one" if one else channel, "one-to-one" if one else "meeting", direction, party, 1,
                summary[:200] if keep_text else "", channel if one else ""))
    return result
