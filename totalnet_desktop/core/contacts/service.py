"""Contacts: read, validate and save contacts with their phones, e-mails, profiles and tags; bulk
changes to a selection (tags, stage, cadence) and the trash.

Every change is one transaction that also records how to undo it (``core.undo``).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.store import engine, prefs, search_index, undo, undo_labels
from totalnet_desktop.core.store.errors import EditConflictError, TotalNetError, ValidationError
from totalnet_desktop.core.store.identity import me_id  # the contacts API names it too
from totalnet_desktop.core.store.models import (
    CHANNELS,
    POINT_KINDS,
    SOCIAL_NETWORKS,
    STAGES,
    Contact,
    ContactPoint,
    ContactTag,
    Tag,
    database,
    now,
)
from totalnet_desktop.core.store.records import ContactRecord, FieldWarning, PointRecord, SaveResult
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

# Contact columns a ContactRecord carries (record attribute -> model field name).
FIELDS = ("first_name", "last_name", "company", "job_title", "profession", "city", "notes", "stage",
          "cadence_days", "source", "met_on", "met_where", "met_channel", "introduced_by_id", "is_me")
TEXT_FIELDS = ("first_name", "last_name", "company", "job_title", "profession", "city", "source",
               "met_where")


class ContactNotFoundError(TotalNetError):
    """The contact asked for does not exist (any more)."""


def chunks(ids: Iterable[int], size: int = 500) -> Iterable[list[int]]:
    """Split ids into lists short enough for one ``IN (...)``."""
    items = list(ids)
    for start in range(0, len(items), size):
        yield items[start:start + size]


# ---- points ---------------------------------------------------------------------------------
def point_network(kind: str, network: str, value: str) -> str:
    """The network of a social profile: as given, else guessed from its URL, else 'other'."""
    if kind != "social":
        return ""
    if network in SOCIAL_NETWORKS:
        return network
    return normalize.network_of(value) or "other"


def point_key_and_search(kind: str, network: str, value: str, region: str) -> tuple[str, str]:
    """The duplicate key and extra search tokens stored with a point."""
    if kind == "phone":
        return normalize.phone_key(value, region), normalize.phone_search_tokens(value, region)
    if kind == "email":
        return normalize.email_key(value), ""
    if kind == "social":
        return normalize.social_key(network, value), ""
    return normalize.url_key(value), ""


def check_point(point: PointRecord, region: str) -> FieldWarning | None:
    """A warning for a phone or e-mail that does not look right (it is saved anyway)."""
    value = normalize.clean(point.value)
    if point.kind == "phone" and not normalize.is_valid_phone(value, region):
        return FieldWarning("phone", value, f'"{value}" is not a valid phone number (default region '
                                            f'{region}); it is saved as typed.')
    if point.kind == "email" and not normalize.is_valid_email(value):
        return FieldWarning("email", value, f'"{value}" does not look like an e-mail address; '
                                            "it is saved as typed.")
    if point.kind in ("website", "social") and " " in value:
        return FieldWarning(point.kind, value, f'"{value}" contains spaces, so it may not open as a link.')
    return None


def validate(record: ContactRecord, region: str | None = None) -> tuple[FieldWarning, ...]:
    """Refuse what cannot be saved (ValidationError); return warnings for what looks wrong."""
    region = region or prefs.phone_region()
    points = [p for p in record.points if normalize.clean(p.value)]
    has_name = bool(normalize.clean(record.first_name) or normalize.clean(record.last_name))
    if not has_name and not any(p.kind in ("email", "phone", "social") for p in points):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A contact needs a name, an e-mail, a phone or a profile; all of them are "
            "empty."))
    if record.stage not in STAGES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Stage \"{stage}\" is not one of {items}.").format(stage=record.stage, items=", ".join(STAGES)))
    if record.met_channel and record.met_channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Channel \"{met_channel}\" is not a known channel.").format(met_channel=record.met_channel))
    if record.cadence_days is not None and not 1 <= int(record.cadence_days) <= 3650:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Keep-in-touch cadence must be between 1 and 3650 days."))
    for point in points:
        if point.kind not in POINT_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "\"{kind}\" is not a kind of contact point ({items}).").format(
                kind=point.kind, items=", ".join(POINT_KINDS)))
    warnings = (check_point(p, region) for p in points)
    return tuple(w for w in warnings if w is not None)


# ---- reading --------------------------------------------------------------------------------
def get(contact_id: int) -> ContactRecord:
    """The whole contact (fields, points, tags); ContactNotFoundError when it is gone."""
    row = Contact.get_or_none(Contact.id == contact_id)
    if row is None:
        raise ContactNotFoundError(QT_TRANSLATE_NOOP(
            "Errors", "Contact {contact_id} does not exist.").format(contact_id=contact_id))
    points = tuple(
        PointRecord(kind=p.kind, value=p.value, network=p.network, label=p.label, id=p.id)
        for p in ContactPoint.select().where(ContactPoint.contact == contact_id)
        .order_by(ContactPoint.kind, ContactPoint.position, ContactPoint.id)
    )
    tags = tuple(t.name for t in Tag.select(Tag.name).join(ContactTag)
                 .where(ContactTag.contact == contact_id).order_by(Tag.name))
    values = {name: getattr(row, name) for name in FIELDS if name != "introduced_by_id"}
    if engine.is_postgres():  # the flag is everyone's row; "me" is this login's
        values["is_me"] = row.id == me_id()
    return ContactRecord(id=row.id, introduced_by_id=row.introduced_by_id, points=points, tags=tags,
                         trashed_at=row.trashed_at, version=edit_version(row.id), **values)


def exists(contact_id: int) -> bool:
    """True when the contact exists (in the trash or not)."""
    return Contact.select().where(Contact.id == contact_id).exists()


def names(ids: Iterable[int]) -> dict[int, str]:
    """Display names of contacts by id."""
    out: dict[int, str] = {}
    for chunk in chunks(ids):
        for c in Contact.select(Contact.id, Contact.first_name, Contact.last_name).where(Contact.id.in_(chunk)):
            out[c.id] = c.full_name or "(no name)"
    return out


def all_tags() -> list[str]:
    """Every tag name, alphabetical."""
    return [t.name for t in Tag.select(Tag.name).order_by(Tag.name)]


def sources() -> list[str]:
    """Distinct non-empty sources, alphabetical."""
    rows = Contact.select(Contact.source).where(Contact.source != "").distinct().order_by(Contact.source)
    return [r.source for r in rows]


# ---- writing --------------------------------------------------------------------------------
def _write_points(contact_id: int, points: Iterable[PointRecord], region: str) -> None:
    ContactPoint.delete().where(ContactPoint.contact == contact_id).execute()
    seen: set[tuple[str, str]] = set()
    positions: dict[str, int] = {}
    for point in points:
        value = normalize.clean(point.value)
        if not value:
            continue
        network = point_network(point.kind, point.network, value)
        key, search = point_key_and_search(point.kind, network, value, region)
        if key and (point.kind, key) in seen:
            continue  # the same number or address twice
        seen.add((point.kind, key))
        position = positions.get(point.kind, 0)
        positions[point.kind] = position + 1
        ContactPoint.create(contact=contact_id, kind=point.kind, network=network, value=value, key=key,
                            search=search, label=normalize.clean(point.label), position=position)


def tag_id(name: str) -> int:
    """The id of a tag, created when new (names are case-insensitive)."""
    name = normalize.clean(name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A tag needs a name."))
    tag = Tag.get_or_none(Tag.name == name)
    return tag.id if tag is not None else Tag.create(name=name).id


def _tag_ids(names: Iterable[str]) -> set[int]:
    """Ids of the named tags, creating the new ones, as ``tag_id`` does for each name (the tag name
    column's own case rule decides what is the same tag). Plain cursor calls: a contact with 1,000
    tags costs milliseconds, where a query object per tag cost half a second."""
    cursor = database.cursor()
    ids: set[int] = set()
    for name in dict.fromkeys(normalize.clean(n) for n in names):
        if not name:
            continue
        row = cursor.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()
        if row is None:
            cursor.execute("INSERT INTO tag (name) VALUES (?)", (name,))
            ids.add(cursor.lastrowid)
        else:
            ids.add(row[0])
    return ids


def _write_tags(contact_id: int, tag_names: Iterable[str]) -> None:
    wanted = _tag_ids(tag_names)
    cursor = database.cursor()
    current = {r[0] for r in cursor.execute("SELECT tag_id FROM contact_tag WHERE contact_id = ?", (contact_id,))}
    if current - wanted:
        ContactTag.delete().where((ContactTag.contact == contact_id)
                                  & ContactTag.tag.in_(list(current - wanted))).execute()
    cursor.executemany("INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
                       [(contact_id, tid) for tid in sorted(wanted - current)])


@contextlib.contextmanager
def _one_index_write(contact_id_holder: list[int]):
    """Suspend the search-index triggers while one contact's fields, points and tags are written, then
    write its index row once. Each tag or point used to rewrite the whole row (1 MB of notes x 1,000
    tags took 16 s). Nested inside an outer suspension, the outer rebuild does it."""
    if search_index.is_suspended(database):
        yield
        return
    with search_index.suspended(database):
        yield
    search_index.rebuild(database, contact_id_holder)


def _field_values(record: ContactRecord) -> dict:
    values = {name: getattr(record, name) for name in FIELDS}
    for name in TEXT_FIELDS:
        values[name] = normalize.clean(values[name])
    values["notes"] = (record.notes or "").strip()
    values["introduced_by"] = values.pop("introduced_by_id")
    if values["introduced_by"] == record.id:
        values["introduced_by"] = None
    return values


def snapshot(contact_id: int) -> dict:
    """The raw rows of one contact (fields, points, tag names) for undo."""
    row = Contact.select().where(Contact.id == contact_id).dicts().get()
    points = list(ContactPoint.select().where(ContactPoint.contact == contact_id).dicts())
    tags = [t.name for t in Tag.select(Tag.name).join(ContactTag).where(ContactTag.contact == contact_id)]
    return {"contact": row, "points": points, "tags": tags}


def restore_snapshot(snap: dict) -> None:
    """Put a contact back as ``snapshot`` saw it (inside the caller's transaction)."""
    row = dict(snap["contact"])
    contact_id = row.pop("id")
    Contact.update(**row).where(Contact.id == contact_id).execute()
    _bump_version(contact_id, None)  # an undo is an edit too: the counter moves on
    ContactPoint.delete().where(ContactPoint.contact == contact_id).execute()
    for point in snap["points"]:
        ContactPoint.create(**{k: v for k, v in point.items() if k != "id"})
    _write_tags(contact_id, snap["tags"])


def edit_version(contact_id: int) -> int:
    """The contact's edit counter (0 before its first edit)."""
    row = database.execute_sql("SELECT version FROM contact_version WHERE contact_id = ?", (contact_id,)).fetchone()
    return int(row[0]) if row else 0


def _bump_version(contact_id: int, expected: int | None) -> bool:
    """Move the edit counter on; False when it is no longer ``expected`` (someone else saved).

    One statement each way, so two desks saving at once cannot both pass: on PostgreSQL the second
    UPDATE waits for the first to commit and then finds the counter moved.
    """
    if expected is None:
        database.execute_sql(
            "INSERT INTO contact_version (contact_id, version) VALUES (?, 1) "
            "ON CONFLICT (contact_id) DO UPDATE SET version = contact_version.version + 1", (contact_id,))
        return True
    if expected == 0:
        cursor = database.execute_sql(
            "INSERT INTO contact_version (contact_id, version) VALUES (?, 1) ON CONFLICT (contact_id) DO NOTHING",
            (contact_id,))
    else:
        cursor = database.execute_sql(
            "UPDATE contact_version SET version = version + 1 WHERE contact_id = ? AND version = ?",
            (contact_id, expected))
    return cursor.rowcount == 1


def conflict_message(mine: ContactRecord, theirs: ContactRecord) -> str:
    """'Someone else changed Layla Haddad since you opened it (company: yours "X", theirs "Y"). ...'"""
    fields = ("first_name", "last_name", "company", "job_title", "profession", "city", "notes", "stage")
    diffs = [f'{name.replace("_", " ")}: yours "{getattr(mine, name)}", theirs "{getattr(theirs, name)}"'
             for name in fields if getattr(mine, name) != getattr(theirs, name)]
    if mine.points != theirs.points:
        diffs.append("phones, e-mails or profiles differ")
    if tuple(sorted(mine.tags)) != tuple(sorted(theirs.tags)):
        diffs.append("tags differ")
    shown = "; ".join(diffs) or "the same fields, saved again"
    return (f"Someone else changed {theirs.name or 'this contact'} since you opened it ({shown}). "
            "Save again to keep yours, or cancel to keep theirs.")


def save(record: ContactRecord, *, region: str | None = None, undoable: bool = True) -> SaveResult:
    """Create (id None) or update a contact with its points and tags; one transaction, undoable."""
    region = region or prefs.phone_region()
    warnings = validate(record, region)
    values = _field_values(record)
    written: list[int] = []
    with database.atomic(), _one_index_write(written):
        if record.id is None:
            contact = Contact.create(**values)
            contact_id, created = contact.id, True
            if undoable:
                undo.push(undo_labels.ADD.format(name=record.name) if record.name
                          else undo_labels.ADD_CONTACT, "trash_created", {"ids": [contact_id]})
        else:
            if not exists(record.id):
                raise ContactNotFoundError(QT_TRANSLATE_NOOP(
                    "Errors", "Contact {id} does not exist any more.").format(id=record.id))
            contact_id, created = record.id, False
            if undoable:
                undo.push(undo_labels.EDIT.format(name=record.name) if record.name
                          else undo_labels.EDIT_CONTACT, "restore_snapshots",
                          {"snapshots": [snapshot(contact_id)]})
            if not _bump_version(contact_id, record.version):
                theirs = get(contact_id)
                raise EditConflictError(conflict_message(record, theirs), theirs)
            Contact.update(updated_at=now(), **values).where(Contact.id == contact_id).execute()
        written.append(contact_id)
        _write_points(contact_id, record.points, region)
        _write_tags(contact_id, record.tags)
        if record.is_me:
            set_me(contact_id)
    logger.info("%s contact %s", "created" if created else "updated", contact_id)
    return SaveResult(contact_id=contact_id, created=created, warnings=warnings)


def create(record: ContactRecord, **kwargs) -> int:
    """Save a new contact and return its id."""
    return save(record, **kwargs).contact_id


def update(record: ContactRecord, **kwargs) -> SaveResult:
    """Save changes to an existing contact (``record.id`` set)."""
    if record.id is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Only an existing contact can be updated; this one has no id yet."))
    return save(record, **kwargs)


def set_me(contact_id: int | None) -> None:
    """Make one contact "me" (or nobody): the is_me flag and the preference move together. On a shared
    server only this person's preference moves (the flag is everyone's row); a member another login
    already chose is refused by the database itself (schema step 23, core.store.me_choice), in one
    sentence naming that login."""
    with database.atomic():
        if engine.is_postgres():
            prefs.set("me_contact_id", contact_id)
            return
        Contact.update(is_me=False).where(Contact.is_me == True).execute()
        if contact_id is not None:
            Contact.update(is_me=True).where(Contact.id == contact_id).execute()
        prefs.set("me_contact_id", contact_id)


# ---- bulk changes to a selection ----------------------------------------------------------------
# Above this many contacts a bulk change rebuilds the search index once instead of row by row.
BULK_REINDEX = 200


def _reindexing(ids: list[int]):
    """Suspend the index triggers for big selections (the caller's transaction rebuilds)."""
    if len(ids) <= BULK_REINDEX:
        return contextlib.nullcontext()
    return search_index.suspended(database)


def add_tag(ids: Iterable[int], name: str) -> int:
    """Tag every contact in ``ids`` (undoable); return how many were newly tagged."""
    ids = list(dict.fromkeys(ids))
    with database.atomic():
        tid = tag_id(name)
        have: set[int] = set()
        for chunk in chunks(ids):
            have.update(ct.contact_id for ct in ContactTag.select(ContactTag.contact)
                        .where((ContactTag.tag == tid) & ContactTag.contact.in_(chunk)))
        added = [i for i in ids if i not in have]
        with _reindexing(added):
            for chunk in chunks(added):
                ContactTag.insert_many([(i, tid) for i in chunk],
                                       fields=[ContactTag.contact, ContactTag.tag]).execute()
            if len(added) > BULK_REINDEX:
                search_index.rebuild(database, added)
        if added:
            undo.push(undo_labels.TAG_CONTACTS.format(
                count=len(added), tag=normalize.clean(name)), "untag",
                      {"tag_id": tid, "ids": added})
    return len(added)


def remove_tag(ids: Iterable[int], name: str) -> int:
    """Remove a tag from every contact in ``ids`` (undoable); return how many lost it."""
    ids = list(dict.fromkeys(ids))
    tag = Tag.get_or_none(Tag.name == normalize.clean(name))
    if tag is None:
        return 0
    with database.atomic():
        had: list[int] = []
        for chunk in chunks(ids):
            had.extend(ct.contact_id for ct in ContactTag.select(ContactTag.contact)
                       .where((ContactTag.tag == tag.id) & ContactTag.contact.in_(chunk)))
        with _reindexing(had):
            for chunk in chunks(had):
                ContactTag.delete().where((ContactTag.tag == tag.id) & ContactTag.contact.in_(chunk)).execute()
            if len(had) > BULK_REINDEX:
                search_index.rebuild(database, had)
        if had:
            undo.push(undo_labels.UNTAG_CONTACTS.format(count=len(had), tag=tag.name), "retag", {"tag_id": tag.id, "ids": had})
    return len(had)


def _set_column(ids: Iterable[int], column: str, value, label: str) -> int:
    ids = list(dict.fromkeys(ids))
    field = getattr(Contact, column)
    with database.atomic():
        old: dict[object, list[int]] = {}
        for chunk in chunks(ids):
            for row in Contact.select(Contact.id, field).where(Contact.id.in_(chunk)).tuples():
                old.setdefault(row[1], []).append(row[0])
        for chunk in chunks(ids):
            Contact.update({field: value, Contact.updated_at: now()}).where(Contact.id.in_(chunk)).execute()
        undo.push(label, "set_column", {"column": column, "old": [[k, v] for k, v in old.items()]})
    return sum(len(v) for v in old.values())


def set_stage(ids: Iterable[int], stage: str) -> int:
    """Move contacts to a stage (Know, Like, Trust, Partner), undoable."""
    if stage not in STAGES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Stage \"{stage}\" is not one of {items}.").format(stage=stage, items=", ".join(STAGES)))
    ids = list(ids)
    return _set_column(ids, "stage", stage, f"set stage {stage} on {len(ids)} contacts")


def set_cadence(ids: Iterable[int], days: int | None) -> int:
    """Set the keep-in-touch cadence in days (None: the stage's default), undoable."""
    if days is not None and not 1 <= int(days) <= 3650:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Keep-in-touch cadence must be between 1 and 3650 days."))
    ids = list(ids)
    return _set_column(ids, "cadence_days", days, f"set cadence on {len(ids)} contacts")


# ---- trash ------------------------------------------------------------------------------------
def trash(ids: Iterable[int]) -> int:
    """Move contacts to the trash (undoable); return how many moved."""
    ids = list(dict.fromkeys(ids))
    with database.atomic():
        moved: list[int] = []
        for chunk in chunks(ids):
            moved.extend(c.id for c in Contact.select(Contact.id)
                         .where(Contact.id.in_(chunk) & Contact.trashed_at.is_null()))
        stamp = now()
        for chunk in chunks(moved):
            Contact.update(trashed_at=stamp).where(Contact.id.in_(chunk)).execute()
        if moved:
            undo.push(undo_labels.DELETE_1_CONTACT if len(moved) == 1
                      else undo_labels.DELETE_CONTACTS.format(count=len(moved)), "untrash", {"ids": moved})
    return len(moved)


def restore(ids: Iterable[int]) -> int:
    """Take contacts out of the trash (undoable); return how many came back."""
    ids = list(dict.fromkeys(ids))
    with database.atomic():
        back: list[int] = []
        for chunk in chunks(ids):
            back.extend(c.id for c in Contact.select(Contact.id)
                        .where(Contact.id.in_(chunk) & Contact.trashed_at.is_null(False)))
        for chunk in chunks(back):
            Contact.update(trashed_at=None).where(Contact.id.in_(chunk)).execute()
        if back:
            undo.push(undo_labels.RESTORE_CONTACTS.format(count=len(back)), "trash_created", {"ids": back})
    return len(back)


def trash_count() -> int:
    """Contacts in the trash."""
    return Contact.select().where(Contact.trashed_at.is_null(False)).count()


def empty_trash() -> int:
    """Delete every trashed contact for good, with all its history (not undoable)."""
    with database.atomic():
        ids = [c.id for c in Contact.select(Contact.id).where(Contact.trashed_at.is_null(False))]
        if prefs.get("me_contact_id") in ids:
            prefs.set("me_contact_id", None)
        for chunk in chunks(ids):
            Contact.delete().where(Contact.id.in_(chunk)).execute()
    logger.info("emptied the trash: %s contacts", len(ids))
    return len(ids)


# ---- undo handlers ----------------------------------------------------------------------------
def _undo_restore_snapshots(payload: dict) -> None:
    for snap in payload["snapshots"]:
        if exists(snap["contact"]["id"]):
            restore_snapshot(snap)


def _undo_trash_created(payload: dict) -> None:
    for chunk in chunks(payload["ids"]):
        Contact.update(trashed_at=now()).where(Contact.id.in_(chunk)).execute()


NOTHING_BACK_ONE = QT_TRANSLATE_NOOP("Undo", "nothing came back: the trash was emptied since, so that contact no "
                                             "longer exists")
NOTHING_BACK = QT_TRANSLATE_NOOP("Undo", "nothing came back: the trash was emptied since, so those %n contacts no "
                                         "longer exist")
SOME_GONE_ONE = QT_TRANSLATE_NOOP("Undo", "1 of them no longer exists (the trash was emptied since)")
SOME_GONE = QT_TRANSLATE_NOOP("Undo", "%n of them no longer exist (the trash was emptied since)")


def _undo_untrash(payload: dict) -> str:
    back = 0
    for chunk in chunks(payload["ids"]):
        back += Contact.update(trashed_at=None).where(Contact.id.in_(chunk)).execute()
    gone = len(payload["ids"]) - back
    if not gone:
        return ""
    if not back:
        return NOTHING_BACK_ONE if gone == 1 else NOTHING_BACK.format(n=gone)
    return SOME_GONE_ONE if gone == 1 else SOME_GONE.format(n=gone)


def _undo_tag_links(payload: dict, add: bool) -> None:
    tid = payload["tag_id"]
    if not Tag.select().where(Tag.id == tid).exists():
        return
    ids = list(payload["ids"])
    with _reindexing(ids):
        for chunk in chunks(ids):
            if add:
                present = [c.id for c in Contact.select(Contact.id).where(Contact.id.in_(chunk))]
                ContactTag.insert_many([(i, tid) for i in present], fields=[ContactTag.contact, ContactTag.tag]
                                       ).on_conflict_ignore().execute()
            else:
                ContactTag.delete().where((ContactTag.tag == tid) & ContactTag.contact.in_(chunk)).execute()
        if len(ids) > BULK_REINDEX:
            search_index.rebuild(database, ids)


def _undo_set_column(payload: dict) -> None:
    field = getattr(Contact, payload["column"])
    for value, ids in payload["old"]:
        for chunk in chunks(ids):
            Contact.update({field: value}).where(Contact.id.in_(chunk)).execute()


undo.register("restore_snapshots", _undo_restore_snapshots)
undo.register("untrash", _undo_untrash)
undo.register("untag", lambda p: _undo_tag_links(p, add=False))
undo.register("retag", lambda p: _undo_tag_links(p, add=True))
undo.register("set_column", _undo_set_column)
undo.register("trash_created", _undo_trash_created)

