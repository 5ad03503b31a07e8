"""Mail archives (.mbox, as in a Google Takeout): headers only (From, To, Cc, Date).

The archive is streamed line by line (a Takeout ZIP member is never extracted); each message's header
block is handed to the standard library's ``mailbox.mboxMessage`` and its body skipped unread.
(``mailbox.mbox`` itself wants a file on disk and reads whole messages.) A message between the member
and someone else is an e-mail touch; mailing lists, bulk mail and no-reply senders are skipped.
"""

from __future__ import annotations

import datetime as dt
import email.header
import email.utils
import logging
import mailbox
import re
from collections.abc import Iterable

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

NO_REPLY = re.compile(r"^(no-?reply|do-?not-?reply|noreply|mailer-daemon|postmaster|bounces?|notifications?"
                      r"|newsletters?|news|info|updates|alerts?)([+.\-_].*)?@", re.IGNORECASE)
BULK = ("bulk", "list", "junk")


def _name(value: str) -> str:
    try:
        return normalize.clean(str(email.header.make_header(email.header.decode_header(value))))
    except (email.errors.HeaderParseError, UnicodeDecodeError, LookupError):
        return normalize.clean(value)


def header_blocks(lines: Iterable[bytes], file: str) -> Iterable[tuple[int, bytes]]:
    """(line number of the "From " separator, header bytes) of every message; bodies are skipped."""
    header: list[bytes] | None = None
    start = 0
    in_header = False
    previous_blank = True
    for number, line in enumerate(lines, 1):
        blank = not line.strip()
        if line.startswith(b"From ") and previous_blank:
            if header is not None:
                yield start, b"".join(header)
            header, start, in_header = [], number, True
        elif header is None:
            if not blank:
                raise HistoryReadError(QT_TRANSLATE_NOOP(
                    "Errors", "{file}, line {number}: this is not a mail archive (.mbox messages "
                    "start with a \"From \" line); nothing was imported from it.").format(
                    file=file, number=number))
        elif in_header:
            if blank:
                in_header = False  # the body follows: never read
            else:
                header.append(line)
        previous_blank = blank
    if header is not None:
        yield start, b"".join(header)


def read(lines: Iterable[bytes], file: str, me: set[str]) -> tuple[FileTouches, set[str]]:
    """E-mail touches per day and correspondent, and the member's addresses (``me``, or found)."""
    messages = []  # (line, when, from, recipients, names)
    result = FileTouches(file, "mbox")
    delivered: dict[str, int] = {}
    for line, block in header_blocks(lines, file):
        msg = mailbox.mboxMessage(block)
        if msg.get("List-Id") or msg.get("List-Unsubscribe") or str(msg.get("Precedence", "")).lower() in BULK:
            continue
        if "spam" in str(msg.get("X-Gmail-Labels", "")).lower().split(","):
            continue
        try:
            when = email.utils.parsedate_to_datetime(str(msg.get("Date", "")))
        except (TypeError, ValueError, IndexError):
            when = None
        if when is None:
            result.bad_lines.append(BadLine(line, f'"{msg.get("Date", "")}" is not a date'))
            continue
        when = when.astimezone().replace(tzinfo=None) if when.tzinfo else when
        names: dict[str, str] = {}
        senders = email.utils.getaddresses([str(msg.get("From", ""))])
        recipients = email.utils.getaddresses([str(v) for k in ("To", "Cc") for v in msg.get_all(k, [])])
        for name, address in senders + recipients:
            if address:
                names.setdefault(normalize.email_key(address), _name(name))
        sender = normalize.email_key(senders[0][1]) if senders else ""
        for value in msg.get_all("Delivered-To", []):
            key = normalize.email_key(str(value))
            delivered[key] = delivered.get(key, 0) + 1
        messages.append((line, when, sender, [normalize.email_key(a) for _, a in recipients if a], names))
    me = {a for a in me if "@" in a} or _guess_me(messages, delivered, file)
    days: dict[tuple[dt.date, str], list] = {}  # (day, other) -> [count, first, out, in, name]
    for _line, when, sender, recipients, names in messages:
        if sender in me:
            others, way = [r for r in recipients if r not in me], "out"
        elif me & set(recipients):
            others, way = ([sender] if sender else []), "in"
        else:
            continue
        for other in others:
            if NO_REPLY.match(other):
                continue
            entry = days.setdefault((when.date(), other), [0, when, False, False, names.get(other, "")])
            entry[0] += 1
            entry[1] = min(entry[1], when)
            entry[2 if way == "out" else 3] = True
    for (day, other), (count, first, out, came, name) in days.items():
        direction = "both" if out and came else ("out" if out else "in")
        result.touches.append(Touch("mbox", f"mbox:{day.isoformat()}:{other}", first, "email", "e-mail",
                                    direction, Party(name=name, email=other), count))
    return result, me


def _guess_me(messages: list, delivered: dict[str, int], file: str) -> set[str]:
    if delivered:
        return {max(delivered, key=delivered.__getitem__)}
    seen: dict[str, int] = {}
    for _line, _when, sender, recipients, _names in messages:
        for address in {sender, *recipients} - {""}:
            seen[address] = seen.get(address, 0) + 1
    everywhere = [a for a, n in seen.items() if n == len(messages)]
    if len(everywhere) == 1:
        return {everywhere[0]}
    if not seen:
        return set()
    options = tuple(sorted(seen, key=lambda a: -seen[a]))
    raise NeedsAnswer(QT_TRANSLATE_NOOP(
        "Errors", "{file}: which of these addresses are yours? {items}.").format(
        file=file, items=', '.join(options[:8])), file, "me", options)
