"""Contacts that an undone meeting-day action created: its undo removes them unless they were used since.

A substitute or visitor typed by a new name, or a new prospect on a referral slip, becomes a contact.
When the action is recorded, its undo payload gets a fingerprint of each contact it created: the
contact's row and every row that refers to it (through every foreign key to Contact). Undo first
reverses the action's own rows, then deletes such a contact only when its row is unchanged and nothing
refers to it that was not there when the action was recorded; otherwise the contact stays and the undo
message says so. Contacts that existed before the action are never in the payload. A follow-up the
app made by itself (pending or dismissed) does not keep a contact; one the user wrote or did does.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.models import Contact, FollowUp

logger = logging.getLogger(__name__)

FOLLOWUP_REF = "follow_up.contact_id"
# Rows a new contact is born with; payloads recorded before fingerprints existed allow only these.
BIRTH_REFS = ("contact_point.contact_id", "stage_change.contact_id")


@dataclass(frozen=True)
class UndoOutcome:
    """What Ctrl+Z did: the action's label and the created contacts it removed or had to keep."""

    label: str
    kept: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()  # what later work changed and the undo therefore left as it is

    @property
    def message(self) -> str:
        """'Undone: Substitute for Layla Haddad; kept Sara Khan, who has other records since.'"""
        text = f"Undone: {self.label}"
        if self.kept:
            verb = "has" if len(self.kept) == 1 else "have"
            text += f"; kept {_join(self.kept)}, who {verb} other records since"
        if self.changed:
            text += f"; kept the {_join(tuple(dict.fromkeys(self.changed)))}, changed since"
        return text + "."


def _join(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def references(contact_id: int) -> set[tuple[str, int]]:
    """Every row that refers to the contact, as ("table.column", row id), plus the "me" preference."""
    found: set[tuple[str, int]] = set()
    for field in Contact._meta.backrefs:  # every ForeignKeyField to Contact, in any model
        model = field.model
        name = f"{model._meta.table_name}.{field.column_name}"
        found.update((name, row_id) for (row_id,) in model.select(model.id).where(field == contact_id).tuples())
    if prefs.get("me_contact_id") == contact_id:
        found.add(("setting.me_contact_id", 0))
    return found


def _row_state(contact_id: int) -> dict | None:
    row = Contact.select().where(Contact.id == contact_id).dicts().first()
    # Through JSON, as the undo payload stores it, so the two compare field by field.
    return json.loads(json.dumps(row, default=str)) if row is not None else None


def fingerprint(contact_id: int) -> dict:
    """The contact as it is now: its row and the rows that refer to it (stored in the undo payload)."""
    return {"id": contact_id, "row": _row_state(contact_id), "refs": sorted(references(contact_id))}


def created_ids(payload: dict) -> list[int]:
    """The contacts an action created, in each payload shape meeting day writes."""
    ids = list(payload.get("created_contact_ids") or [])  # set_substitute
    if payload.get("contact_created") and payload.get("contact_id") is not None:  # add_visitor
        ids.append(payload["contact_id"])
    if payload.get("created_contact_id") is not None:  # a referral slip's new prospect
        ids.append(payload["created_contact_id"])
    return list(dict.fromkeys(ids))


def with_fingerprints(payload: dict) -> dict:
    """``payload`` plus the fingerprints of the contacts it created (call as the action is recorded)."""
    ids = created_ids(payload)
    if not ids:
        return payload
    return dict(payload, created_contacts=[fingerprint(i) for i in ids])


def _followup_is_attachment(followup_id: int) -> bool:
    item = FollowUp.get_or_none(FollowUp.id == followup_id)
    # A nudge the app made (e.g. "connect on LinkedIn"), pending or dismissed, goes with the contact;
    # one the user wrote or marked done (which also logged a touch) is the user's record.
    return item is not None and (item.origin == "user" or item.status == "done")


def untouched(contact_id: int, since: dict | None) -> bool:
    """True when nothing was attached to or changed on the contact since its fingerprint ``since``.

    Without a fingerprint (an undo entry written by an older version) the contact must look freshly
    made: never edited, not trashed or archived, not "me", and referred to only by its own points and
    stage history.
    """
    known = {tuple(r) for r in since["refs"]} if since is not None else set()
    for name, row_id in references(contact_id):
        if name == FOLLOWUP_REF:
            if _followup_is_attachment(row_id):
                return False
        elif (name, row_id) not in known and (since is not None or name not in BIRTH_REFS):
            return False
    row = _row_state(contact_id)
    if since is not None:
        return row == since["row"]
    return (row is not None and row["updated_at"] == row["created_at"] and row["trashed_at"] is None
            and not row["archived"] and not row["is_me"])


@dataclass(frozen=True)
class Removal:
    removed: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()


def remove_created(payload: dict) -> Removal:
    """Delete the contacts the undone action created that nobody uses since (inside the undo's
    transaction, after the action's own rows are reversed); name the ones kept."""
    prints = {p["id"]: p for p in payload.get("created_contacts") or []}
    removed: list[str] = []
    kept: list[str] = []
    for contact_id in created_ids(payload):
        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            continue  # merged into another contact or deleted for good since: nothing left to remove
        name = contact.full_name or f"contact #{contact_id}"
        if not payload.get("keep_created") and untouched(contact_id, prints.get(contact_id)):
            # Its points, stage history and pending app-made nudges go by ON DELETE CASCADE; the
            # search index row by the contact_fts_ad trigger.
            contact.delete_instance()
            removed.append(name)
        else:
            kept.append(name)
            logger.info("undo kept contact %s: used since the action that created it", contact_id)
    return Removal(tuple(removed), tuple(kept))
