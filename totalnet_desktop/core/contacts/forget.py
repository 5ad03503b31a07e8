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
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from peewee import CharField, ForeignKeyField, TextField

from totalnet_desktop.core.store import backup, db, search_index
from totalnet_desktop.core.store.errors import ValidationError
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
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

REMOVED_NAME = "Removed person"
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


@dataclass
class ForgetResult:
    """What ``forget`` did, counted; ``line()`` is the one sentence the user reads."""

    removed: dict[str, int] = field(default_factory=dict)
    anonymised: int = 0
    name_mentions: int = 0
    log_lines: int = 0

    def line(self) -> str:
        parts = [f"{n} {what}" for what, n in self.removed.items() if n]
        removed = ", ".join(parts) if parts else "nothing"
        tail = f"; anonymised {self.anonymised} chapter record{'s' if self.anonymised != 1 else ''} as " \
               f'"{REMOVED_NAME.lower()}"' if self.anonymised else "; no chapter records named them"
        mentions = f"; their name was taken out of {self.name_mentions} notes" if self.name_mentions else ""
        return f"Removed {removed}{tail}{mentions}."


@dataclass(frozen=True)
class Identity:
    """How a person is recognised in text: their names, phones, e-mails and profiles."""

    contact_id: int
    full_name: str
    strings: tuple[str, ...]

    @classmethod
    def of(cls, contact_id: int) -> Identity:
        c = Contact.get_or_none(Contact.id == contact_id)
        if c is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "There is no contact with id {contact_id}.").format(contact_id=contact_id))
        values = [p.value for p in ContactPoint.select().where(ContactPoint.contact == contact_id)]
        strings = {s.strip() for s in [c.full_name, *values] if len(s.strip()) >= 3}
        return cls(contact_id, c.full_name, tuple(sorted(strings, key=len, reverse=True)))


def forget(contact_id: int, log_dir: Path | None = None) -> ForgetResult:
    """Forget the contact in the open database (and its log lines in ``log_dir``); one transaction."""
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "There is no contact with id {contact_id}.").format(contact_id=contact_id))
    if contact.is_me:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "You cannot forget yourself; choose another contact as you first."))
    who = Identity.of(contact_id)
    result = _forget_rows(who)
    scrub_search_index()
    if log_dir is not None:
        result.log_lines = scrub_logs(Path(log_dir), who)
    logger.info("forgot a contact: %s rows removed, %s anonymised", sum(result.removed.values()),
                result.anonymised)  # no id: the id would point at them
    return result


def _forget_rows(who: Identity) -> ForgetResult:
    cid = who.contact_id
    result = ForgetResult()
    with _secure_delete(), _db().atomic():
        result.removed["undo entries"] = _delete_undo_entries(who)
        relied_on = sum(_chapter_rows(cid))
        if who.full_name:
            result.name_mentions = _take_name_out(who.full_name, exclude=cid)
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


def _take_name_out(full_name: str, exclude: int) -> int:
    """Replace the person's full name in other records' free text with "removed person"."""
    changed = 0
    for model, column in TEXT_COLUMNS:
        col = getattr(model, column)
        query = model.update({col: _sql_replace(col, full_name)}).where(col.contains(full_name))
        if model is Contact:
            query = query.where(Contact.id != exclude)
        changed += query.execute()
    return changed


def _sql_replace(col, name: str):
    from peewee import fn

    return fn.replace(col, name, REMOVED_NAME.lower())


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
        _db().execute_sql(f"INSERT INTO {search_index.FTS_TABLE}({search_index.FTS_TABLE}) VALUES ('optimize')")
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
                _forget_rows(Identity(cid, here.full_name, tuple(sorted(set(here.strings) | set(who.strings)))))
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
