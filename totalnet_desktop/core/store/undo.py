"""The one undo API: a persisted stack (``UndoEntry``) per scope, and how each entry is reversed.

A scope is one Ctrl+Z stack: "contacts" (the Contacts screen, merges, touches, history imports),
"meeting" (Meeting day, kept across restarts) and "followups" (the queue). ``SCOPES`` says how many
entries each keeps and which module registers its handlers. Services ``push(label, op, payload,
scope)`` inside the transaction of the change they make, so the change and its undo land together;
``undo(scope)`` pops the newest entry and runs the handler registered for its operation
(``register(op, handler, scope)``), in one transaction, and returns an ``Undone`` that describes
what happened. A scope may add a step before every entry is stored (``prepare``: e.g. fingerprints of
the contacts an action created) and after every handler (``finish``: e.g. remove those contacts
unless used since).

The rule every handler follows: undo puts back only what the undone action wrote and what has not
changed since. ``snapshot`` records a row as the action left it; ``restore_unchanged`` puts the old
value back into each column still holding that value and keeps (and names) the columns later work
changed; ``unchanged_since`` answers for a whole row. A handler returns what it kept (a list of
names), a sentence, or a ``Reversal``; ``Undone.message`` says so in one line.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import Select

from totalnet_desktop.core.store import engine, texts, undo_labels
from totalnet_desktop.core.store.models import UndoEntry, database, now
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reversal:
    """What a handler did beyond the plain reversal: what it kept because later work changed it, a
    sentence to add instead, and the rows it brought back (a screen selects the first)."""

    changed: tuple[str, ...] = ()
    note: str = ""
    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Undone:
    """What Ctrl+Z did: the action's label, what it left because later work changed it, the rows it
    brought back, and the contacts the action had created that it removed or had to keep."""

    label: str
    changed: tuple[str, ...] = ()
    note: str = ""
    ids: tuple[int, ...] = ()
    kept_contacts: tuple[str, ...] = ()
    removed_contacts: tuple[str, ...] = ()

    @property
    def description(self) -> str:
        """'merge 2 contacts into Layla Haddad; kept the job title, changed since' (a marked text: the
        label was stored in English and is read back into its template, so screens can translate it)."""
        text = texts.parse("Undo", self.label) or self.label
        extras = []
        if self.note:
            extras.append(undo_labels.NOTE.format(note=self.note))
        if self.kept_contacts:
            extras.append((undo_labels.KEPT_WHO_HAS_OTHER_RECORDS_SINCE if len(self.kept_contacts) == 1
                           else undo_labels.KEPT_WHO_HAVE_OTHER_RECORDS_SINCE).format(names=join(self.kept_contacts)))
        changed = kept_note(list(self.changed))
        if changed:
            extras.append(changed)
        for extra in extras:
            text = undo_labels.LABEL_WITH_NOTE.format(label=text, note=extra)
        return text

    @property
    def message(self) -> str:
        """'Undone: check-in of Layla Haddad; kept the attendance, changed since.'"""
        return undo_labels.UNDONE.format(label=self.description, kept="", changed="")


Handler = Callable[[dict], "list[str] | str | Reversal | None"]


@dataclass
class Scope:
    """One Ctrl+Z stack: how many entries it keeps, the modules whose import registers its handlers,
    and the steps around every entry (``prepare`` at push, ``finish`` after the handler)."""

    name: str
    keep: int = 50
    modules: tuple[str, ...] = ()
    prepare: Callable[[dict], dict] | None = None
    finish: Callable[[dict, Undone], Undone] | None = None
    handlers: dict[str, Handler] = field(default_factory=dict)


SCOPES: dict[str, Scope] = {
    "contacts": Scope("contacts", 50, ("totalnet_desktop.core.contacts.service", "totalnet_desktop.core.contacts.merge",
                                       "totalnet_desktop.core.contacts.interactions",
                                       "totalnet_desktop.core.exchange.history.runner")),
    "meeting": Scope("meeting", 100, ("totalnet_desktop.core.chapter.meeting_undo",)),
    "followups": Scope("followups", 50, ("totalnet_desktop.core.followups.queue",)),
}


def register(op: str, handler: Handler, scope: str = "contacts") -> None:
    """Declare how to reverse the operation ``op`` of ``scope`` (the handler receives the payload)."""
    SCOPES[scope].handlers[op] = handler


def configure(scope: str, prepare: Callable[[dict], dict] | None = None,
              finish: Callable[[dict, Undone], Undone] | None = None) -> None:
    """Set the steps a scope runs around every entry (see ``Scope``)."""
    SCOPES[scope].prepare = prepare
    SCOPES[scope].finish = finish


def _json_default(value):
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(QT_TRANSLATE_NOOP(
        "Errors", "cannot store {name} in an undo entry").format(name=type(value).__name__))


def _load(scope: Scope) -> None:
    for name in scope.modules:
        importlib.import_module(name)


def push(label: str, op: str, payload: dict, scope: str = "contacts") -> int:
    """Record an undoable action; call inside the transaction of the change itself."""
    where = SCOPES[scope]  # its prepare step is set when its handler module is imported (the pusher's)
    body = dict(payload, op=op)
    if where.prepare is not None:
        body = where.prepare(body)
    return _write(scope, label, json.dumps(body, default=_json_default), where.keep)


def _write(scope: str, label: str, payload: str, keep: int) -> int:
    """Store the entry and forget the scope's entries beyond the newest ``keep``. On a server that is
    one statement (a data-modifying WITH: one round trip, atomic by itself, no savepoint); its DELETE
    sees the rows as they were before the INSERT, so it keeps ``keep - 1`` of them."""
    fields = {"created_at": now(), "scope": scope, "label": label, "payload": payload}
    if engine.is_postgres(database):
        new = UndoEntry.insert(**fields).returning(UndoEntry.id).cte("new")
        stale = (UndoEntry.select(UndoEntry.id).where(UndoEntry.scope == scope)
                 .order_by(UndoEntry.id.desc()).offset(keep - 1))
        trimmed = UndoEntry.delete().where(UndoEntry.id.in_(stale)).cte("trimmed")
        return Select([new], [new.c.id]).with_cte(new, trimmed).bind(database).scalar()
    with database.atomic():
        entry_id = UndoEntry.insert(**fields).execute()
        stale = (UndoEntry.select(UndoEntry.id).where(UndoEntry.scope == scope)
                 .order_by(UndoEntry.id.desc()).offset(keep))
        UndoEntry.delete().where(UndoEntry.id.in_(stale)).execute()
    return entry_id


def peek(scope: str = "contacts") -> str | None:
    """The label of the action Ctrl+Z would undo, or None."""
    entry = UndoEntry.select().where(UndoEntry.scope == scope).order_by(UndoEntry.id.desc()).first()
    return entry.label if entry else None


def _operation(payload: dict) -> str:
    # "kind": meeting-day entries written before every payload named its operation as "op".
    return payload.get("op") or payload.get("kind") or ""


def undo(scope: str = "contacts") -> Undone | None:
    """Reverse the newest action of ``scope`` in one transaction; None when there is nothing to undo."""
    where = SCOPES[scope]
    _load(where)
    with database.atomic():
        entry = UndoEntry.select().where(UndoEntry.scope == scope).order_by(UndoEntry.id.desc()).first()
        if entry is None:
            return None
        payload = json.loads(entry.payload)
        handler = where.handlers.get(_operation(payload))
        entry.delete_instance()
        if handler is None:
            logger.warning("no undo handler for %r in %s; entry dropped", _operation(payload), scope)
            return None
        result = handler(payload)
        if isinstance(result, Reversal):
            done = Undone(entry.label, result.changed, result.note, result.ids)
        elif isinstance(result, str):
            done = Undone(entry.label, note=result)
        else:
            done = Undone(entry.label, tuple(result or ()))
        if where.finish is not None:
            done = where.finish(payload, done)
    logger.info("undid %s entry %s (%s)", scope, entry.id, _operation(payload))  # labels hold names
    return done


def undo_last(scope: str = "contacts") -> str | None:
    """Reverse the newest action of ``scope``; its description (None when there is nothing)."""
    done = undo(scope)
    return done.description if done is not None else None


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
    row = model.select().where(model.id == row_id).dicts().first()
    return snapshot_of(model, row, skip_refs) if row is not None else None


def snapshot_of(model, row: dict, skip_refs: bool = False) -> dict:
    """``snapshot`` of a row the caller already holds (every column, by field name, as
    ``model.select().dicts()`` or an INSERT's ``returning(model).dicts()`` gives it)."""
    from totalnet_desktop.core.store.models import Contact

    row = dict(row)
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


def join(names: tuple[str, ...] | list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else undo_labels.NAMES_AND.format(
        names=", ".join(names[:-1]), last=names[-1])


def kept_note(kept: list[str]) -> str:
    """'; kept the job title and notes, changed since' (empty when nothing was kept)."""
    if not kept:
        return ""
    names = [k.removesuffix("_id").replace("_", " ") for k in dict.fromkeys(kept)]
    return undo_labels.KEPT_THE_CHANGED_SINCE.format(things=join(names))
