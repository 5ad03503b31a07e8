"""Possible duplicates of a contact being saved: same e-mail, phone or profile, or same name and company."""

from __future__ import annotations

import logging

from peewee import fn

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.contacts.service import point_key_and_search, point_network
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.models import Contact, ContactPoint
from totalnet_desktop.core.store.records import ContactRecord, DuplicateMatch

logger = logging.getLogger(__name__)

REASONS = {"email": "same e-mail", "phone": "same phone", "social": "same profile", "website": "same website"}


def find_duplicates(record: ContactRecord, region: str | None = None, limit: int = 10) -> list[DuplicateMatch]:
    """Contacts (not in the trash, not ``record`` itself) that may be the same person."""
    region = region or prefs.phone_region()
    found: dict[int, list[str]] = {}
    for point in record.points:
        value = normalize.clean(point.value)
        if not value or point.kind == "website":  # colleagues share a company website
            continue
        network = point_network(point.kind, point.network, value)
        key, _ = point_key_and_search(point.kind, network, value, region)
        if len(key) < 5:  # too short to say anything (a stray "123")
            continue
        query = (ContactPoint.select(ContactPoint.contact).join(Contact)
                 .where((ContactPoint.kind == point.kind) & (ContactPoint.key == key)
                        & Contact.trashed_at.is_null()))
        if record.id is not None:
            query = query.where(ContactPoint.contact != record.id)
        for row in query.limit(limit):
            reasons = found.setdefault(row.contact_id, [])
            reason = f"{REASONS[point.kind]} ({value})"
            if reason not in reasons:
                reasons.append(reason)
    first, last = normalize.clean(record.first_name), normalize.clean(record.last_name)
    if first or last:
        company = normalize.clean(record.company)
        query = Contact.select(Contact.id).where(
            (fn.lower(Contact.first_name) == first.lower()) & (fn.lower(Contact.last_name) == last.lower())
            & (fn.lower(Contact.company) == company.lower()) & Contact.trashed_at.is_null())
        if record.id is not None:
            query = query.where(Contact.id != record.id)
        for row in query.limit(limit):
            found.setdefault(row.id, []).append("same name at the same company" if company else "same name")
    if not found:
        return []
    rows = {c.id: c for c in Contact.select(Contact.id, Contact.first_name, Contact.last_name, Contact.company)
            .where(Contact.id.in_(list(found)))}
    matches = [DuplicateMatch(cid, rows[cid].full_name or "(no name)", rows[cid].company, ", ".join(reasons))
               for cid, reasons in found.items() if cid in rows]
    return matches[:limit]
