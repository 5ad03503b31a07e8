"""People the meeting-day screen creates or picks: visitors, prospects, substitutes.

A small, self-contained slice of contact handling (find by name, quick search, create with a phone
and an e-mail) so that meeting day does not depend on the contacts editor's service.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.contacts import search as contact_search
from totalnet_desktop.core.store import prefs, search_index
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import Contact, ContactPoint, database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PersonChoice:
    """A contact offered in a picker."""

    id: int
    name: str
    company: str = ""
    profession: str = ""

    @property
    def label(self) -> str:
        extra = ", ".join(p for p in (self.company, self.profession) if p)
        return f"{self.name} ({extra})" if extra else self.name


def split_name(text: str) -> tuple[str, str]:
    """'Layla Al Haddad' -> ('Layla', 'Al Haddad'): the first word is the first name."""
    words = normalize.clean(text).split(" ")
    if not words or not words[0]:
        return "", ""
    return words[0], " ".join(words[1:])


def _fts_ids(query: str, limit: int) -> list[int]:
    return search_index.ranked_ids(database, query, limit)


def find_by_name(text: str) -> int | None:
    """The oldest live contact whose full name equals ``text`` (case- and accent-insensitive)."""
    wanted = normalize.fold(text)
    tokens = contact_search.query_tokens(text)
    if not tokens:
        return None
    # Every word, whole, anywhere in the index row; the full name is compared below.
    query = search_index.match_expression([(t,) for t in tokens], database, prefix=False)
    ids = _fts_ids(query, 1000)
    if not ids:
        return None
    rows = (Contact.select(Contact.id, Contact.first_name, Contact.last_name)
            .where(Contact.id.in_(ids)).order_by(Contact.id))
    for row in rows:
        if normalize.fold(f"{row.first_name} {row.last_name}") == wanted:
            return row.id
    return None


def search_people(text: str, limit: int = 20) -> list[PersonChoice]:
    """Contacts whose names, company or details start with the typed words (FTS prefix search)."""
    query = contact_search.build_fts_query(text)
    if not query:
        return []
    ids = _fts_ids(query, limit)
    return people(ids)


def people(ids: list[int]) -> list[PersonChoice]:
    """PersonChoice records for ``ids``, in the same order."""
    if not ids:
        return []
    rows = {r.id: r for r in Contact.select(Contact.id, Contact.first_name, Contact.last_name,
                                           Contact.company, Contact.profession).where(Contact.id.in_(ids))}
    return [PersonChoice(i, rows[i].full_name, rows[i].company, rows[i].profession) for i in ids if i in rows]


def person_name(contact_id: int | None) -> str:
    """A contact's full name ('' when there is none)."""
    if contact_id is None:
        return ""
    row = Contact.get_or_none(Contact.id == contact_id)
    return row.full_name if row is not None else ""


def require_contact(contact_id: int, what: str = "contact") -> Contact:
    """The live contact ``contact_id`` or a ValidationError naming ``what``."""
    row = Contact.get_or_none(Contact.id == contact_id)
    if row is None or row.trashed_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The {what} (contact #{contact_id}) does not exist.").format(what=what, contact_id=contact_id))
    return row


def create_person(name: str, *, company: str = "", profession: str = "", source: str = "Manual",
                  phone: str = "", email: str = "", met_on: dt.date | None = None, met_where: str = "",
                  met_channel: str = "") -> int:
    """Create a contact from a full name and optional details; return its id."""
    first, last = split_name(name)
    if not first:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A name is needed to add a person."))
    phone, email = _check_phone_email(phone, email)
    with database.atomic():
        contact = Contact.create(first_name=first, last_name=last, company=normalize.clean(company),
                                 profession=normalize.clean(profession), source=source, met_on=met_on,
                                 met_where=met_where, met_channel=met_channel)
        _add_points(contact.id, phone, email)
    logger.info("created contact %s (%s)", contact.id, source)
    return contact.id


def _check_phone_email(phone: str, email: str) -> tuple[str, str]:
    email = normalize.clean(email)
    phone = normalize.clean(phone)
    if email and not normalize.is_valid_email(email):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The e-mail address \"{email}\" does not look right (name@example.com).").format(email=email))
    if phone and len(normalize.digits(phone)) < 5:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The phone number \"{phone}\" is too short.").format(phone=phone))
    return phone, email


def _add_points(contact_id: int, phone: str, email: str) -> None:
    region = prefs.phone_region()
    if phone:
        key = normalize.phone_key(phone, region)
        if not ContactPoint.select().where((ContactPoint.contact == contact_id) & (ContactPoint.kind == "phone")
                                           & (ContactPoint.key == key)).exists():
            ContactPoint.create(contact=contact_id, kind="phone", value=phone, key=key,
                                search=normalize.phone_search_tokens(phone, region), label="mobile")
    if email:
        key = normalize.email_key(email)
        if not ContactPoint.select().where((ContactPoint.contact == contact_id) & (ContactPoint.kind == "email")
                                           & (ContactPoint.key == key)).exists():
            ContactPoint.create(contact=contact_id, kind="email", value=email, key=key)


def add_phone_email(contact_id: int, phone: str = "", email: str = "") -> None:
    """Add a phone and an e-mail to a contact unless it has them already (checked like create_person)."""
    phone, email = _check_phone_email(phone, email)
    with database.atomic():
        _add_points(contact_id, phone, email)


def fill_blank_details(contact_id: int, company: str = "", profession: str = "") -> None:
    """Set company/profession on a contact where they are still empty (never overwrites)."""
    contact = Contact.get_by_id(contact_id)
    changed = False
    if company and not contact.company:
        contact.company, changed = normalize.clean(company), True
    if profession and not contact.profession:
        contact.profession, changed = normalize.clean(profession), True
    if changed:
        contact.updated_at = dt.datetime.now().replace(microsecond=0)
        contact.save()
