"""Column mappings the user saved by name (the ImportMapping table, JSON)."""

from __future__ import annotations

import json
import logging

from totalnet_desktop.core.contacts import normalize as nz
from totalnet_desktop.core.exchange.formats import FIELDS, norm_header
from totalnet_desktop.core.store import engine
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import ImportMapping, database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)


def save_mapping(name: str, headers: list[str], mapping: list[str] | tuple[str, ...]) -> None:
    """Save (or replace) a mapping under ``name``: header -> field."""
    name = nz.clean(name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the mapping a name."))
    data = json.dumps({norm_header(h): f for h, f in zip(headers, mapping)}, ensure_ascii=False)
    with database.atomic():
        # A name is unique per owner (schema step 20): replace this person's own mapping of that name.
        if not ImportMapping.update(data=data).where((ImportMapping.name == name) & _own()).execute():
            ImportMapping.insert(name=name, data=data).execute()


def _own():
    """This person's rows: on a shared server the login's (others' are hidden by the server anyway, and
    one saved before schema step 20 is everyone's, not to be changed); on SQLite every row."""
    role = engine.current_role()
    return ImportMapping.id.is_null(False) if role is None else (ImportMapping.owner == role)


def mapping_names() -> list[str]:
    """Names of the saved mappings, alphabetically."""
    return [m.name for m in ImportMapping.select(ImportMapping.name).distinct().order_by(ImportMapping.name)]


def apply_mapping(name: str, headers: list[str], current: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The saved mapping for these headers; columns it does not name keep their current field."""
    # One's own mapping before one saved before schema step 20 (everyone's) under the same name.
    row = (ImportMapping.select().where(ImportMapping.name == name)
           .order_by(ImportMapping.owner.is_null(), ImportMapping.id).first())
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "There is no saved mapping called {name!r}.").format(name=name))
    try:
        saved = json.loads(row.data)
    except ValueError:
        logger.warning("saved mapping %s is not JSON", name)
        saved = {}
    out = []
    for header, field in zip(headers, current):
        chosen = saved.get(norm_header(header), field)
        out.append(chosen if chosen in FIELDS else field)
    return tuple(out)


def delete_mapping(name: str) -> None:
    """Forget a saved mapping."""
    with database.atomic():
        ImportMapping.delete().where(ImportMapping.name == name).execute()
