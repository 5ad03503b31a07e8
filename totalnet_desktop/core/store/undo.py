"""A persisted undo stack (``UndoEntry``): each entry names an operation and the data to reverse it.

Services push an entry inside the transaction of the change they make, so the change and its undo
land together. ``undo_last(scope)`` pops the newest entry and runs its handler, again in one
transaction. Handlers register by operation name (``register``) from the service modules.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import logging
from collections.abc import Callable
from decimal import Decimal

from totalnet_desktop.core.store.models import UndoEntry, database

logger = logging.getLogger(__name__)

MAX_ENTRIES = 50  # per scope; older entries are dropped
_HANDLERS: dict[str, Callable[[dict], None]] = {}
# Modules whose import registers the handlers of the "contacts" scope.
_HANDLER_MODULES = ("totalnet_desktop.core.contacts.service", "totalnet_desktop.core.contacts.merge",
                    "totalnet_desktop.core.contacts.interactions")


def register(op: str, handler: Callable[[dict], None]) -> None:
    """Declare how to reverse the operation ``op`` (the handler receives the payload)."""
    _HANDLERS[op] = handler


def _json_default(value):
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot store {type(value).__name__} in an undo entry")


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
        handler(payload)
    logger.info("undid entry %s (%s)", entry.id, payload.get("op"))  # labels hold names
    return entry.label


def clear(scope: str = "contacts") -> None:
    """Forget every undo entry of a scope (e.g. after a restore from backup)."""
    with database.atomic():
        UndoEntry.delete().where(UndoEntry.scope == scope).execute()
