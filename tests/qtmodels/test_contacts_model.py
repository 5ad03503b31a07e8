"""The Contacts table model: lazy batches over a real database, checked by Qt's model tester."""

from PySide6.QtCore import Qt

from totalnet_desktop.core.contacts import search as contact_search
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store.records import ContactRecord, PointRecord
from totalnet_desktop.qtmodels import contacts_model
from totalnet_desktop.qtmodels.contacts_model import ContactsModel
from totalnet_desktop.qtmodels.roles import ChannelsRole, ContactIdRole


def fill(n):
    return [contacts.create(ContactRecord(id=None, first_name=f"Person{i:04d}", company="Cedar",
                                          points=(PointRecord("email", f"p{i}@x.com"),)), undoable=False)
            for i in range(n)]


def test_model_passes_qt_model_tester(db, qtmodeltester):
    fill(30)
    model = ContactsModel(contact_search.load_rows)
    model.set_ids(contact_search.search_ids())
    qtmodeltester.check(model)


def test_rows_load_in_batches_not_all_at_once(db, monkeypatch):
    ids = fill(600)
    model = ContactsModel(contact_search.load_rows)
    model.set_ids(contact_search.search_ids())
    assert model.rowCount() == 600 and model.fetches == 0
    assert model.data(model.index(0, 0)) == "Person0000"
    assert model.fetches == 1
    for row in range(contacts_model.BATCH):
        model.data(model.index(row, 1))
    assert model.fetches == 1  # the first batch covered them
    assert model.data(model.index(599, 0)) == "Person0599"
    assert model.fetches == 2
    assert model.data(model.index(5, 4)) == "E-mail"
    assert model.data(model.index(5, 4), ChannelsRole) == ("email",)
    assert model.data(model.index(5, 0), ContactIdRole) == ids[5]
    monkeypatch.setattr(contacts_model, "MAX_CACHE", 100)
    for row in range(0, 600, 50):
        model.data(model.index(row, 0))
    assert len(model._cache) <= 100 + contacts_model.BATCH


def test_sort_header_asks_for_new_order(db, qtbot):
    fill(3)
    model = ContactsModel(contact_search.load_rows)
    with qtbot.waitSignal(model.sortRequested) as blocker:
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert blocker.args == ["company", True]


def test_removed_contact_shows_as_removed(db):
    ids = fill(2)
    model = ContactsModel(contact_search.load_rows)
    model.set_ids(ids + [9999])
    assert model.data(model.index(2, 0)) == "(removed)"
    assert model.row_of(ids[1]) == 1 and model.row_of(5) == -1
