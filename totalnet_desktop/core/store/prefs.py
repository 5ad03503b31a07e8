"""Preferences stored with the data (Setting table): default phone region, my contact, my chapter.

On a shared PostgreSQL database the personal ones (who I am, my chapter, my history imports' answers) are
kept per database role, under ``key@role``; the others (phone region, currency) are the chapter's.
"""

from __future__ import annotations

import json

import peewee

from totalnet_desktop.core.store import engine, me_choice, read_only
from totalnet_desktop.core.store.models import Setting, database

DEFAULTS = {
    "phone_region": "AE",
    "currency": "AED",
    "me_contact_id": None,
    "my_chapter_id": None,
}
# Who I am, my chapter, and who I am in my own history files (names, numbers, addresses) with the
# answers of my imports: each login's own on a shared server.
PERSONAL = ("me_contact_id", "my_chapter_id", "history_me", "history_date_order", "history_keep_text")


def stored_key(key: str) -> str:
    """The Setting row's key: ``key@role`` for a personal preference on a shared server."""
    role = engine.current_role() if key in PERSONAL else None
    return f"{key}@{role}" if role else key


# Preferences set while the database may only be read (a reports login, a copy): kept for this run.
_kept_locally: dict[str, object] = {}


def get(key: str, default=None):
    """A preference's value (JSON-decoded), falling back to DEFAULTS then ``default``."""
    if _kept_locally and read_only.active() and stored_key(key) in _kept_locally:
        return _kept_locally[stored_key(key)]
    row = Setting.get_or_none(Setting.key == stored_key(key))
    if row is None:
        return DEFAULTS.get(key, default)
    return json.loads(row.value)


def set(key: str, value) -> None:
    """Store a preference (JSON-encoded) in its own short transaction; on a database that may only be
    read, for this run only (nothing is written). A member another login already has as "me" is refused
    by the database (schema step 23): a ValidationError naming that login."""
    if read_only.active():
        _kept_locally[stored_key(key)] = json.loads(json.dumps(value))
        return
    _kept_locally.clear()
    try:
        with database.atomic():
            Setting.insert(key=stored_key(key), value=json.dumps(value)).on_conflict_replace().execute()
    except peewee.IntegrityError as exc:
        refused = me_choice.refusal(exc, stored_key(key), value)
        if refused is None:
            raise
        raise refused from exc


def phone_region() -> str:
    """The default region for phone numbers typed without a country code."""
    return get("phone_region") or "AE"
