"""Forget a person completely, for when someone asks to be removed (issue 20, GDPR/PDPL erasure).

Removed for good: the contact, its phones/e-mails/profiles, tags, interactions, follow-ups, stage
history, search rows, the undo entries that mention it, and their name in other people's notes.
Chapter records that others rely on (a referral they passed, an attendance row, a thank-you, a
one-to-one, a membership) keep their numbers and point to one anonymous contact, "Removed person".

Everything happens in one transaction with ``secure_delete`` on, so the freed bytes are zeroed; the
search index is then optimised (its old segments still held the words) and the WAL is checkpointed
and truncated. ``forget_in_file`` does the same to a backup file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from peewee import CharField, ForeignKeyField, TextField

from totalnet_desktop.core.contacts import forget_mentions as mentions_mod
from totalnet_desktop.core.contacts import normalize as nz
from totalnet_desktop.core.store import backup, db, search_index
from totalnet_desktop.core.store.errors import Cancelled, ValidationError
from totalnet_desktop.core.store.models import (
    ALL_MODELS,
    Contact,
    ContactPoint,
    ContactTag,
    FollowUp,
    Interaction,
    Membership,
    StageChange,
    UndoEntry,
)
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP, joined

logger = logging.getLogger(__name__)

REMOVED_NAME = "Removed person"  # stored as the anonymised contact's first name (data: kept English)
# The same name shown in the member's language (i18n.person_name translates the stored one on display).
REMOVED_LABEL = QT_TRANSLATE_NOOP("Forget", "Removed person")
REMOVED_MENTION = QT_TRANSLATE_NOOP("Forget", "removed person")  # inside a sentence
REMOVED_SOURCE = "Removed"
# The person's own rows: removed. Every other table with a column pointing at a contact holds
# chapter records others rely on (membership, attendance, slips, power teams, testimonials, speakers...):
# kept, pointing at the anonymised contact. Both lists are read from the models, so a new table is
# covered the day it is added.
PERSONAL = (ContactPoint, ContactTag, Interaction, FollowUp, StageChange)


def _links() -> list[tuple[type, tuple[str, ...]]]:
    found = []
    for model in ALL_MODELS:
        if model is Contact or model in PERSONAL:
            continue
        names = tuple(f.name for f in model._meta.sorted_fields
                      if isinstance(f, ForeignKeyField) and f.rel_model is Contact)
        if names:
            found.append((model, names))
    return found


def _text_columns() -> list[tuple[type, str]]:
    """Every free-text column where a name may be written (a speaker's name, a note, a reason...)."""
    found = []
    for model in ALL_MODELS:
        for f in model._meta.sorted_fields:
            if isinstance(f, (CharField, TextField)) and not isinstance(f, ForeignKeyField) and not f.primary_key:
                if model is Contact and f.name in ("first_name", "last_name"):
                    continue
                found.append((model, f.name))
    return found


CHAPTER_LINKS = tuple(_links())
TEXT_COLUMNS = tuple(_text_columns())


# The summary sentence, marked (shown through i18n.tr_core).
REMOVED_WHAT = {
    "contact": QT_TRANSLATE_NOOP("Forget", "%n contact(s)"),
    "phones, e-mails and profiles": QT_TRANSLATE_NOOP("Forget", "%n phones, e-mails and profiles"),
    "tags": QT_TRANSLATE_NOOP("Forget", "%n tag(s)"),
    "interactions": QT_TRANSLATE_NOOP("Forget", "%n interaction(s)"),
    "follow-ups": QT_TRANSLATE_NOOP("Forget", "%n follow-up(s)"),
    "stage changes": QT_TRANSLATE_NOOP("Forget", "%n stage change(s)"),
    "undo entries": QT_TRANSLATE_NOOP("Forget", "%n undo entries"),
}
NOTHING = QT_TRANSLATE_NOOP("Forget", "nothing")
ANONYMISED = QT_TRANSLATE_NOOP("Forget", "; anonymised %n chapter record(s) as \"{name}\"")
NO_RECORDS = QT_TRANSLATE_NOOP("Forget", "; no chapter records named them")
MENTIONS = QT_TRANSLATE_NOOP(
    "Forget", "; mentions of them (name, e-mail, phone) were taken out of %n other record(s)")
REMOVED = QT_TRANSLATE_NOOP("Forget", "Removed {removed}{tail}{mentions}.")


@dataclass
class ForgetResult:
    """What ``forget`` did, counted; ``line()`` is the one sentence the user reads."""

    removed: dict[str, int] = field(default_factory=dict)
    anonymised: int = 0
    name_mentions: int = 0
    log_lines: int = 0

    def line(self) -> str:
        parts = [REMOVED_WHAT[what].format(n=n) if what in REMOVED_WHAT else f"{n} {what}"
                 for what, n in self.removed.items() if n]
        removed = joined(parts) if parts else NOTHING
        tail = ANONYMISED.format(n=self.anonymised, name=REMOVED_MENTION) if self.anonymised else NO_RECORDS
        mentions = MENTIONS.format(n=self.name_mentions) if self.name_mentions else ""
        return REMOVED.format(removed=removed, tail=tail, mentions=mentions)


@dataclass(frozen=True)
class Identity:
    """How a person is recognised in text: their names, phones, e-mails and profiles."""

    contact_id: int
    full_name: str
    strings: tuple[str, ...]
    first_name: str = ""
    last_name: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # phone keys (E.164 where the number could be read)

    @classmethod
    def of(cls, contact_id: int) -> Identity:
        c = Contact.get_or_none(Contact.id == contact_id)
        if c is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "There is no contact with id {contact_id}.").format(contact_id=contact_id))
        points = list(ContactPoint.select().where(ContactPoint.contact == contact_id))
        values = [p.value for p in points]
        strings = {s.strip() for s in [c.full_name, *values] if len(s.strip()) >= 3}
        return cls(contact_id, c.full_name, tuple(sorted(strings, key=len, reverse=True)),
                   first_name=c.first_name.strip(), last_name=c.last_name.strip(),
                   emails=tuple(p.value.strip() for p in points if p.kind == "email" and "@" in p.value),
                   phones=tuple(p.key for p in points if p.kind == "phone" and len(nz.digits(p.key)) >= 6))


def forget(contact_id: int, log_dir: Path | None = None, progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> ForgetResult:
    """Forget the contact in the open database (and its log lines in ``log_dir``); one transaction.

    ``progress(done, total)`` is called as it goes; ``cancelled()`` is asked before the transaction
    commits (a cancel then leaves everything as it was: raises Cancelled)."""
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "There is no contact with id {contact_id}.").format(contact_id=contact_id))
    if contact.is_me:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "You cannot forget yourself; choose another contact as you first."))
    who = Identity.of(contact_id)
    result = _forget_rows(who, progress, cancelled)
    if progress is not None:
        progress(STEPS - 2, STEPS)
    scrub_search_index()
    if log_dir is not None:
        result.log_lines = scrub_logs(Path(log_dir), who)
    logger.info("forgot a contact: %s rows removed, %s anonymised", sum(result.removed.values()),
                result.anonymised)  # no id: the id would point at them
    if progress is not None:
        progress(STEPS, STEPS)
    return result


STEPS = 100  # progress: the mentions take most of it (one step per text column), then the index and logs


def _scaled(progress: Callable[[int, int], None] | None,
            cancelled: Callable[[], bool] | None) -> Callable[[int, int], None] | None:
    """Progress inside the transaction, where a cancel still changes nothing (it rolls back)."""
    if progress is None and cancelled is None:
        return None

    def tick(done: int, total: int) -> None:
        if progress is not None:
            progress(5 + (STEPS - 15) * done // max(total, 1), STEPS)
        if cancelled is not None and cancelled():
            raise Cancelled(QT_TRANSLATE_NOOP("Errors", "Forgetting was cancelled; nothing was changed."))

    return tick


def _forget_rows(who: Identity, progress=None, cancelled=None) -> ForgetResult:
    cid = who.contact_id
    result = ForgetResult()
    tick = _scaled(progress, cancelled)
    with _secure_delete(), _db().atomic():
        result.removed["undo entries"] = _delete_undo_entries(who)
        relied_on = sum(_chapter_rows(cid))
        result.name_mentions = mentions_mod.take_out(who, cid, TEXT_COLUMNS, REMOVED_NAME.lower(), tick,
                                                     own=PERSONAL)
        if tick is not None:
            tick(1, 1)  # the last moment a cancel changes nothing
        counts = {
            "contact": 1,
            "phones, e-mails and profiles": ContactPoint.delete().where(ContactPoint.contact == cid).execute(),
            "tags": ContactTag.delete().where(ContactTag.contact == cid).execute(),
            "interactions": Interaction.delete().where(Interaction.contact == cid).execute(),
            "follow-ups": FollowUp.delete().where(FollowUp.contact == cid).execute(),
            "stage changes": StageChange.delete().where(StageChange.contact == cid).execute(),
        }
        Contact.update(introduced_by=None).where(Contact.introduced_by == cid).execute()
        if relied_on:
            _anonymise(cid)
            result.anonymised = relied_on
        else:
            Contact.delete().where(Contact.id == cid).execute()
        result.removed = {**counts, **result.removed}
    return result


def _chapter_rows(cid: int) -> Iterator[int]:
    for model, columns in CHAPTER_LINKS:
        clause = None
        for name in columns:
            term = getattr(model, name) == cid
            clause = term if clause is None else (clause | term)
        yield model.select().where(clause).count()


def _anonymise(cid: int) -> None:
    """The contact row stays for the chapter records, with nothing left that says who it was."""
    Contact.update(first_name=REMOVED_NAME, last_name="", company="", job_title="", profession="", city="",
                   notes="", source=REMOVED_SOURCE, met_on=None, met_where="", met_channel="",
                   introduced_by=None, archived=True, trashed_at=None, cadence_days=None,
                   created_at=Contact.created_at, updated_at=Contact.created_at).where(Contact.id == cid).execute()
    Membership.update(classification="", active=False).where(Membership.contact == cid).execute()
    for model, columns in CHAPTER_LINKS:
        text = next((n for n in ("notes", "note") if n in model._meta.fields), None)
        if text is None:
            continue
        clause = None
        for name in columns:
            term = getattr(model, name) == cid
            clause = term if clause is None else (clause | term)
        model.update({getattr(model, text): ""}).where(clause).execute()


def _delete_undo_entries(who: Identity) -> int:
    doomed = [e.id for e in UndoEntry.select(UndoEntry.id, UndoEntry.label, UndoEntry.payload)
              if mentions(e.label + "\n" + e.payload, who) or _payload_names_id(e.payload, who.contact_id)]
    for start in range(0, len(doomed), 500):
        UndoEntry.delete().where(UndoEntry.id.in_(doomed[start:start + 500])).execute()
    return len(doomed)


def mentions(text: str, who: Identity) -> bool:
    lowered = text.lower()
    return any(s.lower() in lowered for s in who.strings)


_ID_KEYS = re.compile(r"(contact|ids?$|survivor|loser|member|giver|receiver|prospect|visitor|person|from|to)")


def _payload_names_id(payload: str, cid: int) -> bool:
    """True when an undo payload holds ``cid`` under a key that names a contact (over-matching is
    fine: the entry is only dropped)."""
    try:
        data = json.loads(payload)
    except ValueError:
        return False

    def walk(node, key: str = "") -> bool:
        if isinstance(node, dict):
            return any(walk(v, k) for k, v in node.items())
        if isinstance(node, list):
            return any(walk(v, key) for v in node)
        return isinstance(node, int) and not isinstance(node, bool) and node == cid and bool(_ID_KEYS.search(key))

    return walk(data)


def scrub_search_index() -> None:
    """Merge the index's segments: deleted rows' words leave the file (FTS5 keeps them until then)."""
    with _secure_delete():
        search_index.optimize(_db())
    with contextlib.suppress(Exception):
        _db().execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


@contextlib.contextmanager
def _secure_delete() -> Iterator[None]:
    _db().execute_sql("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        _db().execute_sql("PRAGMA secure_delete = OFF")


def _db():
    """The handle the models are bound to now: the live database, or a backup (``bound_to``)."""
    return Contact._meta.database


# ---- logs --------------------------------------------------------------------------------
_LOG_ID_WORDS = ("contact", "visitor", "merged", "logged")


def scrub_logs(log_dir: Path, who: Identity) -> int:
    """Drop the log lines that name the person (their id beside a contact word, or their strings);
    rewritten in place, because the app may hold the current log open for appending."""
    id_re = re.compile(rf"(?<![\w.:-]){who.contact_id}(?![\w.:-])")
    dropped = 0
    for path in sorted(Path(log_dir).glob("*.log*")):
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
        except OSError:
            continue
        keep = [line for line in lines if not _log_line_names(line, who, id_re)]
        if len(keep) == len(lines):
            continue
        dropped += len(lines) - len(keep)
        with path.open("r+", encoding="utf-8") as fh:
            fh.write("".join(keep))
            fh.truncate()
    return dropped


def _log_line_names(line: str, who: Identity, id_re: re.Pattern) -> bool:
    if mentions(line, who):
        return True
    lowered = line.lower()
    return bool(id_re.search(line)) and any(w in lowered for w in _LOG_ID_WORDS)


# ---- backups -----------------------------------------------------------------------------
def ids_in(who: Identity) -> list[int]:
    """The contact ids in the bound database that are this person (same id and name, or a point)."""
    found = set()
    row = Contact.get_or_none(Contact.id == who.contact_id)
    if row is not None and row.full_name == who.full_name and row.source != REMOVED_SOURCE:
        found.add(row.id)
    if who.strings:
        found.update(p.contact_id for p in ContactPoint.select(ContactPoint.contact)
                     .where(ContactPoint.value.in_(list(who.strings))))
    return sorted(found)


def backups_holding(backup_dir: Path, who: Identity) -> list[backup.BackupInfo]:
    """The backups that still hold the person (unreadable ones are skipped)."""
    held = []
    for info in backup.list_backups(backup_dir):
        if not info.readable:
            continue
        try:
            with _opened(info.path) as other, bound_to(other):
                if ids_in(who):
                    held.append(info)
        except Exception:  # noqa: BLE001 - a backup this app cannot read is not listed
            logger.warning("could not read backup %s to look for a forgotten contact", info.path.name)
    return held


def forget_in_backup(path: Path, who: Identity) -> int:
    """Rewrite one backup without the person: a copy is changed, vacuumed, and renamed over the
    backup (a crash leaves the old backup or the new one). Return how many contacts were forgotten."""
    from totalnet_desktop import paths

    path = Path(path)
    work = path.with_name(path.name + ".forgetting")
    work.unlink(missing_ok=True)
    backup.online_backup(path, work)
    try:
        with _opened(work) as other, bound_to(other):
            ids = ids_in(who)
            for cid in ids:
                if Contact.get_or_none(Contact.id == cid) is None:
                    continue
                here = Identity.of(cid)
                _forget_rows(dataclasses.replace(
                    here, strings=tuple(sorted(set(here.strings) | set(who.strings), key=len, reverse=True)),
                    emails=tuple(dict.fromkeys(here.emails + who.emails)),
                    phones=tuple(dict.fromkeys(here.phones + who.phones))))
            scrub_search_index()
            other.execute_sql("VACUUM")
        paths.private_file(work)
        os.replace(work, path)
    finally:
        work.unlink(missing_ok=True)
    return len(ids)


@contextlib.contextmanager
def _opened(path: Path):
    other = db.open_other(path)
    try:
        yield other
    finally:
        other.close()


def bound_to(other) -> contextlib.AbstractContextManager:
    """Run the functions of this module on another database handle (a backup file)."""
    return other.bind_ctx(ALL_MODELS, bind_refs=False, bind_backrefs=False)
