"""Writing one file's touches: matched ones as interactions, the others into the review list.

One transaction per file, with one ``history_import`` row that owns everything written (undo deletes
it and its touches with it). Every touch has an origin key; re-reading the same or a newer archive
adds only new keys, and a day that gained messages gets its larger count. A file that adds nothing
leaves no import row behind.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from totalnet_desktop.core.exchange.history.matching import Matcher
from totalnet_desktop.core.exchange.history.records import BadLine, FileTouches
from totalnet_desktop.core.store import identity, last_touch
from totalnet_desktop.core.store.models import HistoryImport, OneToOne, database, now
from totalnet_desktop.core.store.private_history import ORIGIN_CONFLICT

logger = logging.getLogger(__name__)

INSERT_INTERACTION = (
    "INSERT INTO interaction (contact_id, occurred_at, channel, kind, note, created_at, direction, count, source,"
    " origin_key, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) " + ORIGIN_CONFLICT + " DO UPDATE SET"
    " count = excluded.count WHERE excluded.count > interaction.count")
INSERT_PENDING = (
    "INSERT INTO history_pending (person_id, occurred_at, channel, kind, note, direction, count, source, origin_key,"
    " batch_id) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM interaction"
    " WHERE origin_key = ?) " + ORIGIN_CONFLICT + " DO UPDATE SET count = excluded.count"
    " WHERE excluded.count > history_pending.count")


@dataclass(frozen=True)
class StoredFile:
    """What one file added."""

    file: str
    source: str
    batch_id: int | None
    touches: int  # new interactions with contacts
    contacts: int  # distinct contacts among them
    pending: int  # new touches waiting in the review list
    people: int  # distinct people waiting
    bad_lines: tuple[BadLine, ...]
    # Days already stored that gained messages: (table, origin key, the count before), so that undoing
    # the import lowers them again.
    raised: tuple[tuple[str, str, int], ...] = ()


def _counts_before(table: str, wanted: dict[str, int]) -> list[tuple[str, str, int]]:
    """(table, key, stored count) of the stored rows whose count ``wanted`` raises."""
    keys, out = list(wanted), []
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for key, count in database.execute_sql(
                f"SELECT origin_key, count FROM {table} WHERE origin_key IN ({marks})", chunk):
            if wanted[key] > count:
                out.append((table, key, count))
    return out


def restore_counts(raised: list) -> int:
    """Lower the days an undone import had raised back to their earlier counts."""
    done = 0
    with database.atomic():
        for table, key, count in raised:
            if table in ("interaction", "history_pending"):
                done += database.execute_sql(f"UPDATE {table} SET count = ? WHERE origin_key = ? AND count > ?",
                                             (count, key, count)).rowcount
    return done


def active_members() -> set[int]:
    """Contacts with an active chapter membership (a one-to-one needs one)."""
    return {r[0] for r in database.execute_sql("SELECT contact_id FROM membership WHERE active = 1")}


def _new_one_to_ones(matched: list[tuple]) -> list[tuple[int, dt.date]]:
    """(member, day) of the one-to-one touches not stored before (a re-import records none again)."""
    ones = [row for row in matched if row[2] == "one_to_one"]
    if not ones:
        return []
    known = {key for _, key, _ in _counts_before("interaction", {row[9]: 10**9 for row in ones})}
    return [(row[0], dt.date.fromisoformat(row[1][:10])) for row in ones if row[9] not in known]


def _record_one_to_ones(ones: list[tuple[int, dt.date]], batch_id: int) -> None:
    """A one-to-one from the calendar is a one-to-one slip of the member and the other member (once: not
    when that pair already has one that day), owned by the import."""
    me = identity.me_id()
    for cid, day in ones:
        if me is None or cid == me:
            continue
        pair = ((OneToOne.member_a == me) & (OneToOne.member_b == cid)) | (
            (OneToOne.member_a == cid) & (OneToOne.member_b == me))
        if not OneToOne.select().where(pair & (OneToOne.date == day)).exists():
            OneToOne.create(date=day, member_a=me, member_b=cid, history_batch=batch_id)


def store(found: FileTouches, matcher: Matcher, members: set[int]) -> StoredFile:
    """Write one file's touches in one transaction; return what was new."""
    stamp = now().isoformat(" ")
    matched, waiting = [], {}
    contacts: set[int] = set()
    for touch in found.touches:
        cid = matcher.match(touch.source, touch.party)
        channel, kind = touch.channel, touch.kind
        if channel == "one_to_one" and cid not in members:
            channel, kind = touch.fallback or "in_person", "meeting"
        if cid is not None:
            contacts.add(cid)
            matched.append((cid, touch.at.isoformat(" "), channel, kind, touch.first_line, stamp, touch.direction,
                            touch.count, touch.source, touch.origin))
            continue
        key = matcher.key(touch.party)
        entry = waiting.get(key)
        if entry is None:
            entry = waiting[key] = None if matcher.is_ignored(touch.source, key) else (touch.party, [])
        if entry is not None:
            entry[1].append((touch, channel, kind))
    raised = _counts_before("interaction", {row[9]: row[7] for row in matched})
    raised += _counts_before("history_pending", {t.origin: t.count for entry in waiting.values() if entry
                                                 for t, _, _ in entry[1]})
    new_ones = _new_one_to_ones(matched)
    with database.atomic(), last_touch.deferred(database):
        batch = HistoryImport.create(source=found.source, file_name=found.file)
        cur = database.cursor()
        cur.executemany(INSERT_INTERACTION, [row + (batch.id,) for row in matched])
        _record_one_to_ones(new_ones, batch.id)
        for key, entry in waiting.items():
            if entry is None:
                continue  # ignored by the member
            party, items = entry
            cur.execute("INSERT OR IGNORE INTO history_person (source, key, name, phone, email, url, batch_id,"
                        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (found.source, key, party.name, party.phone, party.email, party.url, batch.id, stamp))
            # This login's own row first (one written before schema step 20 is everyone's).
            person = cur.execute("SELECT id FROM history_person WHERE source = ? AND key = ?"
                                 " ORDER BY owner IS NULL, id", (found.source, key)).fetchone()[0]
            cur.executemany(INSERT_PENDING, [
                (person, t.at.isoformat(" "), channel, kind, t.first_line, t.direction, t.count, t.source, t.origin,
                 batch.id, t.origin) for t, channel, kind in items])
        touches = cur.execute("SELECT COUNT(*), COUNT(DISTINCT contact_id), MIN(occurred_at), MAX(occurred_at)"
                              " FROM interaction WHERE batch_id = ?", (batch.id,)).fetchone()
        pending = cur.execute("SELECT COUNT(*), COUNT(DISTINCT person_id) FROM history_pending WHERE batch_id = ?",
                              (batch.id,)).fetchone()
        if not touches[0] and not pending[0]:
            # Nothing new: keep no empty import (people it created have no touches either).
            cur.execute("DELETE FROM history_person WHERE batch_id = ? AND contact_id IS NULL AND NOT EXISTS"
                        " (SELECT 1 FROM history_pending t WHERE t.person_id = history_person.id)", (batch.id,))
            batch.delete_instance()
            batch_id = None
        else:
            HistoryImport.update(touches=touches[0], pending=pending[0], first_at=touches[2],
                                 last_at=touches[3]).where(HistoryImport.id == batch.id).execute()
            batch_id = batch.id
    # The file name can name a person ("WhatsApp Chat with ..."): the log gets the source and batch id only.
    logger.info("history import %s (batch %s): %d touches, %d waiting", found.source, batch_id, touches[0], pending[0])
    return StoredFile(found.file, found.source, batch_id, touches[0], touches[1], pending[0], pending[1],
                      tuple(found.bad_lines), tuple(raised))


def undo_import(batch_id: int) -> int:
    """Remove everything one import wrote (its touches, and review-list people only it brought)."""
    with database.atomic():
        cur = database.cursor()
        gone = cur.execute("SELECT COUNT(*) FROM interaction WHERE batch_id = ?", (batch_id,)).fetchone()[0]
        cur.execute("DELETE FROM history_pending WHERE batch_id = ?", (batch_id,))
        cur.execute("DELETE FROM history_import WHERE id = ?", (batch_id,))  # its interactions go with it
        # People left with nothing to review (whichever import first brought them) go too.
        cur.execute("DELETE FROM history_person WHERE contact_id IS NULL AND NOT EXISTS"
                    " (SELECT 1 FROM history_pending t WHERE t.person_id = history_person.id)")
    return gone


def remove_source(source: str) -> int:
    """Remove a whole source's history: its touches, imports and review-list people."""
    with database.atomic():
        cur = database.cursor()
        gone = cur.execute("DELETE FROM interaction WHERE source = ?", (source,)).rowcount
        cur.execute("DELETE FROM history_pending WHERE source = ?", (source,))
        cur.execute("DELETE FROM history_person WHERE source = ?", (source,))
        cur.execute("DELETE FROM history_import WHERE source = ?", (source,))
    return gone


@dataclass(frozen=True)
class ImportRow:
    id: int
    imported_at: str
    source: str
    touches: int
    pending: int
    file_name: str


def imports() -> list[ImportRow]:
    """Every import still in the database, newest first."""
    return [ImportRow(*row) for row in database.execute_sql(
        "SELECT id, substr(imported_at, 1, 16), source, touches, pending, file_name FROM history_import"
        " ORDER BY id DESC")]
