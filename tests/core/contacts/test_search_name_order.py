"""The Contacts list's name order: descending is the ascending order reversed, and a limited search
(the picker) gives the first rows of the whole order, accented names included."""

from totalnet_desktop.core.contacts import search
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store.records import ContactRecord

NAMES = [("Zoe", "Adams"), ("Łukasz", "Nowak"), ("Lara", "Haddad"), ("Émile", "Roux"), ("Eve", "Stone"),
         ("Mark", "Lee"), ("Ömer", "Kaya"), ("Oscar", "Wilde"), ("Aaron", "Lee"), ("Émile", "Roux"),
         ("أحمد", "الحسن"), ("Emile", "Ross")]


def names(ids):
    rows = {r.id: r.name for r in search.load_rows(ids)}
    return [rows[i] for i in ids]


def test_descending_and_limited_orders_agree_with_the_whole_order(db):
    for first, last in NAMES:
        contacts.create(ContactRecord(id=None, first_name=first, last_name=last, company="Acme"), undoable=False)
    whole = search.search_ids()
    assert names(whole) == ["Aaron Lee", "Emile Ross", "Émile Roux", "Émile Roux", "Eve Stone", "Lara Haddad",
                            "Łukasz Nowak", "Mark Lee", "Ömer Kaya", "Oscar Wilde", "Zoe Adams", "أحمد الحسن"]
    assert search.search_ids(descending=True) == list(reversed(whole))
    for limit in (1, 3, 5, 8, 20):
        assert search.search_ids(limit=limit) == whole[:limit]
        found = search.search_ids(search.ContactFilter(text="acme"), limit=limit)
        assert found == whole[:limit]
