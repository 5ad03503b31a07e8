"""Preferences stored with the data (Setting table): default phone region, my contact, my chapter."""

from __future__ import annotations

import json

from totalnet_desktop.core.store.models import Setting, database

DEFAULTS = {
    "phone_region": "AE",
    "currency": "AED",
    "me_contact_id": None,
    "my_chapter_id": None,
}


def get(key: str, default=None):
    """A preference's value (JSON-decoded), falling back to DEFAULTS then ``default``."""
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS.get(key, default)
    return json.loads(row.value)


def set(key: str, value) -> None:
    """Store a preference (JSON-encoded) in its own short transaction."""
    with database.atomic():
        Setting.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()


def phone_region() -> str:
    """The default region for phone numbers typed without a country code."""
    return get("phone_region") or "AE"
