"""LinkedIn's data archive: messages, invitations, connections, recommendations and endorsements.

Messages are counted per conversation, day and person like a chat. The member is found by the
profile that takes part in every conversation (or their remembered profile or name); a file whose
conversations cannot tell asks. Profile URLs are the first match key, names the second.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
from dataclasses import dataclass, field, replace

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.exchange.history.records import (
    BadLine,
    FileTouches,
    HistoryReadError,
    NeedsAnswer,
    Party,
    Touch,
)
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

_UTC_FORMATS = ("%Y-%m-%d %H:%M:%S %Z", "%Y/%m/%d %H:%M:%S %Z", "%Y-%m-%d %H:%M %Z")
_LOCAL_FORMATS = ("%m/%d/%y, %I:%M %p", "%m/%d/%Y, %I:%M %p", "%d %b %Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d",
                  "%m/%d/%y", "%m/%d/%Y")


def when(text: str) -> dt.datetime | None:
    """LinkedIn's dates ('2023-06-11 15:33:58 UTC', '6/11/23, 3:33 PM', '11 Jun 2023') in local time."""
    text = normalize.clean(text).replace("\u202f", " ")
    for fmt in _UTC_FORMATS:
        try:
            value = dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
        return value.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)
    for fmt in _LOCAL_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def rows(text: str, file: str, must: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header (upper case) and the rows with their line numbers, after any notes above the header."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    out = []
    start = 1
    for cells in reader:
        if header is None:
            if must in (c.strip().upper() for c in cells):
                header = [c.strip().upper() for c in cells]
            start = reader.line_num + 1
            continue
        if any(c.strip() for c in cells):
            out.append((start, cells))
        start = reader.line_num + 1
    if header is None:
        raise HistoryReadError(QT_TRANSLATE_NOOP(
            "Errors", "{file}, line 1: this LinkedIn file has no {value} column; nothing was "
            "imported from it.").format(file=file, value=must.title()))
    return header, out


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


@dataclass
class Messages:
    """messages.csv counted per conversation, day and sender."""

    file: str
    # conversation -> day -> sender id -> [count, first time, first text]
    days: dict[str, dict[dt.date, dict[str, list]]] = field(default_factory=dict)
    people: dict[str, dict[str, Party]] = field(default_factory=dict)  # conversation -> id -> party
    bad_lines: list[BadLine] = field(default_factory=list)

    def find_me(self, me: set[str]) -> str:
        """The member's id (profile URL key or folded name) in this file."""
        ids: dict[str, int] = {}
        for members in self.people.values():
            for pid, party in members.items():
                if pid in me or normalize.fold(party.name) in me:
                    return pid
                ids[pid] = ids.get(pid, 0) + 1
        everywhere = [pid for pid, n in ids.items() if n == len(self.people)]
        if len(everywhere) == 1:
            return everywhere[0]
        if not ids:
            return ""
        names = sorted({p.label for members in self.people.values() for p in members.values()})
        raise NeedsAnswer(QT_TRANSLATE_NOOP(
            "Errors", "{file}: which of these people are you? {items}.").format(
            file=self.file, items=', '.join(names[:8])), self.file, "me",
                          tuple(names))

    def touches(self, me_id: str) -> list[Touch]:
        out = []
        for conv, per_day in self.days.items():
            members = self.people[conv]
            others = [pid for pid in members if pid != me_id]
            group = len(others) > 1
            for day, senders in per_day.items():
                if group:
                    for pid, (count, at, text) in senders.items():
                        if pid != me_id:
                            out.append(_message(conv, day, pid, members[pid], "group", count, at, text))
                    continue
                if not others:
                    continue
                mine, theirs = me_id in senders, any(p != me_id for p in senders)
                count = sum(e[0] for e in senders.values())
                first = min(senders.values(), key=lambda e: e[1])
                direction = "both" if mine and theirs else ("out" if mine else "in")
                out.append(_message(conv, day, others[0], members[others[0]], direction, count, first[1], first[2]))
        return out


def _message(conv: str, day: dt.date, pid: str, party: Party, direction: str, count: int, at: dt.datetime,
             text: str) -> Touch:
    return Touch("linkedin", f"linkedin:m:{conv}:{day.isoformat()}:{pid}", at, "linkedin",
                 "group message" if direction == "group" else "message", direction, party, count, text)


def _pid(url: str, name: str) -> str:
    return normalize.url_key(url) if url else "name:" + normalize.fold(name)


def read_messages(text: str, file: str, keep_text: bool = False) -> Messages:
    header, records = rows(text, file, "CONVERSATION ID")
    col = {name: i for i, name in enumerate(header)}
    need = ("CONVERSATION ID", "FROM", "DATE")
    missing = [n for n in need if n not in col]
    if missing:
        raise HistoryReadError(QT_TRANSLATE_NOOP(
            "Errors", "{file}, line 1: messages.csv has no {value} column; nothing was imported from "
            "it.").format(file=file, value=missing[0].title()))

    def cell(cells: list[str], name: str) -> str:
        i = col.get(name)
        return cells[i] if i is not None and i < len(cells) else ""

    result = Messages(file)
    for line, cells in records:
        if cell(cells, "FOLDER").strip().upper() == "SPAM":
            continue
        at = when(cell(cells, "DATE"))
        conv = cell(cells, "CONVERSATION ID").strip()
        if at is None or not conv:
            result.bad_lines.append(BadLine(line, f'"{cell(cells, "DATE")}" is not a date' if conv else
                                            "no conversation id"))
            continue
        members = result.people.setdefault(conv, {})
        sender = _pid(cell(cells, "SENDER PROFILE URL").strip(), cell(cells, "FROM"))
        members.setdefault(sender, Party(name=normalize.clean(cell(cells, "FROM")),
                                         url=cell(cells, "SENDER PROFILE URL").strip()))
        names, urls = _split(cell(cells, "TO")), _split(cell(cells, "RECIPIENT PROFILE URLS"))
        if len(names) != len(urls):
            names = names if not urls else [""] * len(urls)
        for name, url in zip(names, urls or [""] * len(names)):
            members.setdefault(_pid(url, name), Party(name=normalize.clean(name), url=url))
        per_sender = result.days.setdefault(conv, {}).setdefault(at.date(), {})
        entry = per_sender.get(sender)
        content = normalize.clean(cell(cells, "CONTENT")).split("\n")[0][:200] if keep_text else ""
        if entry is None:
            per_sender[sender] = [1, at, content]
        else:
            entry[0] += 1
            if at < entry[1]:
                entry[1], entry[2] = at, content or entry[2]
    return result


def read_other(name: str, text: str, file: str, keep_text: bool = False) -> FileTouches:
    """Invitations, connections, recommendations and endorsements: one touch each (per person and day)."""
    name = name.lower()
    spec = _OTHER[name]
    header, records = rows(text, file, spec["must"])
    col = {h: i for i, h in enumerate(header)}

    def cell(cells: list[str], key: str) -> str:
        i = col.get(key.upper())
        return cells[i].strip() if i is not None and i < len(cells) else ""

    result = FileTouches(file, "linkedin")
    seen: dict[str, int] = {}
    for line, cells in records:
        at = when(cell(cells, spec["date"]))
        if at is None:
            result.bad_lines.append(BadLine(line, f'"{cell(cells, spec["date"])}" is not a date'))
            continue
        direction = spec["direction"]
        if name == "invitations.csv":
            direction = "out" if cell(cells, "Direction").upper().startswith("OUT") else "in"
            who = ("To", "inviteeProfileUrl") if direction == "out" else ("From", "inviterProfileUrl")
            party = Party(name=normalize.clean(cell(cells, who[0])), url=cell(cells, who[1]))
        else:
            first, last, url = (cell(cells, k) for k in spec["person"])
            party = Party(name=normalize.clean(f"{first} {last}"), url=url,
                          email=cell(cells, "Email Address") if name == "connections.csv" else "")
        if not party.label:
            result.bad_lines.append(BadLine(line, "no name"))
            continue
        pid = _pid(party.url, party.name)
        origin = f"linkedin:{spec['kind']}:{direction}:{at.date().isoformat()}:{pid}"
        if origin in seen:  # several skills endorsed on one day: one touch with a count
            i = seen[origin]
            result.touches[i] = _bump(result.touches[i])
            continue
        seen[origin] = len(result.touches)
        text_cell = cell(cells, spec["text"]) if spec["text"] else ""
        result.touches.append(Touch("linkedin", origin, at, "linkedin", spec["kind"], direction, party, 1,
                                    normalize.clean(text_cell)[:200] if keep_text else ""))
    return result


def _bump(touch: Touch) -> Touch:
    return replace(touch, count=touch.count + 1)


_OTHER: dict[str, dict] = {
    "invitations.csv": {"must": "SENT AT", "date": "Sent At", "kind": "invitation", "direction": "",
                        "text": "Message"},
    "connections.csv": {"must": "CONNECTED ON", "date": "Connected On", "kind": "connected", "direction": "both",
                        "text": "", "person": ("First Name", "Last Name", "URL")},
    "recommendations_received.csv": {"must": "CREATION DATE", "date": "Creation Date", "kind": "recommendation",
                                     "direction": "in", "text": "Text", "person": ("First Name", "Last Name", "-")},
    "recommendations_given.csv": {"must": "CREATION DATE", "date": "Creation Date", "kind": "recommendation",
                                  "direction": "out", "text": "Text", "person": ("First Name", "Last Name", "-")},
    "endorsement_received_info.csv": {
        "must": "ENDORSEMENT DATE", "date": "Endorsement Date", "kind": "endorsement", "direction": "in",
        "text": "Skill Name", "person": ("Endorser First Name", "Endorser Last Name", "Endorser Public Url")},
    "endorsement_given_info.csv": {
        "must": "ENDORSEMENT DATE", "date": "Endorsement Date", "kind": "endorsement", "direction": "out",
        "text": "Skill Name", "person": ("Endorsee First Name", "Endorsee Last Name", "Endorsee Public Url")},
}
