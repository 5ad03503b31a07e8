"""Re-reading stored phone numbers when the default region changes (core.phone_rekey), on a real
database filled by the real importer under the default region AE."""

import csv

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from totalnet_desktop.core.contacts import duplicates, phone_rekey
from totalnet_desktop.core.contacts import search as contact_search
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.contacts.service import point_key_and_search
from totalnet_desktop.core.exchange import importer
from totalnet_desktop.core.store import prefs, search_index
from totalnet_desktop.core.store.errors import Cancelled, ValidationError
from totalnet_desktop.core.store.models import Contact, ContactPoint, database
from totalnet_desktop.core.store.records import ContactRecord, PointRecord

GB_MOBILE = "07700 900123"  # a British mobile in national form, as a British user types it
GB_INTERNATIONAL = "+44 7700 900123"  # the same number as it arrives in an e-mail signature
UAE_INTERNATIONAL = "+971 50 123 4567"


def import_under_ae(tmp_path, rows):
    """Import [first name, last name, phone] rows with the importer's default region (AE)."""
    path = tmp_path / "phones.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["First Name", "Last Name", "Phone"])
        writer.writerows(rows)
    summary = importer.execute(importer.open_import(path), importer.ImportOptions(region="AE", tag=""))
    assert not summary.rejected
    return {c.first_name: c.id for c in Contact.select()}


def phone_row(contact_id):
    point = ContactPoint.get((ContactPoint.contact == contact_id) & (ContactPoint.kind == "phone"))
    return point.key, point.search


def found(text):
    return contact_search.search_ids(contact_search.ContactFilter(text=text))


def fts_rows():
    return search_index.index_rows(database)


@pytest.fixture
def book(db, tmp_path):
    return import_under_ae(tmp_path, [["Priya", "Mehta", GB_MOBILE], ["Omar", "Haddad", UAE_INTERNATIONAL],
                                      ["James", "Cole", "020 7946 0123"]])


def test_switch_to_gb_rekeys_national_numbers_and_the_search_finds_them(book):
    assert phone_row(book["Priya"])[0] == "+9717700900123"  # read as a UAE number on import
    assert found(GB_INTERNATIONAL) == []
    omar_before = phone_row(book["Omar"])

    result = phone_rekey.change_region("GB")

    assert (result.region, result.phones, result.changed, result.contacts) == ("GB", 3, 2, 2)
    assert prefs.phone_region() == "GB"
    assert phone_row(book["Priya"])[0] == "+447700900123"
    assert phone_row(book["James"])[0] == "+442079460123"
    assert phone_row(book["Omar"]) == omar_before  # international form: the same in every region
    assert found(GB_INTERNATIONAL) == [book["Priya"]]
    assert found("447700900123") == [book["Priya"]]
    assert found("07700900123") == found("7700900123") == [book["Priya"]]  # national digits still find it
    assert found("+44 20 7946") == found("442079460123") == [book["James"]]
    assert search_index.indexed_ids(database, "442079460123") == [book["James"]]


def test_running_again_changes_nothing(book):
    assert phone_rekey.change_region("GB").changed == 2
    points = list(ContactPoint.select().order_by(ContactPoint.id).dicts())
    index = fts_rows()
    again = phone_rekey.rekey_phones("GB")
    assert (again.phones, again.changed, again.contacts) == (3, 0, 0)
    assert list(ContactPoint.select().order_by(ContactPoint.id).dicts()) == points
    assert fts_rows() == index


def test_national_and_international_forms_become_duplicates(book, tmp_path):
    intl = contacts.create(ContactRecord(id=None, first_name="P.", last_name="Mehta (work)",
                                         points=(PointRecord("phone", GB_INTERNATIONAL),)), undoable=False)
    record = contacts.get(intl)
    assert duplicates.find_duplicates(record, region="AE") == []  # the national one was keyed as UAE
    phone_rekey.change_region("GB")
    matches = duplicates.find_duplicates(record)
    assert [m.contact_id for m in matches] == [book["Priya"]]
    assert "same phone" in matches[0].reason


def test_index_matches_a_full_rebuild_when_few_contacts_change(db, tmp_path):
    # Mostly international numbers: the touched rows are rebuilt one by one, not the whole index.
    rows = [[f"Intl{i}", "X", f"+971 50 {i:03d} 4567"] for i in range(9)] + [["Priya", "Mehta", GB_MOBILE]]
    ids = import_under_ae(tmp_path, rows)
    result = phone_rekey.change_region("GB")
    assert (result.changed, result.contacts) == (1, 1)
    after = fts_rows()
    with database.atomic():
        search_index.rebuild(database)
    assert fts_rows() == after
    assert found(GB_INTERNATIONAL) == [ids["Priya"]]


def test_cancel_leaves_region_numbers_and_index_as_they_were(book):
    points = list(ContactPoint.select().order_by(ContactPoint.id).dicts())
    index = fts_rows()
    seen = []
    with pytest.raises(Cancelled):
        phone_rekey.change_region("GB", progress=lambda d, t: seen.append((d, t)), cancelled=lambda: bool(seen))
    assert prefs.phone_region() == "AE"
    assert list(ContactPoint.select().order_by(ContactPoint.id).dicts()) == points
    assert fts_rows() == index
    assert database.execute_sql("SELECT count(*) FROM search_index_suspend").fetchone()[0] == 0


def test_a_number_added_while_parsing_is_read_too(book):
    added = []

    def add_one(done, total):
        if not added:  # between the parse and the write, as another window saving a contact
            added.append(contacts.create(ContactRecord(id=None, first_name="Late", points=(
                PointRecord("phone", "07911 123456"),)), region="AE", undoable=False))

    result = phone_rekey.change_region("GB", progress=add_one)
    assert result.phones == 4
    assert phone_row(added[0]) == point_key_and_search("phone", "", "07911 123456", "GB")


def test_unknown_region_is_refused_with_a_clear_message(book):
    with pytest.raises(ValidationError, match='"XX" is not a phone region'):
        phone_rekey.change_region("XX")
    assert prefs.phone_region() == "AE"
    assert phone_rekey.check_region(" gb ") == "GB"


REGIONS = ["AE", "GB", "IN", "US", "DE", "SA", "AU"]
NUMBER = st.one_of(
    st.from_regex(r"\A0[1-9][0-9]{1,3}[ -]?[0-9]{3,4}[ -]?[0-9]{3,4}\Z"),  # national, trunk prefix
    st.from_regex(r"\A[1-9][0-9]{6,10}\Z"),  # national, no prefix
    st.from_regex(r"\A\+(44|971|91|1|49) ?[1-9][0-9]{6,10}\Z"),  # international
    st.from_regex(r"\A00(44|971|91) ?[1-9][0-9]{6,9}\Z"),  # international with an exit code
    st.from_regex(r"\A\(?0[0-9]{2}\)? ?[0-9]{3}-[0-9]{4}( ext\. ?[0-9]{1,3})?\Z"),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(numbers=st.lists(NUMBER, min_size=1, max_size=6), old=st.sampled_from(REGIONS),
       new=st.sampled_from(REGIONS))
def test_rekeyed_rows_equal_what_a_fresh_save_in_the_new_region_gives(db, numbers, old, new):
    contacts.create(ContactRecord(id=None, first_name="H", points=tuple(PointRecord("phone", n) for n in numbers)),
                    region=old, undoable=False)
    phone_rekey.change_region(new)
    for point in ContactPoint.select().where(ContactPoint.kind == "phone"):
        assert (point.key, point.search) == point_key_and_search("phone", "", point.value, new), point.value
    assert phone_rekey.rekey_phones(new).changed == 0
