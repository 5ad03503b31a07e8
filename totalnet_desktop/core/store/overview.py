"""Whole-database facts the shell needs (is it empty, how much is in it)."""

from __future__ import annotations

from totalnet_desktop.core.store.models import Chapter, Contact


def is_empty() -> bool:
    """True before the user has any contact or chapter (the welcome screen shows)."""
    return not Contact.select().exists() and not Chapter.select().exists()


def contact_count() -> int:
    """Contacts not in the trash."""
    return Contact.select().where(Contact.trashed_at.is_null()).count()
