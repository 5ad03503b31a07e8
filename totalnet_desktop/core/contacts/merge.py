"""Merging two or more contacts into one survivor, in one transaction, undoably.

Every row that points at a merged contact (points, tags, interactions, referrals as giver, receiver
or prospect, thank-yous, attendance, memberships, one-to-ones, CEUs, follow-ups, "introduced by")
moves to the survivor. Rows that would become duplicates (the same e-mail twice, two attendance rows
for one meeting, ...) are removed, and so are rows that would link the survivor to itself (see
``merge_links``); the undo entry keeps every moved value and removed row, so Ctrl+Z puts the contacts
back exactly as they were.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from totalnet_desktop.core.contacts import merge_links
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.contacts.merge_journal import MergeJournal, row_dict
from totalnet_desktop.core.store import backup, prefs, search_index, undo
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import (
    CEU,
    STAGES,
    Attendance,
    Contact,
    ContactPoint,
    ContactTag,
    FeaturePresentation,
    FollowUp,
    Interaction,
    MemberAway,
    Membership,
    OneToOne,
    PowerTeamMember,
    Referral,
    SpeakerRecord,
    StageChange,
    Testimonial,
    ThankYou,
    VisitorStage,
    database,
    now,
)
from totalnet_desktop.core.store.records import ContactCounts, ContactRecord

logger = logging.getLogger(__name__)

MERGE_FIELDS = ("first_name", "last_name", "company", "job_title", "profession", "city", "stage",
                "cadence_days", "source", "met_on", "met_where", "met_channel", "introduced_by_id", "notes")
BACKUP_FROM = 3  # merging this many contacts or more makes a backup first
# (model, contact column) pairs moved without any de-duplication.
PLAIN_REFS = (
    (Interaction, "contact"), (Referral, "giver"), (Referral, "receiver"), (Referral, "prospect"),
    (ThankYou, "from_contact"), (ThankYou, "to_contact"), (Attendance, "substitute"),
    (Attendance, "invited_by"), (OneToOne, "member_a"), (OneToOne, "member_b"), (CEU, "contact"),
    (FollowUp, "contact"), (Contact, "introduced_by"),
    # chapter leadership (schema step 8)
    (Testimonial, "giver"), (Testimonial, "about"), (SpeakerRecord, "contact"), (FeaturePresentation, "contact"),
    (MemberAway, "contact"),
)
MODELS = {m._meta.table_name: m for m in (ContactPoint, ContactTag, Interaction, Referral, ThankYou, Attendance,
                                          Membership, OneToOne, CEU, FollowUp, Contact, StageChange,
                                          Testimonial, SpeakerRecord, FeaturePresentation, MemberAway,
                                          PowerTeamMember, VisitorStage)}
# Attendance statuses that beat "Absent" when two merged contacts both have a row for one meeting.
ABSENT = "Absent"


@dataclass(frozen=True)
class MergePreview:
    """What the merge dialog shows: the contacts side by side and what would survive by default."""

    records: tuple[ContactRecord, ...]
    counts: dict[int, ContactCounts]
    survivor_id: int
    defaults: dict = field(default_factory=dict)
    differing: tuple[str, ...] = ()
    self_links: merge_links.SelfLinks = field(default_factory=merge_links.SelfLinks)  # removed or cleared


def counts(contact_id: int) -> ContactCounts:
    """How much history hangs on one contact."""
    return ContactCounts(
        points=ContactPoint.select().where(ContactPoint.contact == contact_id).count(),
        tags=ContactTag.select().where(ContactTag.contact == contact_id).count(),
        interactions=Interaction.select().where(Interaction.contact == contact_id).count(),
        referrals=Referral.select().where((Referral.giver == contact_id) | (Referral.receiver == contact_id)
                                          | (Referral.prospect == contact_id)).count(),
        thank_yous=ThankYou.select().where((ThankYou.from_contact == contact_id)
                                           | (ThankYou.to_contact == contact_id)).count(),
        meetings=Attendance.select().where(Attendance.contact == contact_id).count(),
        followups=FollowUp.select().where(FollowUp.contact == contact_id).count(),
    )


def _default_values(records: list[ContactRecord], survivor_id: int) -> dict:
    ordered = sorted(records, key=lambda r: r.id != survivor_id)
    merged = {r.id for r in records}
    values: dict = {}
    for name in MERGE_FIELDS:
        candidates = [getattr(r, name) for r in ordered if getattr(r, name) not in (None, "")]
        if name == "introduced_by_id":  # one merged record introducing another is no introducer
            candidates = [c for c in candidates if c not in merged] or [None]
        values[name] = candidates[0] if candidates else getattr(ordered[0], name)
    values["stage"] = max((r.stage for r in records), key=lambda s: STAGES.index(s) if s in STAGES else 0)
    notes = [r.notes.strip() for r in ordered if r.notes.strip()]
    values["notes"] = "\n\n".join(dict.fromkeys(notes))
    return values


def preview(ids: list[int]) -> MergePreview:
    """The contacts to merge, their history counts, the default survivor and field values."""
    ids = list(dict.fromkeys(ids))
    if len(ids) < 2:
        raise ValidationError("Select two or more contacts to merge.")
    records = [contacts.get(i) for i in ids]
    tallies = {i: counts(i) for i in ids}
    # The contact with the most history survives by default; on a tie, the oldest.
    survivor = max(ids, key=lambda i: (sum(vars(tallies[i]).values()), -i))
    defaults = _default_values(records, survivor)
    differing = tuple(name for name in MERGE_FIELDS
                      if len({str(getattr(r, name) or "") for r in records}) > 1)
    return MergePreview(tuple(records), tallies, survivor, defaults, differing, merge_links.find(ids))


def _move_points(journal: MergeJournal, survivor: int, losers: list[int]) -> None:
    keys = {(p.kind, p.key) for p in ContactPoint.select().where(ContactPoint.contact == survivor) if p.key}
    next_pos: dict[str, int] = {}
    for p in ContactPoint.select().where(ContactPoint.contact == survivor):
        next_pos[p.kind] = max(next_pos.get(p.kind, 0), p.position + 1)
    for p in ContactPoint.select().where(ContactPoint.contact.in_(losers)).order_by(ContactPoint.position):
        if p.key and (p.kind, p.key) in keys:
            journal.delete(ContactPoint, p.id)
            continue
        keys.add((p.kind, p.key))
        position = next_pos.get(p.kind, 0)
        next_pos[p.kind] = position + 1
        journal.move(ContactPoint, p.id, contact=survivor, position=position)


def _move_unique(journal: MergeJournal, model, group: str, survivor: int, losers: list[int], better) -> None:
    """Move rows that are unique per (group, contact): one row per group survives, the better one."""
    kept = {getattr(r, group + "_id"): r for r in model.select().where(model.contact == survivor)}
    for row in model.select().where(model.contact.in_(losers)).order_by(model.id):
        key = getattr(row, group + "_id")
        current = kept.get(key)
        if current is not None and not better(row, current):
            journal.delete(model, row.id)
            continue
        if current is not None:
            journal.delete(model, current.id)
        journal.move(model, row.id, contact=survivor)
        kept[key] = model.get_by_id(row.id)


def merge(ids: list[int], survivor_id: int, values: dict | None = None, *,
          backup_dir: Path | None = None) -> int:
    """Merge ``ids`` into ``survivor_id`` with the chosen field ``values``; one transaction, undoable."""
    ids = list(dict.fromkeys(ids))
    if survivor_id not in ids or len(ids) < 2:
        raise ValidationError("A merge needs two or more contacts, one of them the survivor.")
    losers = [i for i in ids if i != survivor_id]
    if len(ids) >= BACKUP_FROM:
        backup.before_event(database, backup_dir, "merge")
    with database.atomic():
        present = {c.id for c in Contact.select(Contact.id).where(Contact.id.in_(ids))}
        if present != set(ids):
            raise ValidationError("One of the contacts to merge no longer exists; refresh and try again.")
        chosen = preview(ids).defaults if values is None else values
        journal = MergeJournal()
        before = row_dict(Contact, survivor_id)
        loser_rows = [row_dict(Contact, i) for i in losers]
        old_me = prefs.get("me_contact_id")
        # First, while the rows still say which record is which: rows between merged records.
        merge_links.apply(journal, merge_links.find(ids))
        _move_points(journal, survivor_id, losers)
        _move_unique(journal, ContactTag, "tag", survivor_id, losers, lambda new, cur: False)
        _move_unique(journal, Attendance, "meeting", survivor_id, losers,
                     lambda new, cur: cur.status == ABSENT and new.status != ABSENT)
        _move_unique(journal, Membership, "chapter", survivor_id, losers,
                     lambda new, cur: new.active and not cur.active)
        _move_unique(journal, PowerTeamMember, "team", survivor_id, losers, lambda new, cur: False)
        _move_unique(journal, VisitorStage, "chapter", survivor_id, losers, lambda new, cur: False)
        for model, column in PLAIN_REFS:
            col = getattr(model, column)
            for row_id, in model.select(model.id).where(col.in_(losers)).tuples():
                journal.move(model, row_id, **{column: survivor_id})
        update = {name: chosen[name] for name in MERGE_FIELDS if name in chosen}
        if "introduced_by_id" in update:
            update["introduced_by"] = update.pop("introduced_by_id")
        if update.get("introduced_by") in ids:
            update["introduced_by"] = None
        if before["introduced_by"] in ids and "introduced_by" not in update:
            update["introduced_by"] = None
        if any(r["is_me"] for r in loser_rows) or old_me in losers:
            update["is_me"] = True
            prefs.set("me_contact_id", survivor_id)
        Contact.update(updated_at=now(), **update).where(Contact.id == survivor_id).execute()
        # The merged-away records' stage history goes with them (it is theirs, not the survivor's);
        # kept in the journal so that undo puts it back as it was.
        for row in StageChange.select().where(StageChange.contact.in_(losers)).order_by(StageChange.id).dicts():
            journal.deleted.append(["stage_change", row])
        Contact.delete().where(Contact.id.in_(losers)).execute()
        search_index.rebuild(database, [survivor_id])
        name = Contact.get_by_id(survivor_id).full_name or "contact"
        undo.push(f"merge {len(ids)} contacts into {name}", "unmerge", {
            "survivor": before, "losers": loser_rows, "moved": journal.moved, "deleted": journal.deleted,
            "me": old_me,
            # What the merge wrote into the survivor: undo puts back only fields still holding it.
            "survivor_after": undo.snapshot(Contact, survivor_id),
            # What the merge wrote into each moved row: undo moves back only what still holds it.
            "moved_after": [_written(table, row_id, old) for table, row_id, old in journal.moved],
        })
    logger.info("merged %s into %s (%s rows moved, %s removed)", losers, survivor_id, len(journal.moved),
                len(journal.deleted))
    return survivor_id


def _unmerge(payload: dict) -> list[str]:
    """Undo a merge: the contacts, every moved value and every removed row come back; the survivor's
    fields changed since the merge (an import, an edit) stay as they are now (returned)."""
    # A moved row may point at a removed one (a thank-you at the self-referral the merge removed):
    # check foreign keys at commit, once every row is back. SQLite resets this at the commit.
    database.execute_sql("PRAGMA defer_foreign_keys = ON")
    id_map: dict[int, int] = {}
    introducers: list[tuple[int, int]] = []
    for row in payload["losers"]:
        row = dict(row)
        old_id = row["id"]
        if Contact.select().where(Contact.id == old_id).exists():  # the id was reused meanwhile
            row.pop("id")
        introducer = row.pop("introduced_by")  # may be another loser: set once all are back
        id_map[old_id] = Contact.insert(**row).execute()
        if any(table == "stage_change" for table, _ in payload["deleted"]):
            # The insert trigger gave it a new first stage; its own history comes back below.
            StageChange.delete().where(StageChange.contact == id_map[old_id]).execute()
        if introducer is not None:
            introducers.append((id_map[old_id], introducer))

    def mapped(value):
        return id_map.get(value, value)

    for contact_id, introducer in introducers:
        if Contact.get_or_none(Contact.id == mapped(introducer)) is None:
            continue  # the introducer was deleted for good since
        Contact.update(introduced_by=mapped(introducer)).where(Contact.id == contact_id).execute()
    # Moved rows go back first: a removed row may share a unique key with one of them. Only the columns
    # still holding what the merge wrote go back; a row removed or moved again since stays as it is now.
    written = payload.get("moved_after") or [None] * len(payload["moved"])
    left_alone = 0
    for (table, row_id, old), after in zip(payload["moved"], written):
        model = MODELS[table]
        now_row = model.select().where(model.id == row_id).dicts().first()
        if now_row is None:
            left_alone += 1  # removed since (a phone deleted, a tag taken off): not brought back
            continue
        now_row = undo.normalise(now_row)
        back = {k: v for k, v in old.items() if after is None or now_row.get(k) == after.get(k)}
        if len(back) < len(old):
            left_alone += 1
        if back:
            model.update(**{k: mapped(v) if k in _contact_columns(model) else v for k, v in back.items()}
                         ).where(model.id == row_id).execute()
    for table, row in payload["deleted"]:
        model = MODELS[table]
        row = {k: mapped(v) if k in _contact_columns(model) else v for k, v in row.items()}
        if model.select().where(model.id == row["id"]).exists():
            row.pop("id")
        model.insert(**row).execute()
    survivor = dict(payload["survivor"])
    survivor_id = survivor["id"]
    kept = undo.restore_unchanged(Contact, survivor_id, survivor, payload.get("survivor_after"))
    if prefs.get("me_contact_id") != payload["me"]:  # unchanged: leave the setting row as it is
        prefs.set("me_contact_id", payload["me"])
    search_index.rebuild(database, [survivor_id, *id_map.values()])
    if not left_alone:
        return kept
    rows = f"{left_alone} moved row{'s' if left_alone != 1 else ''}"
    note = f"left {rows} as {'they are' if left_alone != 1 else 'it is'} now, changed or removed since"
    return "; ".join([undo.kept_note(kept).removeprefix("; "), note] if kept else [note])


def _written(table: str, row_id: int, old: dict) -> dict:
    """{column: value the merge left} for the columns it changed in one moved row."""
    model = MODELS[table]
    row = model.select().where(model.id == row_id).dicts().first() or {}
    return undo.normalise({k: row.get(k) for k in old})


def _contact_columns(model) -> set[str]:
    return {f.name for f, rel in model._meta.refs.items() if rel is Contact}


undo.register("unmerge", _unmerge)
