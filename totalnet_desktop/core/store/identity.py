"""Who "me" is and which chapter is "mine": the one resolver every screen, rule and figure uses.

Me: the contact chosen in the preference when it still exists outside the trash, else the contact
flagged "is me" outside the trash, else nobody. On a shared PostgreSQL database "me" is per person:
the preference is kept per database role (prefs.PERSONAL) and a flagged contact counts only when that
role wrote it, so follow-ups, insights and undo answer for whoever is logged in. My chapter: the chosen chapter when it still exists,
else the chapter flagged mine, else the only chapter when there is exactly one, else none.
"""

from __future__ import annotations

import json

from totalnet_desktop.core.store import engine, me_choice, prefs
from totalnet_desktop.core.store.models import Chapter, Contact, Setting


def me_id() -> int | None:
    """The contact who is me, when set and not in the trash."""
    alive = Contact.trashed_at.is_null()
    chosen = prefs.get("me_contact_id")
    if chosen is not None and Contact.select().where((Contact.id == chosen) & alive).exists():
        return int(chosen)
    flagged = (Contact.is_me == True) & alive
    role = engine.current_role()
    if role is not None:
        flagged &= Contact.owner == role
    row = Contact.select(Contact.id).where(flagged).order_by(Contact.id).first()
    return row.id if row else None


def my_chapter_id() -> int | None:
    """My chapter's id: the preference, else the chapter flagged mine, else a lone chapter."""
    chosen = prefs.get("my_chapter_id")
    if chosen is not None and Chapter.select().where(Chapter.id == chosen).exists():
        return int(chosen)
    flagged = Chapter.select(Chapter.id).where(Chapter.is_mine == True).order_by(Chapter.id).first()
    if flagged is not None:
        return flagged.id
    ids = [row.id for row in Chapter.select(Chapter.id).limit(2)]
    return ids[0] if len(ids) == 1 else None  # a lone chapter is mine without asking


def who() -> str | None:
    """The database role of the person using a shared server, None on an SQLite file."""
    return engine.current_role()


def chosen_by_others() -> dict[int, str]:
    """On a shared server, the members other logins have chosen as their "me" (contact id -> login).

    Every login may read the chapter's settings (docs/postgres-rights.sql, policy tn_read), so the
    ``me_contact_id@login`` rows are the record, one login per member (the database keeps it so: schema
    step 23, core.store.me_choice); empty on an SQLite file."""
    role = engine.current_role()
    if role is None:
        return {}
    prefix = me_choice.PREFIX
    rows = Setting.select(Setting.key, Setting.value).where(
        Setting.key.startswith(prefix) & (Setting.key != prefix + role))
    taken: dict[int, str] = {}
    for row in rows.order_by(Setting.key):
        value = json.loads(row.value)
        if isinstance(value, int):
            taken.setdefault(value, row.key[len(prefix):])
    return taken
