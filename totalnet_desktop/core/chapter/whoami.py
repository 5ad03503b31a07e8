"""Who am I on a shared chapter server: asked once per login, at its first connection.

On PostgreSQL "me" is per database login (core.store.identity). A login that has no "me" yet is asked
to choose themselves on the chapter's roster, or, when they are not on it (a director consultant, a
visitor host who is not a member yet), to make their own card, which stays private to them (a contact
the chapter does not know: core.store.pg_privacy). The choice is that login's preference and can be
changed in Preferences > I am, or with ``totalnet me``. One member is "me" for one login only: the
database keeps that rule for every writer (core.store.me_choice). On an SQLite file nothing is asked:
the file's one person sets "me" where they always did.

Choosing "me" runs the follow-up rules at once, so a referral someone recorded for this member in the
last two weeks is queued for them now (see add_referral: a desk queues only for its own "me").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from totalnet_desktop.core.chapter import chapters, people
from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.followups import rules
from totalnet_desktop.core.store import engine, identity, me_choice
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import Chapter
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class RosterEntry:
    contact_id: int
    name: str
    classification: str
    chapter: str
    taken_by: str = ""  # the login that chose this member as its "me" (listed only with include_taken)


def needs_asking() -> bool:
    """True on a shared server when this login has not said who they are yet."""
    return engine.current_role() is not None and identity.me_id() is None


def roster(include_taken: bool = False) -> list[RosterEntry]:
    """The members to choose from: my chapter's active members, else every chapter's, by name. On a server
    the members another login already chose as "me" are left out (the database refuses a second login
    one, naming the first: schema step 23, core.store.me_choice) unless ``include_taken`` (to say who has
    them when asked by name): then they are listed with ``taken_by``, the other login."""
    taken = identity.chosen_by_others()
    mine = chapters.my_chapter_id()
    chosen = [mine] if mine is not None else [c.id for c in Chapter.select(Chapter.id).order_by(Chapter.name)]
    names = {c.id: c.name for c in Chapter.select(Chapter.id, Chapter.name)}
    seen: dict[int, RosterEntry] = {}
    for chapter_id in chosen:
        for m in chapters.roster(chapter_id):
            if m.active and m.contact_id not in seen:
                seen[m.contact_id] = RosterEntry(m.contact_id, m.name, m.classification, names[chapter_id],
                                                 taken.get(m.contact_id, ""))
    entries = sorted(seen.values(), key=lambda e: (e.name.casefold(), e.contact_id))
    return entries if include_taken else free(entries)


def free(entries: list[RosterEntry]) -> list[RosterEntry]:
    """The entries no other login has chosen as "me": the ones this login may choose."""
    return [e for e in entries if not e.taken_by]


def taken_matching(entries: list[RosterEntry], text: str) -> list[Message]:
    """For each member matching ``text`` whom another login has (listed with include_taken): the sentence
    a refusal says, naming that login, so a search that finds only them does not claim nobody matches."""
    return [me_choice.ME_TAKEN.format(name=e.name, login=e.taken_by)
            for e in matching(entries, text) if e.taken_by]


def matching(entries: list[RosterEntry], text: str) -> list[RosterEntry]:
    """The entries where every typed word begins a word of the name or classification (accents and case
    folded, as the contact search does): "ma cr" finds Maria Cruz."""
    typed = normalize.fold(text).split()

    def fits(entry: RosterEntry) -> bool:
        words = normalize.fold(f"{entry.name} {entry.classification}").split()
        return all(any(w.startswith(t) for w in words) for t in typed)

    return [e for e in entries if fits(e)]


def choose(contact_id: int, today: dt.date | None = None) -> None:
    """This login is ``contact_id`` from now on; their follow-ups are queued at once."""
    people.require_contact(contact_id)
    contacts.set_me(contact_id)
    rules.run_rules(today)


def create_own_card(name: str, company: str = "", today: dt.date | None = None) -> int:
    """"I'm not on the roster": a new contact for this person (private to their login) who is "me"."""
    name = normalize.clean(name)
    if not people.split_name(name)[0]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Type your name to make your card."))
    contact_id = people.create_person(name, company=company, source="Manual")
    choose(contact_id, today)
    return contact_id
