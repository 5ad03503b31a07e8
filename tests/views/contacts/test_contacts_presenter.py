"""The Contacts presenter without a window: listing, counts, the cold start's first page, buttons,
and the actions that go to core (each says what it did)."""

from __future__ import annotations

import pytest

from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store.records import ContactRecord
from totalnet_desktop.views.contacts.presenter import FIRST_PAGE, ContactsPresenter, make_filter

# The application object carries the English catalogue (plural forms: "1 contact", "3 contacts"); no
# widget is made in this module.
pytestmark = pytest.mark.usefixtures("qapp")


def add(first: str, last: str = "", **kw) -> int:
    return contacts.create(ContactRecord(id=None, first_name=first, last_name=last, **kw), undoable=False)


def presenter() -> tuple[ContactsPresenter, list[str]]:
    told: list[str] = []
    return ContactsPresenter(told.append), told


def test_an_empty_book_asks_for_the_empty_state(db):
    p, _ = presenter()
    listing = p.listing(make_filter(), cold=True)
    assert listing.ids == [] and listing.empty_book and listing.count_text == "0 contacts"
    assert not p.listing(make_filter(text="x"), cold=True).empty_book  # a search that finds nothing
    assert p.listing(make_filter(text="x"), cold=True).count_text == 'No contact matches "x"'


def test_listing_sorts_filters_and_counts(db):
    layla = add("Layla", "Haddad", stage="Trust")
    omar = add("Omar", "Khan")
    p, _ = presenter()
    assert p.listing(make_filter(), cold=True).ids == [layla, omar]
    assert p.sort_by("name", True)  # not stale: reload now
    assert p.listing(make_filter(), cold=False).ids == [omar, layla]
    only = p.listing(make_filter(stage="Trust"), cold=False)
    assert only.ids == [layla] and only.count_text == "1 contact"


def test_a_cold_start_lists_a_first_page_then_the_whole_list(db):
    for i in range(FIRST_PAGE + 5):
        add(f"P{i:03d}")
    p, _ = presenter()
    first = p.listing(make_filter(), cold=True)
    assert first.partial and len(first.ids) == FIRST_PAGE and first.count_text == "Counting..."
    whole = p.listing(make_filter(), cold=False)
    assert not whole.partial and len(whole.ids) == FIRST_PAGE + 5
    assert not p.listing(make_filter(), cold=True).partial  # cached now: no first page needed


def test_a_data_change_makes_the_list_stale_until_listed_again(db):
    p, _ = presenter()
    p.listing(make_filter(), cold=True)
    add("New")
    p.data_changed()
    assert p.dirty and not p.sort_by("name", False)  # stale: the next show reloads
    assert len(p.listing(make_filter(), cold=False).ids) == 1 and not p.dirty


def test_buttons_follow_the_selection_and_the_trash():
    b = ContactsPresenter.buttons(trash=False, selected=1)
    assert (b.trash_shown, b.log, b.merge, b.restore, b.selection) == (False, True, False, True, True)
    b = ContactsPresenter.buttons(trash=False, selected=3)
    assert (b.log, b.merge) == (False, True)
    b = ContactsPresenter.buttons(trash=True, selected=2)
    assert b.trash_shown and b.restore and not b.selection
    assert ContactsPresenter.selection_text(3) == "3 contacts selected. Use Selection for bulk actions."
    assert ContactsPresenter.selection_text(1).startswith("Select a contact")


def test_trash_restore_and_undo_say_what_they_did(db):
    layla = add("Layla")
    p, told = presenter()
    contacts.trash([layla])
    assert p.is_trashed(layla) and p.trash_count() == 1
    assert p.listing(make_filter(show="trash"), cold=False).count_text == "1 in the trash"
    assert p.restore([layla]).startswith("Restored 1 contact") and told == ["contacts"]
    assert not p.is_trashed(layla)
    assert p.undo() is not None and p.is_trashed(layla)  # the restore is undone
    deleted, message = p.empty_trash()
    assert deleted == 1 and "for good" in message and not contacts.exists(layla)


def test_choices_list_tags_sources_and_chapters(db):
    add("Layla", tags=("golf",), source="LinkedIn")
    p, _ = presenter()
    tags, sources, chapters = p.choices()
    assert tags == [("golf", "golf")] and sources == [("LinkedIn", "LinkedIn")] and chapters == []
    assert not p.choices_stale


def test_set_me_tells_the_app(db):
    layla = add("Layla")
    p, told = presenter()
    assert "you now" in p.set_me(layla) and told == ["contacts"]
    assert contacts.get(layla).is_me
