"""Column mappings the user saved by name (the ImportMapping table, JSON)."""

from __future__ import annotations

import json
import logging

from totalnet_desktop.core.contacts import normalize as nz
from totalnet_desktop.core.exchange.formats import FIELDS, norm_header
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
        ImportMapping.insert(name=name, data=data).on_conflict(
            conflict_target=[ImportMapping.name], update={ImportMapping.data: data}).execute()


def mapping_names() -> list[str]:
    """Names of the saved mappings, alphabetically."""
    return [m.name for m in ImportMapping.select(ImportMapping.name).order_by(ImportMapping.name)]


def apply_mapping(name: str, headers: list[str], current: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The saved mapping for these headers; columns it does not name keep their current field."""
    row = ImportMapping.get_or_none(ImportMapping.name == name)
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
