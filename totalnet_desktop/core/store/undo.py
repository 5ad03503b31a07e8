"""A persisted undo stack (``UndoEntry``): each entry names an operation and the data to reverse it.

Services push an entry inside the transaction of the change they make, so the change and its undo
land together. ``undo_last(scope)`` pops the newest entry and runs its handler, again in one
transaction. Handlers register by operation name (``register``) from the service modules.

The rule every handler follows (here, for merges, meeting day and follow-ups): undo puts back only
what the undone action wrote and what has not changed since. ``snapshot`` records a row as the action
left it; ``restore_unchanged`` puts the old value back into each column still holding that value and
keeps (and names) the columns later work changed. A handler returns what it kept, and the label
``undo_last`` returns says so.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import logging
from collections.abc import Callable
from decimal import Decimal

from totalnet_desktop.core.store import texts, undo_labels
from totalnet_desktop.core.store.models import UndoEntry, database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

MAX_ENTRIES = 50  # per scope; older entries are dropped
_HANDLERS: dict[str, Callable[[dict], list[str] | str | None]] = {}
# Modules whose import registers the handlers of the "contacts" scope.
_HANDLER_MODULES = ("totalnet_desktop.core.contacts.service", "totalnet_desktop.core.contacts.merge",
                    "totalnet_desktop.core.contacts.interactions", "totalnet_desktop.core.exchange.history.runner")


def register(op: str, handler: Callable[[dict], list[str] | str | None]) -> None:
    """Declare how to reverse the operation ``op`` (the handler receives the payload)."""
    _HANDLERS[op] = handler


def _json_default(value):
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(QT_TRANSLATE_NOOP(
        "Errors", "cannot store {name} in an undo entry").format(name=type(value).__name__))


def push(label: str, op: str, payload: dict, scope: str = "contacts") -> int:
    """Record an undoable action; call inside the transaction of the change itself."""
    body = dict(payload, op=op)
    with database.atomic():
        entry = UndoEntry.create(scope=scope, label=label, payload=json.dumps(body, default=_json_default))
        stale = (UndoEntry.select(UndoEntry.id).where(UndoEntry.scope == scope)
                 .order_by(UndoEntry.id.desc()).offset(MAX_ENTRIES))
        UndoEntry.delete().where(UndoEntry.id.in_(stale)).execute()
    return entry.id


def peek(scope: str = "contacts") -> str | None:
    """The label of the action Ctrl+Z would undo, or None."""
    entry = UndoEntry.select().where(UndoEntry.scope == scope).order_by(UndoEntry.id.desc()).first()
    return entry.label if entry else None


def undo_last(scope: str = "contacts") -> str | None:
    """Reverse the newest action of ``scope``; return its label (None when there is nothing)."""
    for name in _HANDLER_MODULES:
        importlib.import_module(name)
    with database.atomic():
        entry = UndoEntry.select().where(UndoEntry.scope == scope).order_by(UndoEntry.id.desc()).first()
        if entry is None:
            return None
        payload = json.loads(entry.payload)
        handler = _HANDLERS.get(payload.get("op", ""))
        entry.delete_instance()
        if handler is None:
            logger.warning("no undo handler for %r; entry dropped", payload.get("op"))
            return None
        result = handler(payload)  # what it kept (a list of columns), or a sentence to add
        kept = result if isinstance(result, list) else []
        note = (undo_labels.NOTE.format(note=result) if isinstance(result, str) and result
                else kept_note(kept))
    logger.info("undid entry %s (%s)", entry.id, payload.get("op"))  # labels hold names
    # The label was stored in English: read back into its marked template so screens can translate it.
    label = texts.parse("Undo", entry.label) or entry.label
    return undo_labels.LABEL_WITH_NOTE.format(label=label, note=note) if note else label


def clear(scope: str = "contacts") -> None:
    """Forget every undo entry of a scope (e.g. after a restore from backup)."""
    with database.atomic():
        UndoEntry.delete().where(UndoEntry.scope == scope).execute()


# ---- undo never overwrites later work ----------------------------------------------------------
def normalise(value):
    """A value as an undo entry stores it (dates as ISO text, decimals as text), for comparing."""
    return json.loads(json.dumps(value, default=_json_default))


def snapshot(model, row_id: int, skip_refs: bool = False) -> dict | None:
    """The row as it is now, in stored form (None when it no longer exists). ``skip_refs`` leaves out
    the columns naming a contact: a merge re-points them without changing what the row says."""
    from totalnet_desktop.core.store.models import Contact

    row = model.select().where(model.id == row_id).dicts().first()
    if row is None:
        return None
    if skip_refs:
        for field, rel in model._meta.refs.items():
            if rel is Contact:
                row.pop(field.name, None)
    return normalise(row)


IGNORED = ("updated_at",)


def restore_unchanged(model, row_id: int, before: dict, after: dict | None) -> list[str]:
    """Put back ``before`` in every column that still holds what the undone action wrote (``after``);
    return the columns kept because later work changed them. Without ``after`` (an entry written by
    an older version) everything is put back, as it used to be."""
    now_row = snapshot(model, row_id)
    if now_row is None:
        return []
    before = normalise(before)
    changes, kept = {}, []
    for name, old in before.items():
        if name == "id" or name in IGNORED or name not in now_row:
            continue
        if after is not None and now_row[name] != after.get(name):
            if now_row[name] != old:
                kept.append(name)
            continue
        if now_row[name] != old:
            changes[name] = old
    if not kept:
        changes.update({k: before[k] for k in IGNORED if k in before and k in now_row})
    if changes:
        model.update(**{k: v for k, v in changes.items() if k in model._meta.fields}).where(
            model.id == row_id).execute()
    return kept


def unchanged_since(model, row_id: int, after: dict | None, skip_refs: bool = True) -> bool:
    """True when the row is still as the action left it (or no record of that was kept); by default
    a contact column a merge re-pointed is no change (see ``snapshot``)."""
    return after is None or snapshot(model, row_id, skip_refs) == after


def kept_note(kept: list[str]) -> str:
    """'; kept the job title and notes, changed since' (empty when nothing was kept)."""
    if not kept:
        return ""
    names = [k.removesuffix("_id").replace("_", " ") for k in dict.fromkeys(kept)]
    joined = names[0] if len(names) == 1 else undo_labels.NAMES_AND.format(
        names=", ".join(names[:-1]), last=names[-1])
    return undo_labels.KEPT_THE_CHANGED_SINCE.format(things=joined)
