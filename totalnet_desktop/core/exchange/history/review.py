"""The review list: people from imported history who matched no contact, most contact first.

The member links each to a contact, creates a contact, or ignores them. Nobody is created silently.
Linking moves their waiting touches into the contact's timeline and adds the number, address or
profile to the contact so the next import finds them; ignoring deletes them and their touches and
keeps only a hash of their key, so they stay ignored without their number being kept.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.exchange.history.matching import ignore_hash
from totalnet_desktop.core.store import prefs, values
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import ContactPoint, HistoryPerson, database, now
from totalnet_desktop.core.store.records import ContactRecord
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

SOURCE_LABELS = {"linkedin": "LinkedIn", "whatsapp": "WhatsApp", "calendar": "Calendar", "mbox": "E-mail"}


@dataclass(frozen=True)
class ReviewPerson:
    id: int
    source: str
    name: str
    phone: str
    email: str
    url: str
    touches: int  # messages, meetings... summed
    days: int  # conversation-days
    last: dt.datetime | None

    @property
    def label(self) -> str:
        return self.name or self.phone or self.email or self.url or "(no name)"

    @property
    def detail(self) -> str:
        return self.phone or self.email or self.url


REVIEW_SQL = """
SELECT p.id, p.source, p.name, p.phone, p.email, p.url, SUM(t.count), COUNT(t.id), MAX(t.occurred_at)
FROM history_person p JOIN history_pending t ON t.person_id = p.id
WHERE p.contact_id IS NULL
GROUP BY p.id ORDER BY SUM(t.count) DESC, MAX(t.occurred_at) DESC, p.id
"""


def review_list(limit: int | None = None) -> list[ReviewPerson]:
    """People waiting for review, the most contact first."""
    sql = REVIEW_SQL + (f" LIMIT {int(limit)}" if limit else "")
    out = []
    for pid, source, name, phone, email, url, touches, days, last in database.execute_sql(sql):
        out.append(ReviewPerson(pid, source, name, phone, email, url, touches, days,
                                values.as_datetime(last)))
    return out


def waiting_count() -> int:
    return database.execute_sql("SELECT COUNT(*) FROM history_person p WHERE contact_id IS NULL AND EXISTS"
                                " (SELECT 1 FROM history_pending t WHERE t.person_id = p.id)").fetchone()[0]


def _person(person_id: int) -> HistoryPerson:
    person = HistoryPerson.get_or_none(HistoryPerson.id == person_id)
    if person is None or person.contact_id is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This person is no longer in the review list."))
    return person


def link(person_id: int, contact_id: int) -> int:
    """Move a person's waiting touches to a contact; return how many touches moved."""
    with database.atomic():
        person = _person(person_id)
        if not contacts.exists(contact_id):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Contact {contact_id} does not exist.").format(contact_id=contact_id))
        cur = database.cursor()
        moved = cur.execute(
            "INSERT OR IGNORE INTO interaction (contact_id, occurred_at, channel, kind, note, created_at, direction,"
            " count, source, origin_key, batch_id) SELECT ?, occurred_at, channel, kind, note, ?, direction,"
            " count, source, origin_key, batch_id FROM history_pending WHERE person_id = ?",
            (contact_id, now().isoformat(" "), person_id)).rowcount
        cur.execute("DELETE FROM history_pending WHERE person_id = ?", (person_id,))
        _add_point(contact_id, person)
        # Keep the key (not the touches) so the next import of this person finds the contact.
        HistoryPerson.update(contact=contact_id, phone="", email="", url="").where(
            HistoryPerson.id == person_id).execute()
    return moved


def _add_point(contact_id: int, person: HistoryPerson) -> None:
    region = prefs.phone_region()
    for kind, network, value in (("phone", "", person.phone), ("email", "", person.email),
                                 ("social", "linkedin", person.url)):
        if not value:
            continue
        key, search = contacts.point_key_and_search(kind, network, value, region)
        exists = ContactPoint.select().where(ContactPoint.contact == contact_id, ContactPoint.kind == kind,
                                             ContactPoint.key == key).exists()
        if not exists:
            position = ContactPoint.select().where(ContactPoint.contact == contact_id,
                                                   ContactPoint.kind == kind).count()
            ContactPoint.create(contact=contact_id, kind=kind, network=network, value=value, key=key, search=search,
                                label="imported", position=position)


def create_contact(person_id: int) -> int:
    """Create a contact from a person in the review list and link them; return the contact's id."""
    person = _person(person_id)
    first, _, last = person.name.partition(" ")
    if not first and not (person.phone or person.email or person.url):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "This person has no name, number or address to make a contact from."))
    record = ContactRecord(id=None, first_name=first or person.phone or person.email, last_name=last,
                           source=SOURCE_LABELS.get(person.source, "Import"))
    with database.atomic():
        contact_id = contacts.create(record, undoable=False)
        link(person_id, contact_id)  # adds the number, address or profile
    return contact_id


def ignore(person_id: int) -> None:
    """Forget a person and their touches; later imports skip them."""
    with database.atomic():
        person = _person(person_id)
        database.execute_sql("INSERT OR IGNORE INTO history_ignored (source, key_hash, created_at)"
                             " VALUES (?, ?, ?)",
                             (person.source, ignore_hash(person.source, person.key), now().isoformat(" ")))
        person.delete_instance()  # its waiting touches go with it
