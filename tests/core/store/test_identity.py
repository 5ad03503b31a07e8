"""One answer to "who is me" and "which chapter is mine", whichever screen, rule or figure asks."""

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.insights.viewpoint import viewpoint
from totalnet_desktop.core.store import identity, prefs
from totalnet_desktop.core.store.models import Contact
from totalnet_desktop.core.store.records import ContactRecord


def _answers():
    view = viewpoint()
    return (identity.me_id(), contacts.me_id(), view.me_id), (
        identity.my_chapter_id(), chapters.my_chapter_id(), view.chapter_id)


def test_trashing_my_own_contact_makes_me_nobody_everywhere(db):
    me = contacts.create(ContactRecord(id=None, first_name="Layla", last_name="Haddad"))
    contacts.set_me(me)
    assert _answers()[0] == (me, me, me)
    contacts.trash([me])
    assert _answers()[0] == (None, None, None)
    contacts.restore([me])
    assert _answers()[0] == (me, me, me)


def test_the_flag_counts_when_the_preference_is_gone(db):
    me = contacts.create(ContactRecord(id=None, first_name="Layla", last_name="Haddad"))
    contacts.set_me(me)
    # On a chapter server set_me moves only this login's preference (the flag is everyone's row); a
    # flag this login's own rows carry (a personal file copied there) still counts.
    Contact.update(is_me=True).where(Contact.id == me).execute()
    prefs.set("me_contact_id", None)
    assert _answers()[0] == (me, me, me)


def test_my_chapter_preference_flag_and_lone_chapter(db):
    assert _answers()[1] == (None, None, None)
    first = chapters.create_chapter("Dubai Pioneers", mine=False)
    assert _answers()[1] == (first.id, first.id, first.id)  # a lone chapter is mine
    second = chapters.create_chapter("Sharjah Stars", mine=False)
    assert _answers()[1] == (None, None, None)  # two and none chosen
    chapters.set_my_chapter(second.id)
    assert _answers()[1] == (second.id, second.id, second.id)
