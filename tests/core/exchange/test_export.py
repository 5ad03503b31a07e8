"""Export: stable columns, OWASP neutralising, Excel BOM, vCard, tables, and the demo round trip."""

import csv

import pytest
import vobject
from hypothesis import given
from hypothesis import strategies as st

from totalnet_desktop.core.demo import loader as demo
from totalnet_desktop.core.exchange import export, importer
from totalnet_desktop.core.exchange.csv_write import neutralise, write_table
from totalnet_desktop.core.exchange.drafts import unneutralise
from totalnet_desktop.core.exchange.formats import OWN_COLUMNS
from totalnet_desktop.core.exchange.importer import ImportOptions
from totalnet_desktop.core.store.models import Contact, database


def _rows(path, encoding="utf-8"):
    with open(path, encoding=encoding, newline="") as fh:
        return list(csv.reader(fh))


@given(st.text(max_size=20))
def test_neutralise_is_undone_exactly(value):
    assert unneutralise(neutralise(value)) == value


@pytest.mark.parametrize("value", ["=1+1", "+971 50", "-5", "@SUM(A1)", "\tx", "\rx"])
def test_risky_cells_get_a_quote(value):
    assert neutralise(value) == "'" + value


def test_write_table_neutralises_text_not_numbers(tmp_path):
    path = tmp_path / "t.csv"
    assert write_table(path, ["Name", "Amount"], [["=cmd|' /C calc'!A0", -5], ["Ana", 3.5]], excel=True) == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert _rows(path, "utf-8-sig") == [["Name", "Amount"], ["'=cmd|' /C calc'!A0", "-5"], ["Ana", "3.5"]]


def test_write_table_unwritable_path(tmp_path):
    with pytest.raises(export.ExportWriteError, match="cannot be written"):
        write_table(tmp_path / "missing" / "t.csv", ["a"], [])


def test_demo_round_trip_gives_back_every_value(db, tmp_path, data_dir, another_database):
    demo.generate()
    first = tmp_path / "first.csv"
    count = export.export_contacts_csv(first)
    assert count == Contact.select().where(Contact.trashed_at.is_null()).count()
    exported = _rows(first)
    assert exported[0] == list(OWN_COLUMNS)
    assert any(row[7].startswith("'+") for row in exported[1:])  # phones were neutralised
    # Import into a fresh database and export again: the same bytes.
    from totalnet_desktop.core.store import db as db_mod
    db_mod.close_database()
    other = tmp_path / "other"
    another_database()
    from totalnet_desktop.core.store.session import open_session
    open_session(other)
    imp = importer.open_import(first)
    assert imp.format == "own"
    summary = importer.execute(imp, ImportOptions())
    assert summary.line() == f"imported {count}, merged 0, skipped 0, rejected 0"
    second = tmp_path / "second.csv"
    export.export_contacts_csv(second)
    assert _rows(second) == exported
    assert second.read_bytes() == first.read_bytes()
    # and importing it once more changes nothing
    assert importer.execute(importer.open_import(second)).merged == count
    third = tmp_path / "third.csv"
    export.export_contacts_csv(third)
    assert third.read_bytes() == first.read_bytes()


def test_selection_columns_and_vcard(db, tmp_path, write_file):
    from exchange_samples import csv_text
    path = write_file("in.csv", csv_text([["Name", "Email", "LinkedIn", "Phone"],
                                          ["Ana Silva", "ana@example.com", "linkedin.com/in/ana", "+971 50 1"],
                                          ["Bo Li", "bo@example.com", "", "050 2"]]))
    importer.execute(importer.open_import(path), ImportOptions(tag=""))
    bo = Contact.get(Contact.first_name == "Bo")
    out = tmp_path / "sel.csv"
    assert export.export_contacts_csv(out, [bo.id], columns=["First Name", "Email", "Phone"]) == 1
    assert _rows(out) == [["First Name", "Email", "Phone"], ["Bo", "bo@example.com", "050 2"]]
    vcf = tmp_path / "all.vcf"
    assert export.export_contacts_vcard(vcf, version="4.0") == 2
    cards = list(vobject.readComponents(vcf.read_text(encoding="utf-8")))
    assert [c.fn.value for c in cards] == ["Bo Li", "Ana Silva"]
    assert cards[1].contents["x-socialprofile"][0].value == "https://linkedin.com/in/ana"


def test_next_followup_is_the_earliest_open_one(db, tmp_path):
    import datetime as dt

    from totalnet_desktop.core.store.models import FollowUp
    with database.atomic():
        c = Contact.create(first_name="Ana")
        FollowUp.create(contact=c, due=dt.date(2030, 5, 1), reason="a")
        FollowUp.create(contact=c, due=dt.date(2030, 4, 1), reason="b")
        FollowUp.create(contact=c, due=dt.date(2029, 1, 1), reason="done", status="done")
    out = tmp_path / "f.csv"
    export.export_contacts_csv(out)
    assert _rows(out)[1][-1] == "2030-04-01"


def test_every_table_exports_with_its_headers(db, tmp_path):
    assert sorted(export.TABLES) == ["attendance", "followups", "palms", "referrals"]
    for what, provider in export.TABLES.items():
        headers, rows = provider()
        assert isinstance(headers, list)
        out = tmp_path / f"{what}.csv"
        assert export.export_table(what, out) == len(rows)
        assert _rows(out)[0] == [neutralise(h) for h in headers]


def test_next_follow_up_column_counts_a_snoozed_item(db, tmp_path):
    """A snoozed follow-up is still pending: the export's Next Follow-up shows its new date."""
    import csv
    import datetime as dt

    from totalnet_desktop.core.exchange.export import export_contacts_csv
    from totalnet_desktop.core.followups import queue as followups
    from totalnet_desktop.core.store.models import Contact

    person = Contact.create(first_name="Rania", last_name="Saleh")
    item = followups.queue(person.id, dt.date(2026, 3, 2), "Call Rania")
    followups.snooze(item, dt.date(2026, 3, 9))
    out = tmp_path / "out.csv"
    export_contacts_csv(out)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["Next Follow-up"] == "2026-03-09"


def test_export_lists_contacts_in_the_locale_order(db, tmp_path):
    from totalnet_desktop.core.contacts import service as contact_service
    from totalnet_desktop.core.exchange.export import load_records
    from totalnet_desktop.core.store.records import ContactRecord

    people = [("Ann", "Zeta"), ("Bob", "Łukasiewicz"), ("Cat", "Émond"), ("Dan", "Adams"), ("Eve", "Mills")]
    for first, last in people:
        contact_service.create(ContactRecord(id=None, first_name=first, last_name=last), undoable=False)
    # Ł with L, É with E (SQLite's NOCASE put both after Z).
    assert [r.last_name for r, _ in load_records()] == ["Adams", "Émond", "Łukasiewicz", "Mills", "Zeta"]
