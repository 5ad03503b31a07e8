"""Contacts for tests, made the ways the app makes them (one helper instead of a copy in every module)."""

from __future__ import annotations

from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store.models import Contact
from totalnet_desktop.core.store.records import ContactRecord


def add(first: str, last: str = "", **kw) -> int:
    """A contact created through the contacts service (normalised, indexed), not undoable; its id."""
    return contacts.create(ContactRecord(id=None, first_name=first, last_name=last, **kw), undoable=False)


def person(first: str, last: str = "", **kw) -> Contact:
    """A bare contact row (no service rules), for tests of figures and rules over raw data."""
    return Contact.create(first_name=first, last_name=last, **kw)
