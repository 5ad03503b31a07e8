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


def test_company_and_profession_sort_as_the_locale_sorts(db):
    people = [("Ann", "Zeta Trading", "Zoologist"), ("Bob", "Éclair Bakery", "Économiste"),
              ("Cat", "Apple Farm", "Accountant"), ("Dan", "Łódź Imports", "Łowca"), ("Eve", "", ""),
              ("Fay", "Éclair Bakery", "Économiste"), ("Gus", "Mango Co", "Mason")]
    for first, company, profession in people:
        contacts.create(ContactRecord(id=None, first_name=first, last_name="", company=company,
                                      profession=profession), undoable=False)
    by_company = names(search.search_ids(sort="company"))
    # É with E, Ł with L (SQLite's NOCASE put both after Z); equal companies by name; no company last.
    assert by_company == ["Cat", "Bob", "Fay", "Dan", "Gus", "Ann", "Eve"]
    assert names(search.search_ids(sort="company", descending=True)) == ["Ann", "Gus", "Dan", "Bob", "Fay", "Cat",
                                                                         "Eve"]
    assert names(search.search_ids(sort="profession")) == ["Cat", "Bob", "Fay", "Dan", "Gus", "Ann", "Eve"]
    assert search.search_ids(sort="company", limit=3) == search.search_ids(sort="company")[:3]
