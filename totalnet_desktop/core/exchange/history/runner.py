"""A whole Import history run: files, folders and ZIPs in; touches stored; follow-ups refreshed.

Each file is read on its own: one that cannot be read gets one sentence and nothing written, the
others go on. Who the member is (their name, number, profile or address) is found in the files where
they tell, remembered per source, and asked only when no file can tell (``NeedsAnswer``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.exchange.history import calendar, linkedin, mbox, sources, storing, whatsapp
from totalnet_desktop.core.exchange.history.matching import Matcher
from totalnet_desktop.core.exchange.history.records import FileTouches, HistoryReadError, NeedsAnswer
from totalnet_desktop.core.exchange.history.storing import StoredFile
from totalnet_desktop.core.followups import rules
from totalnet_desktop.core.store import prefs, undo, undo_labels
from totalnet_desktop.core.store.errors import Cancelled
from totalnet_desktop.core.store.models import database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP, joined

# The summary line's parts, marked (shown through i18n.tr_core; the English is unchanged).
READ_FILES = QT_TRANSLATE_NOOP("History", "Read %n file(s)")
NEW_TOUCHES = QT_TRANSLATE_NOOP("History", "%n new touch(es) with contacts")
WAITING = QT_TRANSLATE_NOOP("History", "%n touch(es) waiting for review ({people})")
PEOPLE = QT_TRANSLATE_NOOP("History", "%n person(s)")
BAD_LINES = QT_TRANSLATE_NOOP("History", "%n bad line(s) skipped")
NOT_READ = QT_TRANSLATE_NOOP("History", "%n file(s) not read")
RAISED_DAYS = QT_TRANSLATE_NOOP("History", "%n earlier day(s) with more messages")
CLOSED = QT_TRANSLATE_NOOP("History", "%n follow-up(s) closed")
NOT_HISTORY = QT_TRANSLATE_NOOP("History", "{file} is not a history file TotalNet reads (a LinkedIn archive, a "
                                           "WhatsApp chat export, an .ics calendar or an .mbox mail archive).")

logger = logging.getLogger(__name__)

ME_KEY = "history_me"  # {source: [keys]}: who the member is in each source
DATE_ORDER_KEY = "history_date_order"  # the member's answer for chats whose dates cannot tell
KEEP_TEXT_KEY = "history_keep_text"  # keep the first line of each conversation-day


@dataclass
class FileOutcome:
    file: str
    source: str = ""
    stored: StoredFile | None = None
    error: str = ""
    question: NeedsAnswer | None = None


@dataclass
class HistoryResult:
    files: list[FileOutcome] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files inside folders or ZIPs no source reads
    closed_followups: int = 0
    people: int = 0  # distinct people this run added to the review list

    @property
    def stored(self) -> list[StoredFile]:
        return [f.stored for f in self.files if f.stored]

    @property
    def failed(self) -> list[FileOutcome]:
        return [f for f in self.files if f.error or f.question]

    def line(self) -> str:
        """The one-line summary the CLI prints and the dialog shows."""
        s = self.stored
        touches, pending = sum(f.touches for f in s), sum(f.pending for f in s)
        people = self.people
        bad = sum(len(f.bad_lines) for f in s)
        read = len(s) + sum(1 for f in self.files if not (f.error or f.question) and not f.stored)
        parts = [READ_FILES.format(n=read), NEW_TOUCHES.format(n=touches),
                 WAITING.format(n=pending, people=PEOPLE.format(n=people))]
        if bad:
            parts.append(BAD_LINES.format(n=bad))
        if self.failed:
            parts.append(NOT_READ.format(n=len(self.failed)))
        raised = sum(len(f.raised) for f in s)
        if raised:
            parts.append(RAISED_DAYS.format(n=raised))
        if self.closed_followups:
            parts.append(CLOSED.format(n=self.closed_followups))
        return joined(parts)

    @property
    def raised(self) -> list[tuple[str, str, int]]:
        """Days stored before that this run raised: (table, origin key, count before)."""
        return [r for f in self.stored for r in f.raised]

    @property
    def batch_ids(self) -> list[int]:
        return [f.batch_id for f in self.stored if f.batch_id]


def remembered_me() -> dict[str, list[str]]:
    return dict(prefs.get(ME_KEY) or {})


def remember_me(source: str, keys: set[str] | list[str]) -> None:
    """Add keys (folded names, numbers, profile keys, addresses) to who the member is in a source."""
    known = remembered_me()
    merged = sorted(set(known.get(source, [])) | {k for k in keys if k})
    if merged != known.get(source):
        known[source] = merged
        prefs.set(ME_KEY, known)


def me_keys(value: str, region: str) -> set[str]:
    """Every form a typed "who I am" can take in the files (name, number, address, profile)."""
    value = normalize.clean(value)
    keys = {normalize.fold(value), "name:" + normalize.fold(value)}
    if "@" in value:
        keys.add(normalize.email_key(value))
    if "linkedin." in value:
        keys.add(normalize.url_key(value))
    if sum(ch.isdigit() for ch in value) >= 7:
        keys.add(normalize.phone_key(value, region))
    return keys


def _message(exc: Exception) -> str:
    """The exception's sentence, kept as core's marked Message when it is one (screens translate it)."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)


def import_history(paths: Sequence[str | Path], *, me: list[str] | tuple[str, ...] = (), date_order: str | None = None,
                   keep_text: bool | None = None, entries: list[sources.Entry] | None = None,
                   today: dt.date | None = None, undoable: bool = True,
                   refresh_followups: bool = True, progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> HistoryResult:
    """Read every history file under ``paths`` (or the given ``entries``) and store what is new; then
    refresh the follow-ups (cadence items whose reason has gone close) and push one undo entry.

    ``progress(done, total)`` moves with the bytes read, inside a long chat or mail archive too (out of
    ``Meter.SCALE``; reading is most of it, storing each file the rest); ``cancelled()`` is asked
    between files and every few thousand lines: Cancelled leaves the database as it was (everything
    is written in one transaction at the end)."""

    region = prefs.phone_region()
    keep = bool(prefs.get(KEEP_TEXT_KEY, False)) if keep_text is None else keep_text
    if date_order:
        prefs.set(DATE_ORDER_KEY, date_order)
    typed = set().union(*(me_keys(v, region) for v in me)) if me else set()
    known = {s: set(v) | typed for s, v in remembered_me().items()}
    for source in ("linkedin", "whatsapp", "calendar", "mbox"):
        known.setdefault(source, set(typed))
    result = HistoryResult()
    found: list[tuple[FileOutcome, object]] = []
    listed = list(_entries(paths, entries, result))
    meter = Meter(progress, cancelled, sum(e.size for e, _ in listed if not isinstance(e, FileOutcome)))
    for entry, explicit in listed:
        meter.next_file(entry)
        if isinstance(entry, FileOutcome):  # a ZIP that could not be opened, a path that is not there
            result.files.append(entry)
            continue
        kind = sources.kind_of(entry, explicit)
        outcome = FileOutcome(entry.display, kind)
        if not kind:
            if explicit:
                outcome.error = NOT_HISTORY.format(file=entry.display)
                result.files.append(outcome)
            else:
                result.skipped.append(entry.display)
            continue
        try:
            parsed = _parse(entry, kind, keep, known, region, meter)
        except NeedsAnswer as exc:
            outcome.question = exc
            outcome.error = _message(exc)
        except HistoryReadError as exc:
            outcome.error = _message(exc)
        else:
            if parsed is None:
                continue  # Profile.csv: only tells who the member is
            found.append((outcome, parsed))
        result.files.append(outcome)
    _resolve_whatsapp_me([p for _, p in found if isinstance(p, whatsapp.ChatLog)], known, region)
    ready: list[tuple[FileOutcome, FileTouches]] = []
    for outcome, parsed in found:
        try:
            ready.append((outcome, _touches(parsed, known, region, keep)))
        except NeedsAnswer as exc:
            outcome.question, outcome.error = exc, str(exc)
    with database.atomic():  # one transaction: a Cancel while storing leaves nothing behind
        if ready:
            matcher, members = Matcher(region), storing.active_members()
            for n, (outcome, touches) in enumerate(ready):
                meter.storing(n, len(ready))
                outcome.stored = storing.store(touches, matcher, members)
            for source, keys in known.items():
                remember_me(source, keys)
        if result.batch_ids or result.raised:
            _finish(result, undoable, refresh_followups, today)
    meter.finished()
    return result


class Meter:
    """Progress out of ``SCALE``: 90 % for reading (by bytes, inside a file as well), 10 % for storing."""

    SCALE = 10_000
    READING = 9_000

    def __init__(self, progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
                 total_bytes: int) -> None:
        self._progress, self._cancelled = progress, cancelled
        self._total = max(total_bytes, 1)
        self._before = 0  # bytes of the files already read
        self._size = 0  # bytes of the file being read
        self._raw = None  # its byte stream, when read line by line
        self._shown = -1

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was changed."))

    def _show(self, value: int) -> None:
        value = max(0, min(self.SCALE, value))
        if value != self._shown and self._progress is not None:
            self._shown = value
            self._progress(value, self.SCALE)

    def next_file(self, entry) -> None:
        """A new file starts (the one before counts as read)."""
        self.check()
        self._before += self._size
        self._size = getattr(entry, "size", 0)
        self._raw = None
        self._show(self.READING * self._before // self._total)

    def opened(self, raw) -> None:
        self._raw = raw

    def within(self) -> bool:
        """Called every few thousand lines of a long file: move the bar; False unless cancelled."""
        self.check()
        done = self._before
        if self._raw is not None:
            try:
                done += min(self._size, self._raw.tell())
            except (OSError, ValueError):
                pass
        self._show(self.READING * done // self._total)
        return False

    def storing(self, index: int, count: int) -> None:
        self.check()
        self._show(self.READING + (self.SCALE - self.READING) * index // max(count, 1))

    def finished(self) -> None:
        self._show(self.SCALE)


def _finish(result: HistoryResult, undoable: bool, refresh_followups: bool, today: dt.date | None) -> None:
    """The people count, one undo entry for the run, and the follow-up rules."""
    if result.batch_ids:
        marks = ", ".join("?" * len(result.batch_ids))
        result.people = database.execute_sql(f"SELECT COUNT(DISTINCT person_id) FROM history_pending WHERE batch_id"
                                             f" IN ({marks})", result.batch_ids).fetchone()[0]
    files = len({f.file for f in result.stored if f.batch_id or f.raised})
    if undoable:
        undo.push(undo_labels.IMPORT_HISTORY_1_FILE if files == 1 else undo_labels.IMPORT_HISTORY_FILES.format(count=files),
                  "undo_history_import",
                  {"batches": result.batch_ids, "raised": [list(r) for r in result.raised]})
    if refresh_followups:
        result.closed_followups = rules.run_rules(today).closed


def _entries(paths, entries, result: HistoryResult):
    if entries is not None:
        for entry in entries:
            yield entry, True
        return
    for raw in paths:
        try:
            expanded = sources.expand([raw])
        except HistoryReadError as exc:
            yield FileOutcome(str(raw), error=str(exc)), False
            continue
        for entry in expanded:
            yield entry, not entry.member and Path(raw).is_file()


def _parse(entry: sources.Entry, kind: str, keep: bool, known: dict[str, set[str]], region: str,
           meter: Meter | None = None):
    if kind == "whatsapp":
        title = whatsapp.title_of(entry.name, entry.container)
        lines = sources.text_lines(entry, meter.opened if meter else None)
        return whatsapp.parse(lines, entry.display, title, keep_text=keep, cancelled=meter.within if meter else None)
    if kind == "mbox":
        touches, me = mbox.read(_binary_lines(entry, meter), entry.display, known["mbox"])
        known["mbox"] |= me
        return touches
    text = sources.decode(entry, sources.read_bytes(entry))
    if kind == "calendar":
        return calendar.CalendarFile(entry.display, calendar.parse(text, entry.display))
    name = entry.name.lower()
    if name == "profile.csv":
        header, records = linkedin.rows(text, entry.display, "FIRST NAME")
        if records:
            cells = dict(zip(header, records[0][1]))
            full = normalize.clean(f"{cells.get('FIRST NAME', '')} {cells.get('LAST NAME', '')}")
            if full:
                known["linkedin"] |= {normalize.fold(full), "name:" + normalize.fold(full)}
        return None
    if name == "messages.csv":
        return linkedin.read_messages(text, entry.display, keep_text=keep)
    return linkedin.read_other(name, text, entry.display, keep_text=keep)


def _binary_lines(entry: sources.Entry, meter: Meter | None = None):
    import zipfile
    import zlib

    try:
        with entry.opener() as raw:
            if meter is None:
                yield from raw
                return
            meter.opened(raw)
            for number, line in enumerate(raw, 1):
                if not number & 0x3FFF:
                    meter.within()
                yield line
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise HistoryReadError(QT_TRANSLATE_NOOP(
            "Errors", "{display} is damaged inside its ZIP archive (it may have been cut short); "
            "nothing was imported from it.").format(display=entry.display)) from exc


def _resolve_whatsapp_me(logs: list[whatsapp.ChatLog], known: dict[str, set[str]], region: str) -> None:
    """When no chat tells who the member is, the one sender found in every chat is."""
    me = known["whatsapp"]
    for log in logs:
        try:
            name = log.find_me(me, region)
        except NeedsAnswer:
            continue
        if name:
            me |= me_keys(name, region) - {"name:" + normalize.fold(name)}
    if len(logs) >= 2:
        common = set.intersection(*(set(log.senders) for log in logs))
        if len(common) == 1 and not any(whatsapp.is_me(s, me, region) for log in logs for s in log.senders):
            me |= me_keys(common.pop(), region)


def _touches(parsed, known: dict[str, set[str]], region: str, keep: bool = False) -> FileTouches:
    if isinstance(parsed, FileTouches):
        return parsed
    if isinstance(parsed, whatsapp.ChatLog):
        me_name = parsed.find_me(known["whatsapp"], region)
        order = parsed.order(prefs.get(DATE_ORDER_KEY))
        out = FileTouches(parsed.file, "whatsapp")
        out.touches = parsed.touches(me_name or "", order, region)
        out.bad_lines = parsed.bad_lines
        return out
    if isinstance(parsed, linkedin.Messages):
        me_id = parsed.find_me(known["linkedin"])
        known["linkedin"].add(me_id)
        out = FileTouches(parsed.file, "linkedin", parsed.touches(me_id), parsed.bad_lines)
        return out
    me = calendar.find_me(parsed.cal, known["calendar"], parsed.file)
    known["calendar"] |= me
    return calendar.touches(parsed.cal, parsed.file, me, keep_text=keep)


def _undo_run(payload: dict) -> str:
    """Ctrl+Z: remove every import of the run (its touches and the review-list people only it brought)."""
    gone = sum(storing.undo_import(batch) for batch in payload["batches"])
    lowered = storing.restore_counts(payload.get("raised", []))
    if lowered and not gone:
        return f"{lowered} earlier day{'s' if lowered != 1 else ''} back to {'their' if lowered != 1 else 'its'} count"
    return f"{gone} touches removed" + (f", {lowered} earlier days back to their counts" if lowered else "")


undo.register("undo_history_import", _undo_run)
